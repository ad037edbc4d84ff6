"""Organisers and facilitators of an event."""

from __future__ import annotations

import msgspec

from sessions.http.schemas.common import Email


class MemberIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email


class MemberOut(msgspec.Struct, omit_defaults=True):
    email: str
    role: str = msgspec.field(name="role")
    tracks: list[str] = msgspec.field(default_factory=list)
    name: str | None = None
