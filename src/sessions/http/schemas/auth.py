"""Accounts, login and API tokens."""

from __future__ import annotations

import uuid
from typing import Annotated

import msgspec

from sessions.domain import limits
from sessions.http.schemas.common import Email

Password = Annotated[str, msgspec.Meta(min_length=1, max_length=limits.PASSWORD_MAX)]
TokenName = Annotated[
    str, msgspec.Meta(max_length=limits.NAME_MAX, pattern=limits.SINGLE_LINE_PATTERN)
]


class LoginIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email
    password: Password


class AccountOut(msgspec.Struct, omit_defaults=True):
    email: str
    name: str | None = None


class MembershipOut(msgspec.Struct):
    slug: str
    role: str = msgspec.field(name="role")
    tracks: list[str]


class MeOut(msgspec.Struct, omit_defaults=True):
    email: str
    events: list[MembershipOut]
    name: str | None = None


class TokenCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: TokenName | None = None


class TokenOut(msgspec.Struct, omit_defaults=True):
    id: uuid.UUID
    created_at: str
    name: str | None = None
    revoked_at: str | None = None
    # Only in the answer to creating it: shown once, stored hashed.
    token: str | None = None


class PasswordChange(msgspec.Struct, forbid_unknown_fields=True):
    current_password: Password
    new_password: Password
