"""CRM account exports (Salesforce- or HubSpot-style CSV) -> Account records."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from ..catalog import Catalog
from ..errors import InputError
from ..types import Account, Quarantined
from .encoding import open_text

# Normalised header -> Account field. Headers are lower-cased, Salesforce's "__c" suffix
# dropped, and any run of non-alphanumerics turned into one underscore.
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("account_id", "id", "record_id", "company_id", "account_number", "crm_id", "hubspot_id"),
    "name": ("account_name", "name", "company_name", "company", "organization", "organisation"),
    "website": ("website", "website_url", "company_domain_name", "domain", "primary_domain"),
    "domains": ("domains", "additional_domains", "email_domains", "other_domains"),
    "plan": ("plan", "tier", "subscription_plan", "plan_name", "subscription_tier", "edition"),
    "arr": ("arr", "annual_recurring_revenue", "arr_usd", "current_arr"),
    "seats_used": ("seats_used", "active_seats", "active_users", "used_seats", "users"),
    "seats_limit": ("seat_limit", "seats_limit", "licensed_seats", "seats_purchased", "seats", "licenses"),
    "owner_email": ("owner_email", "account_owner_email", "company_owner_email", "csm_email",
                    "customer_success_manager_email", "owner", "account_owner", "company_owner"),
    "region": ("region", "billing_country", "country_region", "country", "territory"),
    "industry": ("industry",),
    "nps": ("nps", "nps_score", "net_promoter_score"),
}
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")


def normalise_header(name: str) -> str:
    """'Seats_Purchased__c' -> 'seats_purchased'; 'Company Domain Name' -> 'company_domain_name'."""
    name = re.sub(r"__c$", "", name.strip().lower())
    return re.sub(r"[^a-z0-9]+", "_", name).strip("_")


def map_columns(header: list[str]) -> dict[str, int]:
    """Account field -> column index, from whichever known alias appears first in the header."""
    normalised = [normalise_header(h) for h in header]
    mapping: dict[str, int] = {}
    for field, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in normalised:
                mapping[field] = normalised.index(alias)
                break
    return mapping


def clean_domain(value: str) -> str | None:
    """'https://www.Acme.com/about' -> 'acme.com'; None when it is no domain."""
    value = value.strip().lower()
    value = re.sub(r"^[a-z]+://", "", value).split("/")[0].split("@")[-1].split(":")[0]
    value = value.removeprefix("www.")
    return value if _DOMAIN.match(value) else None


def read_accounts(path: Path, catalog: Catalog | None = None, encoding: str | None = None) -> Iterator[Account | Quarantined]:
    """Stream accounts from a CRM CSV export; bad rows come out as Quarantined."""
    with open_text(path, encoding) as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if not header:
            raise InputError(f"{path}: file is empty. Expected a CSV export with a header row.")
        cols = map_columns(header)
        missing = [f for f in ("id", "name") if f not in cols]
        if missing:
            raise InputError(
                f"{path}: no column for {', '.join(missing)} in header {header!r}. Expected e.g. "
                "'Account ID,Account Name,Website,Plan,ARR' (Salesforce) or 'Record ID,Company name,"
                "Company Domain Name' (HubSpot)."
            )
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            try:
                yield _account(row, cols, catalog)
            except ValueError as exc:
                yield Quarantined(str(path), line, str(exc), ",".join(row)[:300])


def _account(row: list[str], cols: dict[str, int], catalog: Catalog | None) -> Account:
    def get(field: str) -> str:
        i = cols.get(field)
        return row[i].strip() if i is not None and i < len(row) else ""

    if not get("id"):
        raise ValueError("empty account id")
    if not get("name"):
        raise ValueError(f"account {get('id')!r} has no name")
    domains = [clean_domain(d) for d in [get("website"), *re.split(r"[;,\s]+", get("domains"))] if d]
    return Account(
        id=get("id"), name=get("name"),
        domains=tuple(dict.fromkeys(d for d in domains if d)),
        plan=_plan(get("plan"), catalog),
        arr=_number(get("arr"), "ARR"), seats_used=_int(get("seats_used"), "seats used"),
        seats_limit=_int(get("seats_limit"), "seat limit"),
        owner_email=get("owner_email").lower() or None, region=get("region") or None,
        industry=get("industry") or None, nps=_number(get("nps"), "NPS"),
    )


def _plan(value: str, catalog: Catalog | None) -> str | None:
    if not value:
        return None
    if catalog is None:
        return value.lower()
    tier = catalog.tier(value) or catalog.tier(value.split()[0])
    if tier is None:
        known = ", ".join(t.name for t in catalog.tiers)
        raise ValueError(f"plan {value!r} is not a catalog tier (known: {known})")
    return tier.id


def _number(value: str, what: str) -> float | None:
    if not value:
        return None
    cleaned = re.sub(r"[\s$€£]|USD|EUR", "", value)
    if re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", cleaned):
        cleaned = cleaned.replace(",", "")  # 1,234.50
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.234,50
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a number") from None


def _int(value: str, what: str) -> int | None:
    number = _number(value, what)
    return None if number is None else int(number)
