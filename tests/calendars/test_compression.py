"""Feeds, exports and agendas go compressed to clients that take it: thousands of calendar apps
poll them, and bandwidth is their real cost. The bytes are the same once decoded; each encoding
is its own representation (its own ETag, Vary: Accept-Encoding), and revalidation still works."""

from __future__ import annotations

import gzip

import brotli
import pytest

from sessions.http.compression import base_etag, encoded_etag, negotiate
from tests.api.helpers import reference_example

FEEDS = {
    "event calendar": "/events/igf-2024.ics",
    "frab XML": "/events/igf-2024/schedule.xml",
    "frab JSON": "/events/igf-2024/schedule.json",
    "agenda JSON": "/api/v1/events/igf-2024/agenda?tz=America/New_York",
}


async def _wire(client, path: str, accept: str | None) -> tuple[int, dict, bytes]:
    """Status, headers and the bytes as sent (not decoded by the client)."""
    headers = {"Accept-Encoding": accept} if accept is not None else {"Accept-Encoding": "identity"}
    async with client.stream("GET", path, headers=headers) as response:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
        return response.status_code, dict(response.headers), raw


@pytest.fixture
async def demo(client, auth):
    """The reference example and 40 more sessions over the event's days: a feed worth polling."""
    await reference_example(client, auth)
    for i in range(40):
        day, hour = 15 + i % 5, 9 + i // 5
        created = await client.post(
            "/api/v1/events/igf-2024/sessions",
            json={
                "title": f"Workshop {i + 1}: dialogue on digital cooperation",
                "start": f"2024-12-{day}T{hour:02}:00",
                "end": f"2024-12-{day}T{hour:02}:45",
                "room": f"Room {i % 6 + 1}",
                "description": "Open to all participants, in the room and online.",
            },
            headers=auth,
        )
        assert created.status_code == 201, created.text


async def test_each_feed_is_smaller_on_the_wire_and_the_same_once_decoded(client, demo, subtests):
    for name, path in FEEDS.items():
        with subtests.test(feed=name):
            status, plain_headers, plain = await _wire(client, path, None)
            assert status == 200, plain
            assert "content-encoding" not in plain_headers
            assert "accept-encoding" in plain_headers["vary"].lower()
            for coding, decode in (("br", brotli.decompress), ("gzip", gzip.decompress)):
                status, headers, sent = await _wire(client, path, f"{coding}, identity;q=0.5")
                assert status == 200
                assert headers["content-encoding"] == coding
                assert decode(sent) == plain
                assert len(sent) < len(plain) / 4, (coding, len(sent), len(plain))
                assert headers["etag"] == encoded_etag(plain_headers["etag"], coding)
                assert base_etag(headers["etag"]) == plain_headers["etag"]


async def test_revalidation_works_with_either_tag_and_answers_the_encoded_one(client, demo):
    path = FEEDS["event calendar"]
    _, plain, _ = await _wire(client, path, None)
    _, encoded, _ = await _wire(client, path, "gzip")
    for sent_tag in (encoded["etag"], plain["etag"]):
        cached = await client.get(
            path, headers={"Accept-Encoding": "gzip", "If-None-Match": sent_tag}
        )
        assert cached.status_code == 304
        assert cached.headers["etag"] == encoded["etag"]
        assert "accept-encoding" in cached.headers["vary"].lower()
    other = await client.get(path, headers={"Accept-Encoding": "gzip", "If-None-Match": '"x-gzip"'})
    assert other.status_code == 200


async def test_a_change_reaches_the_compressed_feed_at_once(client, auth, demo):
    path = FEEDS["event calendar"]
    _, before, sent = await _wire(client, path, "br")
    renamed = await client.patch(
        "/api/v1/events/igf-2024", json={"title": "IGF 2024, renamed"}, headers=auth
    )
    assert renamed.status_code == 200, renamed.text
    _, after, sent_after = await _wire(client, path, "br")
    assert after["etag"] != before["etag"]
    assert b"IGF 2024, renamed" in brotli.decompress(sent_after)
    assert b"IGF 2024, renamed" not in brotli.decompress(sent)


@pytest.mark.parametrize(
    ("accept", "chosen"),
    [
        (None, None),
        ("", None),
        ("identity", None),
        ("gzip", "gzip"),
        ("gzip, deflate, br", "br"),
        ("br;q=0, gzip", "gzip"),
        ("gzip;q=0.5, br;q=0.4", "gzip"),
        ("*", "br"),
        ("*;q=0", None),
        ("GZIP", "gzip"),
        ("br;q=nonsense, gzip", "gzip"),
        ("deflate", None),
    ],
)
def test_the_coding_follows_accept_encoding(accept, chosen):
    assert negotiate(accept) == chosen


def test_encoded_tags_name_their_coding_and_lead_back():
    assert encoded_etag('"abc"', "br") == '"abc-br"'
    assert encoded_etag('W/"abc"', "gzip") == 'W/"abc-gzip"'
    assert base_etag('"abc-gzip"') == '"abc"'
    assert base_etag('"abc"') == '"abc"'


async def test_the_web_apps_assets_go_compressed_and_images_as_they_are(
    client, tmp_path, monkeypatch
):
    from sessions.http.controllers import web

    assets = tmp_path / "assets"
    assets.mkdir()
    script = b"export const zones = ['Asia/Riyadh', 'America/New_York'];\n" * 400
    (assets / "index-Ab12.js").write_bytes(script)
    (assets / "logo-Cd34.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2000)
    monkeypatch.setattr(web, "STATIC", tmp_path)
    status, headers, sent = await _wire(client, "/assets/index-Ab12.js", "br, gzip")
    assert status == 200
    assert headers["content-encoding"] == "br"
    assert brotli.decompress(sent) == script
    assert len(sent) < len(script) / 20
    assert "accept-encoding" in headers["vary"].lower()
    assert "immutable" in headers["cache-control"]
    status, headers, sent = await _wire(client, "/assets/logo-Cd34.png", "br, gzip")
    assert status == 200
    assert "content-encoding" not in headers
    assert sent.startswith(b"\x89PNG")
