"""willay.resolve."""
