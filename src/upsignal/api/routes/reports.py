"""Feature-demand and competitor reports, JSON or CSV: the same numbers as `upsignal report ...`."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...render import as_csv
from ...report import competitors, feature_demand
from ...views import competitors_doc, feature_demand_doc
from ..deps import DbDep, ProductToken, ServicesDep
from ..params import Channel, OutputFormat, Since, Until

router = APIRouter(tags=["reports"])


def _out(result: dict[str, Any], doc: Any, fmt: str, name: str) -> Any:
    if fmt == "csv":
        return Response(as_csv(doc), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return {"ok": True, **result}


@router.get("/api/reports/feature-demand", summary="Feature demand: accounts, ARR, trend per feature")
def feature_demand_report(db: DbDep, services: ServicesDep, token: ProductToken, since: Since = None,
                          until: Until = None, tier: Annotated[str | None, Query(max_length=100)] = None,
                          channel: Channel | None = None,
                          group_by: Literal["feature", "tier", "competitor"] = "feature",
                          themes: Literal["auto", "embedding", "tokens"] | None = None,
                          format: OutputFormat = "json") -> Any:
    """Higher-tier and missing features asked for, by how many accounts, weighted by ARR, per month."""
    themes = themes or services.settings.report_themes
    result = services.cache.get(db, ("features", since, until, tier, channel, group_by, themes), lambda: feature_demand(
        db, since=since, until=until, tier=tier, channel=channel, group_by=group_by, catalog=services.catalog(),
        themes=themes))
    return _out(result, feature_demand_doc(result), format, "feature-demand")


@router.get("/api/reports/competitors", summary="Competitors: mentions, stances, accounts evaluating/switching")
def competitors_report(db: DbDep, services: ServicesDep, token: ProductToken, since: Since = None,
                       until: Until = None, format: OutputFormat = "json") -> Any:
    """Which competitors we are compared against, on what, by whom."""
    result = services.cache.get(db, ("competitors", since, until),
                                lambda: competitors(db, since=since, until=until, catalog=services.catalog()))
    return _out(result, competitors_doc(result), format, "competitors")
