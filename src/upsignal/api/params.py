"""Query parameter types shared by routes (validated, and described in the OpenAPI spec)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

from ..types import CHANNELS, SIGNAL_KINDS

DATE_PATTERN = r"^\d{4}-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?$"
Kind = Literal[SIGNAL_KINDS]  # type: ignore[valid-type]
Channel = Literal[CHANNELS]  # type: ignore[valid-type]
Since = Annotated[str | None, Query(pattern=DATE_PATTERN, description="On or after this date (YYYY-MM[-DD]).")]
Until = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Before this date (YYYY-MM[-DD]).")]
Status = Literal["new", "confirmed", "dismissed"]
Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Id = Annotated[str, Query(min_length=1, max_length=200)]
OutputFormat = Literal["json", "csv"]
