"""Opportunity score: every component hand-computed from the documented formulas."""

from __future__ import annotations

import math
from datetime import UTC, datetime

import pytest
from world import build

from upsignal.score import ScoreWeights, account_score, compute_score, rank_accounts, tiers_of

NOW = datetime(2026, 4, 1, tzinfo=UTC)
PRO = {"id": "A1", "name": "Acme", "plan": "pro", "arr": 34800.0, "seats_used": 95, "seats_limit": 100,
       "owner_email": "csm@vendor.io", "region": "DACH"}


def sig(kind, conf, date, channel="ticket", contact="ann@acme.com", **extra):
    return {"id": f"{kind}-{date}", "kind": kind, "confidence": conf, "created_at": date, "channel": channel,
            "contact": contact, "speaker": contact, "sentence": f"{kind} said on {date}",
            "conversation_id": f"c-{date}", **extra}


@pytest.fixture
def tiers(catalog):
    return tiers_of(catalog)


def test_components_of_an_upsell_account(tiers):
    signals = [
        sig("tier_feature_request", 1.0, "2026-04-01T00:00:00Z", feature_id="sso_saml", tier_id="enterprise"),
        # 90 days old = one half-life: counts half
        sig("tier_feature_request", 0.8, "2026-01-01T00:00:00Z", "call", "bob", feature_id="audit_log",
            tier_id="enterprise"),
        sig("growth", 0.5, "2026-01-01T00:00:00Z", "call", "bob"),
    ]
    s = compute_score(PRO, signals, [], tiers, ScoreWeights(), NOW)
    strength = 1 - math.exp(-(1.0 * 1.0 * 1 + 1.0 * 0.8 * 0.5 + 0.7 * 0.5 * 0.5) / 3)
    expected = {
        "signal_strength": 35 * strength,
        "recency": 10 * 1.0,
        "breadth": 15 * (0.5 * 2 / 3 + 0.5 * 2 / 3),  # 2 contacts, 2 channels
        "tier_gap": 20 * 2 / 3,  # two enterprise features asked for on Pro
        "limit_pressure": 10 * (0.95 - 0.8) / 0.2,  # 95 of 100 seats
        "growth": 10 * 0.5 * 0.5,
        "churn_penalty": 0.0, "hold": 0.0,
    }
    assert s.components == pytest.approx(expected, abs=0.01)
    assert s.score == pytest.approx(sum(expected.values()), abs=0.05)  # 57.6
    assert s.recommended_tier == "enterprise"
    assert s.expansion_arr == 59 * 95 * 12 - 34800  # catalog price x seats x 12, minus today's ARR
    assert s.hold_reason is None
    assert s.top_quotes[0]["kind"] == "tier_feature_request" and s.top_quotes[0]["confidence"] == 1.0


def test_churn_penalty_and_hold(tiers):
    account = {**PRO, "id": "A2", "plan": "starter", "arr": 2880.0, "seats_used": 20, "seats_limit": 25}
    d30 = "2026-03-02T00:00:00Z"  # 30 days before NOW
    signals = [sig("limit_pressure", 1.0, d30), sig("churn_risk", 0.9, d30)]
    s = compute_score(account, signals, [], tiers, ScoreWeights(), NOW)
    k = 0.5 ** (30 / 90)
    raw = (35 * (1 - math.exp(-0.8 * k / 3)) + 10 * k + 15 * (0.5 / 3 + 0.5 / 3) + 10 * k
           - 30 * (1 - math.exp(-0.9 * k)))
    assert s.components["churn_penalty"] == pytest.approx(-30 * (1 - math.exp(-0.9 * k)), abs=0.01)
    assert s.components["hold"] == pytest.approx(-raw / 2, abs=0.01)
    assert s.score == pytest.approx(raw / 2, abs=0.05)
    assert "churn risk" in s.hold_reason and "fix first" in s.hold_reason
    assert s.recommended_tier == "pro"  # limit pressure, no feature above the plan: next tier up
    assert s.expansion_arr == 29 * 20 * 12 - 2880


def test_old_churn_does_not_hold_but_a_severe_ticket_does(tiers):
    old = [sig("churn_risk", 0.9, "2025-10-01T00:00:00Z")]
    assert compute_score(PRO, old, [], tiers, ScoreWeights(), NOW).hold_reason is None
    outage = [{"id": "c9", "created_at": "2026-03-25T00:00:00Z", "tags": ["Outage"], "rating": None,
               "title": "Everything is down"}]
    s = compute_score(PRO, [], outage, tiers, ScoreWeights(), NOW)
    assert "outage" in s.hold_reason and "Everything is down" in s.hold_reason


def test_weights_are_configurable(tiers, monkeypatch):
    signals = [sig("growth", 1.0, "2026-01-01T00:00:00Z")]
    slow = compute_score(PRO, signals, [], tiers, ScoreWeights(half_life_days=180), NOW)
    assert slow.factors["growth"] == pytest.approx(0.5 ** 0.5, abs=1e-3)
    monkeypatch.setenv("UPSIGNAL_SCORE__HALF_LIFE_DAYS", "30")
    from upsignal.settings import get_settings

    assert get_settings().score.half_life_days == 30


def test_account_without_signals_scores_only_seat_pressure(tiers):
    s = compute_score(PRO, [], [], tiers, ScoreWeights(), NOW)
    assert s.score == pytest.approx(7.5) and s.recommended_tier == "enterprise"  # 95% of seats used
    calm = compute_score({**PRO, "seats_used": 10}, [], [], tiers, ScoreWeights(), NOW)
    assert calm.score == 0 and calm.recommended_tier is None and calm.expansion_arr is None


def test_rank_accounts_on_the_store(db, catalog):
    build(db)
    ranked = rank_accounts(db, now=NOW, catalog=catalog)
    assert [s.account_id for s in ranked][0] == "A1"
    assert {s.account_id for s in rank_accounts(db, owner="CSM1@vendor.io", now=NOW, catalog=catalog)} == {"A1", "A3"}
    assert all(s.score >= 30 for s in rank_accounts(db, min_score=30, now=NOW, catalog=catalog))
    one = account_score(db, "A1", now=NOW, catalog=catalog)
    assert one.score == ranked[0].score and one.counts["tier_feature_request"] == 3
    assert sum(one.components.values()) == pytest.approx(one.score, abs=0.1)
    assert account_score(db, "nope", now=NOW, catalog=catalog) is None


def test_rank_accounts_on_an_empty_store(db):
    assert rank_accounts(db, now=NOW) == []


def test_asking_for_a_higher_plan_sets_the_target_tier(tiers):
    """'We'd like to upgrade to Enterprise' (a budget signal linked to the tier) names the target plan and
    counts as a tier gap; a budget signal with no tier, or one for the plan the account has, does not."""
    calm = {**PRO, "seats_used": 10}
    asked = sig("budget", 0.8, "2026-03-30T00:00:00Z", tier_id="enterprise")
    again = sig("budget", 0.9, "2026-03-31T00:00:00Z", tier_id="enterprise")  # the same plan, other words
    s = compute_score(calm, [asked, again], [], tiers, ScoreWeights(), NOW)
    assert s.recommended_tier == "enterprise" and s.factors["tier_gap"] == pytest.approx(1 / 3, abs=1e-3)
    for other in (sig("budget", 0.8, "2026-03-30T00:00:00Z"), sig("budget", 0.8, "2026-03-30T00:00:00Z",
                                                                   tier_id="pro")):
        s = compute_score(calm, [other], [], tiers, ScoreWeights(), NOW)
        assert s.recommended_tier is None and s.factors["tier_gap"] == 0
