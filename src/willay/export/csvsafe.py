"""CSV writing with spreadsheet formulas neutralised: the one rule every CSV of willay uses.

A spreadsheet (Excel, LibreOffice, Google Sheets) runs a cell that begins with ``=``, ``+``,
``-`` or ``@`` as a formula, and some also treat a leading tab or carriage return that way
(OWASP, "CSV Injection"). Text from news articles and from feeds reaches the exports
(publishers, addresses, actor and place names), so :func:`safe_cell` puts a single quote
before such a text cell; spreadsheets show the text as written and run nothing. Numbers are
never changed (a negative longitude stays a number). Readers that do not run formulas
(pandas, R) see the quote: strip a leading ``'`` where a cell needs its first character.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

#: First characters that make a spreadsheet cell a formula (or start one after a control).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def safe_cell(value: Any) -> Any:
    """``value`` as a CSV cell: ``None`` empty, formula-like text behind a single quote."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_chunks(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """The header line, then one CSV line per row (every cell through :func:`safe_cell`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")

    def line(cells: Iterable[Any]) -> str:
        buf.seek(0)
        buf.truncate()
        writer.writerow(cells)
        return buf.getvalue()

    yield line(columns)
    for row in rows:
        yield line(safe_cell(row.get(name)) for name in columns)
