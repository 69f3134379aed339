"""The hub's tables, declared once for both stores (SQLAlchemy Core).

This is the schema at the newest migration; ``hub/migrations/versions`` holds the steps
that lead to it, and ``tests/hub/test_hub_migrations.py`` checks the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    text,
)

metadata = MetaData()

ACCEPTED = "accepted"
CONFLICT = "conflict"
COMPLETE = "complete"
PARTIAL = "partial"
OPERATOR = "operator"
ANALYST = "analyst"

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", Text, primary_key=True),
    Column("public_key", Text, nullable=False),
    Column("label", Text, nullable=False, server_default=""),
    Column("enrolled", Text, nullable=False),
    Column("revoked", Text),
    Column("last_seen", Text),
)

enroll_codes = Table(
    "enroll_codes",
    metadata,
    Column("code_hash", Text, primary_key=True),
    Column("created", Text, nullable=False),
    Column("expires", Float, nullable=False),
    Column("label", Text, nullable=False, server_default=""),
    Column("used_by", Text),
    Column("used_at", Text),
)

submissions = Table(
    "submissions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("receipt_id", Text, nullable=False, unique=True),
    Column("assessment_id", Text, nullable=False),
    Column("revision", Integer, nullable=False),
    Column("payload_sha256", Text, nullable=False),
    Column("kind", Text, CheckConstraint("kind IN ('accepted', 'conflict')"), nullable=False),
    Column("device_id", Text, nullable=False),
    Column("institution", Text, nullable=False),
    Column("institution_key", Text, nullable=False),
    Column("country", Text, nullable=False),
    Column("created", Text, nullable=False),
    Column("received", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("envelope", Text, nullable=False),
    Column("signed_receipt", Text),
    Column("completion", Text, nullable=False, server_default=COMPLETE),
    Column("partial_reason", Text),
    UniqueConstraint("assessment_id", "revision", "payload_sha256"),
    Index("submissions_key", "assessment_id", "revision"),
    Index("submissions_place", "country", "institution_key"),
    # At most one accepted content per (assessment, revision), whichever worker or machine
    # stores it: the database, not a lock in one process, decides who was first.
    Index(
        "submissions_one_accepted",
        "assessment_id",
        "revision",
        unique=True,
        sqlite_where=text("kind = 'accepted'"),
        postgresql_where=text("kind = 'accepted'"),
    ),
    sqlite_autoincrement=True,
)

# Token buckets shared by every worker: key (device id, 'enroll:<address>',
# 'login:<address>'), tokens left and when they were counted (Unix seconds).
rate_buckets = Table(
    "rate_buckets",
    metadata,
    Column("key", Text, primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("updated", Float, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("name", Text, primary_key=True),
    Column("password_hash", Text, nullable=False),
    Column("role", Text, CheckConstraint("role IN ('operator', 'analyst')"), nullable=False),
    Column("created", Text, nullable=False),
)

# What a backup holds, in the order a restore inserts it (rate buckets are transient).
BACKUP_TABLES = (meta, devices, enroll_codes, submissions, users)
