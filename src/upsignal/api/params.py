"""Query parameter types shared by routes (validated, and described in the OpenAPI spec)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from ..types import CHANNELS, SIGNAL_KINDS

# Real months and days in 1970-2099 only: a report's trend has one column per month between the dates.
DATE_PATTERN = (r"^(19[7-9]\d|20\d\d)-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])"
                r"([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$")
Kind = Literal[SIGNAL_KINDS]  # type: ignore[valid-type]
Channel = Literal[CHANNELS]  # type: ignore[valid-type]
Since = Annotated[str | None, Query(pattern=DATE_PATTERN, description="On or after this date (YYYY-MM[-DD]).")]
Until = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Before this date (YYYY-MM[-DD]).")]
Status = Literal["new", "confirmed", "dismissed"]
Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Id = Annotated[str, Query(min_length=1, max_length=200)]
OutputFormat = Literal["json", "csv"]
