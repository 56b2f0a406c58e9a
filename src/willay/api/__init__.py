"""willay.api."""
