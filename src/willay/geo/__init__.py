"""willay.geo."""
