"""Feature-demand and competitor reports on a hand-built world (numbers computed by hand in world.py)."""

from __future__ import annotations

import pytest
from world import build

from upsignal.report import competitors, feature_demand, month_range


@pytest.fixture
def world_db(db):
    build(db)
    return db


def _row(result, key):
    return next(r for r in result["rows"] if r["key"] == key)


def test_each_account_counts_once_per_feature_with_summed_arr(world_db, catalog):
    r = feature_demand(world_db, catalog=catalog, themes="tokens")
    sso = _row(r, "sso_saml")
    # A1 asked twice (c1, c2), A2 once (c3), an unlinked review once (c4)
    assert (sso["accounts"], sso["mentions"], sso["unlinked_mentions"]) == (2, 4, 1)
    assert sso["arr"] == 34800 + 2880
    assert sso["account_tiers"] == {"pro": 1, "starter": 1}
    assert sso["feature_tier"] == "enterprise" and sso["name"] == "SAML single sign-on"
    assert sso["trend"] == {"2026-01": 2, "2026-02": 0, "2026-03": 2}
    # most confident first, the newer of two equally confident ones first
    assert [q["sentence"] for q in sso["top_quotes"]] == [
        "Missing SSO is a dealbreaker.", "We need SAML SSO for Okta.", "SSO is still a must for us."]
    assert [x["key"] for x in r["rows"]] == ["sso_saml", "audit_log", "custom_fields"]  # accounts, then ARR
    assert r["months"] == ["2026-01", "2026-02", "2026-03"]


def test_totals_count_unlinked_requests_as_market_demand(world_db, catalog):
    t = feature_demand(world_db, catalog=catalog, themes="tokens")["totals"]
    assert (t["mentions"], t["accounts"], t["unlinked_mentions"], t["arr"]) == (9, 3, 2, 137680)


def test_uncatalogued_requests_grouped_into_themes(world_db, catalog):
    themes = feature_demand(world_db, catalog=catalog, themes="tokens")["themes"]
    assert [(t["theme"], t["accounts"], t["mentions"], t["unlinked_mentions"], t["arr"]) for t in themes] == [
        ("app, dark, mode", 1, 2, 1, 100000),  # the two dark-mode requests are merged
        ("mobile, mode, offline", 1, 1, 0, 2880),
    ]
    assert themes[0]["trend"] == {"2026-01": 0, "2026-02": 2, "2026-03": 0}


def test_group_by_tier_and_competitor(world_db, catalog):
    by_tier = feature_demand(world_db, catalog=catalog, group_by="tier", themes="tokens")
    ent = _row(by_tier, "enterprise")
    assert (ent["accounts"], ent["mentions"], ent["arr"]) == (2, 5, 37680)
    assert _row(by_tier, "starter")["accounts"] == 1
    by_comp = feature_demand(world_db, catalog=catalog, group_by="competitor", themes="tokens")
    asana = _row(by_comp, "asana")  # requests in conversations that name Asana: c4 (unlinked), c7 (A1)
    assert (asana["accounts"], asana["mentions"], asana["arr"], asana["name"]) == (1, 2, 34800, "Asana")


@pytest.mark.parametrize(("filters", "sso"), [
    ({"tier": "starter"}, (1, 1, 2880)),
    ({"channel": "review"}, (0, 1, 0)),
    ({"since": "2026-03-01"}, (1, 2, 2880)),
    ({"until": "2026-01-31"}, (1, 2, 34800)),
], ids=["tier", "channel", "since", "until"])
def test_filters(world_db, catalog, filters, sso):
    r = feature_demand(world_db, catalog=catalog, themes="tokens", **filters)
    row = _row(r, "sso_saml")
    assert (row["accounts"], row["mentions"], row["arr"]) == sso


def test_competitors_report(world_db, catalog):
    r = competitors(world_db, catalog=catalog)
    assert [x["key"] for x in r["rows"]] == ["asana", "taskbase"]
    asana, taskbase = r["rows"]
    assert (asana["mentions"], asana["accounts"], asana["arr"]) == (2, 1, 34800)
    assert asana["stances"] == {"better_at": 1, "switching_to": 1}
    assert asana["features"] == {"audit_log": 1, "sso_saml": 1}
    assert [(m["account_id"], m["stance"]) for m in asana["evaluating_or_switching"]] == [("A1", "switching_to")]
    assert (taskbase["name"], taskbase["catalogued"], taskbase["arr"]) == ("Taskbase", False, 100000)
    assert r["totals"] == {"mentions": 3, "competitors": 2, "accounts": 2}


def test_empty_database_says_so(db, catalog):
    fd = feature_demand(db, catalog=catalog)
    assert fd["empty"] and "No feature requests" in fd["message"] and fd["rows"] == [] and fd["themes"] == []
    comp = competitors(db, catalog=catalog)
    assert comp["empty"] and "No competitor mentions" in comp["message"]


def test_month_range_crosses_years():
    assert month_range("2025-11", "2026-02") == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_bad_group_by_is_an_input_error(db):
    from upsignal.errors import InputError

    with pytest.raises(InputError, match="--group-by"):
        feature_demand(db, group_by="colour")
