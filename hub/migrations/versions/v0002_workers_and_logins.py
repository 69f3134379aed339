"""Several workers, one state; partial assessments; operator logins.

* ``submissions.completion`` / ``partial_reason``: partial assessments are kept but not
  counted in the index (absent in older payloads: complete);
* ``submissions_one_accepted``: one accepted content per (assessment, revision), decided
  by the database whichever worker stores it;
* ``rate_buckets``: the rate limits every worker shares;
* ``users``: operator and analyst accounts for the dashboard and the index.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the columns, the index and the two tables; the schema number becomes 2."""
    op.add_column(
        "submissions",
        sa.Column("completion", sa.Text, nullable=False, server_default="complete"),
    )
    op.add_column("submissions", sa.Column("partial_reason", sa.Text))
    op.create_index(
        "submissions_one_accepted",
        "submissions",
        ["assessment_id", "revision"],
        unique=True,
        sqlite_where=sa.text("kind = 'accepted'"),
        postgresql_where=sa.text("kind = 'accepted'"),
    )
    op.create_table(
        "rate_buckets",
        sa.Column("key", sa.Text, primary_key=True),
        sa.Column("tokens", sa.Float, nullable=False),
        sa.Column("updated", sa.Float, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("name", sa.Text, primary_key=True),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column(
            "role",
            sa.Text,
            sa.CheckConstraint("role IN ('operator', 'analyst')"),
            nullable=False,
        ),
        sa.Column("created", sa.Text, nullable=False),
    )
    # An older accord-hub reads this number and refuses a database it does not know.
    op.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")


def downgrade() -> None:
    """Back to 0001 (drops logins and rate buckets; partial markers are lost)."""
    op.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    op.drop_table("users")
    op.drop_table("rate_buckets")
    op.drop_index("submissions_one_accepted", table_name="submissions")
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("partial_reason")
        batch.drop_column("completion")
