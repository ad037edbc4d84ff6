"""A bounded schemathesis run against the real server and its own `/schema/openapi.json`.

The production server (`sessions serve`) runs as a subprocess on an SQLite file
holding the demo, and every operation of the published schema is exercised
with valid and invalid requests, once anonymously and once as an organiser:
no 5xx, and every response's status, media type and body as documented.

Path parameters are drawn partly at random and partly from a dictionary of
real values (the demo's `igf-2024` and an event the fuzzing organiser owns,
its session and its tracks) so that the run gets past "404: no such event".
A fuzzed DELETE may remove the organiser's event or session; before each call
it is recreated if missing, and the placeholder session id is replaced with the
current real one.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

SESSIONS_CLI = Path(sys.executable).with_name("sessions")
# Per operation and viewer (about 25 operations, twice): under a minute in all.
# SESSIONS_FUZZ_EXAMPLES=500 makes a deeper run.
MAX_EXAMPLES = int(os.environ.get("SESSIONS_FUZZ_EXAMPLES", "25"))
# Fixed, so that CI runs are reproducible; SESSIONS_FUZZ_SEED=<n> explores other examples.
SEED = int(os.environ.get("SESSIONS_FUZZ_SEED", "20241218"))

OWN_EVENT = "fuzz-own"
DEMO_EVENT = "igf-2024"
# Stands for the fuzzing organiser's session, whatever its id is at the time of the call.
OWN_SESSION_PLACEHOLDER = "00000000-0000-4000-8000-00000000f022"

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    # Invalid input (by the schema) must be refused with a 4xx, never accepted.
    negative_data_rejection,
]


@dataclass
class Server:
    base_url: str
    token: str
    process: subprocess.Popen[bytes]
    log: Path
    own_session: str = ""
    # A fuzzed DELETE may have removed the organiser's event or its session.
    dirty: bool = True
    # (operation, status) -> how many answers: to show the run got past 404s.
    stats: Counter[tuple[str, int]] = field(default_factory=Counter)

    def request(
        self, method: str, path: str, body: object = None, *, auth: bool = True
    ) -> tuple[int, dict]:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base_url + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        if auth:
            request.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                raw = response.read()
                return response.status, json.loads(raw) if raw else {}
        except urllib.error.HTTPError as exc:
            return exc.code, json.loads(exc.read() or b"{}")

    def ensure_own_event(self) -> None:
        """The organiser's published event with one session, recreated if a fuzzed DELETE ate it."""
        if not self.dirty:
            return
        status, _ = self.request("GET", f"/api/v1/events/{OWN_EVENT}")
        if status == 404:
            status, body = self.request(
                "POST",
                "/api/v1/events",
                {
                    "slug": OWN_EVENT,
                    "title": "Fuzzing event",
                    "timezone": "America/New_York",
                    "start_date": "2025-03-08",
                    "end_date": "2025-03-10",
                    "venue": "Seattle",
                },
            )
            assert status == 201, body
            self.own_session = ""
        sessions = self.request("GET", f"/api/v1/events/{OWN_EVENT}/sessions")[1].get("items", [])
        self.dirty = False
        if any(s["id"] == self.own_session for s in sessions):
            return
        if sessions:
            self.own_session = sessions[0]["id"]
            return
        status, body = self.request(
            "POST",
            f"/api/v1/events/{OWN_EVENT}/sessions",
            # Across the US clock change: 01:30 on the 9th is followed by 03:30.
            {"title": "Across the gap", "start": "2025-03-09T01:00", "end": "2025-03-09T04:00"},
        )
        assert status == 201, body
        self.own_session = body["id"]
        self.request("POST", f"/api/v1/events/{OWN_EVENT}/publish")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _cli(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [str(SESSIONS_CLI), *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    folder = tmp_path_factory.mktemp("fuzz")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'fuzz.db'}",
        "SESSIONS_DATA_DIR": str(folder),
        "REDIS_URL": "",
    }
    _cli("demo", env=env)
    token = _cli("create-organiser", "fuzz@example.org", env=env).strip().splitlines()[-1]
    port = _free_port()
    log = folder / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(SESSIONS_CLI), "serve", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    running = Server(f"http://127.0.0.1:{port}", token, process, log)
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"the server exited:\n{log.read_text()}"
            try:
                if running.request("GET", "/health", auth=False)[0] == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"the server did not start:\n{log.read_text()}"
            time.sleep(0.1)
        running.ensure_own_event()
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    # Whatever happened, the server must not have logged an unhandled error.
    text = log.read_text()
    assert "Traceback" not in text, text[-5000:]


@pytest.fixture(scope="module")
def api_schema(server: Server) -> schemathesis.BaseSchema:
    tracks = ["in-person", "online"]
    config = SchemathesisConfig.from_dict(
        {
            "seed": SEED,
            "generation": {"mode": "all", "max-examples": MAX_EXAMPLES, "database": "none"},
            # A body over the size cap is refused unread (413): a refusal like any other 4xx.
            "checks": {
                "negative_data_rejection": {
                    "expected-statuses": [
                        "400",
                        "401",
                        "403",
                        "404",
                        "405",
                        "406",
                        "409",
                        "413",
                        "415",
                        "422",
                        "428",
                        "429",
                        "5XX",
                    ]
                }
            },
            "dictionaries": {
                "events": {"values": [DEMO_EVENT, OWN_EVENT]},
                "sessions": {"values": [OWN_SESSION_PLACEHOLDER]},
                "tracks": {"values": tracks},
                "any-version": {"values": ["*"]},
                # The calendar paths' last segment: `{event}.ics`, `{track}.ics`, `{session}.ics`.
                "calendars": {
                    "values": [f"{name}.ics" for name in [DEMO_EVENT, OWN_EVENT, *tracks]]
                    + [f"{OWN_SESSION_PLACEHOLDER}.ics"]
                },
            },
            "parameters": {
                "path.event": {"dictionary": "events", "probability": 0.8},
                "path.session": {"dictionary": "sessions", "probability": 0.8},
                "path.track": {"dictionary": "tracks", "probability": 0.8},
                "path.name": {"dictionary": "calendars", "probability": 0.8},
                "query.track": {"dictionary": "tracks", "probability": 0.5},
                # Half the writes name any version, so that some get past 412.
                "header.If-Match": {"dictionary": "any-version", "probability": 0.5},
            },
        }
    )
    return schemathesis.openapi.from_url(f"{server.base_url}/schema/openapi.json", config=config)


def _operations() -> list[str]:
    """The operations, for naming the tests: from the app's schema, built in-process (no I/O)."""
    from sessions.config import Settings
    from sessions.http.app import create_app

    app = create_app(Settings(database_url="sqlite+aiosqlite:///:memory:", migrate_on_start=False))
    paths = app.openapi_schema.to_schema()["paths"]
    return [f"{method.upper()} {path}" for path, ops in paths.items() for method in ops]


# A successful server-sent event stream never ends, so a request/response fuzzer can only
# wait for its own timeout on every valid example (minutes per operation). These two are
# covered instead by tests/live: streams, catch-up, 404s and the 422 for a bad Last-Event-ID.
STREAMS = {
    "GET /api/v1/events/{event}/live",
    "GET /api/v1/events/{event}/tracks/{track}/live",
}
OPERATIONS = [label for label in _operations() if label not in STREAMS]
VIEWERS = ["anonymous", "organiser"]


def _resolve(case: schemathesis.Case, server: Server) -> None:
    params = case.path_parameters or {}
    if params.get("session") == OWN_SESSION_PLACEHOLDER:
        params["session"] = server.own_session
    if params.get("name") == f"{OWN_SESSION_PLACEHOLDER}.ics":
        params["name"] = f"{server.own_session}.ics"


def test_every_served_operation_is_fuzzed(api_schema: schemathesis.BaseSchema) -> None:
    served = {op.ok().label for op in api_schema.get_all_operations()}
    assert served == set(OPERATIONS) | STREAMS


# schemathesis's own pytest integration for lazily loaded schemas
# (`schemathesis.pytest.from_fixture`) does not run under pytest 9.2 (it sets
# `Function._nodeid`, which pytest no longer has), so each operation's cases are
# drawn from its schemathesis strategy with Hypothesis directly.
@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize("label", OPERATIONS)
def test_operation_answers_as_documented(
    label: str, viewer: str, api_schema: schemathesis.BaseSchema, server: Server
) -> None:
    method, path = label.split(" ", 1)
    operation = api_schema[path][method]
    headers = {"Authorization": f"Bearer {server.token}"} if viewer == "organiser" else {}
    cases = st.one_of(
        operation.as_strategy(generation_mode=GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=GenerationMode.NEGATIVE),
    )

    @seed(SEED)
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        # The server is a real process on a real database: slow examples are expected.
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(case=cases)
    def run(case: schemathesis.Case) -> None:
        server.ensure_own_event()
        _resolve(case, server)
        response = case.call_and_validate(base_url=server.base_url, headers=headers, checks=CHECKS)
        server.stats[label, response.status_code] += 1
        if case.method == "DELETE" and response.status_code < 300:
            server.dirty = True

    run()


def test_the_run_reached_past_not_found(server: Server) -> None:
    """Not only 404s and 422s: real resources were read, rendered, changed and deleted."""
    if not server.stats:
        # Run alone (e.g. with -k), nothing was fuzzed, so there is nothing to judge; in a
        # whole run the fuzzing tests above always come first and fill the statistics.
        pytest.skip("only meaningful after the fuzzing tests above")
    succeeded = {label for (label, status), _ in server.stats.items() if status < 300}
    seen = "\n".join(f"{k}: {v}" for k, v in sorted(server.stats.items()))
    for label in [
        "GET /api/v1/events/{event}",
        "GET /api/v1/events/{event}/agenda",
        "GET /events/{event}/schedule.json",
    ]:
        assert label in succeeded, seen
    assert any(label.endswith("{name}") for label in succeeded), seen  # some .ics
    assert any(label.split()[0] in {"PATCH", "PUT", "POST"} for label in succeeded), seen
    assert any(label.startswith("DELETE") for label in succeeded), seen
