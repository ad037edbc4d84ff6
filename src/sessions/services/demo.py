"""The demo: the reference example of PRODUCT.md, its neighbours, and the coalition's 2025 season."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sessions.domain.hybrid import Hybrid, Material, MaterialKind
from sessions.domain.model import (
    EventKind,
    EventStatus,
    Person,
    PersonRole,
    SegmentKind,
    SessionStatus,
    TrackMode,
)
from sessions.domain.plan import SegmentSpec
from sessions.domain.zones import get_zone
from sessions.services.access import Viewer
from sessions.services.accounts import AccountService
from sessions.services.context import ServiceContext
from sessions.services.events import EventDraft, EventService
from sessions.services.sessions import SessionDraft, SessionPatch, SessionService
from sessions.services.tracks import TrackDraft

DEMO_ORGANISER = "organiser@demo.sessions.invalid"
# Demo data only (an .invalid address); `sessions set-password` changes it.
DEMO_PASSWORD = "hybrid-demo-2024"
IGF = "igf-2024"
TCCM_TITLE = "A Technical Community Coalition for Multistakeholderism (TCCM)"
MAIN_SESSION_TITLE = "Main Session: WSIS+20 and the future of the IGF"


@dataclass(frozen=True)
class DemoSession:
    draft: SessionDraft
    plan: tuple[SegmentSpec, ...] = ()


def _at(text: str) -> datetime:
    """A wall time in the event's zone (naive)."""
    return datetime.fromisoformat(text)


def _both(
    kind: SegmentKind, title: str, start: datetime, end: datetime, notes: str | None = None
) -> SegmentSpec:
    return SegmentSpec(kind, title, start, end, (), notes)


# TCCM's hybrid details (issue 15): English on the floor, Arabic and French interpretation,
# captions, its slides, and a breakout link for the online discussion.
TCCM_HYBRID = Hybrid(languages=("en",), interpretation=("ar", "fr"), captions=True)
TCCM_MATERIALS = (
    Material(
        MaterialKind.SLIDES,
        "TCCM presentation slides",
        "https://tccm.example.org/igf-2024/tccm-slides.pdf",
    ),
)
TCCM_BREAKOUT_TITLE = "Facilitated discussion for online attendees"
TCCM_BREAKOUT = Hybrid(join_url="https://meet.example.org/igf-2024/tccm-breakout")

IGF_SESSIONS: tuple[DemoSession, ...] = (
    DemoSession(
        SessionDraft(
            title=TCCM_TITLE,
            start=_at("2024-12-18T15:45"),
            end=_at("2024-12-18T16:45"),
            room="Workshop Room 2",
            description=(
                "Why the Internet technical community formed a coalition, what it did in "
                "2024 and how to take part in the WSIS+20 review in 2025."
            ),
            people=(
                Person("Amina Haddad", PersonRole.MODERATOR),
                Person("Jonas Berg", PersonRole.SPEAKER),
                Person("Priya Raman", PersonRole.PANELLIST),
                Person("Lucas Moreau", PersonRole.PANELLIST),
                Person("Mei Tanaka", PersonRole.FACILITATOR),
            ),
            hybrid=TCCM_HYBRID,
            materials=TCCM_MATERIALS,
        ),
        (
            _both(
                SegmentKind.PRESENTATION,
                "Presentation on TCCM",
                _at("2024-12-18T15:45"),
                _at("2024-12-18T16:05"),
                "Slides are on the shared drive; hand over to Q&A at 16:05 sharp.",
            ),
            _both(
                SegmentKind.QA,
                "Question & Answer session with panellists",
                _at("2024-12-18T16:05"),
                _at("2024-12-18T16:25"),
                "Alternate questions between the room and the online chat.",
            ),
            SegmentSpec(
                SegmentKind.NETWORKING,
                "Networking opportunity for in-person attendees",
                _at("2024-12-18T16:25"),
                _at("2024-12-18T16:45"),
                ("in-person",),
            ),
            SegmentSpec(
                SegmentKind.DISCUSSION,
                TCCM_BREAKOUT_TITLE,
                _at("2024-12-18T16:25"),
                _at("2024-12-18T16:45"),
                ("online",),
                "Open breakout rooms of five; collect one takeaway per room.",
                hybrid=TCCM_BREAKOUT,
            ),
        ),
    ),
    DemoSession(
        SessionDraft(
            title=MAIN_SESSION_TITLE,
            start=_at("2024-12-18T15:00"),
            end=_at("2024-12-18T16:30"),
            room="Plenary Hall",
            people=(
                Person("Jonas Berg", PersonRole.PANELLIST),
                Person("Sara Lindqvist", PersonRole.MODERATOR),
            ),
        ),
        (
            _both(
                SegmentKind.PANEL,
                "Panel: twenty years of WSIS",
                _at("2024-12-18T15:00"),
                _at("2024-12-18T16:00"),
            ),
            _both(
                SegmentKind.QA,
                "Questions from the floor and online",
                _at("2024-12-18T16:00"),
                _at("2024-12-18T16:30"),
            ),
        ),
    ),
    DemoSession(
        SessionDraft(
            title="Open Forum: Data governance in the Global South",
            start=_at("2024-12-18T15:45"),
            end=_at("2024-12-18T16:45"),
            room="Workshop Room 3",
            people=(Person("Kwame Mensah", PersonRole.SPEAKER),),
        ),
    ),
    DemoSession(
        SessionDraft(
            title="Lightning talks: Internet fragmentation",
            start=_at("2024-12-18T17:00"),
            end=_at("2024-12-18T17:45"),
            room="Workshop Room 2",
            tracks=("in-person",),
        ),
    ),
    DemoSession(
        SessionDraft(
            title="Opening of Day 4: keynote",
            start=_at("2024-12-18T09:30"),
            end=_at("2024-12-18T10:15"),
            room="Plenary Hall",
            people=(Person("Sara Lindqvist", PersonRole.SPEAKER),),
        ),
        (_both(SegmentKind.KEYNOTE, "Keynote", _at("2024-12-18T09:30"), _at("2024-12-18T10:15")),),
    ),
    DemoSession(
        SessionDraft(
            title="Best Practice Forum on Cybersecurity",
            start=_at("2024-12-19T10:00"),
            end=_at("2024-12-19T11:30"),
            room="Workshop Room 1",
            people=(Person("Priya Raman", PersonRole.SPEAKER),),
        ),
        (
            _both(
                SegmentKind.PRESENTATION,
                "Findings of the 2024 forum",
                _at("2024-12-19T10:00"),
                _at("2024-12-19T10:40"),
            ),
            _both(
                SegmentKind.BREAK, "Short break", _at("2024-12-19T10:40"), _at("2024-12-19T10:50")
            ),
            _both(
                SegmentKind.DISCUSSION,
                "Open discussion",
                _at("2024-12-19T10:50"),
                _at("2024-12-19T11:30"),
            ),
        ),
    ),
    DemoSession(
        SessionDraft(
            title="Regional hubs: Asia-Pacific remote participation",
            start=_at("2024-12-19T08:00"),
            end=_at("2024-12-19T09:00"),
            tracks=("online",),
            status=SessionStatus.TENTATIVE,
        ),
    ),
    DemoSession(
        SessionDraft(
            title="Closing ceremony",
            start=_at("2024-12-19T17:00"),
            end=_at("2024-12-19T18:00"),
            room="Plenary Hall",
        ),
    ),
)

IGF_EVENT = EventDraft(
    slug=IGF,
    title="Internet Governance Forum 2024",
    timezone="Asia/Riyadh",
    start_date=date(2024, 12, 15),
    end_date=date(2024, 12, 19),
    venue="King Abdulaziz International Conference Center, Riyadh",
    description="The 19th annual meeting of the Internet Governance Forum.",
    tracks=(
        TrackDraft("in-person", "In person", TrackMode.IN_PERSON, "KAICC, Riyadh"),
        TrackDraft("online", "Online", TrackMode.ONLINE, None, "https://meet.example.org/igf-2024"),
    ),
)

# The coalition's 2025 season from the source deck: dates only, each in its own city's zone.
SEASON_2025: tuple[EventDraft, ...] = (
    EventDraft(
        "itu-wsis-action-lines-consultation-2025",
        "ITU consultation on WSIS Action Lines (due)",
        "Europe/Zurich",
        date(2025, 1, 31),
        date(2025, 1, 31),
        EventKind.DEADLINE,
        "Geneva",
    ),
    EventDraft(
        "icann-82",
        "ICANN 82",
        "America/Los_Angeles",
        date(2025, 3, 8),
        date(2025, 3, 13),
        venue="Seattle",
    ),
    EventDraft(
        "wsis-hle-consultation-deadline-2025",
        "WSIS+20 High-Level Event: open consultation submission deadline",
        "Europe/Zurich",
        date(2025, 3, 14),
        date(2025, 3, 14),
        EventKind.DEADLINE,
        "Geneva",
    ),
    EventDraft(
        "cstd-2025",
        "CSTD 28th session",
        "Europe/Zurich",
        date(2025, 4, 7),
        date(2025, 4, 11),
        venue="Geneva",
    ),
    EventDraft(
        "igf-2025",
        "Internet Governance Forum 2025",
        "Europe/Oslo",
        date(2025, 6, 23),
        date(2025, 6, 27),
        venue="Lillestrøm, Norway",
    ),
    EventDraft(
        "wsis-20-hle-2025",
        "WSIS+20 High-Level Event",
        "Europe/Zurich",
        date(2025, 7, 7),
        date(2025, 7, 11),
        venue="Geneva",
    ),
    EventDraft(
        "unga-80",
        "UN General Assembly, 80th session (high-level week)",
        "America/New_York",
        date(2025, 9, 22),
        date(2025, 9, 30),
        venue="New York",
    ),
)


# The zones IGF 2024's online audience lives in (weights: equal), so the heat strip and the
# slot finder have someone to serve on first run.
IGF_AUDIENCE = [
    (zone, 1.0)
    for zone in (
        "Asia/Riyadh",
        "Africa/Nairobi",
        "Europe/Zurich",  # Geneva keeps Zurich's clock (tzdata links it)
        "America/New_York",
        "America/Sao_Paulo",
        "Asia/Kolkata",  # New Delhi
        "Australia/Sydney",
    )
]


async def _tccm_avoids_the_main_session(ctx: ServiceContext, uow, viewer: Viewer) -> None:
    """A clash rule the demo breaks on purpose: TCCM must not overlap the WSIS+20 main session
    (which it does, 15:45-16:30). Also for a demo loaded before clash rules existed; a TCCM
    that already lists sessions to avoid (the organiser's own rules) is left as it is."""
    igf = await uow.events.get(IGF)
    if igf is None or igf.id is None:
        return
    sessions = await uow.sessions.domain_for_event(igf.id, get_zone(igf.timezone))
    tccm = next((s for s in sessions if s.title == TCCM_TITLE), None)
    main = next((s for s in sessions if s.title == MAIN_SESSION_TITLE), None)
    if tccm is None or main is None or tccm.id is None or tccm.avoid_overlap_with:
        return
    await SessionService(ctx, uow).update(
        IGF, tccm.id, SessionPatch(avoid_overlap_with=(main.id,)), viewer
    )


async def _tccm_hybrid_details(ctx: ServiceContext, uow, viewer: Viewer) -> None:
    """TCCM's languages, slides and breakout link, also for a demo loaded before hybrid
    details existed; whatever an organiser has set already is left as it is."""
    igf = await uow.events.get(IGF)
    if igf is None or igf.id is None:
        return
    sessions = await uow.sessions.domain_for_event(igf.id, get_zone(igf.timezone))
    tccm = next((s for s in sessions if s.title == TCCM_TITLE), None)
    if tccm is None or tccm.id is None:
        return
    service = SessionService(ctx, uow)
    if tccm.hybrid == Hybrid() and not tccm.materials:
        await service.update(
            IGF,
            tccm.id,
            SessionPatch(
                languages=TCCM_HYBRID.languages,
                interpretation=TCCM_HYBRID.interpretation,
                captions=TCCM_HYBRID.captions,
                materials=TCCM_MATERIALS,
            ),
            viewer,
        )
        tccm = await uow.sessions.get(igf.id, tccm.id, get_zone(igf.timezone))
        assert tccm is not None
    breakout = next((s for s in tccm.segments if s.title == TCCM_BREAKOUT_TITLE), None)
    if breakout is None or breakout.hybrid != Hybrid():
        return
    specs = [
        SegmentSpec(
            seg.kind,
            seg.title,
            tccm.segment_start(seg),
            tccm.segment_end(seg),
            seg.tracks,
            seg.notes,
            seg.people,
            TCCM_BREAKOUT if seg is breakout else seg.hybrid,
        )
        for seg in tccm.segments
    ]
    await service.replace_segments(IGF, tccm.id, specs, viewer)


async def load_demo(ctx: ServiceContext) -> list[str]:
    """Create whatever of the demo is missing; return the slugs it created."""
    async with ctx.unit_of_work() as uow:
        accounts = AccountService(ctx, uow)
        organiser, _ = await accounts.token_for(DEMO_ORGANISER)
        if organiser.password_hash is None:
            await accounts.set_password(DEMO_ORGANISER, DEMO_PASSWORD, name="Demo organiser")
        viewer = Viewer(organiser.id, organiser.email)
    created: list[str] = []
    for draft in (IGF_EVENT, *SEASON_2025):
        # One unit of work per event: a failure leaves the events before it in place.
        async with ctx.unit_of_work() as uow:
            if await uow.events.get(draft.slug) is not None:
                continue
            events, sessions = EventService(ctx, uow), SessionService(ctx, uow)
            await events.create(draft, viewer)
            if draft.slug == IGF:
                for demo in IGF_SESSIONS:
                    view = await sessions.create(IGF, demo.draft, viewer)
                    if demo.plan:
                        assert view.session.id is not None
                        await sessions.replace_segments(
                            IGF, view.session.id, demo.plan, viewer, None
                        )
            await events.set_status(draft.slug, EventStatus.PUBLISHED, viewer)
        created.append(draft.slug)
    async with ctx.unit_of_work() as uow:
        await _tccm_avoids_the_main_session(ctx, uow, viewer)
    async with ctx.unit_of_work() as uow:
        await _tccm_hybrid_details(ctx, uow, viewer)
    async with ctx.unit_of_work() as uow:
        # Also for a demo loaded before audiences existed; never over an organiser's own list.
        igf = await uow.events.get(IGF)
        if igf is not None and igf.id is not None and not await uow.audience.declared(igf.id):
            await uow.audience.replace(igf.id, IGF_AUDIENCE)
    return created
