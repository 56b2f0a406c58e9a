"""Taken: the overlap test on claimed ranges agrees with the pairwise test it replaces."""

from __future__ import annotations

import random

from willay.extract.taken import Taken


def test_overlaps_agrees_with_the_pairwise_test() -> None:
    rng = random.Random(3)
    for _ in range(300):
        taken = Taken(rng.choice([0, 10, 60]))
        ranges: list[tuple[int, int]] = []
        for _ in range(rng.randrange(15)):
            start = rng.randrange(60)
            end = start + rng.choice([0, 0, 1, 2, 5, 9])
            query = (rng.randrange(62), 0)
            query = (query[0], query[0] + rng.choice([0, 1, 3, 8]))
            expected = not all(query[1] <= s or query[0] >= e for s, e in ranges)
            assert taken.overlaps(*query) == expected, (ranges, query)
            ranges.append((start, end))
            taken.add(start, end)
