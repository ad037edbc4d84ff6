"""The audience across zones over the API: declared and registered zones, a session's
fairness, the slot finder (PRODUCT.md, "Audiences across zones")."""

from __future__ import annotations

from tests.api.helpers import assert_problem, make_session, reference_example

EVENT = "/api/v1/events/igf-2024"


async def _declare(client, auth, zones) -> dict:
    response = await client.put(f"{EVENT}/audience", json={"zones": zones}, headers=auth)
    assert response.status_code == 200, response.text
    return response.json()


async def test_audience_adds_registrations_by_zone_and_never_names_them(client, auth):
    session = await reference_example(client, auth)
    await _declare(
        client,
        auth,
        [
            {"timezone": "America/New_York", "weight": 3},
            {"timezone": "Australia/Sydney", "weight": 1},
        ],
    )
    response = await client.post(
        f"{EVENT}/registrations",
        json={
            "name": "Ana Example",
            "email": "ana@example.org",
            "track": "online",
            "timezone": "Australia/Sydney",
        },
    )
    assert response.status_code == 201, response.text
    response = await client.get(f"{EVENT}/audience", headers=auth)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert "Ana" not in response.text and "ana@" not in response.text
    assert body["declared"] == [
        {"timezone": "America/New_York", "weight": 3.0},
        {"timezone": "Australia/Sydney", "weight": 1.0},
    ]
    assert body["registered"] == [{"timezone": "Australia/Sydney", "count": 1}]
    assert body["zones"] == [
        {"timezone": "America/New_York", "weight": 3.0},
        {"timezone": "Australia/Sydney", "weight": 2.0},
    ]
    # TCCM, 15:45-16:45 in Riyadh, is 23:45-00:45 in Sydney: one session, 60 night minutes.
    nights = {n["timezone"]: n for n in body["nights"]}
    assert nights["Australia/Sydney"] == {
        "timezone": "Australia/Sydney",
        "sessions": 1,
        "minutes": 60,
    }
    assert nights["America/New_York"]["sessions"] == 0

    response = await client.get(f"{EVENT}/sessions/{session['id']}/fairness", headers=auth)
    assert response.status_code == 200, response.text
    fairness = response.json()
    zones = {z["timezone"]: z for z in fairness["zones"]}
    assert zones["America/New_York"] == {
        "timezone": "America/New_York",
        "weight": 3.0,
        "start": "2024-12-18T07:45:00-05:00",
        "end": "2024-12-18T08:45:00-05:00",
        "bands": ["early"],
        "awake_share": 1.0,
    }
    assert zones["Australia/Sydney"]["start"] == "2024-12-18T23:45:00+11:00"
    assert zones["Australia/Sydney"]["bands"] == ["night"]
    assert zones["Australia/Sydney"]["awake_share"] == 0.0
    assert fairness["score"] == 0.6  # (3 x 1.0 + 2 x 0.0) / 5


async def test_slots_rank_the_hand_count_first_and_skip_the_booked_room(client, auth):
    await reference_example(client, auth)
    await _declare(
        client,
        auth,
        [{"timezone": z} for z in ("America/New_York", "Europe/Berlin", "Asia/Tokyo")],
    )
    # All three are awake only 12:00-13:00 UTC (15:00-16:00 in Riyadh): see the domain test.
    response = await client.get(
        f"{EVENT}/slots", params={"date": "2024-12-18", "duration": 60}, headers=auth
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["total"] == 96
    best = body["items"][0]
    assert best == {
        "start": "2024-12-18T15:00:00+03:00",
        "end": "2024-12-18T16:00:00+03:00",
        "score": 1.0,
        "asleep": [],
        "conflicts": [],
    }
    # TCCM holds Workshop Room 2 15:45-16:45: starts overlapping it are left out.
    response = await client.get(
        f"{EVENT}/slots",
        params={"date": "2024-12-18", "duration": 60, "room": "Workshop Room 2", "limit": 500},
        headers=auth,
    )
    starts = {s["start"] for s in response.json()["items"]}
    assert "2024-12-18T15:00:00+03:00" not in starts
    assert "2024-12-18T14:45:00+03:00" in starts and "2024-12-18T16:45:00+03:00" in starts
    assert response.json()["total"] == 96 - 7


async def test_slots_for_a_session_use_its_duration(client, auth):
    session = await reference_example(client, auth)
    other = await make_session(
        client, auth, title="Other", start="2024-12-18T10:00", end="2024-12-18T11:00", room="Hall"
    )
    assert other["id"] != session["id"]
    response = await client.get(
        f"{EVENT}/slots", params={"date": "2024-12-18", "session": session["id"]}, headers=auth
    )
    assert response.status_code == 200, response.text
    first = response.json()["items"][0]
    assert first["end"] > first["start"]


async def test_bad_audiences_are_422_naming_the_field(client, auth):
    await reference_example(client, auth)
    for zones, field in (
        ([{"timezone": "Mars/Olympus"}], "zones[0].timezone"),
        ([{"timezone": "UTC"}, {"timezone": "UTC"}], "zones[1].timezone"),
        ([{"timezone": "UTC", "weight": 0}], "zones[0].weight"),
        ([{"timezone": "UTC", "weight": 1e12}], "zones[0].weight"),
    ):
        response = await client.put(f"{EVENT}/audience", json={"zones": zones}, headers=auth)
        assert_problem(response, 422, field)
    response = await client.put(
        f"{EVENT}/audience", json={"zones": [{"timezone": "UTC"}] * 101}, headers=auth
    )
    assert_problem(response, 422, "zones")
    response = await client.get(
        f"{EVENT}/slots", params={"date": "2024-13-01", "duration": 60}, headers=auth
    )
    assert_problem(response, 422, "date")


async def test_only_organisers_see_the_audience(client, auth):
    await reference_example(client, auth)
    response = await client.get(f"{EVENT}/audience")
    assert response.status_code in (401, 403, 404)


async def test_the_demo_declares_the_igf_audience_once(client, ctx):
    from sessions.services.demo import DEMO_ORGANISER, load_demo
    from tests.conftest import new_token

    await load_demo(ctx)
    token = await new_token(ctx, DEMO_ORGANISER)
    auth = {"Authorization": f"Bearer {token}"}
    response = await client.get(f"{EVENT}/audience", headers=auth)
    assert response.status_code == 200, response.text
    zones = [z["timezone"] for z in response.json()["declared"]]
    assert zones == [
        "Asia/Riyadh",
        "Africa/Nairobi",
        "Europe/Zurich",
        "America/New_York",
        "America/Sao_Paulo",
        "Asia/Kolkata",
        "Australia/Sydney",
    ]
    # TCCM (15:45-16:45 in Riyadh) is 23:45-00:45 in Sydney: among the sessions in its night.
    nights = {n["timezone"]: n for n in response.json()["nights"]}
    assert nights["Australia/Sydney"]["sessions"] >= 1
    assert nights["Australia/Sydney"]["minutes"] >= 60
    # An organiser's own list survives a second load.
    await client.put(f"{EVENT}/audience", json={"zones": [{"timezone": "UTC"}]}, headers=auth)
    await load_demo(ctx)
    response = await client.get(f"{EVENT}/audience", headers=auth)
    assert [z["timezone"] for z in response.json()["declared"]] == ["UTC"]


async def test_slots_for_a_session_respect_people_availability_and_list_clashes(client, auth):
    """TCCM (60 min) moved on 18 December: Jonas is in the main session 15:00-16:30, Ana is free
    only 09:00-18:00 Riyadh, and TCCM must not overlap the lightning talks 12:00-12:30."""
    tccm = await reference_example(client, auth)
    jonas = {"name": "Jonas Berg", "role": "speaker"}
    ana = {
        "name": "Ana Silva",
        "role": "panellist",
        "availability": [{"start": "2024-12-18T09:00+03:00", "end": "2024-12-18T18:00+03:00"}],
    }
    main = await make_session(
        client,
        auth,
        title="Main",
        start="2024-12-18T15:00",
        end="2024-12-18T16:30",
        room="Plenary Hall",
        people=[jonas],
    )
    talks = await make_session(
        client,
        auth,
        title="Lightning talks",
        start="2024-12-18T12:00",
        end="2024-12-18T12:30",
        room="Hall B",
    )
    url = f"{EVENT}/sessions/{tccm['id']}"
    response = await client.patch(
        url, json={"people": [jonas, ana], "avoid_overlap_with": [talks["id"]]}, headers=auth
    )
    assert response.status_code == 200, response.text
    params = {"date": "2024-12-18", "session": tccm["id"], "limit": 500}
    response = await client.get(f"{EVENT}/slots", params=params, headers=auth)
    assert response.status_code == 200, response.text
    items = {s["start"][11:16]: s for s in response.json()["items"]}
    # Ana: starts from 09:00 to 17:00 (the session must end by 18:00); Jonas: none from
    # 14:05 to 16:25 (he is in the main session); 15-minute steps.
    expected = [f"{h:02d}:{m:02d}" for h in range(9, 18) for m in (0, 15, 30, 45)]
    expected = [t for t in expected if t <= "17:00" and not ("14:00" < t < "16:30")]
    assert sorted(items) == expected
    assert response.json()["total"] == len(expected)
    # The lightning talks (12:00-12:30) clash with starts 11:15-12:15: kept, each saying so.
    for t in expected:
        clashes = [c for c in items[t]["conflicts"] if c["kind"] == "clash"]
        if "11:00" < t < "12:30":
            assert clashes == [
                {
                    "kind": "clash",
                    "message": f"{tccm['title']!r} must not overlap 'Lightning talks'",
                    "sessions": [talks["id"]],
                }
            ], t
        else:
            assert items[t]["conflicts"] == [], t
    # With conflicting=true every start is there, listing what it would cause.
    response = await client.get(
        f"{EVENT}/slots", params={**params, "conflicting": "true"}, headers=auth
    )
    every = {s["start"][11:16]: s for s in response.json()["items"]}
    assert response.json()["total"] == 96
    kinds = {c["kind"] for c in every["15:00"]["conflicts"]}
    assert kinds == {"person_double_booking"}
    [person] = every["15:00"]["conflicts"]
    assert person["person"] == "Jonas Berg" and person["sessions"] == [main["id"]]
    assert {c["kind"] for c in every["08:00"]["conflicts"]} == {"unavailable"}
    assert every["08:00"]["conflicts"][0]["person"] == "Ana Silva"
    # A room, too: TCCM's own Workshop Room 2 is free, the Plenary Hall is not at 15:00.
    response = await client.get(
        f"{EVENT}/slots",
        params={**params, "room": "plenary hall", "conflicting": "true"},
        headers=auth,
    )
    at_three = next(s for s in response.json()["items"] if s["start"][11:16] == "15:00")
    assert {c["kind"] for c in at_three["conflicts"]} == {
        "person_double_booking",
        "room_double_booking",
    }
    response = await client.get(
        f"{EVENT}/slots", params={**params, "conflicting": "maybe"}, headers=auth
    )
    assert_problem(response, 422, "conflicting")


def _night_minutes(zone_name: str, start: str, end: str) -> int:
    """Minutes of [start, end) (instants) in the zone's night (22:00-07:00 local), one by one,
    with the standard library reading the pinned tzdata package's own file."""
    import zoneinfo
    from datetime import datetime, timedelta
    from importlib import resources

    with resources.files("tzdata").joinpath("zoneinfo", *zone_name.split("/")).open("rb") as f:
        zone = zoneinfo.ZoneInfo.from_file(f, key=zone_name)
    t, stop, night = datetime.fromisoformat(start), datetime.fromisoformat(end), 0
    while t < stop:
        hour = t.astimezone(zone).hour
        night += hour >= 22 or hour < 7
        t += timedelta(minutes=1)
    return night


async def test_the_night_tally_covers_the_whole_event_and_leaves_out_cancelled_sessions(
    client, auth
):
    await reference_example(client, auth)  # TCCM, 18 Dec 15:45-16:45 Riyadh
    rows = [
        ("2024-12-16T06:00", "2024-12-16T08:30", "confirmed"),  # two days earlier
        ("2024-12-19T22:30", "2024-12-19T23:59", "tentative"),  # the last evening
        ("2024-12-17T02:00", "2024-12-17T03:00", "cancelled"),  # holds nothing
    ]
    for i, (start, end, status) in enumerate(rows):
        await make_session(
            client, auth, title=f"S{i}", start=start, end=end, room=f"R{i}", status=status
        )
    zones = ["America/Los_Angeles", "Asia/Tokyo", "Asia/Riyadh"]
    body = await _declare(client, auth, [{"timezone": z} for z in zones])
    instants = [("2024-12-18T15:45+03:00", "2024-12-18T16:45+03:00")] + [
        (f"{s}+03:00", f"{e}+03:00") for s, e, status in rows if status != "cancelled"
    ]
    for zone in zones:
        nights = [_night_minutes(zone, s, e) for s, e in instants]
        assert {
            "timezone": zone,
            "sessions": sum(1 for n in nights if n),
            "minutes": sum(nights),
        } in body["nights"], (zone, nights)
    assert [n["timezone"] for n in body["nights"]] == zones
