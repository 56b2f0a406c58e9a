/* willay dashboard: filters, map, timeline, tallies, event list and the evidence page.
   All data reaches the page through textContent and DOM nodes: never as HTML. */
(function () {
  "use strict";
  var PAGE = 50;          // rows per page of the event table
  var MAP_LIMIT = 1000;   // events drawn on the map and the timeline
  var FIGURES = ["fatalities", "injured", "arrested", "crowd_size"];
  var FACET_TOP = 5;      // values listed under each filter (all of them are in its list)
  var state = { config: null, offset: 0, order: "date", total: 0, map: null, markers: null,
                mapEvents: null, fitting: false, overviewHash: "#/" };
  var SPREAD_PX = 16;     // markers closer than this on screen are spread around their point
  /* Evidence fields and their colours (classes f-*, see style.css), in legend order. */
  var HL_GROUPS = [["trigger", "what happened"], ["sub_event_type", "type"], ["date", "date"],
    ["location", "place"], ["actor1", "actor 1"], ["actor2", "actor 2"],
    ["claim", "figure (claim)"], ["reporter", "who said it"], ["other", "other evidence"]];

  function $(id) { return document.getElementById(id); }

  function node(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }

  function clear(n) { while (n.firstChild) { n.removeChild(n.firstChild); } }

  function escapeHtml(s) {  // only for Leaflet's attribution option, which takes HTML
    var d = document.createElement("div");
    d.textContent = s;
    return d.innerHTML;
  }

  function query(params) {
    var q = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      var v = params[k];
      if (v !== undefined && v !== null && v !== "") { q.append(k, String(v)); }
    });
    var s = q.toString();
    return s ? "?" + s : "";
  }

  function api(path, params) {
    return fetch(path + query(params || {}), { headers: { Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) {
          return r.json().catch(function () { return {}; }).then(function (body) {
            throw new Error(path + ": " + (body.detail ? JSON.stringify(body.detail) : r.status));
          });
        }
        return r.json();
      });
  }

  function showError(err) {
    var box = $("error-box");
    if (!box) {
      box = node("p", "error");
      box.id = "error-box";
      box.setAttribute("role", "alert");
      document.body.insertBefore(box, document.body.firstChild.nextSibling);
    }
    box.textContent = String(err && err.message ? err.message : err);
  }

  function filters() {
    var out = {};
    new FormData($("filters")).forEach(function (v, k) { if (v !== "") { out[k] = v; } });
    return out;
  }

  function fillSelect(select, values) {
    values.forEach(function (v) {
      var o = node("option", null, v);
      o.value = v;
      select.appendChild(o);
    });
  }

  /* ------------------------------------------------------------- facets */
  var FACET_SELECTS = { event_type: "f-event-type", sub_event_type: "f-sub-event-type",
                        country: "f-country", admin1: "f-admin1" };

  /* Counts beside each filter (/api/facets/counts): every option of a list shows how many
     events choosing it gives with the other filters; the most frequent values are listed
     under the list as links, as Datasette lists its facets. */
  function drawFacets(counts, params) {
    Object.keys(FACET_SELECTS).forEach(function (field) {
      var n = {};
      counts[field].forEach(function (c) { n[c.value] = c.count; });
      var select = $(FACET_SELECTS[field]);
      Array.prototype.forEach.call(select.options, function (o) {
        if (!o.value) { return; }
        var count = n[o.value] || 0;
        o.textContent = o.value + " (" + count + ")";
        o.setAttribute("data-count", String(count));
      });
      var ul = $("facet-" + field);
      clear(ul);
      counts[field].slice(0, FACET_TOP).forEach(function (c) {
        var li = node("li");
        var chosen = params[field] === c.value;
        var link = Object.assign({}, params);
        if (chosen) { delete link[field]; } else { link[field] = c.value; }
        if (state.order !== "date") { link.order = state.order; }
        var a = node("a", chosen ? "facet-value chosen" : "facet-value", c.value);
        a.href = "#/" + query(link);
        a.title = chosen ? "remove this filter" : "show only these events";
        a.addEventListener("click", function (e) {  // keeps the table's order
          e.preventDefault();
          $(FACET_SELECTS[field]).value = chosen ? "" : c.value;
          go(overviewHash(0));
        });
        li.setAttribute("data-value", c.value);
        li.setAttribute("data-count", String(c.count));
        li.appendChild(a);
        li.appendChild(node("span", "facet-count", c.count));
        ul.appendChild(li);
      });
      if (counts[field].length > FACET_TOP) {
        ul.appendChild(node("li", "muted", (counts[field].length - FACET_TOP) + " more in the list"));
      }
    });
  }

  function place(e) {
    return [e.location, e.admin1, e.country].filter(Boolean).join(", ") || "unknown place";
  }

  function figureText(f) {
    if (!f || f.best === null || f.best === undefined) { return ""; }
    if (f.low !== null && f.high !== null && f.low !== f.high) {
      return f.best + " (" + f.low + "\u2013" + f.high + ")";
    }
    return String(f.best);
  }

  function eventLink(e, text) {
    var a = node("a", "event-link", text);
    a.href = "#/event/" + encodeURIComponent(e.id);
    a.setAttribute("data-event-id", e.id);
    return a;
  }

  /* ---------------------------------------------------------------- map */
  function initMap() {
    if (!window.L) { $("map-note").textContent = "(map library not loaded)"; return; }
    var map = window.L.map("map", { worldCopyJump: true, preferCanvas: false }).setView([0, 0], 2);
    var cfg = state.config || {};
    if (cfg.tile_url) {
      window.L.tileLayer(cfg.tile_url, {
        maxZoom: 18, attribution: cfg.tile_attribution ? escapeHtml(cfg.tile_attribution) : ""
      }).addTo(map);
    } else {
      $("map").classList.add("no-tiles");
      $("map-note").textContent = "(no map tiles configured: events over country outlines)";
      map.createPane("outlines").style.zIndex = 350;
      var grid = [];
      for (var lat = -60; lat <= 60; lat += 30) { grid.push([[lat, -180], [lat, 180]]); }
      for (var lon = -180; lon <= 180; lon += 30) { grid.push([[-85, lon], [85, lon]]); }
      window.L.polyline(grid, { className: "graticule", interactive: false, weight: 1, pane: "outlines" }).addTo(map);
      api("/api/outlines").then(function (data) {
        window.L.geoJSON(data, { pane: "outlines", interactive: false,
          style: function () { return { className: "country-outline", weight: 1 }; } }).addTo(map);
        document.body.setAttribute("data-outlines", String(data.features.length));
      }).catch(function () { $("map-note").textContent = "(no map tiles, no country outlines)"; });
    }
    state.map = map;
    state.markers = window.L.featureGroup().addTo(map);
    map.on("zoomend", function () {
      if (!state.fitting && state.mapEvents) { drawMarkers(placeGroups(state.mapEvents)); }
    });
  }

  /* Events with coordinates grouped by place (point and name). */
  function placeGroups(events) {
    var groups = {}, order = [];
    events.forEach(function (e) {
      if (e.latitude === null || e.longitude === null) { return; }
      var k = e.latitude.toFixed(4) + "," + e.longitude.toFixed(4) + "|" + place(e);
      if (!groups[k]) { groups[k] = []; order.push(k); }
      groups[k].push(e);
    });
    return order.map(function (k) { return groups[k]; });
  }

  /* Screen positions: places closer than SPREAD_PX are put on a small circle around their
     centre (a region drawn at its capital no longer hides the town), with a leader line. */
  function spread(groups) {
    var map = state.map;
    var pts = groups.map(function (g) { return map.latLngToLayerPoint([g[0].latitude, g[0].longitude]); });
    var cluster = groups.map(function () { return -1; });
    var clusters = [];
    pts.forEach(function (p, i) {
      if (cluster[i] >= 0) { return; }
      var members = [i];
      cluster[i] = clusters.length;
      for (var j = i + 1; j < pts.length; j++) {
        if (cluster[j] < 0 && p.distanceTo(pts[j]) < SPREAD_PX) { members.push(j); cluster[j] = clusters.length; }
      }
      clusters.push(members);
    });
    var out = pts.slice();
    clusters.forEach(function (members) {
      if (members.length < 2) { return; }
      var r = SPREAD_PX * 0.9 + members.length * 3;
      members.forEach(function (idx, k) {
        var a = 2 * Math.PI * k / members.length - Math.PI / 2;
        out[idx] = pts[members[0]].add(window.L.point(Math.cos(a) * r, Math.sin(a) * r));
      });
    });
    return out.map(function (p, i) { return { at: map.layerPointToLatLng(p), moved: !p.equals(pts[i]) }; });
  }

  function drawMap(events) {
    if (!state.map) { return; }
    state.mapEvents = events;
    var groups = placeGroups(events);
    if (groups.length) {
      var bounds = window.L.latLngBounds(groups.map(function (g) { return [g[0].latitude, g[0].longitude]; }));
      state.fitting = true;
      state.map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate: false });
      state.fitting = false;
    }
    drawMarkers(groups);
  }

  function drawMarkers(groups) {
    state.markers.clearLayers();
    var where = spread(groups);
    groups.forEach(function (list, i) {
      var dead = list.reduce(function (s, e) { return s + ((e.fatalities && e.fatalities.best) || 0); }, 0);
      var at = where[i].at;
      if (where[i].moved) {
        window.L.polyline([[list[0].latitude, list[0].longitude], at],
          { className: "spread-leg", interactive: false, weight: 1 }).addTo(state.markers);
      }
      var m = window.L.circleMarker(at, {
        radius: 5 + Math.min(15, Math.sqrt(dead) * 2 + list.length - 1),
        className: dead ? "ev-marker deadly" : "ev-marker"
      });
      var box = node("div", "popup");
      box.appendChild(node("strong", null, place(list[0])));
      var ul = node("ul");
      list.slice(0, 20).forEach(function (e) {
        var li = node("li");
        li.appendChild(eventLink(e, (e.date || "?") + " \u2013 " + e.sub_event_type));
        if (e.fatalities && e.fatalities.best) { li.appendChild(node("span", "muted", " " + figureText(e.fatalities) + " dead")); }
        ul.appendChild(li);
      });
      if (list.length > 20) { ul.appendChild(node("li", "muted", (list.length - 20) + " more")); }
      box.appendChild(ul);
      m.bindPopup(box);
      if (!(state.config && state.config.tile_url) && groups.length <= 60) {
        // Without map tiles, name the places so that the map can be read.
        m.bindTooltip(node("span", "map-label", place(list[0])),
          { permanent: true, direction: "right", offset: [6, 0], className: "place-tip" });
      }
      m.addTo(state.markers);
      var path = m.getElement && m.getElement();
      if (path) {
        path.setAttribute("data-event-ids", list.map(function (e) { return e.id; }).join(" "));
        path.setAttribute("data-place", place(list[0]));
      }
    });
  }

  /* ----------------------------------------------------------- overview */
  /* The sortable column headers show the order in force (aria-sort). */
  function markOrder() {
    var key = state.order.replace(/_asc$/, "");
    Array.prototype.forEach.call(document.querySelectorAll("#event-table th[data-order]"), function (th) {
      if (th.getAttribute("data-order") === key) {
        th.setAttribute("aria-sort", /_asc$/.test(state.order) ? "ascending" : "descending");
      } else {
        th.removeAttribute("aria-sort");
      }
    });
  }

  /* A click on a column header sorts by it (figures and dates largest first, sources A to Z);
     a second click turns the order round. Sorting is done by the API, over every matching
     event, not only over the page shown. */
  function sortBy(key) {
    var current = state.order.replace(/_asc$/, "");
    var order;
    if (key === current) {
      order = /_asc$/.test(state.order) ? key : key + "_asc";
    } else {
      order = key === "source" ? "source_asc" : key;
    }
    state.order = order;
    turnPage(0);
  }

  function numberText(v, digits) {
    return v === null || v === undefined ? "" : (digits ? Number(v).toFixed(digits) : String(v));
  }

  function loadTable() {
    var params = filters();
    params.limit = PAGE;
    params.offset = state.offset;
    if (state.order !== "date") { params.order = state.order; }
    markOrder();
    return api("/api/events", params).then(function (page) {
      state.total = page.total;
      var body = $("event-rows");
      clear(body);
      page.items.forEach(function (e) {
        var tr = node("tr");
        tr.setAttribute("data-event-id", e.id);
        tr.appendChild(node("td", null, e.date || ""));
        var type = node("td");
        type.appendChild(eventLink(e, e.sub_event_type));
        type.appendChild(node("div", "muted", e.event_type));
        tr.appendChild(type);
        tr.appendChild(node("td", null, place(e)));
        tr.appendChild(node("td", null, [e.actor1, e.actor2].filter(Boolean).join(" / ")));
        tr.appendChild(node("td", "num col-fatalities", figureText(e.fatalities)));
        tr.appendChild(node("td", "num col-injured", figureText(e.injured)));
        tr.appendChild(node("td", "num col-arrested", figureText(e.arrested)));
        tr.appendChild(node("td", "num col-confidence", numberText(e.confidence, 2)));
        tr.appendChild(node("td", "num col-reports", numberText(e.n_reports)));
        tr.appendChild(node("td", "col-source", (e.sources || []).join("; ")));
        body.appendChild(tr);
      });
      $("event-count").textContent = page.total + " matching";
      var last = Math.min(page.offset + page.items.length, page.total);
      $("page-info").textContent = page.total ? (page.offset + 1) + "\u2013" + last + " of " + page.total : "none";
      $("prev-page").disabled = page.offset === 0;
      $("next-page").disabled = last >= page.total;
    });
  }

  function loadOverview() {
    var params = filters();
    var q = query(params);
    ["csv", "geojson", "jsonl"].forEach(function (f) {
      $("export-" + f).href = "/api/export/events." + f + q;
    });
    var all = Object.assign({}, params, { limit: MAP_LIMIT, offset: 0 });
    var drawn = api("/api/events", all).then(function (page) {
      drawMap(page.items);
      window.WillayCharts.timeline($("timeline"), page.items);
      if (page.total > page.items.length) {
        $("map-note").textContent = "(newest " + page.items.length + " of " + page.total + " shown)";
      }
    });
    var tallies = api("/api/tallies", { kind: "deaths", country: params.country }).then(drawTallies);
    var facets = api("/api/facets/counts", params).then(function (c) { drawFacets(c, params); });
    return Promise.all([loadTable(), drawn, tallies, facets]).then(function () {
      document.body.setAttribute("data-loaded", "overview");
    });
  }

  /* The chart, then the tallies as text: each series' latest first, every other one in a
     folded list below. */
  function drawTallies(series) {
    window.WillayCharts.tally($("tally"), series, $("tally-legend"));
    var list = $("tally-list");
    clear(list);
    var rest = [];
    function item(s, p) {
      var li = node("li");
      li.appendChild(node("strong", null, (p.value === null ? "?" : p.value) + " " + s.kind));
      li.appendChild(document.createTextNode(" as of " + (p.as_of || "unknown date") + ", "
        + (p.reporter ? "reported by " + p.reporter : "in the article's own voice")
        + (p.via ? " via " + p.via : "") + (s.country ? " (" + [s.admin1, s.country].filter(Boolean).join(", ") + ")" : "")));
      if (p.evidence) { li.appendChild(node("q", "quote", p.evidence.quote)); }
      return li;
    }
    series.forEach(function (s) {
      s.points.forEach(function (p, i) {
        if (i === s.points.length - 1) { list.appendChild(item(s, p)); } else { rest.push(item(s, p)); }
      });
    });
    var more = $("tally-more");
    if (more) { more.parentNode.removeChild(more); }
    if (rest.length) {
      more = node("details", "tally-more");
      more.id = "tally-more";
      more.appendChild(node("summary", null, rest.length + " earlier tallies"));
      var ol = node("ol", "tally-list");
      rest.forEach(function (li) { ol.appendChild(li); });
      more.appendChild(ol);
      list.parentNode.insertBefore(more, list.nextSibling);
    }
  }

  /* --------------------------------------------------------- event page */
  function codePoints(text) { return Array.from(text); }

  /* The colour group of an evidence field: "claim:fatalities" -> "claim", "triggers" -> "trigger". */
  function hlGroup(field) {
    var g = String(field).split(":")[0];
    if (g === "triggers") { g = "trigger"; }
    for (var i = 0; i < HL_GROUPS.length; i++) { if (HL_GROUPS[i][0] === g) { return g; } }
    return "other";
  }

  /* The legend of the colours used in one article's highlights. */
  function hlLegend(container) {
    var used = {};
    Array.prototype.forEach.call(container.querySelectorAll("mark.hl"), function (m) {
      m.classList.forEach(function (c) { if (c.indexOf("f-") === 0) { used[c.slice(2)] = true; } });
    });
    var ul = node("ul", "hl-legend");
    ul.setAttribute("aria-label", "highlight colours");
    HL_GROUPS.forEach(function (g) {
      if (!used[g[0]]) { return; }
      var li = node("li");
      li.setAttribute("data-field", g[0]);
      li.appendChild(node("span", "swatch f-" + g[0]));
      li.appendChild(document.createTextNode(g[1]));
      ul.appendChild(li);
    });
    return ul;
  }

  /* Render text with highlights; offsets count Unicode code points (as Python does). */
  function renderArticle(container, text, hls) {
    var chars = codePoints(text);
    var cuts = [0, chars.length];
    hls.forEach(function (h) { cuts.push(h.start, h.end); });
    cuts = cuts.filter(function (c, i, a) { return c >= 0 && c <= chars.length && a.indexOf(c) === i; })
      .sort(function (a, b) { return a - b; });
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i], b = cuts[i + 1];
      var piece = chars.slice(a, b).join("");
      var covering = [];
      hls.forEach(function (h, k) { if (h.start <= a && h.end >= b && h.start < h.end) { covering.push(k); } });
      if (!covering.length) { container.appendChild(document.createTextNode(piece)); continue; }
      var mark = node("mark", "hl", piece);
      var fields = covering.map(function (k) { return hls[k].field; });
      fields.forEach(function (f) { mark.classList.add("f-" + hlGroup(f)); });
      mark.setAttribute("data-hl", covering.join(" "));
      mark.title = fields.join(", ");
      container.appendChild(mark);
    }
  }

  function flash(hl) {
    var marks = document.querySelectorAll("mark.hl");
    var first = null;
    Array.prototype.forEach.call(marks, function (m) {
      var on = m.getAttribute("data-hl").split(" ").indexOf(hl) >= 0;
      m.classList.toggle("focus", on);
      if (on && !first) { first = m; }
    });
    if (first && first.scrollIntoView) { first.scrollIntoView({ block: "center" }); }
  }

  function hlIndex(hls, span, field, reportId) {
    for (var k = 0; k < hls.length; k++) {
      if (hls[k].start === span.start && hls[k].end === span.end) { return k; }
    }
    hls.push({ start: span.start, end: span.end, quote: span.quote, field: field, report_id: reportId });
    return hls.length - 1;
  }

  function loadEvent(id) {
    return api("/api/events/" + encodeURIComponent(id)).then(function (ev) {
      var docIds = [];
      ev.reports.forEach(function (r) { if (docIds.indexOf(r.doc_id) < 0) { docIds.push(r.doc_id); } });
      return Promise.all(docIds.map(function (d) { return api("/api/documents/" + encodeURIComponent(d)); }))
        .then(function (docs) { renderEvent(ev, docs); });
    });
  }

  function renderEvent(ev, docs) {
    $("ev-title").textContent = ev.sub_event_type + " \u2013 " + place(ev);
    $("ev-meta").textContent = [ev.date || "date unknown", ev.event_type, ev.disorder_type,
      [ev.actor1, ev.actor2].filter(Boolean).join(" vs "),
      "confidence " + (ev.confidence === null ? "?" : ev.confidence),
      ev.n_reports + " report(s)"].filter(Boolean).join(" \u00b7 ");

    var fbody = $("ev-figures").querySelector("tbody");
    clear(fbody);
    FIGURES.forEach(function (k) {
      var f = ev[k];
      if (!f) { return; }
      var tr = node("tr");
      tr.setAttribute("data-kind", k);
      tr.appendChild(node("td", null, k.replace("_", " ")));
      ["best", "low", "high"].forEach(function (c) { tr.appendChild(node("td", "num fig-" + c, f[c] === null ? "" : f[c])); });
      fbody.appendChild(tr);
    });

    var reportIds = ev.reports.map(function (r) { return r.id; });
    var perDoc = {};
    docs.forEach(function (d) {
      perDoc[d.id] = d.highlights.filter(function (h) {
        return h.event_id === ev.id || reportIds.indexOf(h.report_id) >= 0;
      });
    });

    var cbody = $("ev-claims").querySelector("tbody");
    clear(cbody);
    ev.claims.forEach(function (c) {
      var docId = c.doc_id || (ev.reports[0] && ev.reports[0].doc_id);
      var hls = perDoc[docId] || (perDoc[docId] = []);
      var k = hlIndex(hls, c.evidence, "claim:" + c.kind, c.report_id);
      var tr = node("tr", "claim");
      tr.setAttribute("data-hl", String(k));
      tr.setAttribute("data-doc-id", docId);
      tr.setAttribute("data-kind", c.kind);
      tr.appendChild(node("td", null, c.kind));
      var value = c.value === null ? "?" : String(c.value);
      if (c.low !== null && c.high !== null && c.low !== c.high) { value += " (" + c.low + "\u2013" + c.high + ")"; }
      if (c.qualifier && c.qualifier !== "exact") { value += " " + c.qualifier.replace("_", " "); }
      tr.appendChild(node("td", "num claim-value", value));
      tr.appendChild(node("td", "claim-reporter", c.reporter || "the article's own voice"));
      tr.appendChild(node("td", "claim-via", c.via || ""));
      var td = node("td");
      var quote = node("q", "quote claim-quote f-claim", c.evidence.quote);
      td.appendChild(quote);
      tr.appendChild(td);
      tr.tabIndex = 0;
      tr.addEventListener("click", function () { flash(String(k)); });
      tr.addEventListener("keydown", function (e) { if (e.key === "Enter") { flash(String(k)); } });
      cbody.appendChild(tr);
    });

    var dl = $("ev-fields");
    clear(dl);
    ev.reports.forEach(function (r) {
      var hls = perDoc[r.doc_id] || (perDoc[r.doc_id] = []);
      var entries = [["trigger", [r.trigger]]].concat(Object.keys(r.evidence).map(function (f) { return [f, r.evidence[f]]; }));
      entries.forEach(function (entry) {
        var dt = node("dt", null, entry[0]);
        var dd = node("dd");
        entry[1].forEach(function (span) {
          var k = hlIndex(hls, span, entry[0], r.id);
          var q = node("q", "quote field-quote f-" + hlGroup(entry[0]), span.quote);
          q.setAttribute("data-hl", String(k));
          q.tabIndex = 0;
          q.addEventListener("click", function () { flash(String(k)); });
          dd.appendChild(q);
        });
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
    });

    var revs = $("ev-revisions");
    clear(revs);
    ev.revisions.forEach(function (r) {
      var when = r.at ? String(r.at).slice(0, 16).replace("T", " ") : "";
      revs.appendChild(node("li", null, [when, r.action, r.summary].filter(Boolean).join(" \u2013 ")));
    });
    if (!ev.revisions.length) { revs.appendChild(node("li", "muted", "no revisions")); }

    var box = $("ev-articles");
    clear(box);
    docs.forEach(function (d) {
      var art = node("article", "doc");
      art.setAttribute("data-doc-id", d.id);
      art.appendChild(node("h2", null, d.title || d.id));
      var meta = [d.publisher, d.author, d.published].filter(Boolean).join(" \u00b7 ");
      if (meta) { art.appendChild(node("p", "muted", meta)); }
      if (d.url && /^https?:\/\//i.test(d.url)) {
        var a = node("a", null, d.url);
        a.href = d.url;
        a.rel = "noopener noreferrer nofollow";
        a.target = "_blank";
        art.appendChild(a);
      }
      var text = node("div", "article-text");
      renderArticle(text, d.text, perDoc[d.id] || []);
      art.appendChild(hlLegend(text));
      art.appendChild(text);
      box.appendChild(art);
    });
    document.body.setAttribute("data-loaded", "event");
  }

  /* ------------------------------------------------------------- routing */
  /* The overview's state lives in the URL: #/?country=ZZ&admin1=Kelm&offset=50, so that a
     reload or a shared link shows the same view. */
  function hashParams() {
    var m = /^#\/\?(.*)$/.exec(location.hash);
    return new URLSearchParams(m ? m[1] : "");
  }

  function overviewHash(offset) {
    var params = filters();
    if (state.order !== "date") { params.order = state.order; }
    if (offset) { params.offset = offset; }
    return "#/" + query(params);
  }

  function formFromHash() {
    var params = hashParams();
    Array.prototype.forEach.call($("filters").elements, function (el) {
      if (!el.name) { return; }
      var v = params.get(el.name) || "";
      if (el.tagName === "SELECT" && v && !Array.prototype.some.call(el.options, function (o) { return o.value === v; })) {
        fillSelect(el, [v]);  // a value from a shared link that the facets do not list
      }
      el.value = v;
    });
    state.offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    var order = params.get("order") || "date";
    state.order = /^[a-z]+(_asc)?$/.test(order) ? order : "date";  // the API checks the rest
  }

  function go(hash) {
    document.body.removeAttribute("data-loaded");
    if (location.hash === hash || (!location.hash && hash === "#/")) { route(); } else { location.hash = hash; }
  }

  function route() {
    var m = /^#\/event\/(.+)$/.exec(location.hash);
    document.body.removeAttribute("data-loaded");
    if (m) {
      $("overview").hidden = true;
      $("event-view").hidden = false;
      $("back-link").href = state.overviewHash;
      window.scrollTo(0, 0);
      loadEvent(decodeURIComponent(m[1])).catch(showError);
    } else {
      $("event-view").hidden = true;
      $("overview").hidden = false;
      state.overviewHash = location.hash || "#/";
      formFromHash();
      if (state.map) { state.map.invalidateSize(); }
      loadOverview().catch(showError);
    }
  }

  function turnPage(offset) {
    state.offset = Math.max(0, offset);
    state.overviewHash = overviewHash(state.offset);
    history.replaceState(null, "", state.overviewHash);  // no hashchange: only the table reloads
    document.body.removeAttribute("data-loaded");
    loadTable().then(function () { document.body.setAttribute("data-loaded", "overview"); })
      .catch(showError);
  }

  function init() {
    Promise.all([api("/api/config"), api("/api/facets")]).then(function (res) {
      state.config = res[0];
      var f = res[1];
      fillSelect($("f-event-type"), f.event_types);
      fillSelect($("f-sub-event-type"), f.sub_event_types);
      fillSelect($("f-country"), f.countries);
      fillSelect($("f-admin1"), f.admin1);
      if (window.matchMedia && window.matchMedia("(max-width: 700px)").matches) {
        $("filters-box").open = false;
      }
      initMap();
      $("filters").addEventListener("submit", function (e) {
        e.preventDefault();
        go(overviewHash(0));
      });
      $("filters").addEventListener("reset", function () {
        setTimeout(function () { go("#/"); }, 0);  // after the form has been cleared
      });
      $("prev-page").addEventListener("click", function () { turnPage(state.offset - PAGE); });
      $("next-page").addEventListener("click", function () { turnPage(state.offset + PAGE); });
      Array.prototype.forEach.call(document.querySelectorAll("#event-table th[data-order] button"), function (b) {
        b.addEventListener("click", function () { sortBy(b.parentNode.getAttribute("data-order")); });
      });
      window.addEventListener("hashchange", route);
      route();
    }).catch(showError);
  }

  document.addEventListener("DOMContentLoaded", init);
}());
