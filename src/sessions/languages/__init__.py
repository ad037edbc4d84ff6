"""The six UN languages the product speaks (PRODUCT.md, "Languages"): choosing one for a
reader, and saying a message in it.

Catalogues are gettext PO files (`locale/{language}/LC_MESSAGES/sessions.po`) read with
Babel; their message ids are the English templates of `domain.messages.Text` and the fixed
sentences marked with `N_` where they are written. A message without a translation stays in
English (a test keeps every catalogue complete). `weighted` reads the quality values of
Accept-Language here and of Accept-Encoding in `http.compression`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from importlib import resources
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.messages.pofile import read_po

from sessions.domain.messages import Text

LANGUAGES = ("en", "ar", "zh", "fr", "ru", "es")
DEFAULT = "en"
DOMAIN = "sessions"


def N_(message: str) -> str:
    """Marks a fixed sentence for the catalogues; it is looked up where it is said."""
    return message


def weighted(header: str | None) -> list[tuple[str, float]]:
    """`fr-CA, en;q=0.5` -> [("fr-CA", 1.0), ("en", 0.5)]: the items of an Accept-Language or
    Accept-Encoding header with their quality values (RFC 9110 12.4.2), in the order written;
    an unreadable weight counts as 0 (not acceptable)."""
    items: list[tuple[str, float]] = []
    for item in (header or "").split(","):
        token, _, params = item.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if token.strip():
            items.append((token.strip(), q))
    return items


def _primary(tag: str) -> str:
    return tag.strip().replace("_", "-").split("-")[0].lower()


def negotiate(asked: str | None, accept_language: str | None, fallback: str | None = None) -> str:
    """The reader's language: `?lang=`, then `fallback` (a registration's), then
    Accept-Language (RFC 9110 12.5.4, by weight), then English. Regional tags count as their
    language (fr-CA is French, zh-Hans Chinese)."""
    for tag in (asked, fallback):
        if tag and _primary(tag) in LANGUAGES:
            return _primary(tag)
    rated = [
        (-q, position, _primary(tag))
        for position, (tag, q) in enumerate(weighted(accept_language))
        if q > 0
    ]
    for _, _, language in sorted(rated):
        if language in LANGUAGES:
            return language
    return DEFAULT


@functools.cache
def catalogue(language: str) -> Mapping[str, str]:
    """msgid -> msgstr for one language (empty for English and unknown languages)."""
    if language == DEFAULT or language not in LANGUAGES:
        return {}
    path = resources.files("sessions.languages").joinpath(
        f"locale/{language}/LC_MESSAGES/{DOMAIN}.po"
    )
    with path.open("rb") as po:
        parsed = read_po(po, locale=language, domain=DOMAIN)
    return {str(m.id): str(m.string) for m in parsed if m.id and m.string and not m.fuzzy}


@functools.cache
def language_name(tag: str, language: str = DEFAULT) -> str:
    """A BCP 47 tag named from CLDR (Babel's data) in `language`: "fr" -> "French",
    "zh-Hant" -> "Chinese (Traditional)", "ase" -> "American Sign Language"; the tag itself
    when CLDR does not know it."""
    try:
        reader = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        reader = Locale.parse(DEFAULT)
    try:
        named = Locale.parse(tag, sep="-").get_display_name(reader)
    except (UnknownLocaleError, ValueError):
        named = reader.languages.get(tag.split("-")[0].lower())
    return named or tag


def say(message: str, language: str) -> str:
    """`message` in `language`: a `Text` by its template, a fixed sentence by itself, with
    `Text` values said in the same language; as it is when the catalogue lacks it."""
    table = catalogue(language)
    if not table:
        return str(message)
    if isinstance(message, Text):
        template = table.get(message.template)
        if template is None:
            return str(message)
        values: dict[str, Any] = {
            k: say(v, language) if isinstance(v, Text) else v for k, v in message.params.items()
        }
        return template.format(**values)
    return table.get(str(message), str(message))
