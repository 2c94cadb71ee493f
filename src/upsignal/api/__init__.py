"""The HTTP service: JSON API under /api and server-rendered pages, built by `create_app(settings)`."""

from .app import create_app

__all__ = ["create_app"]
