"""segments name their people: segment_people, as session_people

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-06 14:50:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "segment_people",
        sa.Column("segment_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_segment_people_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["segment_id"],
            ["segments.id"],
            name=op.f("fk_segment_people_segment_id_segments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("segment_id", "person_id", "role", name=op.f("pk_segment_people")),
    )
    with op.batch_alter_table("segment_people", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_segment_people_person_id"), ["person_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("segment_people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_segment_people_person_id"))
    op.drop_table("segment_people")
