"""The hub's first schema (what ``accord-hub init`` created before migrations existed).

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create meta, devices, enroll_codes and submissions."""
    op.create_table(
        "meta",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "devices",
        sa.Column("device_id", sa.Text, primary_key=True),
        sa.Column("public_key", sa.Text, nullable=False),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        sa.Column("enrolled", sa.Text, nullable=False),
        sa.Column("revoked", sa.Text),
        sa.Column("last_seen", sa.Text),
    )
    op.create_table(
        "enroll_codes",
        sa.Column("code_hash", sa.Text, primary_key=True),
        sa.Column("created", sa.Text, nullable=False),
        sa.Column("expires", sa.Float, nullable=False),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        sa.Column("used_by", sa.Text),
        sa.Column("used_at", sa.Text),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("receipt_id", sa.Text, nullable=False, unique=True),
        sa.Column("assessment_id", sa.Text, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("payload_sha256", sa.Text, nullable=False),
        sa.Column(
            "kind",
            sa.Text,
            sa.CheckConstraint("kind IN ('accepted', 'conflict')"),
            nullable=False,
        ),
        sa.Column("device_id", sa.Text, nullable=False),
        sa.Column("institution", sa.Text, nullable=False),
        sa.Column("institution_key", sa.Text, nullable=False),
        sa.Column("country", sa.Text, nullable=False),
        sa.Column("created", sa.Text, nullable=False),
        sa.Column("received", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("envelope", sa.Text, nullable=False),
        sa.Column("signed_receipt", sa.Text),
        sa.UniqueConstraint("assessment_id", "revision", "payload_sha256"),
        sqlite_autoincrement=True,
    )
    op.create_index("submissions_key", "submissions", ["assessment_id", "revision"])
    op.create_index("submissions_place", "submissions", ["country", "institution_key"])
    op.execute("INSERT INTO meta (key, value) VALUES ('schema', '1')")


def downgrade() -> None:
    """Drop everything (only for an empty hub)."""
    for table in ("submissions", "enroll_codes", "devices", "meta"):
        op.drop_table(table)
