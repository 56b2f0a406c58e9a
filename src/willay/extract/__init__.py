"""willay.extract."""
