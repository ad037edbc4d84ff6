"""Registrations: register (anyone), manage by secret link (the attendee), list (organisers);
and the personal feed /feeds/{token}.ics."""

from __future__ import annotations

import csv
import io

from litestar import Controller, Request, Response, delete, get, patch, post
from litestar.datastructures import CacheControlHeader
from litestar.params import FromPath, JSONBody

from sessions.domain.clock import format_instant, in_zone
from sessions.domain.links import PublicLinks, webcal
from sessions.domain.zones import get_zone
from sessions.http.conditional import ICS_FILE, file_stem, serve
from sessions.http.deps import AppSettings, Calendars, CurrentViewer, Registrations, SiteLinks
from sessions.http.params import REGISTRATION, IfMatch, Limit, Offset, etag, expected_version
from sessions.http.problems import documented
from sessions.http.schemas.common import Page
from sessions.http.schemas.registrations import (
    JoinLinkOut,
    RegistrationIn,
    RegistrationOut,
    RegistrationPatch,
)
from sessions.http.security import Limit as RateLimit
from sessions.http.security import RateLimiter, client_address
from sessions.services import registrations as commands
from sessions.services.registrations import RegistrationDraft, RegistrationView

# Room for the largest valid body (every field at its limit, MAX_CHOSEN_SESSIONS ids of 39
# bytes each), and little more: an open write should not accept megabytes.
SMALL_BODY = 32 * 1024
# Attendees' names and emails: never kept by any cache.
NO_STORE = CacheControlHeader(no_store=True)
REGISTER = documented(400, 404, 413, 422, 429, 503)
MANAGE = documented(400, 404, 412, 413, 422, 503)
LIST = documented(400, 401, 403, 404, 422, 503)


def registration_out(
    view: RegistrationView, to: PublicLinks, *, manage_token: str | None = None
) -> RegistrationOut:
    feed = to.feed(view.feed_token) if view.feed_token else None
    return RegistrationOut(
        id=view.id,
        event=view.event,
        name=view.name,
        email=view.email,
        track=view.track,
        timezone=view.timezone,
        sessions=list(view.sessions),
        created_at=format_instant(view.created_at),
        version=view.version,
        language=view.language,  # type: ignore[arg-type]  # checked by the service
        feed_active=view.feed_active,
        feed_url=feed,
        webcal_url=webcal(feed) if feed else None,
        manage_url=to.manage(manage_token) if manage_token else None,
        manage_api_url=to.api_registration(manage_token) if manage_token else None,
    )


def _patch(data: RegistrationPatch) -> commands.RegistrationPatch:
    return commands.RegistrationPatch(
        name=data.name,
        track=data.track,
        timezone=data.timezone,
        sessions=data.sessions,
        language=data.language,
    )


def _csv_cell(value: str) -> str:
    # Spreadsheets run cells that start like a formula: keep attendees' text as text.
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class RegistrationController(Controller):
    tags = ["registrations"]

    @post(
        "/api/v1/events/{event:str}/registrations",
        summary="Register for a published event (open to anyone): the answer holds your "
        "personal feed_url and your manage_url (keep both secret)",
        responses=REGISTER,
        request_max_body_size=SMALL_BODY,
    )
    async def register(
        self,
        request: Request,
        event: FromPath[str],
        data: JSONBody[RegistrationIn],
        registrations: Registrations,
        settings: AppSettings,
        site: SiteLinks,
    ) -> Response[RegistrationOut]:
        limiter: RateLimiter = request.app.state.limiter
        await limiter.hit(
            "register", client_address(request), RateLimit.parse(settings.register_rate)
        )
        view = await registrations.register(
            event,
            RegistrationDraft(
                data.name, data.email, data.track, data.timezone, data.sessions, data.language
            ),
        )
        body = registration_out(view, site, manage_token=view.manage_token)
        return Response(
            body,
            status_code=201,
            headers={"ETag": etag(REGISTRATION, view.version), "Cache-Control": "no-store"},
        )

    @get(
        "/api/v1/events/{event:str}/registrations",
        summary="The event's registrations (organisers only)",
        responses=LIST,
        cache_control=NO_STORE,
    )
    async def list_registrations(
        self,
        event: FromPath[str],
        registrations: Registrations,
        viewer: CurrentViewer,
        site: SiteLinks,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> Page[RegistrationOut]:
        items, total = await registrations.list(event, viewer, limit=limit, offset=offset)
        return Page([registration_out(v, site) for v in items], total)

    @get(
        "/api/v1/events/{event:str}/registrations.csv",
        summary="The event's registrations as CSV (organisers only)",
        responses=LIST,
        cache_control=NO_STORE,
        media_type="text/csv",
    )
    async def export_registrations(
        self, event: FromPath[str], registrations: Registrations, viewer: CurrentViewer
    ) -> Response[str]:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["name", "email", "track", "timezone", "sessions", "registered"])
        offset = 0
        while True:
            items, total = await registrations.list(event, viewer, limit=500, offset=offset)
            for v in items:
                writer.writerow(
                    [
                        _csv_cell(v.name),
                        _csv_cell(v.email),
                        v.track,
                        v.timezone,
                        " ".join(str(s) for s in v.sessions),
                        format_instant(v.created_at),
                    ]
                )
            offset += len(items)
            if not items or offset >= total:
                break
        return Response(
            out.getvalue(),
            media_type="text/csv",
            headers={
                "Content-Disposition": f'attachment; filename="{event}-registrations.csv"',
                "Cache-Control": "no-store",
            },
        )

    @get(
        "/api/v1/registrations/{token:str}",
        summary="Your registration (the manage link)",
        responses=MANAGE,
    )
    async def get_registration(
        self, token: FromPath[str], registrations: Registrations, site: SiteLinks
    ) -> Response[RegistrationOut]:
        view = await registrations.get(token)
        return Response(
            registration_out(view, site),
            headers={"ETag": etag(REGISTRATION, view.version), "Cache-Control": "no-store"},
        )

    @get(
        "/api/v1/registrations/{token:str}/join",
        summary="The join links of your sessions, your private ones included (from their hour)",
        responses=MANAGE,
    )
    async def join_links(
        self, token: FromPath[str], registrations: Registrations
    ) -> Response[Page[JoinLinkOut]]:
        registration, _, items = await registrations.join_links(token)
        zone = get_zone(registration.timezone)
        out = []
        for item in items:
            s, seg = item.session, item.segment
            start = s.segment_start(seg) if seg is not None else s.start_instant
            end = s.segment_end(seg) if seg is not None else s.end_instant
            out.append(
                JoinLinkOut(
                    session=s.id,  # type: ignore[arg-type]
                    session_title=s.title,
                    segment=seg.title if seg is not None else None,
                    label=item.link.label,
                    url=item.link.url,
                    private=item.link.private,
                    start=format_instant(in_zone(start, zone)),
                    end=format_instant(in_zone(end, zone)),
                )
            )
        # Secret and time-dependent: never stored by any cache.
        return Response(Page(out, len(out)), headers={"Cache-Control": "no-store"})

    @patch(
        "/api/v1/registrations/{token:str}",
        summary="Change your track, zone, name or sessions",
        responses=MANAGE,
        request_max_body_size=SMALL_BODY,
    )
    async def update_registration(
        self,
        token: FromPath[str],
        data: JSONBody[RegistrationPatch],
        registrations: Registrations,
        site: SiteLinks,
        if_match: IfMatch = None,
    ) -> Response[RegistrationOut]:
        view = await registrations.update(
            token, _patch(data), expected_version(if_match, REGISTRATION)
        )
        return Response(
            registration_out(view, site),
            headers={"ETag": etag(REGISTRATION, view.version), "Cache-Control": "no-store"},
        )

    @delete(
        "/api/v1/registrations/{token:str}",
        summary="Leave: deletes the registration (and its feed)",
        status_code=204,
        responses=MANAGE,
    )
    async def delete_registration(
        self, token: FromPath[str], registrations: Registrations, if_match: IfMatch = None
    ) -> None:
        await registrations.delete(token, expected_version(if_match, REGISTRATION))

    @post(
        "/api/v1/registrations/{token:str}/feed",
        summary="A new personal feed URL (the old one stops working)",
        status_code=200,
        responses=MANAGE,
    )
    async def rotate_feed(
        self, token: FromPath[str], registrations: Registrations, site: SiteLinks
    ) -> Response[RegistrationOut]:
        view = await registrations.rotate_feed(token)
        return Response(registration_out(view, site), headers={"Cache-Control": "no-store"})

    @delete(
        "/api/v1/registrations/{token:str}/feed",
        summary="Revoke the personal feed (until a new one is made)",
        status_code=204,
        responses=MANAGE,
    )
    async def revoke_feed(self, token: FromPath[str], registrations: Registrations) -> None:
        await registrations.revoke_feed(token)

    @get(
        "/feeds/{name:str}",
        summary="Your personal feed (`{token}.ics`): your sessions, your track's plan, "
        "times in your zone",
        responses=ICS_FILE,
    )
    async def personal_feed(
        self, request: Request, name: FromPath[str], calendars: Calendars
    ) -> Response[bytes]:
        return serve(request, await calendars.personal_feed(file_stem(name, ".ics")))
