"""The `sessions` command: serve, migrate, demo, create-organiser."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys

from sessions.config import Settings


def _context(settings: Settings):
    from sessions.persistence.database import create_engine, make_sessionmaker
    from sessions.services.context import ServiceContext

    engine = create_engine(settings.database_url)
    return engine, ServiceContext(make_sessionmaker(engine))


def _prepare(settings: Settings) -> None:
    from sessions.persistence.migrate import upgrade

    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url)


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    from sessions.persistence.migrate import upgrade

    if args.sql:
        upgrade(settings.database_url, sql=True)
        return 0
    _prepare(settings)
    print(f"database at the newest schema: {settings.database_url}")
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    # Migrate once here, not once per worker.
    _prepare(settings)
    os.environ["SESSIONS_MIGRATE_ON_START"] = "0"
    print(f"sessions is serving on http://{args.host}:{args.port}/  (API: /api/v1, docs: /schema)")
    uvicorn.run(
        "sessions.http.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="info",
        proxy_headers=True,
        timeout_graceful_shutdown=10,
    )
    return 0


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    from sessions.services.demo import load_demo

    _prepare(settings)

    async def run() -> list[str]:
        engine, ctx = _context(settings)
        try:
            return await load_demo(ctx)
        finally:
            await engine.dispose()

    created = asyncio.run(run())
    print("demo loaded: " + (", ".join(created) if created else "already present, nothing to do"))
    return 0


def cmd_create_organiser(settings: Settings, args: argparse.Namespace) -> int:
    from sessions.domain.errors import InvalidInput
    from sessions.services.organisers import OrganiserService

    _prepare(settings)

    async def run() -> str:
        engine, ctx = _context(settings)
        try:
            _, token = await OrganiserService(ctx).create_token(args.email)
            return token
        finally:
            await engine.dispose()

    try:
        token = asyncio.run(run())
    except InvalidInput as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 2
    print(f"API token for {args.email} (shown once; send it as Authorization: Bearer <token>):")
    print(token)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sessions", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, then serve the app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.set_defaults(run=cmd_serve)
    migrate = sub.add_parser("migrate", help="bring the database to the newest schema")
    migrate.add_argument("--sql", action="store_true", help="print the SQL instead of running it")
    migrate.set_defaults(run=cmd_migrate)
    demo = sub.add_parser("demo", help="load the published demo (idempotent)")
    demo.set_defaults(run=cmd_demo)
    organiser = sub.add_parser("create-organiser", help="print a new API token for EMAIL")
    organiser.add_argument("email")
    organiser.set_defaults(run=cmd_create_organiser)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    return args.run(Settings.from_env(), args)


if __name__ == "__main__":
    sys.exit(main())
