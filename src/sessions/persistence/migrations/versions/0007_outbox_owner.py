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
    # Batch mode: SQLite cannot add a foreign key to an existing table in place.
    with op.batch_alter_table("outbox") as batch:
        batch.add_column(sa.Column("event_id", sa.Uuid(), nullable=True))
        # No foreign key: an attendee who leaves is deleted at once, while the CANCEL mail
        # their leaving queued still has to go out (retention removes it once sent).
        batch.add_column(sa.Column("registration_id", sa.Uuid(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_outbox_event_id_events"), "events", ["event_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_index(op.f("ix_outbox_event_id"), ["event_id"])
        batch.create_index(op.f("ix_outbox_registration_id"), ["registration_id"])


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_index(op.f("ix_outbox_registration_id"))
        batch.drop_index(op.f("ix_outbox_event_id"))
        batch.drop_constraint(op.f("fk_outbox_event_id_events"), type_="foreignkey")
        batch.drop_column("registration_id")
        batch.drop_column("event_id")
