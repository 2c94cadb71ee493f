"""Account opportunity score (0-100) with its components, the next tier and the expansion ARR.

`compute_score` is a pure function over plain rows; `rank_accounts` / `account_score` read the store.
Every component is a 0..1 factor times its weight in points, so the points add up to the score.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    import sqlite_utils

    from .catalog import Catalog

UPSELL_KINDS = ("feature_request", "tier_feature_request", "comparison", "competitor_comparison", "workaround",
                "limit_pressure", "growth", "compliance_need", "budget")


class ScoreWeights(BaseModel):
    """Weights of the opportunity score; env UPSIGNAL_SCORE__<FIELD> (e.g. UPSIGNAL_SCORE__HALF_LIFE_DAYS=60)."""

    kind_weights: dict[str, float] = Field(default_factory=lambda: {
        "tier_feature_request": 1.0, "limit_pressure": 0.8, "compliance_need": 0.8, "growth": 0.7,
        "competitor_comparison": 0.6, "budget": 0.6, "feature_request": 0.5, "workaround": 0.5,
        "comparison": 0.4,
    })
    half_life_days: float = 90.0  # a signal's weight halves every this many days
    strength_saturation: float = 3.0  # strength = 1 - exp(-sum(kind weight x confidence x decay) / this)
    contacts_cap: int = 3  # this many distinct contacts = full breadth (half of it)
    channels_cap: int = 3  # this many distinct channels = full breadth (the other half)
    tier_gap_cap: int = 3  # this many distinct features above the plan = full tier gap
    seat_pressure_start: float = 0.8  # seat use / limit where limit pressure starts (1.0 at the limit)
    points: dict[str, float] = Field(default_factory=lambda: {
        "signal_strength": 35.0, "recency": 10.0, "breadth": 15.0, "tier_gap": 20.0,
        "limit_pressure": 10.0, "growth": 10.0,
    })
    churn_penalty: float = 30.0  # points taken off at full churn risk (1 - exp(-sum(conf x decay)))
    hold_days: float = 60.0  # churn or a severe problem this recent puts the account on hold
    hold_confidence: float = 0.5  # ... if the churn signal is at least this confident
    hold_factor: float = 0.5  # a held account keeps this share of its score
    severe_tags: list[str] = Field(default_factory=lambda: ["outage", "incident", "urgent", "escalation",
                                                            "sev1", "p1", "critical"])
    low_rating: float = 2.0  # a review rated at or below this is a severe problem


@dataclass
class AccountScore:
    """An account's score, why (components in points, raw factors 0..1) and what to sell."""

    account_id: str
    name: str
    plan: str | None
    arr: float | None
    seats_used: int | None
    seats_limit: int | None
    owner_email: str | None
    region: str | None
    score: float
    components: dict[str, float]
    factors: dict[str, float]
    recommended_tier: str | None
    expansion_arr: float | None
    top_quotes: list[dict[str, Any]] = field(default_factory=list)
    hold_reason: str | None = None
    signal_count: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # signals per kind

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TierInfo:
    id: str
    rank: int
    price: float
    price_unit: str = "seat"


def _parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def age_days(created_at: str | None, now: datetime) -> float:
    """Days between a timestamp and now (never negative; unknown dates count as old: one year)."""
    t = _parse_time(created_at)
    return 365.0 if t is None else max(0.0, (now - t).total_seconds() / 86400)


def decay(created_at: str | None, now: datetime, half_life: float) -> float:
    """0.5 ** (age / half-life): 1.0 today, 0.5 one half-life ago."""
    return 0.5 ** (age_days(created_at, now) / half_life) if half_life > 0 else 1.0


def tiers_of(catalog: Catalog | None) -> dict[str, TierInfo]:
    """Catalog tiers by id (empty without a catalog: no tier ranks or prices known)."""
    if catalog is None:
        return {}
    return {t.id: TierInfo(t.id, t.rank, float(t.price), t.price_unit) for t in catalog.tiers}


def _weight(signal: dict[str, Any], w: ScoreWeights, now: datetime) -> float:
    return (w.kind_weights.get(signal["kind"], 0.0) * float(signal["confidence"])
            * decay(signal["created_at"], now, w.half_life_days))


def _factors(account: dict[str, Any], signals: list[dict[str, Any]], tiers: dict[str, TierInfo],
             w: ScoreWeights, now: datetime) -> dict[str, float]:
    """Each component as a 0..1 factor, plus churn (0..1)."""
    upsell = [s for s in signals if s["kind"] in UPSELL_KINDS]
    total = sum(_weight(s, w, now) for s in upsell)
    newest = min((age_days(s["created_at"], now) for s in upsell), default=None)
    contacts = {s.get("contact") or s["conversation_id"] for s in upsell}
    channels = {s["channel"] for s in upsell if s.get("channel")}
    gap = {s.get("feature_id") or f"plan:{s['tier_id']}" for s in _above_plan(account, signals, tiers)}  # a plan once
    limit_signals = [float(s["confidence"]) * decay(s["created_at"], now, w.half_life_days)
                     for s in signals if s["kind"] == "limit_pressure"]
    growth = [float(s["confidence"]) * decay(s["created_at"], now, w.half_life_days)
              for s in signals if s["kind"] == "growth"]
    churn = sum(float(s["confidence"]) * decay(s["created_at"], now, w.half_life_days)
                for s in signals if s["kind"] == "churn_risk")
    return {
        "signal_strength": 1 - math.exp(-total / w.strength_saturation) if w.strength_saturation > 0 else 0.0,
        "recency": 0.0 if newest is None else 0.5 ** (newest / w.half_life_days),
        "breadth": 0.5 * min(len(contacts), w.contacts_cap) / w.contacts_cap
        + 0.5 * min(len(channels), w.channels_cap) / w.channels_cap,
        "tier_gap": min(len(gap), w.tier_gap_cap) / w.tier_gap_cap,
        "limit_pressure": max([seat_pressure(account, w), *limit_signals]),
        "growth": max(growth, default=0.0),
        "churn": 1 - math.exp(-churn),
    }


def seat_pressure(account: dict[str, Any], w: ScoreWeights) -> float:
    """0 below `seat_pressure_start` of the seat limit, rising to 1.0 at the limit."""
    used, limit = account.get("seats_used"), account.get("seats_limit")
    if not used or not limit or w.seat_pressure_start >= 1:
        return 0.0
    return max(0.0, min(1.0, (used / limit - w.seat_pressure_start) / (1 - w.seat_pressure_start)))


def _rank(tiers: dict[str, TierInfo], tier_id: str | None) -> int | None:
    info = tiers.get((tier_id or "").lower()) or tiers.get(tier_id or "")
    return info.rank if info else None


def _above_plan(account: dict[str, Any], signals: list[dict[str, Any]],
                tiers: dict[str, TierInfo]) -> list[dict[str, Any]]:
    """Tier feature requests and asks for a plan ("upgrade to Enterprise", a `budget` signal linked to the
    tier) above the account's plan (all of them when ranks are unknown)."""
    plan_rank = _rank(tiers, account.get("plan"))
    out = []
    for s in signals:
        if s["kind"] not in ("tier_feature_request", "budget") or not s.get("tier_id"):
            continue
        rank = _rank(tiers, s["tier_id"])
        if plan_rank is None or rank is None or rank > plan_rank:
            out.append(s)
    return out


def recommend_tier(account: dict[str, Any], signals: list[dict[str, Any]], tiers: dict[str, TierInfo],
                   pressure: float) -> str | None:
    """The tier that holds every feature asked for above the plan; else the next tier up under limit pressure."""
    asked = [s["tier_id"] for s in _above_plan(account, signals, tiers)]
    if asked and tiers:
        return max(asked, key=lambda t: _rank(tiers, t) or 0)
    if asked:  # no ranks known: the tier asked for most often
        return max(sorted(set(asked)), key=asked.count)
    plan_rank = _rank(tiers, account.get("plan"))
    if pressure >= 0.5 and plan_rank is not None:
        higher = sorted((t for t in tiers.values() if t.rank > plan_rank), key=lambda t: t.rank)
        return higher[0].id if higher else None
    return None


def expansion_arr(account: dict[str, Any], target: str | None, tiers: dict[str, TierInfo]) -> float | None:
    """Catalog price of the target tier x seats x 12, minus today's ARR (None when prices are unknown)."""
    info = tiers.get(target or "")
    if info is None:
        return None
    seats = account.get("seats_used") or account.get("seats_limit") or 0
    new_arr = info.price * 12 * (seats if info.price_unit == "seat" else 1)
    current = account.get("arr")
    if current is None:
        plan = tiers.get((account.get("plan") or "").lower())
        current = (plan.price * 12 * (seats if plan.price_unit == "seat" else 1)) if plan else 0.0
    return round(max(0.0, new_arr - float(current)), 2)


def hold_reason(signals: list[dict[str, Any]], conversations: list[dict[str, Any]], w: ScoreWeights,
                now: datetime) -> str | None:
    """Why an upsell should wait: recent confident churn risk, or a recent severe problem."""
    churn = [s for s in signals if s["kind"] == "churn_risk" and float(s["confidence"]) >= w.hold_confidence
             and age_days(s["created_at"], now) <= w.hold_days]
    if churn:
        s = max(churn, key=lambda x: x["created_at"] or "")
        return (f"churn risk on {(s['created_at'] or '')[:10]}: \"{s['sentence']}\" "
                "— fix first, then upsell")
    severe = set(t.lower() for t in w.severe_tags)
    for c in sorted(conversations, key=lambda x: x.get("created_at") or "", reverse=True):
        if age_days(c.get("created_at"), now) > w.hold_days:
            continue
        tags = sorted(severe & {t.lower() for t in c.get("tags") or ()})
        if tags:
            return f"open severe problem ({', '.join(tags)}) on {(c['created_at'] or '')[:10]}: {c.get('title') or c['id']}"
        if c.get("rating") is not None and c["rating"] <= w.low_rating:
            return f"low review rating ({c['rating']:g}) on {(c['created_at'] or '')[:10]}"
    return None


def top_quotes(signals: list[dict[str, Any]], w: ScoreWeights, now: datetime, limit: int = 5) -> list[dict[str, Any]]:
    """The strongest upsell quotes (kind weight x confidence x recency), one per sentence."""
    ranked = sorted((s for s in signals if s["kind"] in UPSELL_KINDS),
                    key=lambda s: (-_weight(s, w, now), s["id"]))
    out, seen = [], set()
    for s in ranked:
        if s["sentence"] in seen:
            continue
        seen.add(s["sentence"])
        out.append({k: s.get(k) for k in ("kind", "sentence", "confidence", "created_at", "channel", "speaker",
                                           "feature_id", "tier_id", "competitor_name", "conversation_id")}
                   | {"weight": round(_weight(s, w, now), 3)})
        if len(out) == limit:
            break
    return out


def compute_score(account: dict[str, Any], signals: list[dict[str, Any]], conversations: list[dict[str, Any]],
                  tiers: dict[str, TierInfo], weights: ScoreWeights | None = None,
                  now: datetime | None = None) -> AccountScore:
    """Score one account from its rows (pure: same rows, weights and `now`, same result)."""
    w = weights or ScoreWeights()
    now = now or datetime.now(UTC)
    factors = _factors(account, signals, tiers, w, now)
    components = {name: factors[name] * w.points.get(name, 0.0) for name in w.points if name in factors}
    components["churn_penalty"] = -w.churn_penalty * factors["churn"]
    raw = max(0.0, min(100.0, sum(components.values())))
    reason = hold_reason(signals, conversations, w, now)
    components["hold"] = -raw * (1 - w.hold_factor) if reason else 0.0
    target = recommend_tier(account, signals, tiers, factors["limit_pressure"])
    counts: dict[str, int] = {}
    for s in signals:
        counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    return AccountScore(
        account_id=account["id"], name=account["name"], plan=account.get("plan"), arr=account.get("arr"),
        seats_used=account.get("seats_used"), seats_limit=account.get("seats_limit"),
        owner_email=account.get("owner_email"), region=account.get("region"),
        score=round(raw + components["hold"], 1),
        components={k: round(v, 2) + 0.0 for k, v in components.items()},  # + 0.0: no '-0'
        factors={k: round(v, 4) for k, v in factors.items()},
        recommended_tier=target, expansion_arr=expansion_arr(account, target, tiers),
        top_quotes=top_quotes(signals, w, now), hold_reason=reason, signal_count=len(signals), counts=counts,
    )


def _default_catalog() -> Catalog | None:
    from .catalog import load_catalog
    from .settings import get_settings

    path = get_settings().catalog
    return load_catalog(path) if path else None


def _weights() -> ScoreWeights:
    from .settings import get_settings

    return get_settings().score


def _score_many(db: sqlite_utils.Database, accounts: list[dict[str, Any]], weights: ScoreWeights | None,
                now: datetime | None, catalog: Catalog | None) -> list[AccountScore]:
    from .store.reports import account_conversations, score_signals

    ids = [a["id"] for a in accounts]

    def seen(row: dict[str, Any]) -> bool:  # with an explicit `now` ("as of"), later conversations do not count
        t = _parse_time(row.get("created_at")) if now is not None else None
        return t is None or t <= now

    signals: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for s in score_signals(db, ids):
        if seen(s):
            signals[s["account_id"]].append(s)
    convs: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for c in account_conversations(db, ids):
        if seen(c):
            convs[c["account_id"]].append(c)
    tiers = tiers_of(catalog if catalog is not None else _default_catalog())
    w = weights or _weights()
    return [compute_score(a, signals[a["id"]], convs[a["id"]], tiers, w, now) for a in accounts]


def rank_accounts(db: sqlite_utils.Database, weights: ScoreWeights | None = None, owner: str | None = None,
                  min_score: float | None = None, now: datetime | None = None,
                  catalog: Catalog | None = None) -> list[AccountScore]:
    """Every account (or one owner's) scored, best first; ties by expansion ARR then id."""
    from .store.reports import score_accounts

    scores = _score_many(db, score_accounts(db, owner=owner), weights, now, catalog)
    if min_score is not None:
        scores = [s for s in scores if s.score >= min_score]
    return sorted(scores, key=lambda s: (-s.score, -(s.expansion_arr or 0), s.account_id))


def account_score(db: sqlite_utils.Database, account_id: str, weights: ScoreWeights | None = None,
                  now: datetime | None = None, catalog: Catalog | None = None) -> AccountScore | None:
    """One account's score with its breakdown, or None if there is no such account."""
    from .store.reports import score_accounts

    accounts = score_accounts(db, account_id=account_id)
    return _score_many(db, accounts, weights, now, catalog)[0] if accounts else None
