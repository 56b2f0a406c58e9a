"""Taken: the character ranges of a text already claimed by earlier matches.

Rules that keep the first (or the longest) of overlapping matches ask, for every new
match, whether it overlaps one already kept. Scanning the kept list makes that question
grow with the length of the text; :class:`Taken` answers it from a map of the claimed
characters, in time that depends only on the length of the match.
"""

from __future__ import annotations


class Taken:
    """Half-open ranges ``[start, end)`` claimed so far.

    ``overlaps(start, end)`` is true when some claimed ``(s, e)`` has ``start < e`` and
    ``s < end``, exactly as the pairwise test ``not (end <= s or start >= e)``.
    """

    __slots__ = ("_chars", "_empty", "_ranges")

    def __init__(self, length: int = 0) -> None:
        self._chars = bytearray(length)
        self._empty: list[int] = []  # claimed ranges of no length, by position
        self._ranges: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        self._ranges.append((start, end))
        if end <= start:
            self._empty.append(start)
            return
        if end > len(self._chars):
            self._chars.extend(bytes(end - len(self._chars)))
        self._chars[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        if end <= start:
            # an empty range overlaps a claimed one only strictly inside it
            return any(s < start < e for s, e in self._ranges)
        if any(start < p < end for p in self._empty):
            return True
        return self._chars.find(1, max(0, start), end) >= 0
