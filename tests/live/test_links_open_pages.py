"""Every link we emit opens something, on whatever port the app runs.

A person follows links from calendars, exports and mails. Here the production server runs on
a free (non-default) port with `SESSIONS_PUBLIC_URL` unset, the demo loaded and a real SMTP
server beside it; every link in the event's calendar, `/calendar.ics`, the frab exports and an
invite mail must start with the origin the client used and answer 200: a page made for
people (HTML) for pages, a calendar for calendars.
"""

from __future__ import annotations

import email.message
import os
import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from icalendar import Calendar

from tests.live.conftest import cli
from tests.people.test_invites import SmtpServer

IGF = "igf-2024"
URL = re.compile(r"https?://[^\s\"'<>\\]+")
# The demo's join links (a meeting service) and its slides: not ours to open.
EXTERNAL = {"meet.example.org", "tccm.example.org"}
# The frab exports name their schemas.
SCHEMA_HOSTS = {"c3voc.de", "www.w3.org", "frab.github.io"}


@pytest.fixture
def smtp():
    server = SmtpServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _calendar_text(body: bytes) -> str:
    """A calendar's lines unfolded and unescaped (parsed first: it must be one)."""
    Calendar.from_ical(body)
    text = re.sub(r"\r?\n[ \t]", "", body.decode())
    return text.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";")


def _mail_text(message: email.message.Message) -> str:
    parts = []
    for part in message.walk():
        if part.get_content_maintype() == "multipart":
            continue
        payload = part.get_payload(decode=True) or b""
        text = payload.decode(part.get_content_charset() or "utf-8", "replace")
        # The invite travels twice: inline (text/calendar) and as an attachment.
        parts.append(_calendar_text(payload) if text.startswith("BEGIN:VCALENDAR") else text)
    return "\n".join(parts)


def _links(text: str) -> set[str]:
    return {m.group(0).rstrip(".,;)") for m in URL.finditer(text)}


def test_every_emitted_link_opens_on_a_non_default_port(
    tmp_path: Path, start_app, smtp: SmtpServer
) -> None:
    env = {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'links.db'}",
        "SESSIONS_DATA_DIR": str(tmp_path),
        "SESSIONS_PUBLIC_URL": "",
        "SMTP_URL": smtp.url,
        "REDIS_URL": "",
    }
    full_env = {**os.environ, **env}
    cli(full_env, "migrate")
    cli(full_env, "demo")
    app = start_app(env)
    assert app.port != 8000
    origin = app.url

    with httpx.Client(base_url=origin, timeout=30) as client:
        texts: dict[str, str] = {}
        for path in (f"/events/{IGF}.ics", "/calendar.ics"):
            response = client.get(path)
            assert response.status_code == 200, (path, response.text)
            texts[path] = _calendar_text(response.content)
        for path in (f"/events/{IGF}/schedule.json", f"/events/{IGF}/schedule.xml"):
            response = client.get(path)
            assert response.status_code == 200, (path, response.text)
            texts[path] = response.text

        registered = client.post(
            f"/api/v1/events/{IGF}/registrations",
            json={
                "name": "Ana Example",
                "email": "ana@example.org",
                "track": "online",
                "timezone": "Australia/Sydney",
            },
        )
        assert registered.status_code == 201, registered.text
        body = registered.json()
        texts["registration"] = "\n".join(
            body[k] for k in ("feed_url", "manage_url", "manage_api_url")
        )

        # The app's own sender sweeps the outbox every few seconds.
        deadline = time.monotonic() + 45
        while not smtp.inbox.messages and time.monotonic() < deadline:
            time.sleep(0.5)
        assert smtp.inbox.messages, "no invite mail arrived"
        texts["invite mail"] = _mail_text(smtp.inbox.messages[0])

        followed: dict[str, str] = {}
        for source, text in texts.items():
            links = {u for u in _links(text) if urlsplit(u).hostname not in EXTERNAL}
            # Links for people are there at all (the session page in every calendar and mail).
            assert any(urlsplit(u).path.startswith(("/e/", "/r/")) for u in links), (
                source,
                sorted(links),
            )
            for link in links:
                # Schema references aside, never an origin the client did not use.
                if urlsplit(link).hostname in SCHEMA_HOSTS:
                    continue
                assert link.startswith(origin + "/"), (source, link)
                followed.setdefault(link, source)

        for link, source in sorted(followed.items()):
            response = client.get(link)
            assert response.status_code == 200, (source, link, response.status_code)
            kind = response.headers["content-type"]
            path = urlsplit(link).path
            if path.endswith(".ics"):
                assert kind.startswith("text/calendar"), (source, link, kind)
            elif path.startswith("/api/") or path.endswith(".json"):
                assert kind.startswith("application/json"), (source, link, kind)
            elif path.endswith(".xml"):
                assert kind.startswith("application/xml"), (source, link, kind)
            else:
                # A page for people, never raw JSON or a "calendars end in .ics" 404.
                assert kind.startswith("text/html"), (source, link, kind)
                assert b'<div id="app"' in response.content or b"<html" in response.content
        assert any(urlsplit(u).path.startswith(f"/e/{IGF}/s/") for u in followed)
        assert any(urlsplit(u).path.startswith("/r/") for u in followed)
