"""willay.lang."""
