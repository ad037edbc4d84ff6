"""Secrets handed out once and stored only as their SHA-256: API, feed and manage tokens.

A 256-bit random token needs no slow hash: guessing it is hopeless, and an
indexed equality on the digest answers a lookup in the same time whether or
not it exists.
"""

from __future__ import annotations

import hashlib
import secrets

API_TOKEN_PREFIX = "ses_"


def new_secret() -> str:
    """256 random bits, URL-safe (feed and manage tokens, login sessions)."""
    return secrets.token_urlsafe(32)


def new_api_token() -> str:
    """An API token; the prefix lets secret scanners recognise a leaked one."""
    return API_TOKEN_PREFIX + new_secret()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
