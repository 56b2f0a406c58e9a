"""willay.web."""
