"""willay.ingest."""
