"""Exceptions of willay, in one place.

    WillayError                 base of everything willay raises on purpose
    ├── InputError              a file or record that cannot be read (names the source)
    │   ├── EmptyInputError     nothing to read, or nothing left after cleaning
    │   ├── BinaryInputError    not text (NUL bytes, an image, an archive)
    │   ├── EncodingError       bytes that are not valid text in any supported encoding
    │   └── TooLargeError       over the configured size limit
    ├── ConfigError             a bad setting or command-line value
    │   ├── UnknownValueError   a filter value the database does not hold (lists the known ones)
    │   └── AmbiguousIdError    an id prefix that several stored ids start with
    ├── GazetteerError          the gazetteer cannot be built or loaded
    ├── StoreError              the database cannot be opened, migrated or written
    │   ├── NotFoundError       an id that is not in the database
    │   └── ConflictError       an id already stored with another text
    └── FetchError              a URL or feed that cannot be fetched (``permanent``: trying
        │                       again cannot help, as for a 404 or a refused type)
        └── ForbiddenAddressError  a URL resolving to a private, loopback or link-local address
"""

from __future__ import annotations


class WillayError(Exception):
    """Base class of every error willay raises on purpose."""


class InputError(WillayError):
    """An input that cannot be read; ``source`` names the file, URL or record."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class EmptyInputError(InputError):
    pass


class BinaryInputError(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLargeError(InputError):
    pass


class ConfigError(WillayError):
    pass


class UnknownValueError(ConfigError):
    """A filter value that matches none of the stored values; ``known`` lists those."""

    def __init__(self, message: str, *, field: str, value: str, known: list[str]) -> None:
        super().__init__(message)
        self.field = field
        self.value = value
        self.known = known


class AmbiguousIdError(ConfigError):
    """An id prefix that several stored ids start with; ``candidates`` lists them."""

    def __init__(self, message: str, *, prefix: str, candidates: list[str]) -> None:
        super().__init__(message)
        self.prefix = prefix
        self.candidates = candidates


class GazetteerError(WillayError):
    pass


class StoreError(WillayError):
    pass


class NotFoundError(StoreError):
    pass


class ConflictError(StoreError):
    """A document whose id is stored already, with another text (names both sources)."""


class FetchError(WillayError):
    """A URL that cannot be fetched. ``permanent`` is true when another try cannot help
    (a missing page, a refused address, type or size); timeouts, connection errors, the
    fetch deadline and server errors are not permanent."""

    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


class ForbiddenAddressError(FetchError):
    def __init__(self, message: str) -> None:
        super().__init__(message, permanent=True)
