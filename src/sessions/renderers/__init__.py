"""Renderers: agendas (pure domain values) to the bytes of iCalendar and frab formats.

They import only `sessions.domain` and libraries: no database, no HTTP, no clock.
"""

from __future__ import annotations

from sessions.renderers.base import Renderer, RenderOptions
from sessions.renderers.frab import FrabJsonRenderer, FrabXmlRenderer
from sessions.renderers.ical import ICalendarRenderer

RENDERERS: dict[str, type[Renderer]] = {
    cls.identifier: cls  # type: ignore[misc]
    for cls in (ICalendarRenderer, FrabJsonRenderer, FrabXmlRenderer)
}

__all__ = [
    "RENDERERS",
    "FrabJsonRenderer",
    "FrabXmlRenderer",
    "ICalendarRenderer",
    "RenderOptions",
    "Renderer",
]
