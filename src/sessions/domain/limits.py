"""Every size limit and text rule in one place: the domain checks, the HTTP schemas and the
database columns all read these, so they cannot disagree."""

from __future__ import annotations

import re

# Lengths (characters).
SLUG_MAX = 64
TITLE_MAX = 200
NAME_MAX = 120
ROOM_MAX = 120
LOCATION_MAX = 120
VENUE_MAX = 200
URL_MAX = 2000
DESCRIPTION_MAX = 20_000
NOTES_MAX = 10_000
EMAIL_MAX = 254
ZONE_MAX = 64
PASSWORD_MAX = 1024  # argon2 hashes anything, but nobody types more; bounds the work
GUID_MAX = 255

# Counts.
MAX_EVENT_DAYS = 366
MAX_TRACKS_PER_EVENT = 50
MAX_SEGMENTS_PER_SESSION = 100
MAX_PEOPLE_PER_SESSION = 100
MAX_SESSIONS_PER_EVENT = 20_000
MAX_CHOSEN_SESSIONS = 500
MAX_AVOID_OVERLAP = 50  # sessions one session must not overlap (clash rules)
MAX_AVAILABILITY_WINDOWS = 50  # a person's availability windows in one event
MAX_AUDIENCE_ZONES = 100  # declared audience zones per event
MAX_AUDIENCE_WEIGHT = 1_000_000  # a zone's weight: people, or a relative importance

# Years a date or time may name (calendars and databases agree on these).
MIN_YEAR, MAX_YEAR = 1970, 2999

# `(?![\s\S])` is "end of text" in both Python and ECMAScript regexes (the OpenAPI document
# carries these patterns): `$` would also match before a trailing newline ("igf-2024\n").
_END = r"(?![\s\S])"
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*" + _END
# Single-line fields (titles, names, rooms, slugs, URLs) end up in calendar property lines
# and mail headers: no control characters at all (C0, DEL, C1) and no Unicode line breaks.
SINGLE_LINE_PATTERN = r"^[^\x00-\x1f\x7f-\x9f\u2028\u2029]*" + _END
# Multi-line fields (descriptions, notes) keep tabs and line breaks; other controls are refused
# (PostgreSQL cannot store NUL, and nobody means to send the rest).
MULTI_LINE_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*" + _END

SLUG_RE = re.compile(SLUG_PATTERN)
SINGLE_LINE_RE = re.compile(SINGLE_LINE_PATTERN)
MULTI_LINE_RE = re.compile(MULTI_LINE_PATTERN)


def is_single_line(text: str) -> bool:
    return SINGLE_LINE_RE.match(text) is not None


# Hybrid details (domain/hybrid.py).
LANGUAGE_TAG_MAX = 64  # a BCP 47 tag; RFC 5646 asks for at least 35 characters of room
MAX_LANGUAGES = 20  # tags in one list (languages, interpretation, sign_language)
MAX_MATERIALS = 50  # materials of one session
MAX_JOIN_PRIVATE_HOURS = 24 * 366  # how early a private join link may be shown, at most
