"""Library results (scores, reports) -> Documents for render.py."""

from __future__ import annotations

from typing import Any

from .render import Document, Section, Trend
from .score import AccountScore

COMPONENT_LABELS = {
    "signal_strength": "signal strength (kind weight × confidence × recency)",
    "recency": "recency of the newest upsell signal",
    "breadth": "breadth (distinct contacts and channels)",
    "tier_gap": "tier gap (features asked for above the plan)",
    "limit_pressure": "limit pressure (seat use, limit signals)",
    "growth": "growth signals",
    "churn_penalty": "churn-risk penalty",
    "hold": "hold (fix first, then upsell)",
}


def _trend(months: list[str], trend: dict[str, int]) -> Trend:
    return Trend(tuple(months), tuple(trend.get(m, 0) for m in months))


def _quote(q: dict[str, Any] | None) -> str:
    return f"\"{q['sentence']}\"" if q else ""


def accounts_doc(scores: list[AccountScore]) -> Document:
    """`accounts list`: one row per account, best first."""
    rows = [[i, s.account_id, s.name, s.plan, s.score, s.recommended_tier, s.expansion_arr, s.arr, s.signal_count,
             s.owner_email, "hold" if s.hold_reason else ""] for i, s in enumerate(scores, 1)]
    lines = [f"{len(scores)} account(s)." if scores else "No accounts match: import them with `upsignal accounts import`."]
    return Document("Accounts by opportunity score", lines, [Section(
        "Accounts", ["#", "account", "name", "plan", "score", "next tier", "expansion ARR", "ARR", "signals",
                     "owner", "hold"], rows, bar="score", label="name")])


def account_doc(s: AccountScore, feed: list[dict[str, Any]]) -> Document:
    """`accounts show`: the breakdown, the quotes that justify it, the signal feed."""
    lines = [f"{s.account_id} {s.name} — plan {s.plan or '?'}, ARR {s.arr or 0:,.0f}, seats "
             f"{s.seats_used or '?'}/{s.seats_limit or '∞'}, owner {s.owner_email or '-'}",
             f"Opportunity score {s.score:g} / 100"
             + (f"; recommended tier {s.recommended_tier}" if s.recommended_tier else "")
             + (f", estimated expansion ARR {s.expansion_arr:,.0f}" if s.expansion_arr is not None else "")]
    if s.hold_reason:
        lines.append(f"ON HOLD: {s.hold_reason}")
    components = [[COMPONENT_LABELS.get(k, k), s.factors.get(k.replace("_penalty", "")), v]
                  for k, v in s.components.items()]
    quotes = [[q["kind"], (q["created_at"] or "")[:10], q["channel"], q["speaker"], q["sentence"]] for q in s.top_quotes]
    signals = [[(r["created_at"] or "")[:10], r["kind"], r["confidence"], r["channel"],
                r.get("feature_id") or r.get("competitor_name") or r.get("limit_id") or r.get("tier_id"), r["sentence"],
                r["conversation_id"]] for r in feed]
    return Document(f"Account {s.account_id}: {s.name}", lines, [
        Section("Score components (points; factor 0..1)", ["component", "factor", "points"], components,
                bar="points", label="component"),
        Section("Top quotes", ["kind", "date", "channel", "speaker", "quote"], quotes),
        Section("Signal feed", ["date", "kind", "conf", "channel", "link", "quote", "conversation"], signals),
    ])


def feature_demand_doc(result: dict[str, Any]) -> Document:
    """`report feature-demand`: per feature (tier, competitor) and the uncatalogued themes."""
    t, months = result["totals"], result["months"]
    lines = [result["message"]] if result.get("empty") else [
        f"{t['mentions']} request(s) from {t['accounts']} account(s) with {t['arr']:,.0f} ARR; "
        f"{t['unlinked_mentions']} from unlinked conversations (market demand).",
        f"Months: {months[0]} to {months[-1]}." if months else "",
        "Each account counts once per row however often it asks; ARR is the sum over those accounts."]
    key = result["group_by"]
    rows = [[r["key"], r["name"], r["feature_tier"], r["accounts"], r["mentions"], r["unlinked_mentions"], r["arr"],
             r["account_tiers"], _trend(months, r["trend"]), _quote(r["top_quotes"][0] if r["top_quotes"] else None)]
            for r in result["rows"]]
    themes = [[th["theme"], th["accounts"], th["mentions"], th["unlinked_mentions"], th["arr"], th["account_tiers"],
               _trend(months, th["trend"]), "; ".join(f"\"{x}\"" for x in th["requests"][:3])]
              for th in result["themes"]]
    return Document(f"Feature demand by {key}", [x for x in lines if x], [
        Section(f"Requested {key}s", [key, "name", "feature tier", "accounts", "mentions", "unlinked", "ARR",
                                      "account tiers", "trend", "top quote"], rows, bar="ARR", label="name"),
        Section("Uncatalogued requests, grouped into themes",
                ["theme", "accounts", "mentions", "unlinked", "ARR", "account tiers", "trend", "requests"], themes,
                bar="mentions", label="theme"),
    ])


def competitors_doc(result: dict[str, Any]) -> Document:
    """`report competitors`: mentions, stances, features compared on, accounts evaluating or switching."""
    t, months = result["totals"], result["months"]
    lines = [result["message"]] if result.get("empty") else [
        f"{t['mentions']} mention(s) of {t['competitors']} competitor(s) by {t['accounts']} account(s)."]
    rows = [[r["key"], r["name"], r["mentions"], r["accounts"], r["arr"], r["stances"], r["features"],
             len(r["evaluating_or_switching"]), _trend(months, r["trend"]),
             _quote(r["top_quotes"][0] if r["top_quotes"] else None)] for r in result["rows"]]
    moving = [[r["name"], m["account_id"], m["account_name"], m["plan"], m["arr"], m["stance"],
               (m["created_at"] or "")[:10], m["sentence"]]
              for r in result["rows"] for m in r["evaluating_or_switching"]]
    return Document("Competitors", lines, [
        Section("Competitors", ["competitor", "name", "mentions", "accounts", "ARR", "stances", "compared on",
                                "evaluating/switching", "trend", "top quote"], rows, bar="mentions", label="name"),
        Section("Accounts evaluating or switching", ["competitor", "account", "name", "plan", "ARR", "stance",
                                                     "date", "quote"], moving),
    ])
