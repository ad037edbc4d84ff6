"""Hybrid details in calendars and schedules (issue 15), on the demo and on an event made here.

The demo's TCCM session has slides, Arabic and French interpretation, captions and a breakout
link on its online discussion: the segments=1 feed gives the online reader the breakout link
during the discussion and the track's otherwise; descriptions list materials and languages;
frab carries `language`, `links` and `attachments`, and reads them back. Everything passes the
conformance kit.
"""

from __future__ import annotations

import json
from typing import Any

from sessions.services.demo import IGF, TCCM_BREAKOUT, TCCM_BREAKOUT_TITLE, load_demo

from .conftest import Demo
from .kit import ICSCHECK, NO_KHAL, SCHEDCHECK, Job, Kit, by_uid, components

TRACK_LINK = "https://meet.example.org/igf-2024"
BREAKOUT = TCCM_BREAKOUT.join_url
SLIDES = "https://tccm.example.org/igf-2024/tccm-slides.pdf"


def _description(vevent) -> str:
    return vevent.one("DESCRIPTION").text


def _conferences(vevent) -> list[tuple[str, str]]:
    return [(line.value, line.params) for line in vevent.all("CONFERENCE")]


async def _get(client: Any, path: str, **kwargs: Any) -> bytes:
    response = await client.get(path, **kwargs)
    assert response.status_code == 200, (path, response.text)
    return response.content


async def test_the_online_reader_gets_the_breakout_link_during_the_discussion(
    client: Any, demo: Demo, kit: Kit
) -> None:
    body = await _get(client, f"/events/{IGF}.ics?segments=1&track=online")
    uid = demo.uid(demo.tccm)
    parts = [e for e in components(body) if e.value("RELATED-TO") == uid]
    assert len(parts) == 3
    for vevent in parts:
        first = _description(vevent).split("\n")[0]
        [(url, params)] = _conferences(vevent)
        if vevent.one("SUMMARY").text.startswith(TCCM_BREAKOUT_TITLE):
            assert (url, first) == (BREAKOUT, f"Join online: {BREAKOUT}")
            assert f'LABEL="Breakout: {TCCM_BREAKOUT_TITLE}"' in params
        else:
            assert (url, first) == (TRACK_LINK, f"Join online: {TRACK_LINK}")
            assert "LABEL=" in params and "Breakout" not in params
        # The entry's URL stays the session's page.
        assert vevent.value("URL") == f"https://sessions.test/e/{IGF}/s/{demo.tccm['id']}"
    [result] = kit.check_all([Job(ICSCHECK, {"segments.ics": body}, NO_KHAL)])
    assert not result.failures


async def test_descriptions_list_the_link_breakout_materials_and_languages(
    client: Any, demo: Demo
) -> None:
    body = await _get(client, f"/events/{IGF}.ics?track=online")
    tccm = by_uid(body)[demo.uid(demo.tccm)]
    text = _description(tccm)
    lines = text.split("\n")
    assert lines[0] == f"Join online: {TRACK_LINK}"
    assert lines[1] == f"Breakout: {TCCM_BREAKOUT_TITLE} (16:25–16:45): {BREAKOUT}"
    # Named from CLDR, not left as tags: calendar apps show this text to people.
    assert "Language: English" in lines
    assert "Interpretation: Arabic, French" in lines
    assert "Captions: yes" in lines
    assert f"Slides: TCCM presentation slides — {SLIDES}" in lines
    # The whole-session entry keeps the track's link in CONFERENCE and adds the breakout's.
    assert [u for u, _ in _conferences(tccm)] == [TRACK_LINK]
    # The in-person reader has no online link at all.
    in_person = by_uid(await _get(client, f"/events/{IGF}.ics?track=in-person"))
    text = _description(in_person[demo.uid(demo.tccm)])
    assert TRACK_LINK not in text and BREAKOUT not in text
    assert "Interpretation: Arabic, French" in text


async def test_schedules_carry_language_links_and_attachments_and_pass_schedcheck(
    client: Any, demo: Demo, kit: Kit
) -> None:
    as_json = await _get(client, f"/events/{IGF}/schedule.json")
    as_xml = await _get(client, f"/events/{IGF}/schedule.xml")
    talk = next(
        t
        for day in json.loads(as_json)["schedule"]["conference"]["days"]
        for talks in day["rooms"].values()
        for t in talks
        if t["guid"] == demo.tccm["id"]
    )
    assert talk["language"] == "en"
    assert talk["attachments"] == [
        {"url": SLIDES, "title": "TCCM presentation slides", "type": "slides"}
    ]
    assert "<language>en</language>" in as_xml.decode()
    assert f'<attachment href="{SLIDES}" type="slides">' in as_xml.decode()
    [result] = kit.check_all([Job(SCHEDCHECK, {"s.json": as_json, "s.xml": as_xml})])
    assert len(result.passed("xsd-valid")) == 1
    assert len(result.passed("json-schema-valid")) == 1


async def test_export_import_export_keeps_materials_and_language(client: Any, demo: Demo) -> None:
    recording = {"kind": "recording", "title": "Recording", "url": "https://example.org/rec.mp4"}
    stream = {"kind": "livestream", "title": "Live", "url": "https://example.org/live"}
    notes = {"kind": "notes", "title": "Minutes", "url": "https://example.org/minutes"}
    other = {"kind": "other", "title": "Report", "url": "https://example.org/report"}
    tccm = demo.tccm
    patched = await client.patch(
        f"/api/v1/events/{IGF}/sessions/{tccm['id']}",
        json={"materials": [*tccm["materials"], recording, stream, notes, other]},
        headers=demo.auth,
    )
    assert patched.status_code == 200, patched.text
    for fmt, media in (("json", "application/json"), ("xml", "application/xml")):
        slug = f"igf-{fmt}"
        exported = await _get(client, f"/events/{IGF}/schedule.{fmt}", headers=demo.auth)
        made = await client.post(
            "/api/v1/events",
            json={
                "slug": slug,
                "title": "IGF copy",
                "timezone": "Asia/Riyadh",
                "start_date": "2024-12-15",
                "end_date": "2024-12-19",
            },
            headers=demo.auth,
        )
        assert made.status_code == 201, made.text
        imported = await client.post(
            f"/api/v1/events/{slug}/import",
            content=exported,
            headers={**demo.auth, "Content-Type": media},
        )
        assert imported.status_code == 200, imported.text
        assert imported.json()["refused"] == []
        copies = (await client.get(f"/api/v1/events/{slug}/sessions", headers=demo.auth)).json()
        copy = next(s for s in copies["items"] if s["title"] == tccm["title"])
        assert sorted(m["url"] for m in copy["materials"]) == sorted(
            m["url"] for m in patched.json()["materials"]
        )
        assert {m["url"]: m["kind"] for m in copy["materials"]} == {
            m["url"]: m["kind"] for m in patched.json()["materials"]
        }
        assert copy["languages"] == ["en"]
        again = await _get(client, f"/events/{slug}/schedule.{fmt}", headers=demo.auth)
        first_talk = _talk(exported, fmt, tccm["title"])
        again_talk = _talk(again, fmt, tccm["title"])
        assert again_talk == first_talk
        # Importing the original's export into itself changes nothing.
        itself = await client.post(
            f"/api/v1/events/{IGF}/import",
            content=exported,
            headers={**demo.auth, "Content-Type": media},
        )
        assert itself.json()["updated"] == 0, itself.json()


def _talk(body: bytes, fmt: str, title: str) -> Any:
    """A talk's materials and language as the file says them (not the track's join link: the
    copy's online track has none)."""
    if fmt == "json":
        talk = next(
            t
            for day in json.loads(body)["schedule"]["conference"]["days"]
            for talks in day["rooms"].values()
            for t in talks
            if t["title"] == title
        )
        links = [link for link in talk["links"] if not link["title"].startswith("Join ")]
        return (talk["language"], links, talk.get("attachments"))
    text = body.decode()
    start = text.index(f"<title>{title.replace('&', '&amp;')}</title>")
    event = text[text.rindex("<event ", 0, start) : text.index("</event>", start)]
    return "\n".join(
        line.strip()
        for line in event.splitlines()
        if ("<link " in line and "Join " not in line)
        or "<attachment " in line
        or "<language>" in line
    )


async def test_adding_a_recording_does_not_raise_sequence(client: Any, demo: Demo) -> None:
    uid = demo.uid(demo.tccm)
    before = by_uid(await _get(client, f"/events/{IGF}.ics"))[uid]
    recording = {"kind": "recording", "title": "Recording", "url": "https://example.org/rec"}
    response = await client.patch(
        f"/api/v1/events/{IGF}/sessions/{demo.tccm['id']}",
        json={"materials": [*demo.tccm["materials"], recording]},
        headers=demo.auth,
    )
    assert response.status_code == 200, response.text
    after = by_uid(await _get(client, f"/events/{IGF}.ics"))[uid]
    assert after.value("SEQUENCE") == before.value("SEQUENCE")
    assert "Recording: Recording — https://example.org/rec" in _description(after)


async def test_the_demo_loads_twice_without_changing_its_hybrid_details(
    client: Any, demo: Demo, ctx
) -> None:
    await load_demo(ctx)
    read = await client.get(f"/api/v1/events/{IGF}/sessions/{demo.tccm['id']}")
    body = read.json()
    assert body["version"] == demo.tccm["version"]
    assert (body["interpretation"], body["captions"]) == (["ar", "fr"], True)
    assert [m["kind"] for m in body["materials"]] == ["slides"]
    breakout = next(s for s in body["segments"] if s["title"] == TCCM_BREAKOUT_TITLE)
    assert breakout["join_url"] == BREAKOUT
