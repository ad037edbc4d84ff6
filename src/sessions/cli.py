"""The `sessions` command: serve, migrate, demo, create-organiser, import, and operations
(backup, restore, outbox, purge, export-personal-data)."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys

from sessions.config import Settings


def _context(settings: Settings):
    from sessions.persistence.database import create_engine
    from sessions.persistence.unit_of_work import Database
    from sessions.services.context import ServiceContext

    engine = create_engine(settings.database_url)
    return engine, ServiceContext(Database.from_engine(engine))


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

    # Migrate once here, not once per worker; with replicas, once per release (--no-migrate).
    if args.migrate:
        _prepare(settings)
    elif settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    os.environ["SESSIONS_MIGRATE_ON_START"] = "0"
    # Each worker sweeps expired registrations at start and then hourly (idempotent deletes).
    os.environ["SESSIONS_RETENTION_SWEEP"] = "1"
    if settings.metrics:
        _metrics_folder(settings, args.port)
    print(f"sessions is serving on http://{args.host}:{args.port}/  (API: /api/v1, docs: /schema)")
    uvicorn.run(
        "sessions.http.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="info",
        # Our logging (http/logging.py), in every worker: text or JSON lines, with request ids;
        # uvicorn's access log is off, as its lines carry whole URLs (tokens included).
        log_config=None,
        access_log=False,
        # Forwarded headers only from the proxies named in SESSIONS_TRUSTED_PROXIES.
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=settings.trusted_proxies or None,
        timeout_graceful_shutdown=10,
    )
    return 0


def _metrics_folder(settings: Settings, port: int) -> None:
    """Multi-process metrics: every worker writes its samples into one folder, emptied now
    (before any worker starts), so a scrape of any worker counts them all."""
    import shutil

    folder = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if not folder:
        folder = str(settings.data_dir / "metrics" / str(port))
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = folder
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder, exist_ok=True)


def cmd_demo(settings: Settings, args: argparse.Namespace) -> int:
    from sessions.services.demo import load_demo

    _prepare(settings)

    async def run() -> list[str]:
        engine, ctx = _context(settings)
        try:
            return await load_demo(ctx)
        finally:
            await engine.dispose()

    from sessions.services.demo import DEMO_ORGANISER, DEMO_PASSWORD

    created = asyncio.run(run())
    print("demo loaded: " + (", ".join(created) if created else "already present, nothing to do"))
    print(f"demo organiser login: {DEMO_ORGANISER}  password: {DEMO_PASSWORD}")
    return 0


def cmd_create_organiser(settings: Settings, args: argparse.Namespace) -> int:
    from sessions.domain.errors import InvalidInput
    from sessions.services.accounts import AccountService

    _prepare(settings)

    async def run() -> str:
        engine, ctx = _context(settings)
        try:
            async with ctx.unit_of_work() as uow:
                accounts = AccountService(ctx, uow)
                if args.password is not None:
                    await accounts.set_password(args.email, args.password)
                _, token = await accounts.token_for(args.email)
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


def cmd_set_password(settings: Settings, args: argparse.Namespace) -> int:
    """Set an account's password (creating the account if new), for logging in to the web app."""
    from sessions.domain.errors import InvalidInput
    from sessions.services.accounts import AccountService

    password = args.password
    if password is None:
        if sys.stdin.isatty():
            import getpass

            password = getpass.getpass(f"New password for {args.email}: ")
        else:
            password = sys.stdin.readline().rstrip("\n")
    _prepare(settings)

    async def run() -> None:
        engine, ctx = _context(settings)
        try:
            async with ctx.unit_of_work() as uow:
                await AccountService(ctx, uow).set_password(args.email, password)
        finally:
            await engine.dispose()

    try:
        asyncio.run(run())
    except InvalidInput as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error.field}: {error.message}", file=sys.stderr)
        return 2
    print(f"password set for {args.email}")
    return 0


def cmd_send_mail(settings: Settings, args: argparse.Namespace) -> int:
    """Send the outbox's due mail once (the app's background sender does this continuously)."""
    from sessions.services.mail import Mailer, send_due

    if not settings.smtp_url:
        print("error: SMTP_URL is not set", file=sys.stderr)
        return 2
    _prepare(settings)

    async def run():
        engine, ctx = _context(settings)
        try:
            return await send_due(ctx, Mailer.from_url(settings.smtp_url), limit=args.limit)
        finally:
            await engine.dispose()

    result = asyncio.run(run())
    print(f"sent {result.sent}, failed {result.failed}, left for later {result.deferred}")
    return 0 if result.failed == 0 else 1


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    """SQLite's online backup: consistent while the app serves and writes."""
    from pathlib import Path

    from sessions.persistence.backup import BackupError, backup

    try:
        size = backup(settings.database_url, Path(args.file), force=args.force)
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"backed up to {args.file} ({size} bytes)")
    return 0


def cmd_restore(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    from sessions.persistence.backup import BackupError, restore

    try:
        restore(Path(args.file), settings.database_url, force=args.force)
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _prepare(settings)  # a backup of an older release is brought to this release's schema
    print(f"restored {args.file} into {settings.database_url}")
    return 0


def cmd_outbox(settings: Settings, args: argparse.Namespace) -> int:
    """What the outbox holds per event: pending, sent, failed, the last error; --retry."""
    from sessions.services.operations import outbox_summaries

    _prepare(settings)

    async def run():
        engine, ctx = _context(settings)
        try:
            async with ctx.unit_of_work() as uow:
                retried = 0
                if args.retry:
                    event_id = None
                    if args.event:
                        found = await uow.events.get(args.event)
                        event_id = found.id if found is not None else None
                    if not args.event or event_id is not None:
                        retried = await uow.outbox.retry_failed(event_id, ctx.clock())
                return retried, await outbox_summaries(uow, args.event)
        finally:
            await engine.dispose()

    retried, summaries = asyncio.run(run())
    if args.event and not summaries:
        print(f"error: no event {args.event!r}", file=sys.stderr)
        return 2
    if args.retry:
        print(f"retrying {retried} failed message(s) now")
    if args.json:
        import msgspec

        print(msgspec.json.encode(summaries).decode())
        return 0
    print(f"{'event':<24} {'channel':<8} {'pending':>7} {'sent':>6} {'failed':>6}  oldest pending")
    for s in summaries or []:
        oldest = s.oldest_pending_at.isoformat() if s.oldest_pending_at else "-"
        print(
            f"{s.event_slug or '(no event)':<24} {'mail':<8} {s.pending:>7} {s.sent:>6} "
            f"{s.failed:>6}  {oldest}"
        )
        if s.last_error:
            print(f"  last error: {s.last_error}")
    if not summaries:
        print("(the outbox is empty)")
    return 0


def cmd_purge(settings: Settings, args: argparse.Namespace) -> int:
    """Delete what retention no longer allows: registrations (and their sent mail) of events
    that ended more than SESSIONS_RETENTION_DAYS ago."""
    from sessions.services.retention import purge

    _prepare(settings)
    days = args.days if args.days is not None else settings.retention_days

    async def run():
        engine, ctx = _context(settings)
        try:
            async with ctx.unit_of_work() as uow:
                return await purge(uow, ctx.clock(), days)
        finally:
            await engine.dispose()

    report = asyncio.run(run())
    print(
        f"deleted {report.registrations} registration(s) and {report.mail} sent mail "
        f"(events ended over {days} days ago: {', '.join(report.events) or 'none'})"
    )
    return 0


def cmd_export_personal_data(settings: Settings, args: argparse.Namespace) -> int:
    import msgspec

    from sessions.services.retention import personal_data

    _prepare(settings)

    async def run():
        engine, ctx = _context(settings)
        try:
            async with ctx.unit_of_work() as uow:
                return await personal_data(uow, args.email)
        finally:
            await engine.dispose()

    data = asyncio.run(run())
    print(msgspec.json.format(msgspec.json.encode(data), indent=2).decode())
    return 0


MAX_IMPORT_BYTES = 64 * 1024 * 1024
IMPORT_TIMEOUT = 30  # seconds, for a schedule fetched from a URL


def _read_source(source: str) -> bytes:
    """The schedule's bytes from a file, or from an http(s) URL (with a timeout and a size cap)."""
    from urllib.parse import urlsplit

    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        import urllib.request

        request = urllib.request.Request(
            source,
            headers={
                "Accept": "application/json, application/xml;q=0.9, text/xml;q=0.8",
                "User-Agent": "sessions-import",
            },
        )
        # Only http(s), redirects included: no file://, ftp:// or data: behind a redirect.
        opener = urllib.request.OpenerDirector()
        for handler in (
            urllib.request.ProxyHandler(),
            urllib.request.UnknownHandler(),
            urllib.request.HTTPHandler(),
            urllib.request.HTTPSHandler(),
            urllib.request.HTTPDefaultErrorHandler(),
            urllib.request.HTTPRedirectHandler(),
            urllib.request.HTTPErrorProcessor(),
        ):
            opener.add_handler(handler)
        with opener.open(request, timeout=IMPORT_TIMEOUT) as response:
            data = response.read(MAX_IMPORT_BYTES + 1)
    elif "://" in source:
        raise ValueError(f"only http:// and https:// URLs (or a file) can be imported: {source}")
    else:
        with open(source, "rb") as handle:
            data = handle.read(MAX_IMPORT_BYTES + 1)
    if len(data) > MAX_IMPORT_BYTES:
        raise ValueError(f"{source} is larger than {MAX_IMPORT_BYTES // (1024 * 1024)} MiB")
    return data


def cmd_import(settings: Settings, args: argparse.Namespace) -> int:
    """Import as the event's owner: whoever can run this command owns the database anyway."""
    from sessions.domain.errors import DomainError
    from sessions.services.imports import ImportReport, ImportService

    try:
        data = _read_source(args.source)
    except (OSError, ValueError) as exc:
        print(f"error: cannot read {args.source}: {exc}", file=sys.stderr)
        return 2
    _prepare(settings)

    async def run() -> ImportReport:
        engine, ctx = _context(settings)
        try:
            async with ctx.unit_of_work() as uow:
                service = ImportService(ctx, uow)
                owner = await service.owner(args.event)
                return await service.import_schedule(args.event, data, owner)
        finally:
            await engine.dispose()

    try:
        report = asyncio.run(run())
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        for error in exc.errors:
            print(f"  {error.field}: {error.message}", file=sys.stderr)
        return 2
    if args.json:
        import msgspec

        from sessions.http.present import report_out

        print(msgspec.json.encode(report_out(report)).decode())  # the API's report
    else:
        print(
            f"imported {args.source} into {report.event} (frab {report.format.upper()}"
            f"{f', from {report.generator}' if report.generator else ''}): "
            f"{report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged, {report.refused_talks} refused"
        )
        for item in report.items:
            if item.outcome != "unchanged":
                changes = f" ({', '.join(item.changes)})" if item.changes else ""
                print(f"  {item.outcome:<9} {item.guid}  {item.title}{changes}")
        for refusal in report.refused:
            print(
                f"  refused   {refusal.guid}  {refusal.title}: {refusal.field}: {refusal.message}"
            )
        for note in report.notes:
            print(f"  note: {note}")
    return 1 if report.refused else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sessions", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, then serve the app")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--no-migrate",
        dest="migrate",
        action="store_false",
        help="do not migrate first (replicas: run `sessions migrate` once per release)",
    )
    serve.set_defaults(run=cmd_serve)
    migrate = sub.add_parser("migrate", help="bring the database to the newest schema")
    migrate.add_argument("--sql", action="store_true", help="print the SQL instead of running it")
    migrate.set_defaults(run=cmd_migrate)
    demo = sub.add_parser("demo", help="load the published demo (idempotent)")
    demo.set_defaults(run=cmd_demo)
    organiser = sub.add_parser("create-organiser", help="print a new API token for EMAIL")
    organiser.add_argument("email")
    organiser.add_argument(
        "--password", help="also set the account's password (for logging in to the web app)"
    )
    organiser.set_defaults(run=cmd_create_organiser)
    password = sub.add_parser(
        "set-password",
        help="set an account's password (asked for, or read from stdin, unless --password)",
    )
    password.add_argument("email")
    password.add_argument("--password")
    password.set_defaults(run=cmd_set_password)
    mail = sub.add_parser("send-mail", help="send the outbox's due invites once (needs SMTP_URL)")
    mail.add_argument("--limit", type=int, default=1000, help="at most this many messages")
    mail.set_defaults(run=cmd_send_mail)
    importer = sub.add_parser(
        "import",
        help="import a frab schedule (JSON or XML, e.g. a pretalx export) into an event",
        description=(
            "Creates or updates the event's sessions from a frab schedule.json/.xml, acting as "
            "the event's organiser. Idempotent by GUID. Exit status: 0 imported, 1 imported "
            "but some talks were refused, 2 nothing imported (unreadable file, no such event)."
        ),
    )
    importer.add_argument("source", metavar="FILE|URL", help="a file, or an http(s) URL")
    importer.add_argument("--event", required=True, metavar="SLUG", help="the event to import into")
    importer.add_argument("--json", action="store_true", help="print the report as JSON")
    importer.set_defaults(run=cmd_import)
    backup = sub.add_parser(
        "backup",
        help="copy the SQLite database to FILE, consistently, while the app serves",
        description="SQLite only; for PostgreSQL use pg_dump (see the README, Operations).",
    )
    backup.add_argument("file", metavar="FILE")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    backup.set_defaults(run=cmd_backup)
    restore = sub.add_parser(
        "restore",
        help="replace the SQLite database with a backup, then migrate it (stop the app first)",
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--force", action="store_true", help="even if the database already holds data"
    )
    restore.set_defaults(run=cmd_restore)
    outbox = sub.add_parser(
        "outbox", help="pending, sent and failed invites per event, with the last error"
    )
    outbox.add_argument("--event", metavar="SLUG", help="one event only")
    outbox.add_argument("--retry", action="store_true", help="retry failed messages now")
    outbox.add_argument("--json", action="store_true", help="print the counts as JSON")
    outbox.set_defaults(run=cmd_outbox)
    purge = sub.add_parser(
        "purge",
        help="delete registrations (and their sent mail) of events that ended long enough ago",
    )
    purge.add_argument(
        "--days", type=int, help="days kept after an event ends (default SESSIONS_RETENTION_DAYS)"
    )
    purge.set_defaults(run=cmd_purge)
    export = sub.add_parser(
        "export-personal-data", help="print everything held about EMAIL as JSON"
    )
    export.add_argument("email", metavar="EMAIL")
    export.set_defaults(run=cmd_export_personal_data)
    return parser


def main(argv: list[str] | None = None) -> int:
    from sessions.http.logging import configure_logging

    settings = Settings.from_env()
    configure_logging(settings.log_format)
    args = build_parser().parse_args(argv)
    return args.run(settings, args)


if __name__ == "__main__":
    sys.exit(main())
