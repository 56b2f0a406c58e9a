"""Datasette metadata for a willay database: titles, descriptions of views, tables and columns,
sources and licences, so that ``datasette crisis.db --metadata metadata.json`` publishes it."""

from __future__ import annotations

from typing import Any

from willay import __version__

#: The licence of the data unless the publisher chooses another: the coordinates and place
#: names come from GeoNames (CC BY 4.0), which asks for attribution.
DEFAULT_LICENSE = "CC BY 4.0"
DEFAULT_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"

_FIGURES = ("best figure: the rule prefers official health, forensic and ombudsman "
            "reporters, then the most recent report (see claims_view for every claim)")

#: name -> (title, description, {column: description}, extra Datasette table options)
VIEWS: dict[str, tuple[str, str, dict[str, str], dict[str, Any]]] = {
    "events_view": (
        "Events",
        "One row per event, merged from every report of it across articles, with its best "
        "figures. Each value comes from a quoted passage: see claims_view and, for the "
        "passages behind the other fields, the willay dashboard or `willay show ID`.",
        {
            "id": "event id (give it to `willay show`)",
            "date": "first day of the event (ISO)", "date_end": "last day of the event",
            "date_precision": "day, range, month, year or approx",
            "event_type": "ACLED event type", "sub_event_type": "ACLED sub-event type",
            "disorder_type": "ACLED disorder type", "tags": "finer tags (JSON list)",
            "country": "ISO 3166-1 alpha-2 code", "admin1": "first-level region (GeoNames)",
            "admin2": "second-level region (GeoNames)", "location": "finest place named",
            "latitude": "degrees (GeoNames)", "longitude": "degrees (GeoNames)",
            "geo_precision": "1 town, 2 near or part of a region, 3 region only",
            "actor1": "main actor, ACLED-style name", "actor1_type": "ACLED actor type",
            "actor2": "other actor", "actor2_type": "ACLED actor type",
            "fatalities": "people killed, " + _FIGURES,
            "fatalities_low": "lowest credible fatality claim",
            "fatalities_high": "highest fatality claim",
            "injured": "people injured, best figure", "arrested": "people arrested, best "
            "figure", "crowd_size": "crowd size, best figure",
            "confidence": "0..1: how sure the extractor is that this is an event as coded",
            "n_reports": "reports merged into the event", "n_documents": "articles reporting it",
            "sources": "publishers of those articles", "updated_at": "last change (UTC)",
        },
        {"facets": ["event_type", "sub_event_type", "country", "admin1"],
         "sort_desc": "date", "label_column": "location"},
    ),
    "claims_view": (
        "Claims",
        "Every reported figure of every event: the value, who said it (null: the article's "
        "own voice), the outlet that relays it, and the exact passage (quote, with its "
        "character offsets into the article text in documents).",
        {
            "id": "claim id", "event_id": "the event (events_view.id)",
            "kind": "fatalities, injured, arrested, crowd_size or sites",
            "value": "the figure", "low": "lower bound of a range", "high": "upper bound",
            "qualifier": "exact, at_least, at_most, about or a vague word",
            "reporter": "who said it (null: the article's own voice)",
            "reporter_class": "government, health, police, ngo, organiser, media, ...",
            "via": "the outlet that relays the reporter", "scope": "event or cumulative",
            "as_of": "date the figure refers to", "quote": "the passage, word for word",
            "quote_start": "first character of the quote in the article text",
            "quote_end": "character after the quote", "doc_id": "the article (documents_view)",
            "publisher": "publisher of the article", "published": "publication date",
            "title": "title of the article", "url": "address of the article",
            "report_key": "the report (article and event in it) the claim belongs to",
        },
        {"facets": ["kind", "reporter_class", "publisher"], "sort": "event_id"},
    ),
    "documents_view": (
        "Articles",
        "The articles read, without their text (the documents table has it).",
        {
            "id": "article id", "published": "publication date", "publisher": "publisher",
            "title": "title", "author": "author", "url": "address", "language": "ISO 639-1",
            "n_reports": "events reported in it", "n_tallies": "cumulative counts in it",
            "ingested_at": "when it was read (UTC)", "source": "file or URL it came from",
        },
        {"facets": ["publisher", "language"], "sort_desc": "published",
         "label_column": "title"},
    ),
    "tallies_view": (
        "Tallies",
        "Cumulative counts (deaths since a date, in a country or region), kept apart and "
        "never added to events, with who reported them and the passage.",
        {
            "id": "tally id", "kind": "deaths, injured or arrested", "value": "the count",
            "low": "lower bound", "high": "upper bound", "qualifier": "exact, at_least, ...",
            "as_of": "date the count refers to", "since": "start of the period counted",
            "country": "ISO code", "admin1": "region", "scope": "what is counted",
            "reporter": "who said it", "reporter_class": "kind of reporter",
            "via": "relaying outlet", "quote": "the passage, word for word",
            "quote_start": "first character of the quote", "quote_end": "character after it",
            "doc_id": "the article", "publisher": "publisher", "published": "publication date",
            "title": "title", "url": "address",
        },
        {"facets": ["kind", "country"], "sort_desc": "as_of"},
    ),
}

#: The tables under the views, for readers who go further.
TABLES = {
    "documents": "Articles with their clean text, which every offset points into.",
    "reports": "One row per article's account of one event (the full report as JSON in "
               "data); event_id is the merged event.",
    "claims": "Every figure of every report (claims_view joins it to events and articles).",
    "evidence": "Every evidence span of every report and tally: field, offsets, quote.",
    "tallies": "Cumulative counts, never added to events.",
    "events": "Merged events (events_view is the readable form); figures as JSON.",
    "revisions": "The history of each event: created, updated, merged, split, retired.",
    "decisions": "How each report was matched to an event, with scores and reasons.",
    "overrides": "Human merges and splits, kept across later resolution runs.",
    "alembic_version": "Schema revision of the database.",
}


def datasette_metadata(database: str, *, title: str | None = None,
                       description: str | None = None, license: str | None = None,
                       license_url: str | None = None, source: str | None = None,
                       source_url: str | None = None) -> dict[str, Any]:
    """The ``metadata.json`` for Datasette serving the database named ``database`` (the file
    name without ``.db``). ``license`` defaults to CC BY 4.0 (GeoNames data inside)."""
    tables: dict[str, Any] = {}
    for name, (view_title, text, columns, options) in VIEWS.items():
        tables[name] = {"title": view_title, "description": text, "columns": dict(columns),
                        **options}
    for name, text in TABLES.items():
        tables[name] = {"description": text}
    credits = ("Coded by willay " + __version__ + " from news articles (see documents_view); "
               "quoted passages remain the words of their publishers. Place names and "
               "coordinates: GeoNames (geonames.org), CC BY 4.0. Event taxonomy: ACLED's.")
    meta = {
        "title": title or f"{database}: protest and political-violence events",
        "description": description or (
            "Events coded from news reports in ACLED's taxonomy, each figure with who "
            "reported it and the passage that says so. Start with events_view; "
            "claims_view lists every reported figure."),
        "license": license or DEFAULT_LICENSE,
        "license_url": license_url or (DEFAULT_LICENSE_URL if not license else None),
        "source": source or "news reports, coded by willay",
        "source_url": source_url,
        "about": credits,
        "databases": {database: {"description": credits, "tables": tables}},
    }
    return {k: v for k, v in meta.items() if v is not None}
