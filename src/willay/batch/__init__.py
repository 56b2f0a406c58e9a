"""willay.batch."""
