"""willay.sources."""
