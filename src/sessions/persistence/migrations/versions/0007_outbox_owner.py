"""outbox messages name their event and registration: per-event outbox views, retention

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-06 13:45:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # No foreign keys: the CANCELs queued when an attendee leaves or an event is deleted
    # must outlive the rows they are about until sent; retention removes them once sent.
    # (Plain ADD COLUMN also keeps `sessions migrate --sql` working on SQLite.)
    op.add_column("outbox", sa.Column("event_id", sa.Uuid(), nullable=True))
    op.add_column("outbox", sa.Column("registration_id", sa.Uuid(), nullable=True))
    op.create_index(op.f("ix_outbox_event_id"), "outbox", ["event_id"])
    op.create_index(op.f("ix_outbox_registration_id"), "outbox", ["registration_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_outbox_registration_id"), table_name="outbox")
    op.drop_index(op.f("ix_outbox_event_id"), table_name="outbox")
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("registration_id")
        batch.drop_column("event_id")
