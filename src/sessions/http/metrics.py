"""`/metrics` in the Prometheus format, through Litestar's own Prometheus plugin.

Off unless SESSIONS_METRICS=1. Safe across processes: `sessions serve` points
PROMETHEUS_MULTIPROC_DIR at a fresh folder before uvicorn starts its workers, so
every worker writes its samples there and a scrape of any worker adds them all up
(prometheus_client's multiprocess mode). Outbox depth and age are read from the
database at scrape time, so every replica reports the same, true figure.

Series (all prefixed `sessions_`):
- requests_total, request_duration_seconds, requests_in_progress, requests_error_total:
  per route template (`path` is `/events/{event}.ics`, never a URL), method and status
- live_streams_open, live_messages_fanned_out_total
- cache_reads_total{output, result=hit|miss}
- outbox_pending, outbox_failed, outbox_oldest_pending_age_seconds{channel}
- outbox_deliveries_total{channel, outcome=sent|deferred|failed}
- db_pool_connections_in_use, db_pool_connections_max, database_up
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from typing import Any

from litestar import Request, Response, get
from litestar.datastructures import State
from litestar.plugins.prometheus import PrometheusConfig, PrometheusController

from sessions.config import Settings
from sessions.services.telemetry import Telemetry

log = logging.getLogger(__name__)

PREFIX = "sessions"
PATH = "/metrics"
MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"


class PrometheusTelemetry(Telemetry):
    """The services' telemetry as prometheus_client series (one set per process)."""

    def __init__(self) -> None:
        from prometheus_client import Counter, Gauge

        self.cache_reads = Counter(
            f"{PREFIX}_cache_reads_total",
            "Reads of rendered outputs from the per-process cache",
            ["output", "result"],
        )
        self.deliveries = Counter(
            f"{PREFIX}_outbox_deliveries_total",
            "Outbox delivery attempts by outcome (deferred: failed, will be retried)",
            ["channel", "outcome"],
        )
        self.streams = Gauge(
            f"{PREFIX}_live_streams_open",
            "Live streams (server-sent events) open now",
            multiprocess_mode="livesum",
        )
        self.fanned = Counter(
            f"{PREFIX}_live_messages_fanned_out_total",
            "Live messages written to listeners' streams",
        )
        self.pool_in_use = Gauge(
            f"{PREFIX}_db_pool_connections_in_use",
            "Database connections checked out of the pools now",
            multiprocess_mode="livesum",
        )
        self.pool_max = Gauge(
            f"{PREFIX}_db_pool_connections_max",
            "The most connections the pools may open (size plus overflow)",
            multiprocess_mode="livesum",
        )

    def cache(self, output: str, hit: bool) -> None:
        self.cache_reads.labels(output, "hit" if hit else "miss").inc()

    def delivery(self, channel: str, outcome: str) -> None:
        self.deliveries.labels(channel, outcome).inc()

    def stream_opened(self) -> None:
        self.streams.inc()

    def stream_closed(self) -> None:
        self.streams.dec()

    def fanned_out(self, count: int = 1) -> None:
        self.fanned.inc(count)

    def pool_changed(self, delta: int) -> None:
        self.pool_in_use.inc(delta)


_telemetry: PrometheusTelemetry | None = None


def telemetry() -> PrometheusTelemetry:
    """The process's one set of series (prometheus_client refuses to register a name twice)."""
    global _telemetry
    if _telemetry is None:
        _telemetry = PrometheusTelemetry()
    return _telemetry


def prometheus_config() -> PrometheusConfig:
    return PrometheusConfig(
        app_name="sessions",
        prefix=PREFIX,
        group_path=True,  # the route template, not the URL: tokens and ids stay out
        exclude=[f"^{PATH}$"],
    )


def _outbox_series(pending: int | None, failed: int | None, age: float | None, up: bool):
    from prometheus_client.core import GaugeMetricFamily

    class Outbox:
        def collect(self):
            yield GaugeMetricFamily(
                f"{PREFIX}_database_up", "1 when the scrape could read the database", value=up
            )
            if not up:
                return
            for name, doc, value in (
                ("outbox_pending", "Outbox messages waiting to be delivered", pending),
                ("outbox_failed", "Outbox messages given up on (retry them)", failed),
                (
                    "outbox_oldest_pending_age_seconds",
                    "Age of the oldest message still waiting (0: none waits)",
                    age,
                ),
            ):
                family = GaugeMetricFamily(f"{PREFIX}_{name}", doc, labels=["channel"])
                family.add_metric(["mail"], float(value or 0))
                yield family

    return Outbox()


class MetricsController(PrometheusController):
    """Litestar's Prometheus endpoint, plus the outbox as the database has it right now."""

    path = PATH
    include_in_schema = False

    @get(include_in_schema=False, opt={"exclude_from_auth": True})
    async def get(self, request: Request, state: State) -> Response:  # type: ignore[override]
        from prometheus_client import (
            CONTENT_TYPE_LATEST,
            REGISTRY,
            CollectorRegistry,
            generate_latest,
            multiprocess,
        )

        registry: Any = REGISTRY
        if os.environ.get(MULTIPROC_ENV):
            registry = CollectorRegistry()
            multiprocess.MultiProcessCollector(registry)
        pending = failed = None
        age: float | None = None
        up = True
        try:
            pending, failed, oldest = await _outbox_now(state)
            now: datetime = state.ctx.clock()
            age = max((now - oldest).total_seconds(), 0.0) if oldest else 0.0
        except Exception as exc:  # an outage must not fail the scrape of everything else
            log.warning("metrics: outbox not read (%s)", exc.__class__.__name__)
            up = False
        scrape = CollectorRegistry()
        scrape.register(_outbox_series(pending, failed, age, up))
        body = generate_latest(registry) + generate_latest(scrape)
        return Response(body, headers={"Content-Type": CONTENT_TYPE_LATEST})


async def _outbox_now(state: State) -> tuple[int, int, datetime | None]:
    async with state.ctx.unit_of_work() as uow:
        return await uow.outbox.depth()


def metrics_enabled(settings: Settings) -> bool:
    return settings.metrics


__all__ = [
    "MetricsController",
    "PrometheusTelemetry",
    "metrics_enabled",
    "prometheus_config",
    "telemetry",
]
