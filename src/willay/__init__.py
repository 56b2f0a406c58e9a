"""willay: turn news reports about protest and political violence into evidence-linked events."""

__version__ = "0.1.0"
