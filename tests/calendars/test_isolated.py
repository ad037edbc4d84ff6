"""One bad record never breaks a shared output (quality bar "Isolated").

Input is refused at the edge now (event years, control characters), so these records are
written straight into the database, as an older version or a hand edit might have left them.
"""

from __future__ import annotations

import logging
from datetime import date

import sqlalchemy as sa
from icalendar import Calendar

from sessions.persistence.tables import EventRow
from tests.api.helpers import make_event, reference_example


async def test_an_event_that_cannot_be_rendered_is_left_out_of_calendar_ics_and_logged(
    client, auth, ctx, caplog
):
    await reference_example(client, auth)
    await make_event(
        client,
        auth,
        slug="far-future",
        title="Far future",
        timezone="UTC",
        start_date="2999-12-30",
        end_date="2999-12-31",
    )
    assert (await client.post("/api/v1/events/far-future/publish", headers=auth)).status_code == 200
    async with ctx.unit_of_work() as uow:
        await uow.db_session.execute(
            sa.update(EventRow)
            .where(EventRow.slug == "far-future")
            .values(start_date=date.max, end_date=date.max, version=EventRow.version + 1)
        )
        far_id = str(
            await uow.db_session.scalar(sa.select(EventRow.id).where(EventRow.slug == "far-future"))
        )
    with caplog.at_level(logging.ERROR, logger="sessions.services.calendars"):
        response = await client.get("/calendar.ics")
        again = await client.get("/calendar.ics", headers={"Cache-Control": "no-cache"})
    assert response.status_code == again.status_code == 200
    calendar = Calendar.from_ical(response.content)
    summaries = {str(c["SUMMARY"]) for c in calendar.walk("VEVENT")}
    assert any("TCCM" in s for s in summaries), summaries
    assert "Far future" not in summaries
    logged = [r for r in caplog.records if r.name == "sessions.services.calendars"]
    assert len(logged) == 1, [r.getMessage() for r in logged]
    assert far_id in logged[0].getMessage()
