"""The dashboard: static files in ``static/`` served by :mod:`willay.api.app` (no build step)."""
