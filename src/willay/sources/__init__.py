"""Live sources: safe URL fetching, RSS/Atom feeds, WARC archives and the feed watch loop.

Modules: ``netguard`` (which addresses may be fetched), ``fetch`` (one URL over HTTP),
``pages`` (an article URL to a Document), ``feeds`` (feed entries), ``warc`` (HTML
responses of WARC files) and ``watch`` (the polling loop; what was seen is in the store).
"""
