"""sessions remember the schedule GUID they were imported from

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Both steps are plain ALTER TABLE / CREATE INDEX on SQLite too (recreate="never"): copying
# the table, as batch mode otherwise does, would drop `sessions` with foreign keys on and
# cascade-delete every segment, track link and person link.


def upgrade() -> None:
    with op.batch_alter_table("sessions", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("import_guid", sa.String(length=255), nullable=True))
        batch_op.create_index(
            "ix_sessions_event_import_guid", ["event_id", "import_guid"], unique=True
        )


def downgrade() -> None:
    # SQLite has had ALTER TABLE ... DROP COLUMN since 3.35 (2021).
    with op.batch_alter_table("sessions", schema=None, recreate="never") as batch_op:
        batch_op.drop_index("ix_sessions_event_import_guid")
        batch_op.drop_column("import_guid")
