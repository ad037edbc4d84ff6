"""People and access tests reuse the API suite's checked client (no stack traces, no 5xx)."""

from tests.api.conftest import client  # noqa: F401
