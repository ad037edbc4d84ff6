"""Refusals in the reader's language: ?lang=, then Accept-Language, then English; every
catalogue complete (PRODUCT.md, "Languages")."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

import sessions
import sessions.http.app
from sessions.domain.errors import DomainError
from sessions.languages import DEFAULT, LANGUAGES, catalogue, negotiate
from tests.api.helpers import NYC, assert_problem

GAP = {"title": "Gap", "start": "2025-03-09T02:30", "end": "2025-03-09T03:30"}


@pytest.fixture
async def nyc(client, auth):
    created = await client.post("/api/v1/events", json=NYC, headers=auth)
    assert created.status_code == 201, created.text


async def test_the_dst_refusal_in_french_names_the_field_and_says_content_language(
    client, auth, nyc
):
    response = await client.post("/api/v1/events/nyc-2025/sessions?lang=fr", json=GAP, headers=auth)
    body = assert_problem(response, 422, "start")
    assert response.headers["content-language"] == "fr"
    assert body["title"] == "Données non valides"
    (error,) = body["errors"]
    assert error["field"] == "start"
    assert error["message"] == (
        "2025-03-09T02:30 n’existe pas dans le fuseau America/New_York : à 02:00 le "
        "2025-03-09, les horloges du fuseau America/New_York avancent à 03:00 "
        "(UTC-05:00 → UTC-04:00), si bien que les heures locales de 02:00 à 03:00 sont "
        "sautées ce jour-là ; choisissez une heure avant 02:00 ou à partir de 03:00."
    )
    # Nothing was written in any language.
    listed = await client.get("/api/v1/events/nyc-2025/sessions", headers=auth)
    assert listed.json()["total"] == 0


async def test_accept_language_chooses_when_lang_is_not_given(client, auth, nyc, subtests):
    cases = {
        "es-MX, en;q=0.5": ("es", "Datos no válidos", "no existe en America/New_York"),
        "de, ru;q=0.8, en;q=0.2": ("ru", "Недопустимые данные", "не существует в поясе"),
        "zh-Hans-CN": ("zh", "输入无效", "在 America/New_York 不存在"),
        "ar-SA": ("ar", "مدخلات غير صالحة", "غير موجود في America/New_York"),
        "de": ("en", "Invalid input", "does not exist in America/New_York"),
    }
    for accept, (language, title, phrase) in cases.items():
        with subtests.test(accept=accept):
            response = await client.post(
                "/api/v1/events/nyc-2025/sessions",
                json=GAP,
                headers={**auth, "Accept-Language": accept},
            )
            body = assert_problem(response, 422, "start")
            assert response.headers["content-language"] == language
            assert body["title"] == title
            assert phrase in body["errors"][0]["message"]
    # ?lang= wins over the header.
    response = await client.post(
        "/api/v1/events/nyc-2025/sessions?lang=zh",
        json=GAP,
        headers={**auth, "Accept-Language": "fr"},
    )
    assert response.headers["content-language"] == "zh"


async def test_a_not_found_and_a_malformed_body_are_translated_too(client, auth):
    missing = await client.get("/api/v1/events/nope", headers={"Accept-Language": "zh"})
    assert assert_problem(missing, 404)["title"] == "未找到"
    bad = await client.post(
        "/api/v1/events?lang=fr",
        content=b'{"slug": 1',
        headers={**auth, "Content-Type": "application/json"},
    )
    assert assert_problem(bad, 400)["title"] == "Requête mal formée"
    assert bad.headers["content-language"] == "fr"


@pytest.mark.parametrize(
    ("asked", "accept", "fallback", "chosen"),
    [
        (None, None, None, "en"),
        ("fr", "es", None, "fr"),
        ("xx", "es", None, "es"),
        (None, "es;q=0.2, ru;q=0.9", None, "ru"),
        (None, "ar;q=0, fr", None, "fr"),
        (None, "fr", "es", "es"),  # a registration's language before the browser's
        (None, "*", None, "en"),
        ("ZH_tw", None, None, "zh"),
    ],
)
def test_the_language_is_negotiated_in_order(asked, accept, fallback, chosen):
    assert negotiate(asked, accept, fallback) == chosen


def _message_ids() -> set[str]:
    """Every sentence marked for translation in the code, and every refusal's title."""
    root = Path(sessions.__file__).parent
    found = {
        found[2]
        for found in extract_from_dir(root, keywords={"N_": None, "Text": None}, comment_tags=())
        if isinstance(found[2], str)
    }

    def titles(cls: type) -> set[str]:
        return {cls.title, *(t for sub in cls.__subclasses__() for t in titles(sub))}

    return found | titles(DomainError)


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != DEFAULT])
def test_every_catalogue_says_every_message_with_the_same_values(language):
    wanted = _message_ids()
    assert len(wanted) > 25
    table = catalogue(language)
    missing = sorted(wanted - set(table))
    assert missing == [], f"{language} lacks {missing}"
    for message in wanted:
        assert _fields(table[message]) == _fields(message), (language, message)
        assert table[message] != message, (language, message)


@pytest.mark.parametrize(
    ("tag", "reader", "name"),
    [
        ("fr", "en", "French"),
        ("zh-Hant", "en", "Chinese (Traditional)"),
        ("ase", "en", "American Sign Language"),
        ("fr", "fr", "français"),
        ("ar", "ar", "العربية"),
        ("qaa-x-forum", "en", "qaa-x-forum"),  # private use: CLDR has no name, the tag stays
    ],
)
def test_languages_are_named_from_cldr(tag, reader, name):
    from sessions.languages import language_name

    assert language_name(tag, reader) == name
