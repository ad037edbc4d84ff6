"""Names for what Litestar injects into handlers (by parameter name)."""

from __future__ import annotations

from litestar.di import NamedDependency

from sessions.config import Settings
from sessions.domain.links import PublicLinks
from sessions.services.access import Viewer
from sessions.services.accounts import AccountService
from sessions.services.agenda import AgendaService
from sessions.services.calendars import CalendarService
from sessions.services.events import EventService
from sessions.services.imports import ImportService
from sessions.services.live import LiveService
from sessions.services.members import MemberService
from sessions.services.registrations import RegistrationService
from sessions.services.sessions import SessionService
from sessions.services.tracks import TrackService

Events = NamedDependency[EventService]
Tracks = NamedDependency[TrackService]
Sessions = NamedDependency[SessionService]
Agendas = NamedDependency[AgendaService]
Calendars = NamedDependency[CalendarService]
Imports = NamedDependency[ImportService]
Accounts = NamedDependency[AccountService]
Members = NamedDependency[MemberService]
Registrations = NamedDependency[RegistrationService]
CurrentViewer = NamedDependency[Viewer]
AppSettings = NamedDependency[Settings]
Live = NamedDependency[LiveService]
# The site's links as this request reaches it (see app._site).
SiteLinks = NamedDependency[PublicLinks]
