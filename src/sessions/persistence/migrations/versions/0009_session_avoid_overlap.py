"""clash rules: session_avoid_overlap (a session must not overlap these sessions)

Revision ID: 0009
Revises: 0006
Create Date: 2026-12-08 00:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_avoid_overlap",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("other_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["other_id"],
            ["sessions.id"],
            name=op.f("fk_session_avoid_overlap_other_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_avoid_overlap_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "other_id", name=op.f("pk_session_avoid_overlap")),
    )
    with op.batch_alter_table("session_avoid_overlap", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_avoid_overlap_other_id"), ["other_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("session_avoid_overlap", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_avoid_overlap_other_id"))
    op.drop_table("session_avoid_overlap")
