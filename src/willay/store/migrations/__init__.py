"""Alembic migration scripts of the store, run programmatically by :mod:`willay.store.engine`."""
