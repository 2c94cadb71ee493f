"""A self-contained HTML page: inline CSS and inline SVG charts, no scripts, no network."""

from __future__ import annotations

from html import escape
from typing import Any

from .render import Document, Section, Trend, cell

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:1100px;color:#1d2433;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #dde3ee;padding-bottom:.3rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{text-align:left;padding:.35rem .5rem;
border-bottom:1px solid #eef1f6;vertical-align:top}th{background:#f5f7fb;font-weight:600}td.n{text-align:right;
font-variant-numeric:tabular-nums}.lines{color:#4a5568}svg text{font:12px system-ui,sans-serif;fill:#1d2433}
"""


def sparkline(trend: Trend, width: int = 120, height: int = 28) -> str:
    """Monthly counts as tiny inline SVG bars with a tooltip per month."""
    n = max(len(trend.values), 1)
    top = max(trend.values, default=0) or 1
    bar = width / n
    rects = "".join(
        f'<rect x="{i * bar:.1f}" y="{height - v / top * height:.1f}" width="{max(bar - 1, 1):.1f}" '
        f'height="{v / top * height:.1f}" fill="#3b6fd8"><title>{escape(m)}: {v}</title></rect>'
        for i, (m, v) in enumerate(zip(trend.months, trend.values, strict=True)))
    return (f'<svg role="img" aria-label="monthly trend" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}">{rects}</svg>')


def bar_chart(section: Section, limit: int = 15) -> str:
    """Horizontal bars of one numeric column, labelled by another."""
    if not section.bar or not section.rows:
        return ""
    vi, li = section.columns.index(section.bar), section.columns.index(section.label or section.columns[0])
    rows = [r for r in section.rows if isinstance(r[vi], (int, float))][:limit]
    if not rows:
        return ""
    top = max(float(r[vi]) for r in rows) or 1.0
    label_w, bar_w, row_h = 220, 560, 22
    parts = []
    for i, r in enumerate(rows):
        y, w = i * row_h, float(r[vi]) / top * bar_w
        parts.append(f'<text x="{label_w - 6}" y="{y + 15}" text-anchor="end">{escape(cell(r[li])[:32])}</text>'
                     f'<rect x="{label_w}" y="{y + 3}" width="{w:.1f}" height="{row_h - 6}" fill="#3b6fd8"/>'
                     f'<text x="{label_w + w + 6:.1f}" y="{y + 15}">{escape(cell(r[vi]))}</text>')
    height = len(rows) * row_h
    return (f'<figure><figcaption>{escape(section.bar)} by {escape(section.columns[li])}</figcaption>'
            f'<svg role="img" width="{label_w + bar_w + 120}" height="{height}" '
            f'viewBox="0 0 {label_w + bar_w + 120} {height}">{"".join(parts)}</svg></figure>')


def _td(value: Any) -> str:
    if isinstance(value, Trend):
        return f"<td>{sparkline(value)}</td>"
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    return f'<td class="n">{escape(cell(value))}</td>' if numeric else f"<td>{escape(cell(value))}</td>"


def _section(s: Section) -> str:
    if not s.rows:
        return f"<h2>{escape(s.title)}</h2><p>None.</p>"
    head = "".join(f"<th>{escape(c)}</th>" for c in s.columns)
    body = "".join("<tr>" + "".join(_td(v) for v in row) + "</tr>" for row in s.rows)
    return f"<h2>{escape(s.title)}</h2>{bar_chart(s)}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def as_html(doc: Document) -> str:
    """One HTML file that opens anywhere offline."""
    lines = "".join(f"<li>{escape(line)}</li>" for line in doc.lines)
    sections = "".join(_section(s) for s in doc.sections)
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(doc.title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><style>{CSS}</style></head>'
            f'<body><h1>{escape(doc.title)}</h1><ul class="lines">{lines}</ul>{sections}</body></html>\n')
