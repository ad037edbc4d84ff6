"""A track's place is part of its sessions' place: changing it re-announces them."""

from __future__ import annotations

from tests.api.helpers import reference_example


async def _session(client, session_id):
    response = await client.get(f"/api/v1/events/igf-2024/sessions/{session_id}")
    assert response.status_code == 200
    return response.json(), response.headers["etag"]


async def test_a_new_join_link_raises_the_sequence_of_the_tracks_sessions(client, auth):
    session = await reference_example(client, auth)
    before, etag = await _session(client, session["id"])
    changed = await client.patch(
        "/api/v1/events/igf-2024/tracks/online",
        json={"join_url": "https://meet.example.org/new-room"},
        headers=auth,
    )
    assert changed.status_code == 200
    after, new_etag = await _session(client, session["id"])
    assert after["sequence"] == before["sequence"] + 1
    assert new_etag != etag
    invite = await client.get(f"/events/igf-2024/sessions/{session['id']}.ics?track=online")
    assert f"SEQUENCE:{after['sequence']}" in invite.text
    assert "https://meet.example.org/new-room" in invite.text


async def test_renaming_a_track_is_not_a_change_of_place(client, auth):
    session = await reference_example(client, auth)
    before, _ = await _session(client, session["id"])
    renamed = await client.patch(
        "/api/v1/events/igf-2024/tracks/online", json={"name": "Remote"}, headers=auth
    )
    assert renamed.status_code == 200
    after, _ = await _session(client, session["id"])
    assert after["sequence"] == before["sequence"]
