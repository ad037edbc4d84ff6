"""A registration's language: one of the six UN languages, optional, changeable, or cleared."""

from __future__ import annotations

import uuid

from sessions.domain.limits import MAX_CHOSEN_SESSIONS
from tests.api.helpers import assert_problem, db_dump, reference_example

EVENT = "/api/v1/events/igf-2024"
ANA = {
    "name": "Ana Example",
    "email": "ana@example.org",
    "track": "online",
    "timezone": "Asia/Riyadh",
}


async def test_a_registration_speaks_one_of_the_six_un_languages(client, auth, ctx, subtests):
    await reference_example(client, auth)
    without = await client.post(f"{EVENT}/registrations", json=ANA)
    assert without.status_code == 201 and without.json().get("language") is None
    for i, language in enumerate(["ar", "zh", "en", "fr", "ru", "es"]):
        with subtests.test(language=language):
            response = await client.post(
                f"{EVENT}/registrations",
                json={**ANA, "email": f"a{i}@example.org", "language": language},
            )
            assert response.status_code == 201, response.text
            assert response.json()["language"] == language
    before = await db_dump(ctx)
    for bad in ["de", "EN", "en-GB", "", 7]:
        with subtests.test(bad=bad):
            response = await client.post(
                f"{EVENT}/registrations", json={**ANA, "email": "z@example.org", "language": bad}
            )
            body = assert_problem(response, 422)
            assert [e["field"] for e in body["errors"]] == ["language"], body
    assert await db_dump(ctx) == before


async def test_the_manage_link_changes_and_clears_the_language(client, auth):
    await reference_example(client, auth)
    body = (await client.post(f"{EVENT}/registrations", json={**ANA, "language": "fr"})).json()
    manage = body["manage_api_url"].removeprefix("https://sessions.test")
    read = await client.get(manage)
    assert read.json()["language"] == "fr"
    changed = await client.patch(
        manage, json={"language": "ar"}, headers={"If-Match": read.headers["etag"]}
    )
    assert changed.status_code == 200 and changed.json()["language"] == "ar"
    refused = await client.patch(
        manage, json={"language": "xx"}, headers={"If-Match": changed.headers["etag"]}
    )
    assert [e["field"] for e in assert_problem(refused, 422)["errors"]] == ["language"]
    # Other changes leave it alone; null clears it.
    moved = await client.patch(manage, json={"timezone": "Europe/Paris"})
    assert moved.json()["language"] == "ar"
    cleared = await client.patch(manage, json={"language": None})
    assert cleared.status_code == 200 and "language" not in cleared.json()
    assert "language" not in (await client.get(manage)).json()


async def test_the_largest_valid_choice_of_sessions_is_not_refused_as_too_large(client, auth):
    """Regression: 500 chosen session ids (the limit) once passed the registration body cap."""
    await reference_example(client, auth)
    body = {
        "name": "N" * 100,
        "email": "ana@example.org",
        "track": "online",
        "timezone": "America/Argentina/ComodRivadavia",
        "sessions": [str(uuid.uuid4()) for _ in range(MAX_CHOSEN_SESSIONS)],
    }
    response = await client.post(f"{EVENT}/registrations", json=body)
    # Unknown ids are refused by name (422), never as a body too large (413).
    assert response.status_code == 422, response.text
    assert any(e["field"].startswith("sessions") for e in response.json()["errors"])
