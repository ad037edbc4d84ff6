"""Sending the outbox: claim due messages, send them over SMTP, retry with backoff.

At most one sender has a message at a time: a sweep claims a batch by pushing
its `next_attempt_at` a lease ahead (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so
concurrent app processes take different rows), then sends and marks each one
sent. A message whose SMTP transaction failed is retried later with
exponential backoff; one that the server refused permanently (5xx), or that
failed `MAX_ATTEMPTS` times, is marked failed. Nothing is deleted, so an SMTP
outage loses nothing; the only way to send twice is a crash between the
server's acceptance and the `sent_at` update (each message keeps its
Message-ID, so receivers can tell).
"""

from __future__ import annotations

import asyncio
import logging
import smtplib
import ssl
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import unquote, urlsplit

from sessions.persistence.repositories.outbox import OutboxMessage
from sessions.services.context import ServiceContext

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12
LEASE = timedelta(minutes=5)
BASE_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(hours=6)
BATCH = 50


class PermanentFailure(Exception):
    """The server refused the message for good (a 5xx): retrying would not help."""


@dataclass(frozen=True, slots=True)
class Mailer:
    """SMTP from a URL: smtp://[user:password@]host[:port] (plain), smtps:// (TLS),
    smtp+starttls:// (STARTTLS)."""

    host: str
    port: int
    mode: str = "plain"  # plain | tls | starttls
    username: str | None = None
    password: str | None = None
    timeout: float = 30.0

    @classmethod
    def from_url(cls, url: str) -> Mailer:
        parts = urlsplit(url)
        modes = {"smtp": "plain", "smtps": "tls", "smtp+starttls": "starttls"}
        if parts.scheme not in modes or not parts.hostname:
            raise ValueError(
                "SMTP_URL must look like smtp://host:25, smtps://host:465 or "
                "smtp+starttls://user:password@host:587"
            )
        mode = modes[parts.scheme]
        port = parts.port or {"plain": 25, "tls": 465, "starttls": 587}[mode]
        return cls(
            parts.hostname,
            port,
            mode,
            unquote(parts.username) if parts.username else None,
            unquote(parts.password) if parts.password else None,
        )

    def send(self, recipient: str, message: str) -> None:
        """Blocking: run it in a thread."""
        context = ssl.create_default_context()
        smtp: smtplib.SMTP
        if self.mode == "tls":
            smtp = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=context)
        else:
            smtp = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
        with smtp:
            if self.mode == "starttls":
                smtp.starttls(context=context)
            if self.username:
                smtp.login(self.username, self.password or "")
            from email import message_from_string
            from email.utils import parseaddr

            parsed = message_from_string(message)
            sender = parseaddr(parsed.get("From", ""))[1]
            try:
                # SMTP lines end in CRLF (bytes are sent as they are).
                data = message.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
                smtp.sendmail(sender, [recipient], data)
            except smtplib.SMTPRecipientsRefused as exc:
                codes = [code for code, _ in exc.recipients.values()]
                if all(500 <= c < 600 for c in codes):
                    raise PermanentFailure(str(exc)) from exc
                raise
            except smtplib.SMTPResponseException as exc:
                if 500 <= exc.smtp_code < 600:
                    raise PermanentFailure(str(exc)) from exc
                raise


@dataclass(frozen=True, slots=True)
class SendResult:
    sent: int = 0
    failed: int = 0  # given up on
    deferred: int = 0  # will be retried


def backoff(attempts: int) -> timedelta:
    return min(BASE_DELAY * (2 ** max(attempts - 1, 0)), MAX_DELAY)


async def _claim(ctx: ServiceContext, limit: int) -> list[OutboxMessage]:
    """Due messages, leased to this sender for `LEASE` (its own short transaction)."""
    async with ctx.unit_of_work() as uow:
        return await uow.outbox.claim(ctx.clock(), limit, LEASE)


async def _finish(
    ctx: ServiceContext, message: OutboxMessage, error: str | None, permanent: bool
) -> str:
    now = ctx.clock()
    async with ctx.unit_of_work() as uow:
        stored = await uow.outbox.get(message.id)
        if stored is None:
            return "gone"
        if error is None:
            await uow.outbox.finish(message.id, sent_at=now)
            return "sent"
        if permanent or stored.attempts >= MAX_ATTEMPTS:
            await uow.outbox.finish(message.id, failed_at=now, error=error)
            return "failed"
        await uow.outbox.finish(
            message.id, next_attempt_at=now + backoff(stored.attempts), error=error
        )
        return "deferred"


async def send_due(ctx: ServiceContext, mailer: Mailer, *, limit: int = 1000) -> SendResult:
    """Send what is due now, up to `limit` messages."""
    counts = {"sent": 0, "failed": 0, "deferred": 0, "gone": 0}
    left = limit
    while left > 0:
        messages = await _claim(ctx, min(BATCH, left))
        if not messages:
            break
        left -= len(messages)
        for message in messages:
            error, permanent = None, False
            try:
                await asyncio.to_thread(mailer.send, message.recipient, message.message)
            except PermanentFailure as exc:
                error, permanent = str(exc), True
            except (OSError, smtplib.SMTPException) as exc:
                error = f"{exc.__class__.__name__}: {exc}"
            if error:
                # The message id, never the address: logs hold no personal data.
                log.warning(
                    "mail %s not sent (attempt %s): %s", message.id, message.attempts, error
                )
            outcome = await _finish(ctx, message, error, permanent)
            ctx.telemetry.delivery("mail", outcome)
            counts[outcome] += 1
    return SendResult(counts["sent"], counts["failed"], counts["deferred"])


async def run_sender(ctx: ServiceContext, mailer: Mailer, interval: float) -> None:
    """The app's background sender: sweep the outbox every `interval` seconds, forever."""
    while True:
        try:
            await send_due(ctx, mailer)
        except asyncio.CancelledError:
            raise
        except Exception:  # the database may be down; try again next sweep
            log.exception("outbox sweep failed")
        await asyncio.sleep(interval)


__all__ = ["Mailer", "PermanentFailure", "SendResult", "backoff", "run_sender", "send_due"]
