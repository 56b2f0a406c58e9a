"""Extraction: the components that turn a Document into event reports and tallies, with evidence."""
