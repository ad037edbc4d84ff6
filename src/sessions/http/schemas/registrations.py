"""Registrations: what attendees send and get back."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, UnsetType

from sessions.domain import limits
from sessions.http.schemas.common import Email, ZoneName
from sessions.http.schemas.common import Name as PersonName

TrackSlug = Annotated[str, msgspec.Meta(min_length=1, max_length=limits.SLUG_MAX)]
# The six UN languages (domain.registrations.LANGUAGES).
Language = Literal["ar", "zh", "en", "fr", "ru", "es"]
Chosen = Annotated[list[uuid.UUID], msgspec.Meta(max_length=limits.MAX_CHOSEN_SESSIONS)]


class RegistrationIn(msgspec.Struct, forbid_unknown_fields=True):
    name: PersonName
    email: Email
    track: TrackSlug
    timezone: ZoneName
    sessions: Chosen | None = None
    language: Language | None = None


class RegistrationPatch(msgspec.Struct, forbid_unknown_fields=True):
    name: PersonName | UnsetType = UNSET
    track: TrackSlug | UnsetType = UNSET
    timezone: ZoneName | UnsetType = UNSET
    sessions: Chosen | UnsetType = UNSET
    language: Language | UnsetType | None = UNSET  # null: no preference


class RegistrationOut(msgspec.Struct, omit_defaults=True):
    id: uuid.UUID
    event: str
    name: str
    email: str
    track: str
    timezone: str
    sessions: list[uuid.UUID]
    created_at: str
    version: int
    language: Language | None = None
    # False while the feed is revoked (feed_url then stays null until a new one is made).
    feed_active: bool = True
    # The personal feed (None while revoked) and, only for the attendee, the manage page
    # (`/r/{token}`, for people) and the same registration's API.
    feed_url: str | None = None
    webcal_url: str | None = None
    manage_url: str | None = None
    manage_api_url: str | None = None


class JoinLinkOut(msgspec.Struct):
    """A join link of one of your sessions: for the whole session (`segment` null) or for one
    segment (a breakout). `url` is null while a private link is not shown yet (it is from
    `join_private_hours` before the session)."""

    session: uuid.UUID
    session_title: str
    segment: str | None
    label: str
    url: str | None
    private: bool
    start: str  # when it applies, in your zone
    end: str
