"""Concurrent writes to one session: without If-Match each applies to the newest version.

A client that sends no precondition asked for no check: losing a race to another
write must not answer 412 "changed while you were editing" (the write is redone on
the newest version). Only a stale If-Match is refused.
"""

from __future__ import annotations

import asyncio
import uuid

from tests.api.helpers import assert_problem, reference_example

SESSIONS = "/api/v1/events/igf-2024/sessions"
WRITERS = 20


async def _owner(ctx):
    from sessions.services.imports import ImportService

    async with ctx.unit_of_work() as uow:
        return await ImportService(ctx, uow).owner("igf-2024")


async def _concurrently(ctx, patches):
    """Each patch in a unit of work of its own, all at once on the test's event loop.

    (The HTTP test client hands requests to the app one at a time, so the race is run
    on the services' seam, exactly as each request runs it.)
    """
    from sessions.services.sessions import SessionService

    owner = await _owner(ctx)

    async def one(sid, patch):
        async with ctx.unit_of_work() as uow:
            return await SessionService(ctx, uow).update("igf-2024", sid, patch, owner)

    return await asyncio.gather(*(one(sid, p) for sid, p in patches), return_exceptions=True)


async def test_concurrent_patches_without_if_match_all_apply(client, auth, ctx):
    from sessions.services.sessions import SessionPatch

    sid = (await reference_example(client, auth))["id"]
    path = f"{SESSIONS}/{sid}"
    before = (await client.get(path, headers=auth)).json()

    results = await _concurrently(
        ctx, [(uuid.UUID(sid), SessionPatch(description=f"Edit {i}")) for i in range(WRITERS)]
    )

    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == []
    after = (await client.get(path, headers=auth)).json()
    # Every write was a version of its own; none was lost or refused.
    assert after["version"] == before["version"] + WRITERS
    assert sorted(r.session.version for r in results) == list(
        range(before["version"] + 1, before["version"] + WRITERS + 1)
    )
    assert after["description"] in {f"Edit {i}" for i in range(WRITERS)}
    assert after["sequence"] == before["sequence"]  # a description is not a calendar change


async def test_concurrent_moves_without_if_match_all_apply(client, auth, ctx):
    """Place changes race too: every one applies, and SEQUENCE counts each of them."""
    from sessions.services.sessions import SessionPatch

    sid = (await reference_example(client, auth))["id"]
    path = f"{SESSIONS}/{sid}"
    before = (await client.get(path, headers=auth)).json()
    rooms = [f"Room {i}" for i in range(WRITERS)]

    results = await _concurrently(ctx, [(uuid.UUID(sid), SessionPatch(room=r)) for r in rooms])

    assert [r for r in results if isinstance(r, BaseException)] == []
    after = (await client.get(path, headers=auth)).json()
    assert after["room"] in rooms
    assert after["sequence"] == before["sequence"] + WRITERS


async def test_patches_without_if_match_over_http_all_apply(client, auth):
    sid = (await reference_example(client, auth))["id"]
    path = f"{SESSIONS}/{sid}"
    responses = await asyncio.gather(
        *(client.patch(path, json={"title": f"Title {i}"}, headers=auth) for i in range(WRITERS))
    )
    assert [r.status_code for r in responses] == [200] * WRITERS


async def test_a_stale_if_match_is_still_refused(client, auth):
    sid = (await reference_example(client, auth))["id"]
    path = f"{SESSIONS}/{sid}"
    read = (await client.get(path, headers=auth)).headers["etag"]
    moved_on = await client.patch(path, json={"description": "Someone else"}, headers=auth)
    assert moved_on.status_code == 200

    stale = await client.patch(
        path, json={"description": "Mine"}, headers={**auth, "If-Match": read}
    )

    assert_problem(stale, 412)
    assert (await client.get(path, headers=auth)).json()["description"] == "Someone else"
