"""Server-rendered pages: the Jinja environment, helpers for highlighting, and the error page."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from . import charts

TEMPLATES = Path(__file__).parent / "templates"
KIND_LABELS = {
    "feature_request": "Feature request", "tier_feature_request": "Higher-tier feature",
    "comparison": "Comparison", "competitor_comparison": "Competitor", "workaround": "Workaround",
    "limit_pressure": "Limit pressure", "growth": "Growth", "compliance_need": "Compliance",
    "budget": "Budget", "churn_risk": "Churn risk",
}


def highlight(text: str, marks: list[list[int]] | list[tuple[int, int]], cls: str = "") -> Markup:
    """Escape text and wrap each [start, end) span in <mark> (spans sorted, overlaps merged)."""
    out, pos = [], 0
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in marks):
        if end <= pos:
            continue
        start = max(start, pos)
        out.append(escape(text[pos:start]))
        attr = f' class="{cls}"' if cls else ""
        out.append(Markup(f"<mark{attr}>") + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def money(value: Any) -> str:
    if value is None:
        return "–"
    return f"${float(value):,.0f}"


@functools.lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(TEMPLATES))
    t.env.filters.update(money=money, day=lambda v: (v or "")[:10], kind=lambda k: KIND_LABELS.get(k, k))
    t.env.globals.update(highlight=highlight, hbars=charts.hbars, lines=charts.lines, spark=charts.spark,
                         KIND_LABELS=KIND_LABELS)
    return t


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """A page; `who` (the signed-in token) is shown in the header when known."""
    return templates().TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """The HTML face of the error shape."""
    return render(request, "error.html", status=status, status_code=status, message=message, who=None)
