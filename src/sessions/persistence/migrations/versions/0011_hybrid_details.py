"""hybrid details: join links of sessions and segments (maybe private, as tracks' may be),
languages, interpretation, sign language, captions; session_materials

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 01:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

URL_MAX = 2000
TITLE_MAX = 200
_DETAILS = (
    "join_url",
    "join_private",
    "join_private_hours",
    "languages",
    "interpretation",
    "sign_language",
    "captions",
)


def _details() -> list[sa.Column[object]]:
    return [
        sa.Column("join_url", sa.String(URL_MAX), nullable=True),
        sa.Column("join_private", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("join_private_hours", sa.Integer(), nullable=True),
        sa.Column("languages", sa.Text(), nullable=False, server_default=""),
        sa.Column("interpretation", sa.Text(), nullable=False, server_default=""),
        sa.Column("sign_language", sa.Text(), nullable=False, server_default=""),
        sa.Column("captions", sa.Boolean(), nullable=False, server_default=sa.false()),
    ]


def upgrade() -> None:
    op.add_column(
        "tracks",
        sa.Column("join_private", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column("tracks", sa.Column("join_private_hours", sa.Integer(), nullable=True))
    for table in ("sessions", "segments"):
        for column in _details():
            op.add_column(table, column)
    op.create_table(
        "session_materials",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.String(TITLE_MAX), nullable=False),
        sa.Column("url", sa.String(URL_MAX), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_materials_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "position", name=op.f("pk_session_materials")),
    )


def downgrade() -> None:
    op.drop_table("session_materials")
    for table in ("segments", "sessions"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in reversed(_DETAILS):
                batch_op.drop_column(name)
    with op.batch_alter_table("tracks", schema=None) as batch_op:
        batch_op.drop_column("join_private_hours")
        batch_op.drop_column("join_private")
