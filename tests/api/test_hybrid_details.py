"""Hybrid details over the API (issue 15): join links, materials, languages, captions."""

from __future__ import annotations

from tests.api.helpers import PROBLEM_JSON, TCCM_PLAN, make_event, make_session

BASE = "/api/v1/events/igf-2024"

DETAILS = {
    "join_url": "https://meet.example.org/tccm",
    "join_private": True,
    "join_private_hours": 2,
    "languages": ["EN"],
    "interpretation": ["ar", "fr", "zh-hant"],
    "sign_language": ["ase"],
    "captions": True,
    "materials": [
        {"kind": "slides", "title": "Slides", "url": "https://example.org/tccm.pdf"},
    ],
}


async def _published(client, auth, **details) -> dict:
    await make_event(client, auth)
    session = await make_session(client, auth, **details)
    plan = [dict(s) for s in TCCM_PLAN]
    plan[3] |= {"join_url": "https://meet.example.org/breakout", "languages": ["fr"]}
    planned = await client.put(f"{BASE}/sessions/{session['id']}/segments", json=plan, headers=auth)
    assert planned.status_code == 200, planned.text
    assert (await client.post(f"{BASE}/publish", headers=auth)).status_code == 200
    return planned.json()


async def test_details_are_stored_and_read_back_in_conventional_case(client, auth):
    session = await _published(client, auth, **DETAILS)
    read = (await client.get(f"{BASE}/sessions/{session['id']}", headers=auth)).json()
    assert read["join_url"] == "https://meet.example.org/tccm"
    assert (read["join_private"], read["join_private_hours"]) == (True, 2)
    assert read["languages"] == ["en"]
    assert read["interpretation"] == ["ar", "fr", "zh-Hant"]
    assert (read["sign_language"], read["captions"]) == (["ase"], True)
    assert read["materials"] == DETAILS["materials"]
    breakout = read["segments"][3]
    assert breakout["join_url"] == "https://meet.example.org/breakout"
    assert breakout["languages"] == ["fr"]
    assert read["segments"][0]["join_url"] is None


async def test_a_private_link_is_withheld_from_anonymous_reads_and_the_agenda(client, auth):
    session = await _published(client, auth, **DETAILS)
    anonymous = await client.get(f"{BASE}/sessions/{session['id']}")
    body = anonymous.json()
    assert body["join_url"] is None and body["join_private"] is True
    assert body["materials"] == DETAILS["materials"]
    team = await client.get(f"{BASE}/sessions/{session['id']}", headers=auth)
    assert anonymous.headers["etag"] != team.headers["etag"]
    agenda = (await client.get(f"{BASE}/agenda")).json()
    [item] = agenda["days"][0]["sessions"]
    assert item["join_url"] is None and item["join_private"] is True
    assert item["interpretation"] == ["ar", "fr", "zh-Hant"]
    assert b"meet.example.org/tccm" not in (await client.get(f"{BASE}/agenda")).content


async def test_adding_a_recording_is_a_new_version_not_a_new_sequence(client, auth):
    session = await _published(client, auth, join_url="https://meet.example.org/tccm")
    recording = {"kind": "recording", "title": "Recording", "url": "https://example.org/rec"}
    changed = await client.patch(
        f"{BASE}/sessions/{session['id']}", json={"materials": [recording]}, headers=auth
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["sequence"] == session["sequence"]
    assert changed.json()["version"] > session["version"]
    moved = await client.patch(
        f"{BASE}/sessions/{session['id']}",
        json={"join_url": "https://meet.example.org/other"},
        headers=auth,
    )
    assert moved.json()["sequence"] == session["sequence"] + 1


async def test_bad_details_are_422_naming_the_field(client, auth):
    await make_event(client, auth)
    for body, field in [
        ({"join_url": "ftp://example.org/x"}, "join_url"),
        ({"join_url": "javascript:alert(1)"}, "join_url"),
        ({"join_url": "https://meet.example.org/a b"}, "join_url"),
        ({"join_url": "https://meet.example.org/<script>"}, "join_url"),
        ({"languages": ["english"]}, "languages[0]"),
        ({"interpretation": ["fr", "FR"]}, "interpretation[1]"),
        ({"sign_language": ["en-a-bbb-a-ccc"]}, "sign_language[0]"),
        ({"languages": ["1234"]}, "languages[0]"),
        ({"join_private_hours": -1}, "join_private_hours"),
        (
            {"materials": [{"kind": "slides", "title": "x", "url": "file:///etc"}]},
            "materials[0].url",
        ),
        (
            {"materials": [{"kind": "video", "title": "x", "url": "https://e.org"}]},
            "materials[0].kind",
        ),
    ]:
        response = await client.post(f"{BASE}/sessions", json={**_tccm(), **body}, headers=auth)
        assert response.status_code in (400, 422), (body, response.text)
        assert response.headers["content-type"].startswith(PROBLEM_JSON)
        fields = [e["field"] for e in response.json()["errors"]]
        assert any(f.endswith(field) for f in fields), (body, fields)
    listed = (await client.get(f"{BASE}/sessions", headers=auth)).json()
    assert listed["total"] == 0


async def test_a_segments_bad_language_names_its_place(client, auth):
    await make_event(client, auth)
    session = await make_session(client, auth)
    plan = [dict(s) for s in TCCM_PLAN]
    plan[1] |= {"interpretation": ["fr-"]}
    response = await client.put(
        f"{BASE}/sessions/{session['id']}/segments", json=plan, headers=auth
    )
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == ["segments[1].interpretation[0]"]


async def test_a_private_track_link_is_for_the_team_only(client, auth):
    await make_event(client, auth)
    changed = await client.patch(
        f"{BASE}/tracks/online",
        json={"join_url": "https://meet.example.org/igf", "join_private": True},
        headers=auth,
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["join_url"] == "https://meet.example.org/igf"
    assert (await client.post(f"{BASE}/publish", headers=auth)).status_code == 200
    anonymous = await client.get(f"{BASE}/tracks/online")
    assert anonymous.json()["join_url"] is None and anonymous.json()["join_private"] is True
    team = await client.get(f"{BASE}/tracks/online", headers=auth)
    assert team.json()["join_url"] == "https://meet.example.org/igf"
    assert anonymous.headers["etag"] != team.headers["etag"]
    event = await client.get(BASE)
    assert b"meet.example.org/igf" not in event.content
    organisers = await client.get(BASE, headers=auth)
    assert b"meet.example.org/igf" in organisers.content
    assert event.headers["etag"] != organisers.headers["etag"]
    assert b"meet.example.org/igf" not in (await client.get(f"{BASE}/tracks")).content


async def test_the_agenda_filters_by_language(client, auth):
    await make_event(client, auth)
    await make_session(client, auth, title="En français", languages=["fr-CA"])
    interpreted = await make_session(
        client,
        auth,
        title="Interpreted",
        start="2024-12-18T17:00",
        end="2024-12-18T18:00",
        languages=["en"],
        interpretation=["ar"],
    )
    plan = [dict(TCCM_PLAN[0]) | {"start": "2024-12-18T17:00", "end": "2024-12-18T17:30"}]
    plan[0] |= {"sign_language": ["fsl"]}
    await client.put(f"{BASE}/sessions/{interpreted['id']}/segments", json=plan, headers=auth)
    await make_session(
        client, auth, title="Unsaid", start="2024-12-18T18:00", end="2024-12-18T19:00"
    )
    assert (await client.post(f"{BASE}/publish", headers=auth)).status_code == 200

    async def titles(language: str) -> list[str]:
        response = await client.get(f"{BASE}/agenda", params={"language": language})
        assert response.status_code == 200, response.text
        return [s["title"] for d in response.json()["days"] for s in d["sessions"]]

    assert await titles("fr") == ["En français"]  # fr finds fr-CA
    assert await titles("FR-ca") == ["En français"]
    assert await titles("ar") == ["Interpreted"]
    assert await titles("fsl") == ["Interpreted"]  # signed in one of its segments
    assert await titles("de") == []
    everything = (await client.get(f"{BASE}/agenda")).json()
    assert len(everything["days"][0]["sessions"]) == 3
    bad = await client.get(f"{BASE}/agenda", params={"language": "english"})
    assert bad.status_code == 422
    assert [e["field"] for e in bad.json()["errors"]] == ["language"]
    a = await client.get(f"{BASE}/agenda", params={"language": "fr"})
    b = await client.get(f"{BASE}/agenda", params={"language": "ar"})
    assert a.headers["etag"] != b.headers["etag"]


def _tccm() -> dict:
    from tests.api.helpers import TCCM

    return dict(TCCM)
