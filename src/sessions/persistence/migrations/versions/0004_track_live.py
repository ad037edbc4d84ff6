"""tracks carry their live state: how many minutes late they run

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 19:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "track_live",
        sa.Column("track_id", sa.Uuid(), nullable=False),
        sa.Column("late_minutes", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["track_id"],
            ["tracks.id"],
            name=op.f("fk_track_live_track_id_tracks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("track_id", name=op.f("pk_track_live")),
    )


def downgrade() -> None:
    op.drop_table("track_live")
