"""willay.store."""
