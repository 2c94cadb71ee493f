"""Feature-demand and competitor reports, JSON or CSV: the same numbers as `upsignal report ...`."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import Response

from ...render import as_csv
from ...report import competitors, feature_demand
from ...views import competitors_doc, feature_demand_doc
from ..deps import DbDep, ProductToken, ServicesDep
from ..params import Channel, OutputFormat, Since, Until
from ..responses import dumps, json_response

router = APIRouter(tags=["reports"])
Report = tuple[tuple[Hashable, ...], Callable[[], dict[str, Any]]]


def features(db: Any, services: Any, since: str | None = None, until: str | None = None, tier: str | None = None,
             channel: str | None = None, group_by: str = "feature", themes: str | None = None) -> Report:
    """The feature-demand report's cache key and how to compute it (shared with the report page)."""
    themes = themes or services.settings.report_themes
    return (("features", since, until, tier, channel, group_by, themes), lambda: feature_demand(
        db, since=since, until=until, tier=tier, channel=channel, group_by=group_by, catalog=services.catalog(db),
        themes=themes))


def competitor_report(db: Any, services: Any, since: str | None = None, until: str | None = None) -> Report:
    """The competitor report's cache key and how to compute it (shared with the report page)."""
    return ("competitors", since, until), lambda: competitors(db, since=since, until=until, catalog=services.catalog(db))


def as_json(db: Any, services: Any, report: Report, stale_ok: bool = False) -> tuple[bytes, bool]:
    """The report as JSON bytes: computed once per data version, serialised once per computation.
    With `stale_ok` the last computed bytes may come back (stale=True) while the data changes."""
    key, compute = report
    return services.cache.lookup(db, ("json", *key), lambda: dumps({"ok": True, **services.cache.get(db, key, compute)}),
                                 stale_ok=stale_ok)


def kept_warm(db: Any, services: Any, report: Report) -> bool:
    """Whether the background warm-up keeps this report fresh (the default reports, when it runs)."""
    if services.settings.warm_interval_s <= 0:
        return False
    return report[0] in (features(db, services)[0], competitor_report(db, services)[0])


def warm(db: Any, services: Any) -> None:
    """Compute the reports the API and the pages open with, so that a first request finds them cached."""
    for report in (features(db, services), competitor_report(db, services)):
        as_json(db, services, report)  # never stale: this is what refreshes them


def _out(db: Any, services: Any, report: Report, view: Any, fmt: str, name: str) -> Response:
    if fmt == "csv":
        key, compute = report
        return Response(as_csv(view(services.cache.get(db, key, compute))), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    body, stale = as_json(db, services, report, stale_ok=kept_warm(db, services, report))
    response = json_response(body)
    if stale:  # the data changed since: the last complete report, until the warm-up has the new one
        response.headers["X-Upsignal-Stale"] = "true"
    return response


@router.get("/api/reports/feature-demand", summary="Feature demand: accounts, ARR, trend per feature",
            response_model=dict[str, Any], responses={200: {"content": {"text/csv": {}}}})
def feature_demand_report(db: DbDep, services: ServicesDep, token: ProductToken, since: Since = None,
                          until: Until = None, tier: Annotated[str | None, Query(max_length=100)] = None,
                          channel: Channel | None = None,
                          group_by: Literal["feature", "tier", "competitor"] = "feature",
                          themes: Literal["auto", "embedding", "tokens"] | None = None,
                          format: OutputFormat = "json") -> Response:
    """Higher-tier and missing features asked for, by how many accounts, weighted by ARR, per month."""
    report = features(db, services, since, until, tier, channel, group_by, themes)
    return _out(db, services, report, feature_demand_doc, format, "feature-demand")


@router.get("/api/reports/competitors", summary="Competitors: mentions, stances, accounts evaluating/switching",
            response_model=dict[str, Any], responses={200: {"content": {"text/csv": {}}}})
def competitors_report(db: DbDep, services: ServicesDep, token: ProductToken, since: Since = None,
                       until: Until = None, format: OutputFormat = "json") -> Response:
    """Which competitors we are compared against, on what, by whom."""
    return _out(db, services, competitor_report(db, services, since, until), competitors_doc, format, "competitors")
