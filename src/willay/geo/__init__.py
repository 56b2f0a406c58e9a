"""Offline gazetteer: build the index from packaged GeoNames data, and resolve place names.

Modules: ``normalize`` (name folding), ``sources`` (reading the packaged data), ``build``
(the SQLite index), ``geonames`` (importing full GeoNames dumps), ``index`` (lookups),
``countries`` (country names and demonyms), ``resolver`` (ranking and resolution) and
``coverage`` (gold locations that resolve). See docs/geo.md.
"""
