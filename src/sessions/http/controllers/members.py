"""Co-organisers (/organisers) and facilitators per track (/tracks/{track}/facilitators)."""

from __future__ import annotations

from litestar import Controller, Response, delete, get, post
from litestar.datastructures import CacheControlHeader
from litestar.params import FromPath, JSONBody

from sessions.domain.accounts import Member
from sessions.http.deps import CurrentViewer, Members
from sessions.http.problems import CONFLICT, CREATE, ORGANISER_QUERY, WRITE
from sessions.http.schemas.common import Page
from sessions.http.schemas.members import MemberIn, MemberOut


def member_out(member: Member) -> MemberOut:
    return MemberOut(member.email, member.role, list(member.tracks), member.name)


class MemberController(Controller):
    path = "/api/v1/events/{event:str}"
    # Who someone is, their tokens, who organises: never kept by any cache.
    cache_control = CacheControlHeader(no_store=True)
    tags = ["people"]

    @get(
        "/organisers", summary="Who organises and facilitates the event", responses=ORGANISER_QUERY
    )
    async def list_members(
        self, event: FromPath[str], members: Members, viewer: CurrentViewer
    ) -> Page[MemberOut]:
        items = [member_out(m) for m in await members.list(event, viewer)]
        return Page(items, len(items))

    @post(
        "/organisers",
        summary="Invite a co-organiser by email (full control of the event)",
        responses=CREATE,
    )
    async def add_organiser(
        self,
        event: FromPath[str],
        data: JSONBody[MemberIn],
        members: Members,
        viewer: CurrentViewer,
    ) -> Response[MemberOut]:
        member = await members.add_organiser(event, data.email, viewer)
        return Response(member_out(member), status_code=201)

    @delete(
        "/organisers/{email:str}",
        summary="Remove a co-organiser (not the owner)",
        status_code=204,
        responses=WRITE | CONFLICT,
    )
    async def remove_organiser(
        self, event: FromPath[str], email: FromPath[str], members: Members, viewer: CurrentViewer
    ) -> None:
        await members.remove_organiser(event, email, viewer)

    @get(
        "/tracks/{track:str}/facilitators",
        summary="The track's facilitators",
        responses=ORGANISER_QUERY,
    )
    async def list_facilitators(
        self, event: FromPath[str], track: FromPath[str], members: Members, viewer: CurrentViewer
    ) -> Page[MemberOut]:
        items = [member_out(m) for m in await members.list(event, viewer, track)]
        return Page(items, len(items))

    @post(
        "/tracks/{track:str}/facilitators",
        summary="Assign a facilitator to the track by email (reads the event, even as a draft, "
        "and the facilitator notes of the track's segments)",
        responses=CREATE,
    )
    async def add_facilitator(
        self,
        event: FromPath[str],
        track: FromPath[str],
        data: JSONBody[MemberIn],
        members: Members,
        viewer: CurrentViewer,
    ) -> Response[MemberOut]:
        member = await members.add_facilitator(event, track, data.email, viewer)
        return Response(member_out(member), status_code=201)

    @delete(
        "/tracks/{track:str}/facilitators/{email:str}",
        summary="Unassign a facilitator from the track",
        status_code=204,
        responses=WRITE,
    )
    async def remove_facilitator(
        self,
        event: FromPath[str],
        track: FromPath[str],
        email: FromPath[str],
        members: Members,
        viewer: CurrentViewer,
    ) -> None:
        await members.remove_facilitator(event, track, email, viewer)
