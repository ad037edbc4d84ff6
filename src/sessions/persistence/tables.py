"""SQLAlchemy tables. Rows stay here; the layers above get domain values."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql import false

from sessions.domain import limits

# Named constraints, so Alembic migrations can refer to them on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An instant stored as naive UTC (SQLite has no zones) and read back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("UTCDateTime needs an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class AccountRow(Base):
    __tablename__ = "organisers"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    email: Mapped[str] = mapped_column(String(limits.EMAIL_MAX), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # An account (organiser or facilitator). argon2id hash; None: no password yet (tokens only).
    name: Mapped[str | None] = mapped_column(String(limits.NAME_MAX), nullable=True)
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)


AccountRow = AccountRow


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    organiser_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisers.id", ondelete="CASCADE"), index=True
    )
    # SHA-256 of the token: tokens are 256-bit random, so a fast hash is enough.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    name: Mapped[str | None] = mapped_column(String(limits.NAME_MAX), nullable=True)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    slug: Mapped[str] = mapped_column(String(limits.SLUG_MAX), unique=True)
    title: Mapped[str] = mapped_column(String(limits.TITLE_MAX))
    kind: Mapped[str] = mapped_column(String(16))
    timezone: Mapped[str] = mapped_column(String(limits.ZONE_MAX))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(limits.VENUE_MAX), nullable=True)
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    # Grows with every change to the event or anything in it: ETags and caches key on it.
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    tracks: Mapped[list[TrackRow]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="TrackRow.position"
    )

    # Optimistic concurrency: an UPDATE only applies to the version it read.
    __mapper_args__ = {"version_id_col": version}


class TrackRow(Base):
    __tablename__ = "tracks"
    __table_args__ = (UniqueConstraint("event_id", "slug", name="uq_tracks_event_slug"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(limits.SLUG_MAX))
    name: Mapped[str] = mapped_column(String(limits.NAME_MAX))
    mode: Mapped[str] = mapped_column(String(16))
    location: Mapped[str | None] = mapped_column(String(limits.LOCATION_MAX), nullable=True)
    join_url: Mapped[str | None] = mapped_column(String(limits.URL_MAX), nullable=True)
    position: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    # A private join link (registrants, organisers, facilitators; domain/hybrid.py).
    join_private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    join_private_hours: Mapped[int | None] = mapped_column(Integer, nullable=True)

    event: Mapped[EventRow] = relationship(back_populates="tracks")

    __mapper_args__ = {"version_id_col": version}


class SessionRow(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_event_start", "event_id", "start_utc"),
        Index("ix_sessions_event_end", "event_id", "end_utc"),
        # A schedule import finds its sessions again by the talk's GUID (one per event).
        Index("ix_sessions_event_import_guid", "event_id", "import_guid", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(limits.TITLE_MAX))
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    room: Mapped[str | None] = mapped_column(String(limits.ROOM_MAX), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    # The truth (time rule 3): wall-clock time in the event's zone, and which of
    # two equal wall times during a fall-back hour.
    start_local: Mapped[datetime] = mapped_column(DateTime)
    start_fold: Mapped[int] = mapped_column(SmallInteger)
    end_local: Mapped[datetime] = mapped_column(DateTime)
    end_fold: Mapped[int] = mapped_column(SmallInteger)
    # Derived from the above for sorting and range queries; recomputed when tzdata changes.
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The frab GUID of the talk this session was imported from (None: made here).
    import_guid: Mapped[str | None] = mapped_column(String(limits.GUID_MAX), nullable=True)
    # Hybrid details (domain/hybrid.py): its own join link, maybe private; BCP 47 tags
    # separated by spaces (a tag holds none), in order.
    join_url: Mapped[str | None] = mapped_column(String(limits.URL_MAX), nullable=True)
    join_private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    join_private_hours: Mapped[int | None] = mapped_column(Integer, nullable=True)
    languages: Mapped[str] = mapped_column(Text, default="", server_default="")
    interpretation: Mapped[str] = mapped_column(Text, default="", server_default="")
    sign_language: Mapped[str] = mapped_column(Text, default="", server_default="")
    captions: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    tracks: Mapped[list[SessionTrackRow]] = relationship(
        cascade="all, delete-orphan", order_by="SessionTrackRow.position"
    )
    segments: Mapped[list[SegmentRow]] = relationship(
        cascade="all, delete-orphan", order_by="SegmentRow.position"
    )
    people: Mapped[list[SessionPersonRow]] = relationship(
        cascade="all, delete-orphan", order_by="SessionPersonRow.position"
    )

    __mapper_args__ = {"version_id_col": version}


class SessionTrackRow(Base):
    __tablename__ = "session_tracks"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    track_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tracks.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)

    track: Mapped[TrackRow] = relationship(lazy="joined")


class SegmentRow(Base):
    __tablename__ = "segments"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(limits.TITLE_MAX))
    # Elapsed seconds from the session's start: the plan moves with its session.
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Hybrid details (domain/hybrid.py): its own join link, maybe private; BCP 47 tags
    # separated by spaces (a tag holds none), in order.
    join_url: Mapped[str | None] = mapped_column(String(limits.URL_MAX), nullable=True)
    join_private: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    join_private_hours: Mapped[int | None] = mapped_column(Integer, nullable=True)
    languages: Mapped[str] = mapped_column(Text, default="", server_default="")
    interpretation: Mapped[str] = mapped_column(Text, default="", server_default="")
    sign_language: Mapped[str] = mapped_column(Text, default="", server_default="")
    captions: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    tracks: Mapped[list[SegmentTrackRow]] = relationship(
        cascade="all, delete-orphan", order_by="SegmentTrackRow.position", lazy="selectin"
    )


class SegmentTrackRow(Base):
    __tablename__ = "segment_tracks"

    segment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), primary_key=True
    )
    track_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tracks.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)

    track: Mapped[TrackRow] = relationship(lazy="joined")


class PersonRow(Base):
    __tablename__ = "people"
    __table_args__ = (UniqueConstraint("event_id", "key", name="uq_people_event_key"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(limits.EMAIL_MAX))
    name: Mapped[str] = mapped_column(String(limits.NAME_MAX))
    email: Mapped[str | None] = mapped_column(String(limits.EMAIL_MAX), nullable=True)


class PersonAvailabilityRow(Base):
    """One window in which a person of an event can be booked (instants, half-open)."""

    __tablename__ = "person_availability"

    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    start_utc: Mapped[datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[datetime] = mapped_column(UTCDateTime)


class SessionPersonRow(Base):
    __tablename__ = "session_people"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)

    person: Mapped[PersonRow] = relationship(lazy="joined")


class SegmentPersonRow(Base):
    """A person named on one segment (the online lane's facilitator), as `session_people`."""

    __tablename__ = "segment_people"

    segment_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("segments.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)


class SessionMaterialRow(Base):
    """One of a session's materials (slides, a recording ...), in order."""

    __tablename__ = "session_materials"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(limits.TITLE_MAX))
    url: Mapped[str] = mapped_column(String(limits.URL_MAX))


class SessionAvoidRow(Base):
    """A clash rule: `session_id` must not overlap `other_id` (both of one event)."""

    __tablename__ = "session_avoid_overlap"

    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    other_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


class EventMemberRow(Base):
    """Who organises or facilitates an event: role owner | organiser | facilitator."""

    __tablename__ = "event_members"

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    organiser_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class TrackFacilitatorRow(Base):
    """A facilitator of one track (their event membership says `facilitator`)."""

    __tablename__ = "track_facilitators"

    track_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tracks.id", ondelete="CASCADE"), primary_key=True
    )
    organiser_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisers.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class RegistrationRow(Base):
    """An attendee of one event. Both secrets are stored as SHA-256 of 256-bit random tokens."""

    __tablename__ = "registrations"
    # One registration per attendee and event: the email compared case-insensitively.
    # (NULL for rows made twice before this rule: the oldest of them holds the key.)
    # Unique indexes, not constraints: SQLite adds them without rebuilding the table, so the
    # migration also prints as plain SQL (`sessions migrate --sql`).
    __table_args__ = (
        Index("uq_registrations_event_email", "event_id", "email_key", unique=True),
        Index("uq_registrations_mailed_manage_token_hash", "mailed_manage_token_hash", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), index=True
    )
    track_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tracks.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(limits.NAME_MAX))
    email: Mapped[str] = mapped_column(String(limits.EMAIL_MAX))
    timezone: Mapped[str] = mapped_column(String(limits.ZONE_MAX))
    # None: the feed is revoked until the attendee asks for a new one.
    feed_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    manage_token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # A second manage link, mailed when someone registers this email again; the first
    # keeps working, a later mail replaces this one.
    mailed_manage_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    email_key: Mapped[str | None] = mapped_column(String(limits.EMAIL_MAX), nullable=True)
    language: Mapped[str | None] = mapped_column(String(8), nullable=True)
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    track: Mapped[TrackRow] = relationship(lazy="joined")
    choices: Mapped[list[RegistrationSessionRow]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    __mapper_args__ = {"version_id_col": version}


class RegistrationSessionRow(Base):
    """A session an attendee chose (none chosen: every session of their track)."""

    __tablename__ = "registration_sessions"

    registration_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), primary_key=True
    )
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class AudienceZoneRow(Base):
    """A zone an event's organisers declare they serve, with its weight."""

    __tablename__ = "audience_zones"

    event_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    timezone: Mapped[str] = mapped_column(String(limits.ZONE_MAX), primary_key=True)
    weight: Mapped[float] = mapped_column(Float)
    position: Mapped[int] = mapped_column(Integer, default=0)


class OutboxRow(Base):
    """Mail to send, written in the same transaction as the change it announces."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "sent_at", "next_attempt_at"),)

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    recipient: Mapped[str] = mapped_column(String(254))
    # The whole RFC 5322 message, made when the change committed (Message-ID from `id`).
    message: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    # Whose mail it is: the per-event outbox view, and retention. No foreign keys: the CANCEL
    # sent when an attendee leaves or an event is deleted outlives its row until sent.
    event_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, nullable=True)
    registration_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True, nullable=True)


class TrackLiveRow(Base):
    """A track's live state: how late it runs now (an overlay; the plan is unchanged)."""

    __tablename__ = "track_live"

    track_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tracks.id", ondelete="CASCADE"), primary_key=True
    )
    late_minutes: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MetaRow(Base):
    """Facts about the database itself, such as the tzdata version its instants came from."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
