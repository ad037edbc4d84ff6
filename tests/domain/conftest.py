"""Fixtures for the domain tests (builders and oracles live in domain_helpers.py)."""

from __future__ import annotations

import pytest
from domain_helpers import make_event, reference_session

from sessions.domain.model import Event, Session


@pytest.fixture
def igf() -> Event:
    """The IGF 2024 event in Riyadh, 15-19 December 2024."""
    return make_event()


@pytest.fixture
def tccm() -> Session:
    """The reference TCCM session with its four-segment plan."""
    return reference_session()
