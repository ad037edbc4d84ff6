"""accounts, event roles, registrations, the mail outbox

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 10:00:00.000000

Moves `events.owner_id` into `event_members` (role `owner`), keeping every owner.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _foreign_keys(on: bool) -> None:
    """SQLite: dropping `events.owner_id` copies the table; with foreign keys on, dropping the
    old copy would cascade-delete every track and session. The pragma only takes effect
    outside a transaction, hence the autocommit block."""
    if _sqlite():
        with op.get_context().autocommit_block():
            op.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")


def _events_at_0002() -> sa.Table:
    """`events` as 0001 made it, so SQLite's copy needs no reflection (works with --sql)."""
    metadata = sa.MetaData()
    return sa.Table(
        "events",
        metadata,
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("slug", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("venue", sa.String(length=200), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.UniqueConstraint("slug", name="uq_events_slug"),
        sa.Index("ix_events_owner_id", "owner_id"),
        sa.Index("ix_events_status", "status"),
    )


def upgrade() -> None:
    with op.batch_alter_table("organisers", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("password_hash", sa.String(length=200), nullable=True))
    with op.batch_alter_table("api_tokens", recreate="never") as batch_op:
        batch_op.add_column(sa.Column("name", sa.String(length=120), nullable=True))

    op.create_table(
        "event_members",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("organiser_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_members_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["organisers.id"],
            name=op.f("fk_event_members_organiser_id_organisers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "organiser_id", name=op.f("pk_event_members")),
    )
    op.create_index(
        op.f("ix_event_members_organiser_id"), "event_members", ["organiser_id"], unique=False
    )
    op.create_table(
        "track_facilitators",
        sa.Column("track_id", sa.Uuid(), nullable=False),
        sa.Column("organiser_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organiser_id"],
            ["organisers.id"],
            name=op.f("fk_track_facilitators_organiser_id_organisers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["tracks.id"],
            name=op.f("fk_track_facilitators_track_id_tracks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("track_id", "organiser_id", name=op.f("pk_track_facilitators")),
    )
    op.create_index(
        op.f("ix_track_facilitators_organiser_id"),
        "track_facilitators",
        ["organiser_id"],
        unique=False,
    )
    op.create_table(
        "registrations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("track_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("feed_token_hash", sa.String(length=64), nullable=True),
        sa.Column("manage_token_hash", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_registrations_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["tracks.id"],
            name=op.f("fk_registrations_track_id_tracks"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registrations")),
        sa.UniqueConstraint("feed_token_hash", name=op.f("uq_registrations_feed_token_hash")),
        sa.UniqueConstraint("manage_token_hash", name=op.f("uq_registrations_manage_token_hash")),
    )
    op.create_index(op.f("ix_registrations_event_id"), "registrations", ["event_id"], unique=False)
    op.create_index(op.f("ix_registrations_track_id"), "registrations", ["track_id"], unique=False)
    op.create_table(
        "registration_sessions",
        sa.Column("registration_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_registration_sessions_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_registration_sessions_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "registration_id", "session_id", name=op.f("pk_registration_sessions")
        ),
    )
    op.create_index(
        op.f("ix_registration_sessions_session_id"),
        "registration_sessions",
        ["session_id"],
        unique=False,
    )
    op.create_table(
        "outbox",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.Column("failed_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
    )
    op.create_index("ix_outbox_due", "outbox", ["sent_at", "next_attempt_at"], unique=False)

    # Every owner becomes the event's `owner` member; then the column goes.
    op.execute(
        "INSERT INTO event_members (event_id, organiser_id, role, created_at) "
        "SELECT id, owner_id, 'owner', created_at FROM events WHERE owner_id IS NOT NULL"
    )
    _foreign_keys(False)
    if _sqlite():
        # The copy leaves out owner_id, its index and its foreign key.
        with op.batch_alter_table("events", copy_from=_events_at_0002()) as batch_op:
            batch_op.drop_index("ix_events_owner_id")
            batch_op.drop_column("owner_id")
    else:
        op.drop_index("ix_events_owner_id", table_name="events")
        op.drop_constraint("fk_events_owner_id_organisers", "events", type_="foreignkey")
        op.drop_column("events", "owner_id")
    _foreign_keys(True)


def downgrade() -> None:
    if _sqlite():
        # SQLite adds a column with a REFERENCES clause in place (its default is NULL).
        op.execute(
            "ALTER TABLE events ADD COLUMN owner_id CHAR(32) "
            "CONSTRAINT fk_events_owner_id_organisers REFERENCES organisers (id) "
            "ON DELETE SET NULL"
        )
    else:
        op.add_column("events", sa.Column("owner_id", sa.Uuid(), nullable=True))
        op.create_foreign_key(
            "fk_events_owner_id_organisers",
            "events",
            "organisers",
            ["owner_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index("ix_events_owner_id", "events", ["owner_id"], unique=False)
    op.execute(
        "UPDATE events SET owner_id = (SELECT organiser_id FROM event_members m "
        "WHERE m.event_id = events.id AND m.role = 'owner')"
    )
    op.drop_index("ix_outbox_due", table_name="outbox")
    op.drop_table("outbox")
    op.drop_index(op.f("ix_registration_sessions_session_id"), table_name="registration_sessions")
    op.drop_table("registration_sessions")
    op.drop_index(op.f("ix_registrations_track_id"), table_name="registrations")
    op.drop_index(op.f("ix_registrations_event_id"), table_name="registrations")
    op.drop_table("registrations")
    op.drop_index(op.f("ix_track_facilitators_organiser_id"), table_name="track_facilitators")
    op.drop_table("track_facilitators")
    op.drop_index(op.f("ix_event_members_organiser_id"), table_name="event_members")
    op.drop_table("event_members")
    with op.batch_alter_table("api_tokens", recreate="never") as batch_op:
        batch_op.drop_column("name")
    with op.batch_alter_table("organisers", recreate="never") as batch_op:
        batch_op.drop_column("password_hash")
        batch_op.drop_column("name")
