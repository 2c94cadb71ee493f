"""Stream CSV rows as dicts keyed by lower-case column name, quarantining broken rows."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Mapping
from typing import TextIO

from upsignal.ingest.common import Source, quarantine
from upsignal.types import Quarantined

# Help-desk exports hold whole HTML threads in one cell; the default 128 KiB limit is too low.
csv.field_size_limit(min(sys.maxsize, 64 * 1024 * 1024))

Row = tuple[int, dict[str, str]]


def sniff_delimiter(header_line: str) -> str:
    """Comma, semicolon (German Excel) or tab: whichever the header line uses most."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_header(line: str) -> list[str]:
    """Column names of a header line, lower-cased and stripped."""
    row = next(csv.reader([line], delimiter=sniff_delimiter(line)), [])
    return [c.strip().lstrip("\ufeff").lower() for c in row]


def apply_mapping(columns: list[str], mapping: Mapping[str, str]) -> list[str]:
    """Rename columns by a field=Column mapping (Column matched case-insensitively)."""
    if not mapping:
        return columns
    by_column = {col.strip().lower(): field.strip().lower() for field, col in mapping.items()}
    return [by_column.get(c, c) for c in columns]


def _column_problem(src: Source, line: int, row: list[str], width: int) -> Quarantined:
    """Quarantine a row whose column count differs from the header's."""
    return quarantine(
        src,
        line,
        f"line {line} has {len(row)} columns but the header has {width}; "
        "check for an unquoted comma or a stray double quote in that row",
        ",".join(row),
    )


def iter_csv_rows(src: Source, stream: TextIO) -> Iterator[Row | Quarantined]:
    """Yield (line number of the row's first line, {column: value}) for each data row."""
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    if not first:
        return
    delimiter = sniff_delimiter(first)
    columns = apply_mapping(parse_header(first), src.mapping)
    width = len(columns)
    header_lines = first.count("\n") or 1
    reader = csv.reader(stream, delimiter=delimiter)
    start = header_lines + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            line = header_lines + reader.line_num
            yield quarantine(src, start, f"line {start}: malformed CSV ({e})")
            start = line + 1
            continue
        line_no, start = start, header_lines + reader.line_num + 1
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != width:
            yield _column_problem(src, line_no, row, width)
            continue
        yield line_no, dict(zip(columns, row, strict=True))


def get(row: Mapping[str, str], *names: str) -> str | None:
    """The first non-empty value among `names` (lower-case column names)."""
    for name in names:
        value = row.get(name)
        if value is not None:
            value = value.strip()
            if value:
                return value
    return None
