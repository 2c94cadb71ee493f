"""catalog.toml -> validated Catalog; every problem is reported at once, with its path."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CatalogError, InputError
from .types import SIGNAL_KINDS

PRICE_UNITS = ("seat", "flat")
SECTION_KEYS: dict[str, tuple[set[str], set[str]]] = {
    # section: (required keys, optional keys)
    "tiers": ({"id", "name", "rank", "price"}, {"price_unit", "description"}),
    "features": ({"id", "name", "tier", "description"}, {"aliases", "aliases_de", "compliance", "category"}),
    "limits": ({"id", "name", "unit", "values"}, {"aliases", "aliases_de"}),
    "competitors": ({"id", "name"}, {"aliases", "aliases_de", "url"}),
}
TOP_KEYS = {"product", "tiers", "features", "limits", "competitors", "cues"}


@dataclass(frozen=True)
class Tier:
    id: str
    name: str
    rank: int
    price: float
    price_unit: str = "seat"


@dataclass(frozen=True)
class Feature:
    id: str
    name: str
    tier: str
    description: str
    aliases: tuple[str, ...] = ()
    aliases_de: tuple[str, ...] = ()
    compliance: bool = False


@dataclass(frozen=True)
class Limit:
    id: str
    name: str
    unit: str
    values: dict[str, float] = field(default_factory=dict)  # tier id -> limit; missing = unlimited
    aliases: tuple[str, ...] = ()
    aliases_de: tuple[str, ...] = ()


@dataclass(frozen=True)
class Competitor:
    id: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Catalog:
    """The customer's own product: tiers, features, limits, competitors, extra cues."""

    product: str
    tiers: tuple[Tier, ...]
    features: tuple[Feature, ...]
    limits: tuple[Limit, ...] = ()
    competitors: tuple[Competitor, ...] = ()
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    path: str | None = None

    def tier(self, tier_id: str | None) -> Tier | None:
        """The tier with this id (case-insensitive; name accepted too), or None."""
        if not tier_id:
            return None
        key = tier_id.strip().lower()
        for t in self.tiers:
            if t.id.lower() == key or t.name.lower() == key:
                return t
        return None

    def feature(self, feature_id: str) -> Feature | None:
        return next((f for f in self.features if f.id == feature_id), None)

    def competitor(self, competitor_id: str) -> Competitor | None:
        return next((c for c in self.competitors if c.id == competitor_id), None)


def load_catalog(path: Path | str) -> Catalog:
    """Read and validate a catalog file; raise CatalogError listing every problem."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: catalog file not found. Pass --catalog FILE or set UPSIGNAL_CATALOG.")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a catalog file. Pass the catalog.toml itself.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except tomllib.TOMLDecodeError as exc:
        raise CatalogError(str(path), [f"not valid TOML: {exc}"]) from exc
    except UnicodeDecodeError as exc:
        raise CatalogError(str(path), [f"not UTF-8 text: {exc}"]) from exc
    return parse_catalog(data, str(path))


def parse_catalog(data: dict[str, Any], source: str = "<catalog>") -> Catalog:
    """Validate parsed TOML data into a Catalog, collecting all problems before raising."""
    problems: list[str] = []
    for key in sorted(set(data) - TOP_KEYS):
        problems.append(f"{key}: unknown top-level key (known: {', '.join(sorted(TOP_KEYS))})")
    product = data.get("product", {})
    if not isinstance(product, dict) or not isinstance(product.get("name"), str):
        problems.append("product.name: missing (add [product] with name = \"Your product\")")
    sections = {name: _rows(data, name, problems) for name in SECTION_KEYS}
    tiers = _tiers(sections["tiers"], problems)
    # Ids of every tier that names one, even if its other fields are bad: no cascade of errors.
    tier_ids = [row["id"] for _, row in sections["tiers"] if isinstance(row.get("id"), str)]
    features = _features(sections["features"], tier_ids, problems)
    limits = _limits(sections["limits"], tier_ids, problems)
    competitors = _competitors(sections["competitors"], problems)
    cues = _cues(data.get("cues", {}), problems)
    if problems:
        raise CatalogError(source, problems)
    return Catalog(
        product=product["name"], tiers=tuple(sorted(tiers, key=lambda t: t.rank)),
        features=tuple(features), limits=tuple(limits), competitors=tuple(competitors),
        cues=cues, path=source,
    )


def _rows(data: dict[str, Any], section: str, problems: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """The section's tables with their paths, after checking required and unknown keys."""
    raw = data.get(section, [])
    if not isinstance(raw, list):
        problems.append(f"{section}: must be an array of tables ([[{section}]])")
        return []
    required, optional = SECTION_KEYS[section]
    rows = []
    for i, row in enumerate(raw):
        where = f"{section}[{i}]"
        for key in sorted(required - set(row)):
            problems.append(f"{where}.{key}: missing required key")
        for key in sorted(set(row) - required - optional):
            known = ", ".join(sorted(required | optional))
            problems.append(f"{where}.{key}: unknown key (known: {known})")
        rows.append((where, row))
    _check_unique_ids(section, rows, problems)
    return rows


def _check_unique_ids(section: str, rows: list[tuple[str, dict[str, Any]]], problems: list[str]) -> None:
    seen: dict[str, str] = {}
    for where, row in rows:
        rid = row.get("id")
        if not isinstance(rid, str) or not rid.strip():
            if "id" in row:
                problems.append(f"{where}.id: must be a non-empty string")
            continue
        if rid in seen:
            problems.append(f"{where}.id: duplicate id {rid!r} (first at {seen[rid]})")
        seen.setdefault(rid, where)


def _str_list(where: str, value: Any, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: must be a list of non-empty strings")
        return ()
    return tuple(value)


def _tiers(rows: list[tuple[str, dict[str, Any]]], problems: list[str]) -> list[Tier]:
    tiers = []
    for where, row in rows:
        rank, price, unit = row.get("rank"), row.get("price"), row.get("price_unit", "seat")
        ok = True
        if not isinstance(rank, int):
            problems.append(f"{where}.rank: must be an integer, got {rank!r}")
            ok = False
        if not isinstance(price, int | float) or price < 0:
            problems.append(f"{where}.price: must be a number >= 0, got {price!r}")
            ok = False
        if unit not in PRICE_UNITS:
            problems.append(f"{where}.price_unit: must be one of {', '.join(PRICE_UNITS)}, got {unit!r}")
            ok = False
        if ok and isinstance(row.get("id"), str) and isinstance(row.get("name"), str):
            tiers.append(Tier(row["id"], row["name"], rank, float(price), unit))
    ranks = [t.rank for t in tiers]
    if len(set(ranks)) != len(ranks):
        problems.append("tiers: ranks must be distinct (they order the plans)")
    return tiers


def _features(rows: list[tuple[str, dict[str, Any]]], tier_ids: list[str], problems: list[str]) -> list[Feature]:
    features = []
    for where, row in rows:
        tier = row.get("tier")
        if "tier" in row and tier not in tier_ids:
            problems.append(f"{where}.tier: unknown tier {tier!r} (known: {', '.join(tier_ids)})")
        aliases = _str_list(f"{where}.aliases", row.get("aliases"), problems)
        aliases_de = _str_list(f"{where}.aliases_de", row.get("aliases_de"), problems)
        compliance = row.get("compliance", False)
        if not isinstance(compliance, bool):
            problems.append(f"{where}.compliance: must be true or false")
        if all(isinstance(row.get(k), str) for k in ("id", "name", "description")) and tier in tier_ids:
            features.append(Feature(row["id"], row["name"], tier, row["description"],
                                    aliases, aliases_de, bool(compliance)))
    return features


def _limits(rows: list[tuple[str, dict[str, Any]]], tier_ids: list[str], problems: list[str]) -> list[Limit]:
    limits = []
    for where, row in rows:
        values = row.get("values", {})
        if not isinstance(values, dict):
            problems.append(f"{where}.values: must be a table of tier id = number")
            values = {}
        for tier, value in values.items():
            if tier not in tier_ids:
                problems.append(f"{where}.values.{tier}: unknown tier {tier!r} (known: {', '.join(tier_ids)})")
            elif not isinstance(value, int | float) or value < 0:
                problems.append(f"{where}.values.{tier}: must be a number >= 0, got {value!r}")
        aliases = _str_list(f"{where}.aliases", row.get("aliases"), problems)
        aliases_de = _str_list(f"{where}.aliases_de", row.get("aliases_de"), problems)
        if all(isinstance(row.get(k), str) for k in ("id", "name", "unit")):
            clean = {t: float(v) for t, v in values.items() if t in tier_ids and isinstance(v, int | float)}
            limits.append(Limit(row["id"], row["name"], row["unit"], clean, aliases, aliases_de))
    return limits


def _competitors(rows: list[tuple[str, dict[str, Any]]], problems: list[str]) -> list[Competitor]:
    competitors = []
    for where, row in rows:
        aliases = _str_list(f"{where}.aliases", row.get("aliases"), problems)
        aliases += _str_list(f"{where}.aliases_de", row.get("aliases_de"), problems)
        if isinstance(row.get("id"), str) and isinstance(row.get("name"), str):
            competitors.append(Competitor(row["id"], row["name"], aliases or (row["name"],)))
    return competitors


def _cues(raw: Any, problems: list[str]) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        problems.append("cues: must be a table of kind = [phrases]")
        return {}
    known = sorted(SIGNAL_KINDS) + sorted(f"{k}_de" for k in SIGNAL_KINDS)
    for kind in raw:
        if kind not in known:
            problems.append(f"cues.{kind}: unknown signal kind (known: {', '.join(SIGNAL_KINDS)}, with _de for German)")
    return {kind: _str_list(f"cues.{kind}", phrases, problems) for kind, phrases in raw.items()}
