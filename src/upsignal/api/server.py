"""Entry point for uvicorn (`upsignal serve`): builds settings from the environment, then the app."""

from __future__ import annotations

import logging

from fastapi import FastAPI

from ..settings import get_settings
from .app import create_app


def app() -> FastAPI:
    """uvicorn factory: one app per worker process."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return create_app(get_settings())
