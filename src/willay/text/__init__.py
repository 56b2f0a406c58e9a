"""willay.text."""
