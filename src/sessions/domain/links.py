"""The public URLs of an event's pages, calendars and an attendee's secret links, in one place.

Pure string building from the site's base URL: services, the HTTP layer and
mail all ask here, so a path changes in one module.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

API = "/api/v1"
# Where `sessions serve` listens by default: links made outside any request (the command
# line, background jobs) when no public URL is configured.
LOCAL_BASE_URL = "http://127.0.0.1:8000"


def webcal(url: str) -> str:
    """The same feed as a subscribe link: calendar apps open webcal:// as a subscription."""
    return "webcal://" + url.split("://", 1)[1]


@dataclass(frozen=True, slots=True)
class PublicLinks:
    base_url: str  # e.g. https://sessions.example.org (a trailing slash is dropped)

    def __post_init__(self) -> None:
        object.__setattr__(self, "base_url", self.base_url.rstrip("/"))

    # --- pages ---------------------------------------------------------------------------

    def event_page(self, slug: str) -> str:
        return f"{self.base_url}/e/{slug}"

    def session_page(self, slug: str, session_id: uuid.UUID | str | None) -> str:
        return f"{self.base_url}/e/{slug}/s/{session_id}"

    # --- calendars -----------------------------------------------------------------------

    def event_calendar(self, slug: str) -> str:
        return f"{self.base_url}/events/{slug}.ics"

    def track_calendar(self, slug: str, track: str) -> str:
        return f"{self.base_url}/events/{slug}/tracks/{track}.ics"

    def session_invite(self, slug: str, session_id: uuid.UUID | str | None) -> str:
        return f"{self.base_url}/events/{slug}/sessions/{session_id}.ics"

    def all_events(self) -> str:
        return f"{self.base_url}/calendar.ics"

    # --- exports -------------------------------------------------------------------------

    def schedule(self, slug: str, extension: str) -> str:
        """The frab/c3voc schedule document (`json` or `xml`)."""
        return f"{self.base_url}/events/{slug}/schedule.{extension}"

    # --- an attendee's secret links ------------------------------------------------------

    def feed(self, token: str) -> str:
        return f"{self.base_url}/feeds/{token}.ics"

    def manage(self, token: str) -> str:
        """The attendee's page (its API is `api_registration`)."""
        return f"{self.base_url}/r/{token}"

    # --- the API's resources -------------------------------------------------------------

    def api_event(self, slug: str) -> str:
        return f"{self.base_url}{API}/events/{slug}"

    def api_agenda(self, slug: str) -> str:
        return f"{self.base_url}{API}/events/{slug}/agenda"

    def api_track(self, slug: str, track: str) -> str:
        return f"{self.base_url}{API}/events/{slug}/tracks/{track}"

    def api_registration(self, token: str) -> str:
        return f"{self.base_url}{API}/registrations/{token}"

    def api_session(self, slug: str, session_id: uuid.UUID | str | None) -> str:
        return f"{self.base_url}{API}/events/{slug}/sessions/{session_id}"


__all__ = ["API", "LOCAL_BASE_URL", "PublicLinks", "webcal"]
