"""Alembic's entry point: run the migrations on the connection ``hub.db.migrate`` hands in
(through ``config.attributes``), inside that connection's transaction."""

from __future__ import annotations

from alembic import context

from hub.db.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite alters tables by copying them; Alembic's batch mode does that for us.
    render_as_batch=connection.dialect.name == "sqlite",
    transactional_ddl=True,
)
context.run_migrations()
