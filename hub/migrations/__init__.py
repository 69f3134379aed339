"""Alembic migrations of the hub's database, the same steps for SQLite and PostgreSQL."""
