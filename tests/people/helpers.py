"""Accounts and sign-in for the people-and-access tests."""

from __future__ import annotations

from typing import Any

PASSWORD = "correct horse battery"


async def account(ctx: Any, email: str, password: str = PASSWORD) -> None:
    from sessions.services.accounts import AccountService

    async with ctx.unit_of_work() as uow:
        await AccountService(ctx, uow).set_password(email, password)


async def login(client: Any, email: str, password: str = PASSWORD) -> dict[str, str]:
    """Signs the client in; returns the CSRF header its writes need."""
    response = await client.post("/api/v1/auth/login", json={"email": email, "password": password})
    assert response.status_code == 200, response.text
    return {"x-csrftoken": client.cookies["csrftoken"]}
