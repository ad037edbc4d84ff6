"""One typed settings object, read from the environment once."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

LOCAL_HOST = "127.0.0.1"
# Links made outside any request (the command line) when no public URL is set.
LOCAL_URL = f"http://{LOCAL_HOST}:8000"


def _default_data_dir() -> Path:
    return Path(os.environ.get("SESSIONS_DATA_DIR", Path.cwd() / "data"))


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = ""
    redis_url: str | None = None
    data_dir: Path = field(default_factory=_default_data_dir)
    # The public origin of links (pages, feeds, mails). None: each request's own origin, so
    # `sessions serve --port 9000` gives working links without configuration.
    public_url: str | None = None
    organiser_name: str = "sessions"
    organiser_email: str = "noreply@sessions.invalid"
    debug: bool = False
    migrate_on_start: bool = True
    # How long a read may trust an event it looked up (see services/directory.py).
    read_cache_ttl: float = 1.0
    # Rate limits as "hits/seconds": logins per email, logins per address, registrations
    # per address.
    login_rate: str = "10/300"
    login_rate_ip: str = "50/300"
    register_rate: str = "20/3600"
    # Addresses (or networks) of reverse proxies whose X-Forwarded-For / -Proto we believe;
    # empty: none, so a client cannot choose the address its rate limits count against.
    trusted_proxies: str = ""
    # Invites by email (iMIP): smtp://[user:pass@]host[:port], smtps://… or smtp+starttls://…
    smtp_url: str | None = None
    mail_from: str | None = None  # the From: of invites; defaults to organiser_email
    mail_poll_interval: float = 5.0  # seconds between outbox sweeps of the background sender
    # Operations: /metrics (SESSIONS_METRICS=1), log lines as text or JSON, and how many days
    # after its event ends a registration is kept (then deleted, with the mail sent to it).
    metrics: bool = False
    log_format: str = "text"  # text | json
    retention_days: int = 90
    retention_interval: float = 3600.0  # seconds between retention sweeps of `sessions serve`
    retention_sweep: bool = False  # on in `sessions serve` (SESSIONS_RETENTION_SWEEP=1)

    def __post_init__(self) -> None:
        if not self.database_url:
            path = (self.data_dir / "sessions.db").resolve()
            object.__setattr__(self, "database_url", f"sqlite+aiosqlite:///{path}")

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def host(self) -> str:
        """The domain of calendar UIDs (`<session uuid>@<host>`): never taken from a request,
        so a session keeps one UID however it is reached. Unset, it is the host of the old
        default public URL, which keeps the UIDs calendars already hold."""
        return (urlsplit(self.public_url).hostname if self.public_url else None) or LOCAL_HOST

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        env = os.environ
        values: dict[str, object] = {
            "database_url": env.get("DATABASE_URL", ""),
            "redis_url": env.get("REDIS_URL") or None,
            "public_url": env.get("SESSIONS_PUBLIC_URL", "").rstrip("/") or None,
            "organiser_email": env.get("SESSIONS_ORGANISER_EMAIL", "noreply@sessions.invalid"),
            "debug": env.get("SESSIONS_DEBUG", "") == "1",
            "migrate_on_start": env.get("SESSIONS_MIGRATE_ON_START", "1") != "0",
            "read_cache_ttl": float(env.get("SESSIONS_READ_CACHE_TTL", "1.0")),
            "login_rate": env.get("SESSIONS_LOGIN_RATE", "10/300"),
            "login_rate_ip": env.get("SESSIONS_LOGIN_RATE_IP", "50/300"),
            "register_rate": env.get("SESSIONS_REGISTER_RATE", "20/3600"),
            "trusted_proxies": env.get("SESSIONS_TRUSTED_PROXIES", "").strip(),
            "smtp_url": env.get("SMTP_URL") or None,
            "mail_from": env.get("SESSIONS_MAIL_FROM") or None,
            "metrics": env.get("SESSIONS_METRICS", "") == "1",
            "log_format": "json"
            if env.get("SESSIONS_LOG_FORMAT", "").lower() == "json"
            else "text",
            "retention_days": int(env.get("SESSIONS_RETENTION_DAYS", "90")),
            "retention_sweep": env.get("SESSIONS_RETENTION_SWEEP", "") == "1",
        }
        if env.get("SESSIONS_DATA_DIR"):
            values["data_dir"] = Path(env["SESSIONS_DATA_DIR"])
        values.update(overrides)
        return cls(**values)  # type: ignore[arg-type]
