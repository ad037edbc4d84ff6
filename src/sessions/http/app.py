"""The application factory."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from litestar import Litestar, Request, Response, get
from litestar.datastructures import State
from litestar.di import NamedDependency, Provide
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import SwaggerRenderPlugin
from litestar.static_files import create_static_files_router

from sessions import __version__
from sessions.config import Settings
from sessions.domain.errors import FieldError
from sessions.domain.links import LOCAL_BASE_URL, PublicLinks
from sessions.http.auth import provide_viewer
from sessions.http.controllers.agenda import AgendaController
from sessions.http.controllers.audience import AudienceController
from sessions.http.controllers.auth import AuthController
from sessions.http.controllers.calendars import CalendarController
from sessions.http.controllers.events import EventController
from sessions.http.controllers.imports import ImportController
from sessions.http.controllers.live import LiveController
from sessions.http.controllers.members import MemberController
from sessions.http.controllers.outbox import OutboxController
from sessions.http.controllers.registrations import RegistrationController
from sessions.http.controllers.sessions import SessionController
from sessions.http.controllers.tracks import TrackController
from sessions.http.controllers.web import WebController
from sessions.http.controllers.zones import ZoneController
from sessions.http.head import answer_head
from sessions.http.live import FollowOtherProcesses, channels_plugin
from sessions.http.logging import configure_logging, with_request_log
from sessions.http.problems import EXCEPTION_HANDLERS, HEALTH, problem
from sessions.http.security import LoginSessions, RateLimiter, security_headers
from sessions.persistence.database import create_engine
from sessions.persistence.migrate import upgrade_async
from sessions.persistence.pool import observe_pool, pool_capacity
from sessions.persistence.unit_of_work import Database, UnitOfWork
from sessions.services.accounts import AccountService
from sessions.services.agenda import AgendaService
from sessions.services.audience import AudienceService
from sessions.services.calendars import CalendarService
from sessions.services.context import MailSettings, ServiceContext
from sessions.services.directory import EventDirectory
from sessions.services.events import EventService
from sessions.services.imports import ImportService
from sessions.services.live import LiveService
from sessions.services.maintenance import recompute_instants
from sessions.services.members import MemberService
from sessions.services.operations import OutboxService
from sessions.services.registrations import RegistrationService
from sessions.services.sessions import SessionService
from sessions.services.telemetry import ObservedCache, Telemetry
from sessions.services.tracks import TrackService

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024


@get(
    ["/health", "/health/ready"],
    tags=["operations"],
    summary="Readiness: can the app reach its database (and Redis, when configured)?",
    responses=HEALTH,
)
async def health(request: Request, state: State) -> Response[dict[str, str]]:
    ctx: ServiceContext = state.ctx
    await ctx.database.ping()  # a database outage answers 503 here
    report = {"status": "ok", "database": "ok"}
    redis = getattr(state, "redis", None)
    if redis is not None:
        try:
            await asyncio.wait_for(redis.ping(), 2)
            report["redis"] = "ok"
        except Exception:  # any failure to answer is "down" for an orchestrator
            return problem(
                request,
                503,
                "Redis is unavailable: live updates cannot cross processes.",
                [FieldError("redis", "down")],
                headers={"Retry-After": "5"},
            )
    return Response(report)


@get("/health/live", tags=["operations"], summary="Liveness: the process answers (no I/O)")
async def alive() -> dict[str, str]:
    return {"status": "ok"}


async def provide_unit_of_work(state: State) -> AsyncIterator[UnitOfWork]:
    """One unit of work per request: committed after the handler (before the response is
    sent, so a failed commit is still this request's error), rolled back if anything raised."""
    async with state.ctx.unit_of_work() as uow:
        yield uow


def _site(settings: Settings):
    def provide(request: Request) -> PublicLinks:
        """The links this request's answer carries: the public URL when one is set, else the
        origin the client used (so an app on any port links to itself)."""
        if settings.public_url:
            return PublicLinks(settings.public_url)
        return PublicLinks(f"{request.url.scheme}://{request.url.netloc}")

    return provide


def _service(cls):
    def provide(state: State, uow: NamedDependency[UnitOfWork], site: NamedDependency[PublicLinks]):
        service = cls(state.ctx, uow)
        service.links = site
        return service

    return Provide(provide, sync_to_thread=False)


def _calendars(settings: Settings):
    def provide(
        state: State, uow: NamedDependency[UnitOfWork], site: NamedDependency[PublicLinks]
    ) -> CalendarService:
        return CalendarService(
            state.ctx,
            uow,
            host=settings.host,
            base_url=site.base_url,
            organiser_email=settings.organiser_email,
            organiser_name=settings.organiser_name,
        )

    return provide


def _floor_files() -> list:
    """Static files for the benchmark's floor (the same bytes, served by this same server)."""
    directory = os.environ.get("SESSIONS_BENCH_STATIC_DIR")
    if not directory:
        return []
    return [
        create_static_files_router(path="/_floor", directories=[directory], include_in_schema=False)
    ]


def _mail_settings(settings: Settings) -> MailSettings | None:
    """Invites by email are on when SMTP_URL is set."""
    if not settings.smtp_url:
        return None
    return MailSettings(
        sender=settings.mail_from or settings.organiser_email,
        organiser_email=settings.organiser_email,
        organiser_name=settings.organiser_name,
        host=settings.host,
        base_url=settings.public_url or LOCAL_BASE_URL,
    )


def _start_sender(settings: Settings, ctx: ServiceContext) -> asyncio.Task | None:
    """The outbox's background sender (one per app process; they never share a message)."""
    if not settings.smtp_url:
        return None
    from sessions.services.mail import Mailer, run_sender

    mailer = Mailer.from_url(settings.smtp_url)
    return asyncio.create_task(run_sender(ctx, mailer, settings.mail_poll_interval))


def _store(settings: Settings, namespace: str):
    """Sessions and rate limits: shared through Redis when REDIS_URL is set, else in memory."""
    if settings.redis_url:
        from litestar.stores.redis import RedisStore

        return RedisStore.with_client(url=settings.redis_url, namespace=f"sessions:{namespace}")
    from litestar.stores.memory import MemoryStore

    return MemoryStore()


def _telemetry(settings: Settings) -> Telemetry:
    if not settings.metrics:
        return Telemetry()
    from sessions.http.metrics import telemetry

    return telemetry()


def _operations(settings: Settings) -> tuple[list, list]:
    """/metrics and its middleware, when SESSIONS_METRICS=1."""
    if not settings.metrics:
        return [], []
    from sessions.http.metrics import MetricsController, prometheus_config

    return [MetricsController], [prometheus_config().middleware]


def _start_retention(settings: Settings, ctx: ServiceContext) -> asyncio.Task | None:
    """`sessions serve` deletes expired registrations at start and then periodically."""
    if not settings.retention_sweep:
        return None
    from sessions.services.retention import run_retention

    return asyncio.create_task(
        run_retention(ctx, settings.retention_days, settings.retention_interval)
    )


def create_app(settings: Settings | None = None) -> Litestar:
    settings = settings or Settings.from_env()
    configure_logging(settings.log_format)
    metrics_handlers, metrics_middleware = _operations(settings)
    telemetry = _telemetry(settings)
    state = State(
        {
            "logins": LoginSessions(_store(settings, "logins")),
            "limiter": RateLimiter(_store(settings, "limits")),
        }
    )

    @asynccontextmanager
    async def lifespan(app: Litestar) -> AsyncIterator[None]:
        if settings.is_sqlite:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        if settings.migrate_on_start:
            await upgrade_async(settings.database_url)
        engine = create_engine(settings.database_url)
        ctx = ServiceContext(
            Database.from_engine(engine),
            directory=EventDirectory(settings.read_cache_ttl),
            mail=_mail_settings(settings),
            base_url=settings.public_url or LOCAL_BASE_URL,
            telemetry=telemetry,
        )
        if settings.metrics:
            ctx.outputs = ObservedCache(ctx.outputs, telemetry)
            observe_pool(engine, telemetry.pool_changed)  # type: ignore[attr-defined]
            telemetry.pool_max.inc(pool_capacity(engine))  # type: ignore[attr-defined]
        app.state.ctx = ctx
        if settings.redis_url:
            from redis.asyncio import Redis  # only when Redis is configured

            app.state.redis = Redis.from_url(settings.redis_url, socket_timeout=2)
        try:
            await recompute_instants(ctx)
        except Exception:  # the app must still start; /health will tell
            log.exception("could not check derived instants against tzdata")
        sender = _start_sender(settings, ctx)
        retention = _start_retention(settings, ctx)
        try:
            yield
        finally:
            for task in (sender, retention):
                if task is not None:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
            if settings.metrics:
                telemetry.pool_max.dec(pool_capacity(engine))  # type: ignore[attr-defined]
            await engine.dispose()

    app = Litestar(
        route_handlers=[
            EventController,
            TrackController,
            SessionController,
            AgendaController,
            CalendarController,
            LiveController,
            ImportController,
            AuthController,
            MemberController,
            RegistrationController,
            OutboxController,
            AudienceController,
            ZoneController,
            *metrics_handlers,
            health,
            alive,
            WebController,
            *_floor_files(),
        ],
        dependencies={
            "settings": Provide(lambda: settings, sync_to_thread=False, use_cache=True),
            "site": Provide(_site(settings), sync_to_thread=False),
            "uow": Provide(provide_unit_of_work),
            "events": _service(EventService),
            "tracks": _service(TrackService),
            "sessions": _service(SessionService),
            "agendas": _service(AgendaService),
            "live": _service(LiveService),
            "accounts": _service(AccountService),
            "members": _service(MemberService),
            "registrations": _service(RegistrationService),
            "imports": _service(ImportService),
            "outbox": _service(OutboxService),
            "audiences": _service(AudienceService),
            "calendars": Provide(_calendars(settings), sync_to_thread=False),
            "viewer": Provide(provide_viewer),
        },
        exception_handlers=EXCEPTION_HANDLERS,  # type: ignore[arg-type]
        lifespan=[lifespan],
        state=state,
        before_send=[security_headers(hsts=(settings.public_url or "").startswith("https://"))],
        plugins=[channels_plugin(settings), FollowOtherProcesses()],
        middleware=metrics_middleware,
        logging_config=None,  # ours (http/logging.py): redacted lines with request ids
        request_max_body_size=MAX_BODY,
        openapi_config=OpenAPIConfig(
            title="sessions",
            version=__version__,
            description=(
                "Hybrid-meeting agendas in every time zone. Errors are "
                "application/problem+json (RFC 9457) with a per-field `errors` list."
            ),
            path="/schema",
            render_plugins=[SwaggerRenderPlugin()],
        ),
        debug=False,
    )
    # Around the router, so that a HEAD finds the GET route (see http/head.py).
    # Outermost, the request id and log line: unrouted requests (404, 405) get them too.
    app.asgi_handler = with_request_log(answer_head(app.asgi_handler))
    return app
