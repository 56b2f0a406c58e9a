"""The FastAPI application: REST endpoints over a reader, the dashboard, security middleware."""

from __future__ import annotations

import datetime as dt
import hmac
import itertools
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

from willay import __version__
from willay.api.query import DEFAULT_LIMIT, MAX_API_OFFSET, MAX_LIMIT, BBox, EventFilter
from willay.api.reader import Reader
from willay.api.schemas import (
    ConfigOut,
    DocumentOut,
    EventDetail,
    EventPage,
    FacetCountsOut,
    FacetsOut,
    IngestIn,
    IngestOut,
    PlaceOut,
    TallySeries,
)
from willay.api.security import DEFAULT_MAX_BODY_BYTES, HostPolicy, SecurityMiddleware
from willay.errors import ConfigError, InputError, NotFoundError, StoreError
from willay.export import Export
from willay.store.records import ORDERS, parse_cursor

LOG = logging.getLogger("willay.api")
#: What a client is told when the database fails: the reason, with the database's URL or
#: file, goes to the server log only.
DATABASE_FAILED = "the database could not answer this request (the server log says why)"

#: Most documents one ingest request may carry.
MAX_INGEST_DOCUMENTS = 100


def static_dir() -> Path:
    """The dashboard's own files (HTML, CSS, JavaScript), shipped in the package."""
    return Path(__file__).resolve().parent.parent / "web" / "static"


def leaflet_dir() -> Path:
    """Leaflet's files from the installed XStatic-Leaflet package (never a CDN)."""
    try:
        from xstatic.pkg import leaflet
    except ImportError as exc:
        raise ConfigError("xstatic-leaflet is not installed: pip install xstatic-leaflet") from exc
    return Path(leaflet.BASE_DIR)


def swagger_ui_dir() -> Path:
    """Swagger UI's files (``swagger-ui-bundle.js``, ``swagger-ui.css``) from the installed
    fastapi-offline package, served at ``/vendor/swagger-ui/`` (never a CDN)."""
    from importlib import util

    spec = util.find_spec("fastapi_offline")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "static"
        if (path / "swagger-ui-bundle.js").is_file():
            return path
    raise ConfigError("fastapi-offline is not installed: pip install fastapi-offline")


def _filter(
    date_from: Annotated[dt.date | None, Query(description="events ending on or after")] = None,
    date_to: Annotated[dt.date | None, Query(description="events starting on or before")] = None,
    event_type: Annotated[str | None, Query(description="ACLED event type")] = None,
    sub_event_type: Annotated[str | None, Query(description="ACLED sub-event type")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2 code",
                                         max_length=2)] = None,
    admin1: Annotated[str | None, Query(description="first-level region name")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    actor: Annotated[str | None, Query(description="every word begins a word of actor1 "
                                       "or actor2")] = None,
    q: Annotated[str | None, Query(description="full-text search: every word begins a word "
                                   "of the event's places, actors, types, tags or trigger "
                                   "words", max_length=200)] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> EventFilter:
    try:
        return EventFilter(
            date_from=date_from, date_to=date_to, event_type=event_type or None,
            sub_event_type=sub_event_type or None, country=country or None,
            admin1=admin1 or None, bbox=BBox.parse(bbox) if bbox else None,
            actor=actor or None, text=q or None, min_confidence=min_confidence,
        )
    except ConfigError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


FilterDep = Annotated[EventFilter, Depends(_filter)]


def create_app(
    db_url: str,
    *,
    ingest_token: str | None = None,
    tile_url: str | None = None,
    tile_attribution: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    reader: Reader | None = None,
    hosts: HostPolicy | None = None,
) -> FastAPI:
    """The API and dashboard over the store at ``db_url``.

    ``ingest_token``: the bearer token that ``POST /api/documents`` requires (``None``
    turns ingestion off). ``tile_url``: a Leaflet tile URL template; without one the map
    draws events on a plain background and loads nothing from elsewhere. ``reader``
    replaces the store (e.g. a :class:`~willay.api.reader.MemoryReader`). ``hosts``: the
    ``Host`` headers served (``None``: all; :func:`willay.api.server.serve` passes
    localhost and the bind address by default).

    No answer carries the database's URL or file: database failures are 503 with a
    fixed message (the reason goes to the log), a missing id is 404 without them.
    """
    if reader is None:
        from willay.api.store_reader import StoreReader

        reader = StoreReader(db_url)
    source: Reader = reader
    bearer = HTTPBearer(auto_error=False, description="the operator's ingest token")

    app = FastAPI(
        title="willay",
        version=__version__,
        description="Protest and political-violence events from news reports, each value "
        "with the passage of the article that supports it.",
        docs_url=None,  # /api/docs below: Swagger UI from a package, no inline script
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.reader = source
    app.add_middleware(SecurityMiddleware, max_body_bytes=max_body_bytes, tile_url=tile_url,
                       hosts=hosts)
    hidden = _database_names(db_url, source)

    @app.exception_handler(NotFoundError)
    async def _not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return JSONResponse({"detail": _without(str(exc), hidden)}, status_code=404)

    @app.exception_handler(StoreError)
    async def _store_error(request: Request, exc: StoreError) -> JSONResponse:
        LOG.error("%s %s: %s", request.method, request.url.path, exc)
        return JSONResponse({"detail": DATABASE_FAILED}, status_code=503)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # what was wrong and where, never the input itself (it may be any bytes)
        errors = [{"loc": [str(part) for part in e.get("loc", ())],
                   "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    @app.get("/api/config", response_model=ConfigOut, tags=["meta"])
    def config() -> ConfigOut:
        """Map tiles (if the operator set them) and whether ingestion is on."""
        return ConfigOut(tile_url=tile_url, tile_attribution=tile_attribution,
                         ingest_enabled=ingest_token is not None, version=__version__)

    @app.get("/api/facets", response_model=FacetsOut, tags=["events"])
    def facets() -> FacetsOut:
        """Event types, countries, regions and the date span present, for filter lists."""
        return source.facets()

    @app.get("/api/facets/counts", response_model=FacetCountsOut, tags=["events"])
    def facet_counts(flt: FilterDep) -> FacetCountsOut:
        """Each filter list's values with their numbers of events, Datasette-style: a value's
        count is the ``total`` that ``/api/events`` gives for these filters with that value
        chosen for its field."""
        return source.facet_counts(flt)

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def events(
        flt: FilterDep,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
        offset: Annotated[int, Query(ge=0, le=MAX_API_OFFSET,
                                     description="events skipped (for deeper pages: after)")
                          ] = 0,
        after: Annotated[str | None, Query(max_length=200, description="the next_cursor of "
                                           "the previous page: the page after it")] = None,
        order: Annotated[str, Query(
            description="date (newest first), fatalities, injured, arrested, confidence, "
            "reports or source (first publisher): largest or last first; add _asc for the "
            "other way. Unknown values come last.",
            json_schema_extra={"enum": list(ORDERS)})] = "date",
    ) -> EventPage:
        """Events matching the filters, newest first (or in ``order``), one page at a time
        (``offset``, or ``after`` the previous page's ``next_cursor`` at any depth)."""
        if order not in ORDERS:
            raise HTTPException(status_code=422, detail=f"order {order[:40]!r}: use one of "
                                f"{', '.join(ORDERS)}")
        if not after:
            return source.events(flt, limit, offset, order=order)
        if order != "date":
            raise HTTPException(status_code=422, detail="a cursor (after) continues the "
                                "newest-first list only: use offset with another order")
        try:
            parse_cursor(after)
        except ConfigError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        return source.events(flt, limit, offset, after=after)

    @app.get("/api/events/{event_id}", response_model=EventDetail, tags=["events"])
    def event(event_id: str) -> EventDetail:
        """One event with its reports, claims (with reporters), evidence and revisions."""
        return source.event(event_id)

    @app.get("/api/documents/{doc_id}", response_model=DocumentOut, tags=["documents"])
    def document(doc_id: str) -> DocumentOut:
        """A document's text (the input as given; for HTML the extracted main text) and every
        evidence span to highlight in it."""
        return source.document(doc_id)

    @app.get("/api/tallies", response_model=list[TallySeries], tags=["tallies"])
    def tallies(kind: str | None = None, country: str | None = None) -> list[TallySeries]:
        """Cumulative tallies (never added to events) as time series with their reporters."""
        return source.tallies(kind, country)

    @app.get("/api/places", response_model=list[PlaceOut], tags=["events"])
    def places(flt: FilterDep) -> list[PlaceOut]:
        """Places of the matching events with their number of events."""
        return source.places(flt)

    def _export(flt: EventFilter, fmt: str) -> StreamingResponse:
        job = Export(fmt, texts=source.document_text)
        return _download(job.chunks(_started(source.iter_details(flt))), job.media_type,
                         job.filename)

    @app.get("/api/export/events.csv", tags=["exports"],
             responses={200: {"content": {"text/csv": {}}}})
    def export_csv(flt: FilterDep) -> StreamingResponse:
        """Matching events as ACLED CSV (``willay export --format acled``)."""
        return _export(flt, "acled")

    @app.get("/api/export/events.ucdp.csv", tags=["exports"],
             responses={200: {"content": {"text/csv": {}}}})
    def export_ucdp(flt: FilterDep) -> StreamingResponse:
        """Matching fatal events as UCDP GED CSV (``willay export --format ucdp``)."""
        return _export(flt, "ucdp")

    @app.get("/api/export/events.plover.jsonl", tags=["exports"],
             responses={200: {"content": {"application/x-ndjson": {}}}})
    def export_plover(flt: FilterDep) -> StreamingResponse:
        """Matching events as PLOVER JSON lines (``willay export --format plover``)."""
        return _export(flt, "plover")

    @app.get("/api/export/events.geojson", tags=["exports"],
             responses={200: {"content": {"application/geo+json": {}}}})
    def export_geojson(flt: FilterDep) -> StreamingResponse:
        """Matching events with coordinates as GeoJSON (``willay export --format geojson``)."""
        return _export(flt, "geojson")

    @app.get("/api/export/events.jsonl", tags=["exports"],
             responses={200: {"content": {"application/x-ndjson": {}}}})
    def export_jsonl(flt: FilterDep) -> StreamingResponse:
        """Matching events with everything, one per line (``willay export --format jsonl``)."""
        return _export(flt, "jsonl")

    def _authorised(
        credentials: HTTPAuthorizationCredentials | None = Depends(bearer),  # noqa: B008
    ) -> None:
        if ingest_token is None:
            raise HTTPException(status_code=403, detail="ingestion is off: the operator set "
                                "no ingest token")
        given = credentials.credentials if credentials else ""
        if not hmac.compare_digest(given.encode(), ingest_token.encode()):
            raise HTTPException(status_code=401, detail="missing or wrong bearer token",
                                headers={"WWW-Authenticate": "Bearer"})

    def _json_body(request: Request) -> None:
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if media != "application/json":
            raise HTTPException(status_code=415, detail="send the documents as "
                                "application/json (a JSON array of input records)")

    @app.post("/api/documents", response_model=IngestOut, tags=["documents"],
              dependencies=[Depends(_authorised), Depends(_json_body)])
    def ingest(records: list[IngestIn]) -> IngestOut:
        """Ingest documents (JSONL input records) with the operator's bearer token."""
        if not records:
            raise HTTPException(status_code=422, detail="no documents given")
        if len(records) > MAX_INGEST_DOCUMENTS:
            raise HTTPException(status_code=413, detail=f"{len(records)} documents: at most "
                                f"{MAX_INGEST_DOCUMENTS} per request")
        try:
            return source.ingest([r.model_dump(exclude_none=True) for r in records])
        except (InputError, ConfigError) as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None

    @app.get("/api/outlines", tags=["meta"],
             responses={200: {"content": {"application/geo+json": {}}}})
    def outlines() -> FileResponse:
        """Country outlines (Natural Earth, simplified) for the map when no tiles are set;
        built from an installed package on first use, never downloaded."""
        from willay.config import Settings
        from willay.errors import GazetteerError
        from willay.geo.outlines import country_outlines

        try:
            path = country_outlines(Settings.from_env().cache_dir)
        except GazetteerError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None
        return FileResponse(path, media_type="application/geo+json",
                            headers={"Cache-Control": "max-age=86400"})

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, str]:
        """Liveness check."""
        return {"status": "ok"}

    app.mount("/static", StaticFiles(directory=static_dir()), name="static")
    app.mount("/vendor/leaflet", StaticFiles(directory=leaflet_dir()), name="leaflet")
    app.mount("/vendor/swagger-ui", StaticFiles(directory=swagger_ui_dir()), name="swagger-ui")

    @app.api_route("/api/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def api_docs() -> FileResponse:
        """The OpenAPI document rendered by Swagger UI, every file served from here."""
        return FileResponse(static_dir() / "api-docs.html", media_type="text/html")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static_dir() / "index.html", media_type="text/html")

    return app


def _started(events: Iterable[Any]) -> Iterator[Any]:
    """``events`` with its first item already read: the query runs before the response
    starts, so that its failure is an error status, not a 200 cut short. A failure later
    on ends the response without its last chunk, which clients report as an error."""
    iterator = iter(events)
    first = list(itertools.islice(iterator, 1))
    return itertools.chain(first, iterator)


def _database_names(db_url: str, source: Reader) -> list[str]:
    """The spellings of the database's URL and file that messages may hold."""
    names = {db_url}
    store = getattr(source, "store", None)
    url = getattr(store, "url", None)
    if isinstance(url, str):
        names.add(url)
    for name in list(names):
        if "///" in name:
            names.add(name.split("///", 1)[1])
    return sorted((n for n in names if n), key=len, reverse=True)


def _without(text: str, names: list[str]) -> str:
    for name in names:
        text = text.replace(name, "the database")
    return text


def _download(chunks: Iterator[str], media_type: str, filename: str) -> StreamingResponse:
    return StreamingResponse(
        chunks, media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )

