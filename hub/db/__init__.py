"""The hub's database: one schema (``schema``), two stores chosen by URL (``engine``:
SQLite embedded, PostgreSQL for production), the same Alembic migrations for both
(``migrate``, scripts in ``hub/migrations``), logical backups (``backup``) and the
database-held rate limits (``ratelimit``)."""
