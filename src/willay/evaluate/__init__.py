"""willay.evaluate."""
