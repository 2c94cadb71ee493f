"""Charts drawn on the server as inline SVG (no JavaScript, no CDN)."""

from __future__ import annotations

from collections.abc import Sequence

from markupsafe import Markup, escape

PALETTE = ("#2563eb", "#f97316", "#16a34a", "#9333ea", "#dc2626", "#0891b2", "#ca8a04", "#db2777")


def _fmt(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}M"
    if value >= 10_000:
        return f"{value / 1000:.0f}k"
    return f"{value:,.0f}"


def hbars(rows: Sequence[tuple[str, float, str]], width: int = 640, bar: int = 22, money: bool = False) -> Markup:
    """Horizontal bars: (label, value, note) per row, longest first as given."""
    if not rows:
        return Markup("")
    label_w, gap = 210, 6
    top = max(v for _, v, _ in rows) or 1
    height = len(rows) * (bar + gap)
    out = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-label="bar chart">']
    for i, (label, value, note) in enumerate(rows):
        y = i * (bar + gap)
        w = max(2.0, (width - label_w - 150) * value / top)
        text = ("$" if money else "") + _fmt(value)
        name = label if len(label) <= 30 else label[:29] + "…"
        out.append(f'<text x="{label_w - 8}" y="{y + bar * 0.7}" text-anchor="end" class="lbl">'
                   f'{escape(name)}</text>'
                   f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar}" rx="3" fill="{PALETTE[0]}"/>'
                   f'<text x="{label_w + w + 6:.1f}" y="{y + bar * 0.7}" class="val">{text}'
                   f'<tspan class="note"> {escape(note)}</tspan></text>')
    out.append("</svg>")
    return Markup("".join(out))


def lines(months: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], width: int = 640,
          height: int = 220) -> Markup:
    """A line per series over the months, with a legend and month labels."""
    if not months or not series:
        return Markup("")
    left, bottom, top_pad, right = 34, 24, 10, 30
    top = max((max(v, default=0) for _, v in series), default=0) or 1
    step = (width - left - right) / max(1, len(months) - 1)
    plot_h = height - bottom - top_pad

    def xy(i: int, v: float) -> str:
        return f"{left + i * step:.1f},{top_pad + plot_h * (1 - v / top):.1f}"

    out = [f'<svg class="chart" viewBox="0 0 {width} {height + 22 * ((len(series) + 2) // 3)}" role="img" '
           'aria-label="trend over months">']
    for frac in (0, 0.5, 1):
        y = top_pad + plot_h * (1 - frac)
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                   f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="axis">{_fmt(top * frac)}</text>')
    every = max(1, len(months) // 8)
    for i, m in enumerate(months):
        if i % every == 0 or i == len(months) - 1:
            out.append(f'<text x="{left + i * step:.1f}" y="{height - 6}" text-anchor="middle" class="axis">{escape(m)}</text>')
    for n, (name, values) in enumerate(series):
        colour = PALETTE[n % len(PALETTE)]
        points = " ".join(xy(i, v) for i, v in enumerate(values))
        out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.2"/>')
        lx, ly = 10 + (n % 3) * (width / 3), height + 16 + 22 * (n // 3)
        out.append(f'<rect x="{lx:.0f}" y="{ly - 9}" width="12" height="12" rx="2" fill="{colour}"/>'
                   f'<text x="{lx + 18:.0f}" y="{ly + 1}" class="lbl">{escape(name[:30])}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def spark(values: Sequence[float], width: int = 110, height: int = 24) -> Markup:
    """A tiny trend line for a table cell."""
    if not values:
        return Markup("")
    top = max(values) or 1
    step = width / max(1, len(values) - 1)
    points = " ".join(f"{i * step:.1f},{height - 2 - (height - 4) * v / top:.1f}" for i, v in enumerate(values))
    return Markup(f'<svg class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}">'
                  f'<polyline points="{points}" fill="none" stroke="{PALETTE[0]}" stroke-width="1.6"/></svg>')
