"""The zone directory: people find a zone by country or abbreviation, not only by its IANA name."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sessions.domain.zone_directory import abbreviations, zone_countries
from sessions.domain.zones import zone_names


async def _directory(client) -> dict[str, dict]:
    response = await client.get("/api/v1/zones")
    assert response.status_code == 200
    return {entry["zone"]: entry for entry in response.json()["zones"]}


async def test_countries_and_abbreviations_lead_to_the_zones_people_mean(client):
    zones = await _directory(client)
    assert zones["Asia/Riyadh"]["countries"] == ["SA"]
    assert {"EST", "EDT"} <= set(zones["America/New_York"]["abbreviations"])
    assert "US" in zones["America/New_York"]["countries"]
    assert zones["Asia/Kolkata"]["abbreviations"] == ["IST"]
    # Germany is Berlin (zone.tab), not Zurich (zone1970.tab merges the two).
    assert "DE" in zones["Europe/Berlin"]["countries"]
    assert "DE" not in zones["Europe/Zurich"]["countries"]
    # Of the many zones on EST, New York is the US's first: searches put it first.
    assert zones["America/New_York"]["principal"] is True
    assert zones["America/Detroit"]["principal"] is False
    # Numeric names say nothing a search by offset does not.
    assert zones["Asia/Riyadh"]["abbreviations"] == []


async def test_every_listed_zone_is_a_zone_and_every_country_has_one(client):
    zones = await _directory(client)
    assert set(zones) <= zone_names()
    countries = {code for entry in zones.values() for code in entry["countries"]}
    assert len(countries) > 240  # every inhabited ISO 3166 country or territory
    assert all(len(code) == 2 and code.isupper() for code in countries)


async def test_the_directory_is_cacheable_and_revalidates(client):
    first = await client.get("/api/v1/zones")
    assert "public" in first.headers["cache-control"]
    again = await client.get("/api/v1/zones", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304


def test_abbreviations_follow_the_zone_through_its_clock_changes():
    # An independent reading of the same tzdata: every lettered name the zone shows that year.
    at = [datetime(2027, month, day, tzinfo=UTC) for month in range(1, 13) for day in (1, 15)]
    for zone in ("America/New_York", "Europe/London", "Australia/Sydney", "Europe/Berlin"):
        expected = {i.astimezone(ZoneInfo(zone)).tzname() for i in at}
        assert set(abbreviations(zone, at)) == expected
    assert abbreviations("Asia/Tokyo", at) == ("JST",)
    assert abbreviations("Asia/Dubai", at) == ()
    assert zone_countries()["Australia/Sydney"] == ("AU",)
