"""Catalog validation: the demo catalog loads; bad ones report every problem with its path."""

from __future__ import annotations

import pytest

from upsignal.catalog import load_catalog, parse_catalog
from upsignal.errors import CatalogError


def test_demo_catalog_loads(catalog):
    assert [t.id for t in catalog.tiers] == ["free", "starter", "pro", "enterprise"]
    sso = catalog.feature("sso_saml")
    assert sso.tier == "enterprise" and "Single Sign-On" in sso.aliases_de and sso.compliance
    assert len(catalog.features) >= 25 and len(catalog.competitors) >= 5
    seats = next(l for l in catalog.limits if l.id == "seats")
    assert seats.values == {"free": 5.0, "starter": 25.0, "pro": 100.0}  # enterprise: unlimited
    assert catalog.tier("Pro").id == "pro" and catalog.tier("platinum") is None


def _minimal() -> dict:
    return {
        "product": {"name": "X"},
        "tiers": [{"id": "free", "name": "Free", "rank": 0, "price": 0},
                  {"id": "pro", "name": "Pro", "rank": 1, "price": 10}],
        "features": [{"id": "sso", "name": "SSO", "tier": "pro", "description": "Log in with SSO."}],
        "competitors": [{"id": "acme", "name": "Acme"}],
    }


def test_all_problems_reported_at_once_with_paths():
    data = _minimal()
    data["features"].append({"id": "gantt", "name": "Gantt", "tier": "platinum", "description": "d", "colour": "red"})
    data["features"].append({"id": "sso", "name": "dup", "tier": "pro", "description": "d"})
    data["tiers"][1]["price"] = "ten"
    data["limits"] = [{"id": "seats", "name": "Seats", "unit": "seats", "values": {"gold": 3}}]
    data["extra"] = 1
    with pytest.raises(CatalogError) as info:
        parse_catalog(data, "cat.toml")
    problems = info.value.problems
    assert "features[1].tier: unknown tier 'platinum' (known: free, pro)" in problems
    assert any(p.startswith("features[1].colour: unknown key") for p in problems)
    assert any(p.startswith("features[2].id: duplicate id 'sso'") for p in problems)
    assert any(p.startswith("tiers[1].price: must be a number") for p in problems)
    assert any(p.startswith("limits[0].values.gold: unknown tier") for p in problems)
    assert any(p.startswith("extra: unknown top-level key") for p in problems)
    assert len(problems) == 6
    assert "cat.toml: 6 problem(s)" in str(info.value)


def test_missing_required_keys_and_bad_toml(tmp_path):
    data = _minimal()
    del data["features"][0]["description"]
    with pytest.raises(CatalogError, match=r"features\[0\]\.description: missing required key"):
        parse_catalog(data)
    bad = tmp_path / "bad.toml"
    bad.write_text("[product\nname=1")
    with pytest.raises(CatalogError, match="not valid TOML"):
        load_catalog(bad)


def test_catalog_check_cli_exit_codes(cli, catalog_path, tmp_path):
    ok = cli(["catalog", "check", catalog_path])
    assert ok.exit_code == 0 and "27 features" in ok.output
    bad = tmp_path / "c.toml"
    bad.write_text('[product]\nname="X"\n[[tiers]]\nid="free"\nname="Free"\nrank=0\nprice=0\n'
                   '[[features]]\nid="a"\nname="A"\ntier="platinum"\ndescription="d"\n')
    res = cli(["catalog", "check", bad])
    assert res.exit_code == 2
    assert "features[0].tier: unknown tier 'platinum' (known: free)" in res.output
    missing = cli(["catalog", "check", tmp_path / "nope.toml"])
    assert missing.exit_code == 2 and "not found" in missing.output
