"""POST /api/v1/events/{event}/import: a frab schedule (JSON or XML) into an event."""

from __future__ import annotations

from dataclasses import dataclass

from litestar import Controller, Request, post
from litestar.exceptions import HTTPException
from litestar.openapi.datastructures import ResponseSpec
from litestar.openapi.spec import OpenAPIMediaType, OpenAPIType, Operation, RequestBody, Schema
from litestar.params import FromPath

from sessions.http.deps import CurrentViewer, Imports
from sessions.http.present import report_out
from sessions.http.schemas.common import Problem
from sessions.http.schemas.imports import ImportReportOut
from sessions.services.access import require_account

ACCEPTED = ("application/json", "application/xml", "text/xml")

_REFUSALS = {
    400: "The body is not JSON or XML, or not well-formed.",
    401: "No organiser's token, or an unknown or revoked one.",
    403: "The token's organiser does not organise this event.",
    404: "No such event (a draft is not found for anyone but its organisers).",
    413: "The body is larger than 1 MiB.",
    415: "The Content-Type is not application/json, application/xml or text/xml.",
    422: (
        "Well-formed but not a frab schedule (no `conference`, no `days`), or XML with a "
        "DTD or entity declarations; `errors` names the place in the document."
    ),
    503: "The database is unavailable; try again after Retry-After seconds.",
}
RESPONSES = {
    status: ResponseSpec(
        Problem,
        description=description,
        media_type="application/problem+json",
        generate_examples=False,
    )
    for status, description in _REFUSALS.items()
}


@dataclass
class _ImportOperation(Operation):
    """The raw body is read by hand (JSON or XML), so its OpenAPI entry is written here."""

    def __post_init__(self) -> None:
        self.request_body = RequestBody(
            required=True,
            description=(
                "A frab/c3voc schedule, e.g. pretalx's or our own `schedule.json` / "
                "`schedule.xml`, sent as it is."
            ),
            content={
                "application/json": OpenAPIMediaType(
                    schema=Schema(
                        type=OpenAPIType.OBJECT,
                        description="schedule.json (c3voc schedule schema)",
                    )
                ),
                "application/xml": OpenAPIMediaType(
                    schema=Schema(type=OpenAPIType.STRING, description="schedule.xml")
                ),
            },
        )


class ImportController(Controller):
    path = "/api/v1/events/{event:str}/import"
    tags = ["import"]

    @post(
        "/",
        summary="Import a frab schedule (JSON or XML, e.g. from pretalx) into the event",
        description=(
            "Creates a session for every talk whose GUID the event has not seen and updates "
            "the ones it has (by the GUID an import stored, or a session id for our own "
            "exports); importing the same file again changes nothing. Talks that cannot be "
            "imported (outside the event's dates, unreadable fields) are refused one by one "
            "and listed in `refused` with the place in the file; the others are imported, "
            "all in one transaction. Sessions missing from the file are left alone."
        ),
        status_code=200,
        responses=RESPONSES,
        operation_class=_ImportOperation,
    )
    async def import_schedule(
        self,
        request: Request,
        event: FromPath[str],
        imports: Imports,
        viewer: CurrentViewer,
    ) -> ImportReportOut:
        require_account(viewer)
        media_type = request.content_type[0].lower()
        if media_type not in ACCEPTED:
            raise HTTPException(
                status_code=415,
                detail=(
                    f"Send the schedule as {', '.join(ACCEPTED)}, not "
                    f"{media_type or 'a body without Content-Type'}."
                ),
            )
        body = await request.body()
        return report_out(await imports.import_schedule(event, body, viewer))
