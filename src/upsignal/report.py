"""Feature-demand and competitor reports: ARR-weighted, each account counted once per row.

Unlinked signals (a review by an unknown company) still count as market demand: they add
mentions, never accounts or ARR. Uncatalogued requests are grouped into themes by meaning.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .store.reports import REQUEST_KINDS, conversation_features, signal_report_rows
from .themes import group_themes

if TYPE_CHECKING:
    import sqlite_utils

    from .catalog import Catalog

GROUP_BY = ("feature", "tier", "competitor")
EMPTY_MESSAGE = "No {what} in the database{scope}: ingest conversations with detection on (`upsignal ingest`)."


def _catalog(catalog: Catalog | None) -> Catalog | None:
    if catalog is not None:
        return catalog
    from .catalog import load_catalog
    from .settings import get_settings

    path = get_settings().catalog
    return load_catalog(path) if path and path.exists() else None


def month_range(first: str, last: str) -> list[str]:
    """Every 'YYYY-MM' from first to last inclusive ('2026-01', '2026-03' -> three months)."""
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last[:7]:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _months(rows: list[dict[str, Any]], since: str | None, until: str | None) -> list[str]:
    dated = sorted(r["created_at"][:7] for r in rows if r.get("created_at"))
    if not dated and not (since and until):
        return []
    return month_range((since or dated[0])[:7], (until or dated[-1])[:7])


def _quotes(rows: Iterable[dict[str, Any]], limit: int = 3) -> list[dict[str, Any]]:
    """The most confident distinct sentences, newest first among equals (then first seen)."""
    best: dict[str, tuple[float, str, int, dict[str, Any]]] = {}  # one pass: each sentence's best row
    for i, r in enumerate(rows):
        confidence, created = float(r["confidence"]), r.get("created_at") or ""
        seen = best.get(r["sentence"])
        if seen is None or confidence > seen[0] or (confidence == seen[0] and created > seen[1]):
            best[r["sentence"]] = (confidence, created, i, r)
    ranked = sorted(best.values(), key=lambda b: b[2])
    ranked.sort(key=lambda b: b[1], reverse=True)
    ranked.sort(key=lambda b: -b[0])
    return [{"sentence": r["sentence"], "account_id": r["account_id"], "account_name": r["account_name"],
             "created_at": r["created_at"], "channel": r["channel"], "kind": r["kind"],
             "confidence": r["confidence"]} for *_, r in ranked[:limit]]


def aggregate(rows: list[dict[str, Any]], months: list[str], quotes: bool = True) -> dict[str, Any]:
    """Mentions, distinct accounts (each once), their summed ARR and plans, monthly trend, quotes."""
    accounts: dict[str, dict[str, Any]] = {}
    dated: list[str] = []
    unlinked = 0
    for r in rows:  # one pass: reports aggregate hundreds of thousands of rows
        if r["account_id"]:
            accounts[r["account_id"]] = r
        else:
            unlinked += 1
        if r.get("created_at"):
            dated.append(r["created_at"][:7])
    trend = Counter(dated)
    return {
        "mentions": len(rows),
        "unlinked_mentions": unlinked,
        "accounts": len(accounts),
        "arr": round(sum(float(a["account_arr"] or 0) for a in accounts.values()), 2),
        "account_tiers": dict(sorted(Counter(a["account_plan"] or "unknown" for a in accounts.values()).items())),
        "trend": {m: trend.get(m, 0) for m in months},
        "top_quotes": _quotes(rows) if quotes else [],
    }


def _feature_key(r: dict[str, Any], cat: Catalog | None, group_by: str) -> str:
    if group_by == "tier":
        feature = cat.feature(r["feature_id"]) if cat else None
        return (feature.tier if feature else None) or r["tier_id"] or "unknown"
    return r["feature_id"]


def feature_demand(db: sqlite_utils.Database, since: str | None = None, until: str | None = None,
                   tier: str | None = None, channel: str | None = None, group_by: str = "feature",
                   catalog: Catalog | None = None, themes: str = "auto") -> dict[str, Any]:
    """Per feature (or feature tier, or competitor): accounts, mentions, ARR, tiers, trend, quotes; plus themes."""
    from .errors import InputError

    if group_by not in GROUP_BY:
        raise InputError(f"--group-by {group_by!r}: expected one of {', '.join(GROUP_BY)}.")
    cat = _catalog(catalog)
    rows = signal_report_rows(db, REQUEST_KINDS, since, until, tier, channel)
    months = _months(rows, since, until)
    catalogued = [r for r in rows if r["feature_id"]]
    groups = _groups(db, catalogued, cat, group_by, since, until, tier, channel)
    out_rows = [{"key": key, **_describe(key, cat, group_by), **aggregate(members, months)}
                for key, members in groups.items()]
    out_rows.sort(key=lambda r: (-r["accounts"], -r["arr"], -r["mentions"], r["key"]))
    uncatalogued = [r for r in rows if not r["feature_id"]]
    result = {
        "report": "feature-demand", "group_by": group_by,
        "filters": {"since": since, "until": until, "tier": tier, "channel": channel},
        "months": months, "totals": aggregate(rows, months, quotes=False),
        "rows": out_rows, "themes": group_themes(uncatalogued, months, method=themes),
    }
    result["empty"] = not rows
    if not rows:
        result["message"] = EMPTY_MESSAGE.format(what="feature requests", scope=_scope(since, until, tier, channel))
    return result


def _groups(db: sqlite_utils.Database, rows: list[dict[str, Any]], cat: Catalog | None, group_by: str,
            since: str | None, until: str | None, tier: str | None, channel: str | None) -> dict[str, list]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    if group_by != "competitor":
        for r in rows:
            groups[_feature_key(r, cat, group_by)].append(r)
        return groups
    named: dict[str, set[str]] = defaultdict(set)  # conversation -> competitors named in it
    for c in signal_report_rows(db, None, since, until, tier, channel, competitor_only=True):
        named[c["conversation_id"]].add(_competitor_key(c))
    for r in rows:
        for key in sorted(named.get(r["conversation_id"], ())):
            groups[key].append(r)
    return groups


def _describe(key: str, cat: Catalog | None, group_by: str) -> dict[str, Any]:
    if group_by == "tier":
        t = cat.tier(key) if cat else None
        return {"name": t.name if t else key, "feature_tier": key}
    if group_by == "competitor":
        c = cat.competitor(key) if cat else None
        return {"name": c.name if c else key, "feature_tier": None}
    f = cat.feature(key) if cat else None
    return {"name": f.name if f else key, "feature_tier": f.tier if f else None}


def _scope(since: str | None, until: str | None, tier: str | None, channel: str | None) -> str:
    parts = [f"{k} {v}" for k, v in (("since", since), ("until", until), ("tier", tier), ("channel", channel)) if v]
    return f" ({', '.join(parts)})" if parts else ""


def _competitor_key(r: dict[str, Any]) -> str:
    return r["competitor_id"] or (r["competitor_name"] or "unknown").strip().lower()


def competitors(db: sqlite_utils.Database, since: str | None = None, until: str | None = None,
                catalog: Catalog | None = None) -> dict[str, Any]:
    """Per competitor: mentions, accounts, ARR, stances, features compared on, accounts evaluating or switching."""
    cat = _catalog(catalog)
    rows = signal_report_rows(db, None, since, until, competitor_only=True)
    months = _months(rows, since, until)
    features = conversation_features(db, sorted({r["conversation_id"] for r in rows}))
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[_competitor_key(r)].append(r)
    out_rows = [_competitor_row(key, members, features, cat, months) for key, members in groups.items()]
    out_rows.sort(key=lambda r: (-r["mentions"], -r["accounts"], r["key"]))
    result = {"report": "competitors", "filters": {"since": since, "until": until}, "months": months,
              "totals": {"mentions": len(rows), "competitors": len(out_rows),
                         "accounts": len({r["account_id"] for r in rows if r["account_id"]})},
              "rows": out_rows, "empty": not rows}
    if not rows:
        result["message"] = EMPTY_MESSAGE.format(what="competitor mentions", scope=_scope(since, until, None, None))
    return result


def _competitor_row(key: str, rows: list[dict[str, Any]], features: dict[str, set[str]], cat: Catalog | None,
                    months: list[str]) -> dict[str, Any]:
    known = cat.competitor(key) if cat else None
    names = Counter(r["competitor_name"] for r in rows if r["competitor_name"])
    compared: Counter[str] = Counter()
    for cid in {r["conversation_id"] for r in rows}:
        compared.update(features.get(cid, ()))
    moving: dict[str, dict[str, Any]] = {}  # account -> its latest evaluating/switching signal
    for r in rows:
        if r["account_id"] and r["stance"] in ("evaluating", "switching_to"):
            moving[r["account_id"]] = {"account_id": r["account_id"], "account_name": r["account_name"],
                                       "arr": r["account_arr"], "plan": r["account_plan"], "stance": r["stance"],
                                       "created_at": r["created_at"], "sentence": r["sentence"]}
    stats = aggregate(rows, months)
    return {
        "key": key, "name": known.name if known else (names.most_common(1)[0][0] if names else key),
        "catalogued": known is not None, "mentions": stats["mentions"], "accounts": stats["accounts"],
        "unlinked_mentions": stats["unlinked_mentions"], "arr": stats["arr"], "trend": stats["trend"],
        "stances": dict(sorted(Counter(r["stance"] or "none" for r in rows).items())),
        "features": dict(sorted(compared.items(), key=lambda kv: (-kv[1], kv[0]))),
        "evaluating_or_switching": sorted(moving.values(), key=lambda m: (-(m["arr"] or 0), m["account_id"])),
        "top_quotes": stats["top_quotes"],
    }
