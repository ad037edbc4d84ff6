"""Repositories take and return domain values; a write over a stale read is refused."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from sessions.domain.errors import StaleVersion
from sessions.services.access import Viewer
from sessions.services.accounts import AccountService
from sessions.services.events import EventDraft, EventService
from sessions.services.tokens import hash_token


async def _event(ctx) -> Viewer:
    async with ctx.unit_of_work() as uow:
        account, _ = await AccountService(ctx, uow).token_for("keeper@example.org")
        viewer = Viewer(account.id, account.email)
        await EventService(ctx, uow).create(
            EventDraft(
                "igf-2024", "IGF 2024", "Asia/Riyadh", date(2024, 12, 15), date(2024, 12, 19)
            ),
            viewer,
        )
    return viewer


async def test_an_event_saved_over_a_stale_read_is_refused_and_unchanged(ctx) -> None:
    await _event(ctx)
    async with ctx.unit_of_work() as uow:
        read = await uow.events.get("igf-2024")
    assert read is not None and read.tracks
    async with ctx.unit_of_work() as uow:
        saved = await uow.events.save(replace(read, title="First"))
    assert saved.version == read.version + 1 and saved.tracks == read.tracks
    with pytest.raises(StaleVersion):
        async with ctx.unit_of_work() as uow:
            await uow.events.save(replace(read, title="Second"))
    async with ctx.unit_of_work() as uow:
        stored = await uow.events.get("igf-2024")
    assert stored is not None and (stored.title, stored.version) == ("First", saved.version)


async def test_tokens_are_found_by_hash_until_revoked_and_only_by_their_account(ctx) -> None:
    viewer = await _event(ctx)
    async with ctx.unit_of_work() as uow:
        accounts = AccountService(ctx, uow)
        info, token = await accounts.create_token(viewer, "laptop")
        other = await accounts.account("someone@example.org")
    async with ctx.unit_of_work() as uow:
        found = await uow.accounts.by_token_hash(hash_token(token))
        assert found is not None and found.id == viewer.account_id
        assert not await uow.accounts.revoke_token(other.id, info.id, ctx.clock())
        assert await uow.accounts.revoke_token(found.id, info.id, ctx.clock())
    async with ctx.unit_of_work() as uow:
        assert await uow.accounts.by_token_hash(hash_token(token)) is None
        [listed] = [t for t in await uow.accounts.tokens(found.id) if t.id == info.id]
        assert listed.name == "laptop" and listed.revoked_at is not None
