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
    with op.batch_alter_table("registrations") as batch:
        batch.add_column(sa.Column("mailed_manage_token_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("email_key", sa.String(254), nullable=True))
        batch.add_column(sa.Column("language", sa.String(8), nullable=True))
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
    with op.batch_alter_table("registrations") as batch:
        batch.create_unique_constraint(
            op.f("uq_registrations_mailed_manage_token_hash"), ["mailed_manage_token_hash"]
        )
        batch.create_unique_constraint("uq_registrations_event_email", ["event_id", "email_key"])


def downgrade() -> None:
    with op.batch_alter_table("registrations") as batch:
        batch.drop_constraint("uq_registrations_event_email", type_="unique")
        batch.drop_constraint(op.f("uq_registrations_mailed_manage_token_hash"), type_="unique")
        batch.drop_column("language")
        batch.drop_column("email_key")
        batch.drop_column("mailed_manage_token_hash")
