"""In-process measurements: render costs against their floors, SQL query counts, scale."""

from __future__ import annotations

import asyncio
import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import msgspec
from icalendar import Calendar, Component
from icalendar import Event as VEvent
from sqlalchemy import event as sa_event

from bench.bigevent import build
from sessions.config import Settings
from sessions.domain.agenda import build_agenda
from sessions.domain.zones import get_zone
from sessions.http.present import agenda_out
from sessions.persistence.database import create_engine
from sessions.persistence.unit_of_work import Database
from sessions.renderers.base import RenderOptions
from sessions.renderers.ical import render_agenda
from sessions.services.access import ANONYMOUS
from sessions.services.agenda import AgendaQuery, AgendaService
from sessions.services.calendars import CalendarQuery, CalendarService
from sessions.services.context import ServiceContext


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


async def amedian_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        await fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _native(prop: Any) -> Any:
    """A parsed property back to the plain Python value an author would have passed."""
    if hasattr(prop, "dts"):
        return [d.dt for d in prop.dts]
    if hasattr(prop, "dt"):
        return prop.dt
    if hasattr(prop, "td"):
        return prop.td
    if isinstance(prop, list):
        return [_native(p) for p in prop]
    if hasattr(prop, "cats"):
        return list(prop.cats)
    if isinstance(prop, int):
        return int(prop)
    return str(prop)


def icalendar_floor_inputs(ours: bytes) -> list[tuple[str, list[tuple[str, Any, dict]]]]:
    """The property values of every component we emitted, as plain Python values."""
    parsed = Calendar.from_ical(ours)
    out = []
    for component in parsed.walk():
        if component.name not in ("VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT"):
            continue
        props = [(name, _native(value), dict(value.params)) for name, value in component.items()]
        out.append((component.name, props))
    return out


def icalendar_alone(inputs: list[tuple[str, list[tuple[str, Any, dict]]]]) -> bytes:
    """The same events built and serialised by `icalendar` with nothing of ours around it."""
    cal = Calendar()
    cal.add("PRODID", "-//bench//EN")
    cal.add("VERSION", "2.0")
    parent: Component = cal
    for name, props in inputs:
        component = (
            Component.from_ical(f"BEGIN:{name}\r\nEND:{name}\r\n") if name != "VEVENT" else VEvent()
        )
        for prop_name, value, params in props:
            component.add(prop_name, value, parameters=params or None)
        if name in ("STANDARD", "DAYLIGHT"):
            parent.add_component(component)
        else:
            cal.add_component(component)
            parent = component
    return cal.to_ical()


@dataclass
class Counter:
    n: int = 0

    def __call__(self, *args: Any) -> None:
        self.n += 1


async def measure(database_url: str, n_sessions: int, repeat: int) -> dict[str, float]:
    await build(database_url, n_sessions)
    engine = create_engine(database_url)
    ctx = ServiceContext(Database.from_engine(engine))
    queries = Counter()
    sa_event.listen(engine.sync_engine, "before_cursor_execute", queries)
    settings = Settings(database_url=database_url, public_url="https://bench.example.org")
    results: dict[str, float] = {}

    async def load() -> Any:
        async with ctx.unit_of_work() as uow:
            event = await uow.events.get("bench")
            zone = get_zone(event.timezone)
            return event, await uow.sessions.domain_for_event(event.id, zone)

    results["load_ms"] = await amedian_ms(load, repeat)
    event, sessions = await load()
    zone = get_zone(event.timezone)
    tracks = list(event.tracks)
    agenda = build_agenda(event, sessions, zone, tracks=tracks)
    options = RenderOptions(
        now=event.updated_at or datetime(2025, 1, 1),
        host="bench.example.org",
        base_url="https://bench.example.org",
    )
    ours = render_agenda(agenda, options)
    results["ics_bytes"] = len(ours)
    results["ics_cold_render_ms"] = median_ms(lambda: render_agenda(agenda, options), repeat)
    inputs = icalendar_floor_inputs(ours)
    results["icalendar_alone_ms"] = median_ms(lambda: icalendar_alone(inputs), repeat)

    # Agenda JSON: ours cold (query + domain + encode) against the encode floor plus the query.
    body = agenda_out(build_agenda(event, sessions, get_zone("America/New_York"), tracks=tracks))
    encoded = msgspec.json.encode(body)
    results["agenda_bytes"] = len(encoded)
    results["agenda_encode_floor_ms"] = median_ms(lambda: msgspec.json.encode(body), repeat)
    results["agenda_query_ms"] = results["load_ms"]

    async def agenda_cold() -> bytes:
        async with ctx.unit_of_work() as uow:
            query = AgendaQuery(zone=get_zone("America/New_York"))
            view = await AgendaService(ctx, uow).agenda("bench", ANONYMOUS, query)
        return msgspec.json.encode(agenda_out(view.agenda))

    queries.n = 0
    await agenda_cold()
    results["agenda_sql_queries"] = queries.n
    results["agenda_cold_ms"] = await amedian_ms(agenda_cold, repeat)

    async def calendar_cold() -> Any:
        # Fresh caches every time: this measures a cold render.
        fresh = ServiceContext(ctx.database)
        async with fresh.unit_of_work() as uow:
            return await CalendarService(
                fresh,
                uow,
                host="bench.example.org",
                base_url="https://bench.example.org",
                organiser_email="noreply@bench.example.org",
                organiser_name="bench",
            ).event_calendar("bench", ANONYMOUS, CalendarQuery())

    queries.n = 0
    await calendar_cold()
    results["ics_sql_queries"] = queries.n
    results["ics_cold_service_ms"] = await amedian_ms(calendar_cold, repeat)
    tracemalloc.start()
    await calendar_cold()
    results["ics_cold_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    await engine.dispose()
    del settings
    return results


async def main(database_url: str) -> None:
    rows = []
    for n in (100, 1000, 10000):
        repeat = 7 if n <= 1000 else 3
        r = await measure(database_url, n, repeat)
        rows.append((n, r))
    print_results(rows)


def print_results(rows: list[tuple[int, dict[str, float]]]) -> None:
    print("\n== In-process: render against its floors (median ms) ==")
    head = f"{'sessions':>8} {'load':>8} {'ics cold':>9} {'icalendar':>10} {'ratio':>6} {'svc cold':>9} {'agenda':>8} {'enc+q':>8} {'ratio':>6} {'SQL a/i':>8} {'peak MiB':>9}"
    print(head)
    for n, r in rows:
        floor_agenda = r["agenda_encode_floor_ms"] + r["agenda_query_ms"]
        print(
            f"{n:>8} {r['load_ms']:>8.1f} {r['ics_cold_render_ms']:>9.1f} {r['icalendar_alone_ms']:>10.1f} "
            f"{r['ics_cold_render_ms'] / r['icalendar_alone_ms']:>6.2f} {r['ics_cold_service_ms']:>9.1f} "
            f"{r['agenda_cold_ms']:>8.1f} {floor_agenda:>8.1f} {r['agenda_cold_ms'] / floor_agenda:>6.2f} "
            f"{int(r['agenda_sql_queries']):>3}/{int(r['ics_sql_queries']):<4} {r['ics_cold_peak_mib']:>9.1f}"
        )


if __name__ == "__main__":
    import sys

    asyncio.run(
        main(sys.argv[1] if len(sys.argv) > 1 else "sqlite+aiosqlite:////tmp/sessions-bench.db")
    )
    del date
