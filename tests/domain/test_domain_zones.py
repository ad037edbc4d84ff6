"""Time rule 1: zones are IANA names from the pinned tzdata package, case-sensitive."""

from __future__ import annotations

import re
import tomllib
import zoneinfo
from datetime import datetime, timedelta
from importlib.metadata import version
from pathlib import Path

import pytest
from domain_helpers import UTC, tzdata_zone

from sessions.domain.zones import UnknownZone, get_zone, is_zone, tzdata_version, zone_names


@pytest.mark.parametrize(
    "name",
    ["Asia/Riyadh", "UTC", "US/Eastern", "America/New_York", "Australia/Lord_Howe", "Etc/UTC"],
)
def test_iana_names_and_links_are_accepted(name: str) -> None:
    assert is_zone(name)
    assert name in zone_names()
    assert get_zone(name).name == name


@pytest.mark.parametrize(
    "name", ["Mars/Olympus", "+03:00", "asia/riyadh", "", "utc", "UTC ", " Asia/Riyadh", "EST5"]
)
def test_anything_else_is_rejected_and_named(name: str) -> None:
    assert not is_zone(name)
    with pytest.raises(UnknownZone) as err:
        get_zone(name)
    assert repr(name) in str(err.value)
    assert err.value.name == name
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize("value", [None, 3, ["UTC"], b"UTC"])
def test_non_strings_are_not_zones(value: object) -> None:
    assert not is_zone(value)
    with pytest.raises(UnknownZone):
        get_zone(value)  # type: ignore[arg-type]


def test_link_resolves_to_the_same_rules_as_its_target() -> None:
    eastern, new_york = get_zone("US/Eastern"), get_zone("America/New_York")
    for month in range(1, 13):
        moment = datetime(2025, month, 15, 12, tzinfo=UTC)
        assert moment.astimezone(eastern).utcoffset() == moment.astimezone(new_york).utcoffset()


def test_zones_are_never_read_from_the_operating_system() -> None:
    # The search path is emptied, so zoneinfo can only use the tzdata package.
    assert zoneinfo.TZPATH == ()


def test_installed_tzdata_is_the_pinned_one() -> None:
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    deps = tomllib.loads(pyproject.read_text())["project"]["dependencies"]
    pins = [m[1] for d in deps if (m := re.fullmatch(r"tzdata==(\S+)", d.replace(" ", "")))]
    assert pins, "tzdata must be pinned with == in pyproject.toml"
    assert tzdata_version() == version("tzdata") == pins[0]


@pytest.mark.parametrize(
    "name", ["Asia/Riyadh", "America/New_York", "Australia/Lord_Howe", "Africa/Casablanca"]
)
def test_zone_rules_match_the_tzdata_files(name: str) -> None:
    zone, oracle = get_zone(name), tzdata_zone(name)
    moment = datetime(1975, 1, 1, tzinfo=UTC)
    while moment.year < 2060:
        assert moment.astimezone(zone).utcoffset() == moment.astimezone(oracle).utcoffset(), moment
        moment += timedelta(days=7, hours=5)
