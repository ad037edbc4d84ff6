"""audience zones: the zones an event's organisers declare they serve, with weights

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-06 15:10:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audience_zones",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_audience_zones_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "timezone", name=op.f("pk_audience_zones")),
    )


def downgrade() -> None:
    op.drop_table("audience_zones")
