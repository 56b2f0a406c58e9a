"""Alembic environment: runs the store's migrations on the connection the store hands over.

The store passes an open connection (already holding the migration lock) in
``config.attributes["connection"]``; no ``alembic.ini`` and no URL are read here.
"""

from __future__ import annotations

from alembic import context

from willay.store.schema import include_name, metadata


def _run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("willay migrations run only through willay.store.engine.migrate")
    context.configure(connection=connection, target_metadata=metadata,
                      include_name=include_name,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


_run()
