"""Output for account and report commands: table, csv, json, markdown, html (self-contained)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

FORMATS = ("table", "csv", "json", "markdown", "html")
SPARK = "▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class Trend:
    """A monthly series: shown as a sparkline (text), an SVG chart (html), 'YYYY-MM=n;…' (csv)."""

    months: tuple[str, ...]
    values: tuple[int, ...]

    def spark(self) -> str:
        top = max(self.values, default=0)
        return "".join("·" if not v else SPARK[round(v / top * (len(SPARK) - 1))] for v in self.values)

    def __str__(self) -> str:
        return ";".join(f"{m}={v}" for m, v in zip(self.months, self.values, strict=True))


@dataclass
class Section:
    """A titled table; `bar` names a numeric column drawn as a bar chart in html."""

    title: str
    columns: list[str]
    rows: list[list[Any]]
    bar: str | None = None
    label: str | None = None  # column naming each bar


@dataclass
class Document:
    """What a command prints: a title, a few summary lines and tables."""

    title: str
    lines: list[str] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


def cell(value: Any, fmt: str = "table") -> str:
    """One value as text for a format."""
    if value is None:
        return ""
    if isinstance(value, Trend):
        return str(value) if fmt == "csv" else value.spark()
    if isinstance(value, float):
        if abs(value) >= 1000 and fmt != "csv":
            return f"{value:,.0f}"
        return f"{value:.2f}".rstrip("0").rstrip(".") or "0"
    if isinstance(value, int) and not isinstance(value, bool) and fmt != "csv":
        return f"{value:,}"
    if isinstance(value, dict):
        return ", ".join(f"{k} {cell(v, fmt)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v, fmt) for v in value)
    return str(value)


def _clip(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def as_table(doc: Document) -> str:
    """Aligned plain-text tables (long cells clipped)."""
    out = [doc.title, *doc.lines]
    for s in doc.sections:
        out += ["", s.title]
        if not s.rows:
            out.append("  (none)")
            continue
        grid = [s.columns] + [[_clip(cell(v)) for v in row] for row in s.rows]
        widths = [max(len(r[i]) for r in grid) for i in range(len(s.columns))]
        numeric = [all(isinstance(row[i], (int, float)) or row[i] is None for row in s.rows) for i in range(len(s.columns))]
        for n, r in enumerate(grid):
            out.append("  ".join(v.rjust(w) if numeric[i] else v.ljust(w) for i, (v, w) in enumerate(zip(r, widths, strict=True))).rstrip())
            if n == 0:
                out.append("  ".join("-" * w for w in widths))
    return "\n".join(out) + "\n"


def as_markdown(doc: Document) -> str:
    """GitHub-flavoured markdown: a heading, summary lines, pipe tables."""
    out = [f"# {doc.title}", ""] + [f"- {line}" for line in doc.lines]
    for s in doc.sections:
        out += ["", f"## {s.title}", ""]
        if not s.rows:
            out.append("_None._")
            continue
        out.append("| " + " | ".join(s.columns) + " |")
        out.append("|" + "|".join("---" for _ in s.columns) + "|")
        for row in s.rows:
            out.append("| " + " | ".join(cell(v).replace("|", "\\|").replace("\n", " ") for v in row) + " |")
    return "\n".join(out) + "\n"


def as_csv(doc: Document) -> str:
    """The first table only, as CSV with a header row (machines want one shape)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    if doc.sections:
        main = doc.sections[0]
        writer.writerow(main.columns)
        for row in main.rows:
            writer.writerow([cell(v, "csv") for v in row])
    return buf.getvalue()


def render(doc: Document, data: Any, fmt: str) -> str:
    """The document in a format; json prints `data` (the library's own result) instead."""
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
    if fmt == "html":
        from .render_html import as_html

        return as_html(doc)
    return {"table": as_table, "markdown": as_markdown, "csv": as_csv}[fmt](doc)
