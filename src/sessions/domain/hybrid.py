"""Hybrid details of a session or segment: its own join link (maybe private), materials,
spoken languages, interpretation, sign language and captions (PRODUCT.md, Hybrid details).

Language tags are BCP 47 (RFC 5646). They are checked for well-formedness against the RFC's
grammar here (no registry: see docs/decisions.md) and written in the RFC's conventional case
(`fr`, `zh-Hant-TW`, `ase`), so `FR` and `fr` are one language for the agenda's filter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from urllib.parse import urlsplit

from sessions.domain import limits
from sessions.domain.errors import ErrorCollector


class MaterialKind(StrEnum):
    SLIDES = "slides"
    RECORDING = "recording"
    NOTES = "notes"
    LIVESTREAM = "livestream"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Material:
    kind: MaterialKind
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Hybrid:
    """What a session or a segment says about taking part from afar.

    `join_url` overrides the online track's link (a session's) or applies during the segment
    (a breakout). `join_private`: the link reaches only registrants, organisers and
    facilitators. `join_private_hours`: registrants get a private link only from this many
    hours before the session starts (None: at any time); organisers and facilitators always.
    """

    join_url: str | None = None
    join_private: bool = False
    join_private_hours: int | None = None
    languages: tuple[str, ...] = ()  # spoken
    interpretation: tuple[str, ...] = ()  # interpreted into
    sign_language: tuple[str, ...] = ()
    captions: bool = False

    @property
    def has_access_details(self) -> bool:
        return bool(self.languages or self.interpretation or self.sign_language or self.captions)


NO_HYBRID = Hybrid()


# --- BCP 47 well-formedness (RFC 5646 section 2.1) ---------------------------------------
# The grammar, with one stricter rule: a primary language subtag of 4 to 8 letters is
# well-formed but reserved, and none is registered, so `english` or `fren` is refused.

_ALNUM = "[a-z0-9]"
_LANGTAG = re.compile(
    rf"""
    (?P<language>[a-z]{{2,3}}(?:-[a-z]{{3}}){{0,3}})
    (?:-(?P<script>[a-z]{{4}}))?
    (?:-(?P<region>[a-z]{{2}}|[0-9]{{3}}))?
    (?P<variants>(?:-(?:{_ALNUM}{{5,8}}|[0-9]{_ALNUM}{{3}}))*)
    (?P<extensions>(?:-[0-9a-wy-z](?:-{_ALNUM}{{2,8}})+)*)
    (?:-x(?:-{_ALNUM}{{1,8}})+)?
    """,
    re.VERBOSE,
)
_PRIVATE_USE = re.compile(rf"x(?:-{_ALNUM}{{1,8}})+")
# Tags from before RFC 4646 that the grammar does not produce (RFC 5646's `irregular`).
_IRREGULAR = frozenset(
    [
        "en-gb-oed",
        "i-ami",
        "i-bnn",
        "i-default",
        "i-enochian",
        "i-hak",
        "i-klingon",
        "i-lux",
        "i-mingo",
        "i-navajo",
        "i-pwn",
        "i-tao",
        "i-tay",
        "i-tsu",
        "sgn-be-fr",
        "sgn-be-nl",
        "sgn-ch-de",
    ]
)


def _well_formed(tag: str) -> bool:
    low = tag.lower()
    if low in _IRREGULAR or _PRIVATE_USE.fullmatch(low):
        return True
    found = _LANGTAG.fullmatch(low)
    if found is None:
        return False
    # Well-formed also means no variant twice and no extension singleton twice.
    variants = [v for v in found["variants"].split("-") if v]
    if len(set(variants)) != len(variants):
        return False
    singletons = [p for p in found["extensions"].split("-") if len(p) == 1]
    return len(set(singletons)) == len(singletons)


def canonical_case(tag: str) -> str:
    """RFC 5646 2.1.1: language lower, script title case, region upper; the rest lower."""
    parts = tag.lower().split("-")
    out = [parts[0]]
    tail = False  # inside an extension or private use: all lower case
    for part in parts[1:]:
        if len(part) == 1:
            tail = True
        if tail:
            out.append(part)
        elif len(part) == 2:
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part)
    return "-".join(out)


def language_tag(tag: str) -> str | None:
    """The tag in its conventional case, or None when it is not a well-formed BCP 47 tag."""
    if not 0 < len(tag) <= limits.LANGUAGE_TAG_MAX or not tag.isascii():
        return None
    return canonical_case(tag) if _well_formed(tag) else None


def check_tags(tags: Sequence[str], errors: ErrorCollector, field: str) -> tuple[str, ...]:
    """A list of BCP 47 tags, each once, in conventional case (what is stored)."""
    if len(tags) > limits.MAX_LANGUAGES:
        errors.add(field, f"at most {limits.MAX_LANGUAGES} language tags", len(tags))
        return ()
    out: list[str] = []
    for i, tag in enumerate(tags):
        good = language_tag(tag)
        if good is None:
            errors.add(
                f"{field}[{i}]", "must be a BCP 47 language tag such as fr, ar or zh-Hant", tag
            )
        elif good in out:
            errors.add(f"{field}[{i}]", "each language may be listed once", tag)
        else:
            out.append(good)
    return tuple(out)


# RFC 3986's characters only (others percent-encoded), so every format's `uri` reads it.
_URI_CHARS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")


def check_url(url: str | None, errors: ErrorCollector, field: str) -> None:
    """Join links and materials: http(s) URLs with a host, in RFC 3986's characters."""
    if url is None:
        return
    if len(url) > limits.URL_MAX or not _URI_CHARS.fullmatch(url):
        errors.add(
            field,
            "must be an http(s) URL such as https://meet.example.org/igf (spaces and other "
            "characters percent-encoded)",
            url,
        )
        return
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        parts, host = None, None
    if parts is None or parts.scheme not in {"https", "http"} or not host:
        errors.add(field, "must be an http(s) URL such as https://meet.example.org/igf", url)


def check_hybrid(hybrid: Hybrid, errors: ErrorCollector, prefix: str = "") -> Hybrid:
    """The details as given, checked; the tags in conventional case."""
    dot = f"{prefix}." if prefix else ""
    check_url(hybrid.join_url, errors, f"{dot}join_url")
    hours = hybrid.join_private_hours
    if hours is not None and not 0 <= hours <= limits.MAX_JOIN_PRIVATE_HOURS:
        errors.add(
            f"{dot}join_private_hours",
            f"must be between 0 and {limits.MAX_JOIN_PRIVATE_HOURS} hours",
            hours,
        )
    return Hybrid(
        join_url=hybrid.join_url,
        join_private=hybrid.join_private,
        join_private_hours=hours,
        languages=check_tags(hybrid.languages, errors, f"{dot}languages"),
        interpretation=check_tags(hybrid.interpretation, errors, f"{dot}interpretation"),
        sign_language=check_tags(hybrid.sign_language, errors, f"{dot}sign_language"),
        captions=hybrid.captions,
    )


def check_materials(materials: Sequence[Material], errors: ErrorCollector) -> None:
    if len(materials) > limits.MAX_MATERIALS:
        errors.add("materials", f"at most {limits.MAX_MATERIALS} materials", len(materials))
        return
    for i, m in enumerate(materials):
        if not m.title.strip():
            errors.add(f"materials[{i}].title", "must not be blank", m.title)
        elif len(m.title) > limits.TITLE_MAX or not limits.is_single_line(m.title):
            errors.add(
                f"materials[{i}].title",
                f"must be one line of at most {limits.TITLE_MAX} characters",
                m.title,
            )
        check_url(m.url, errors, f"materials[{i}].url")


# --- who gets a private link, and when ----------------------------------------------------


class JoinAudience(StrEnum):
    """Who reads a join link: anyone (public reads), a registrant, the event's team."""

    PUBLIC = "public"
    REGISTRANT = "registrant"
    TEAM = "team"


def link_shown(
    private: bool,
    hours: int | None,
    session_start: datetime,
    audience: JoinAudience,
    now: datetime | None,
) -> bool:
    """Whether a join link reaches this reader: a public one everyone; a private one the team
    always, a registrant from `hours` before the session starts (None: always), else no one.
    Without `now` (a cached document) a link with `hours` is not shown to registrants."""
    if not private or audience is JoinAudience.TEAM:
        return True
    if audience is JoinAudience.PUBLIC:
        return False
    if hours is None:
        return True
    return now is not None and now >= session_start - timedelta(hours=hours)


def speaks(hybrid: Hybrid, language: str) -> bool:
    """Whether a reader of `language` can follow: spoken, interpreted or signed in it (or in
    a more specific tag of it: `fr` matches `fr-CA`)."""
    want = language.lower()
    for tag in (*hybrid.languages, *hybrid.interpretation, *hybrid.sign_language):
        low = tag.lower()
        if low == want or low.startswith(want + "-"):
            return True
    return False
