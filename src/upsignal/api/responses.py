"""JSON responses serialised once, with orjson, straight to bytes.

Routes return `json_response(...)` instead of a dict: FastAPI would otherwise validate the dict
against the return annotation and encode it again. Each route still declares its response shape
(`response_model=`) so the OpenAPI spec stays the same.
"""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import Response

OPTIONS = orjson.OPT_SERIALIZE_NUMPY | orjson.OPT_NON_STR_KEYS


def dumps(data: Any) -> bytes:
    """JSON bytes of plain data (dicts, lists, dataclasses, numpy scalars)."""
    return orjson.dumps(data, option=OPTIONS)


class JSONBytes(Response):
    """application/json from bytes already serialised (or from data, serialised here)."""

    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return content if isinstance(content, bytes) else dumps(content)


def json_response(data: Any, status: int = 200) -> Response:
    """A JSON response (data serialised with orjson, or bytes passed through)."""
    return JSONBytes(data, status_code=status)
