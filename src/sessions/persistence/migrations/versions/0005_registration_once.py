"""registrations: one per email and event, a mailed manage link, the attendee's language

Revision ID: 0005
Revises: 0007
Create Date: 2026-12-06 14:30:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN and CREATE UNIQUE INDEX (no batch table rebuild), so that on SQLite the
    # migration also prints as SQL (`sessions migrate --sql`).
    op.add_column("registrations", sa.Column("mailed_manage_token_hash", sa.String(64)))
    op.add_column("registrations", sa.Column("email_key", sa.String(254)))
    op.add_column("registrations", sa.Column("language", sa.String(8)))
    # The oldest registration of each (event, email) holds the key; copies made before
    # this rule keep working but stay without one (NULLs never collide).
    op.execute(
        """
        UPDATE registrations SET email_key = lower(email)
        WHERE id IN (
            SELECT r.id FROM registrations r
            WHERE NOT EXISTS (
                SELECT 1 FROM registrations o
                WHERE o.event_id = r.event_id AND lower(o.email) = lower(r.email)
                AND (o.created_at < r.created_at OR (o.created_at = r.created_at AND o.id < r.id))
            )
        )
        """
    )
    op.create_index(
        "uq_registrations_mailed_manage_token_hash",
        "registrations",
        ["mailed_manage_token_hash"],
        unique=True,
    )
    op.create_index(
        "uq_registrations_event_email", "registrations", ["event_id", "email_key"], unique=True
    )


def downgrade() -> None:
    op.drop_index("uq_registrations_event_email", table_name="registrations")
    op.drop_index("uq_registrations_mailed_manage_token_hash", table_name="registrations")
    with op.batch_alter_table("registrations") as batch:
        batch.drop_column("language")
        batch.drop_column("email_key")
        batch.drop_column("mailed_manage_token_hash")
