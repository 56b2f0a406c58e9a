/* willay dashboard: filters, map, timeline, tallies, event list and the evidence page.
   All data reaches the page through textContent and DOM nodes: never as HTML. */
(function () {
  "use strict";
  var PAGE = 50;          // rows per page of the event table
  var MAP_LIMIT = 1000;   // events drawn on the map and the timeline
  var FIGURES = ["fatalities", "injured", "arrested", "crowd_size"];
  var state = { config: null, offset: 0, total: 0, map: null, markers: null };

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
      $("map-note").textContent = "(no map tiles configured: events on a plain grid)";
      var grid = [];
      for (var lat = -60; lat <= 60; lat += 30) { grid.push([[lat, -180], [lat, 180]]); }
      for (var lon = -180; lon <= 180; lon += 30) { grid.push([[-85, lon], [85, lon]]); }
      window.L.polyline(grid, { className: "graticule", interactive: false, weight: 1 }).addTo(map);
    }
    state.map = map;
    state.markers = window.L.featureGroup().addTo(map);
  }

  function drawMap(events) {
    if (!state.map) { return; }
    state.markers.clearLayers();
    var groups = {};
    events.forEach(function (e) {
      if (e.latitude === null || e.longitude === null) { return; }
      var k = e.latitude.toFixed(4) + "," + e.longitude.toFixed(4);
      (groups[k] = groups[k] || []).push(e);
    });
    Object.keys(groups).forEach(function (k) {
      var list = groups[k];
      var dead = list.reduce(function (s, e) { return s + ((e.fatalities && e.fatalities.best) || 0); }, 0);
      var m = window.L.circleMarker([list[0].latitude, list[0].longitude], {
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
      if (!(state.config && state.config.tile_url) && Object.keys(groups).length <= 60) {
        // Without map tiles, name the places so that the map can be read.
        m.bindTooltip(node("span", "map-label", place(list[0])),
          { permanent: true, direction: "right", offset: [6, 0], className: "place-tip" });
      }
      m.addTo(state.markers);
      var path = m.getElement && m.getElement();
      if (path) { path.setAttribute("data-event-ids", list.map(function (e) { return e.id; }).join(" ")); }
    });
    if (state.markers.getLayers().length) {
      state.map.fitBounds(state.markers.getBounds().pad(0.3), { maxZoom: 7 });
    }
  }

  /* ----------------------------------------------------------- overview */
  function loadTable() {
    var params = filters();
    params.limit = PAGE;
    params.offset = state.offset;
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
        tr.appendChild(node("td", "num", figureText(e.fatalities)));
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
    return Promise.all([loadTable(), drawn, tallies]).then(function () {
      document.body.setAttribute("data-loaded", "overview");
    });
  }

  function drawTallies(series) {
    window.WillayCharts.tally($("tally"), series);
    var list = $("tally-list");
    clear(list);
    series.forEach(function (s) {
      s.points.forEach(function (p) {
        var li = node("li");
        li.appendChild(node("strong", null, (p.value === null ? "?" : p.value) + " " + s.kind));
        li.appendChild(document.createTextNode(" as of " + (p.as_of || "unknown date") + ", "
          + (p.reporter ? "reported by " + p.reporter : "in the article's own voice")
          + (p.via ? " via " + p.via : "") + (s.country ? " (" + [s.admin1, s.country].filter(Boolean).join(", ") + ")" : "")));
        if (p.evidence) { li.appendChild(node("q", "quote", p.evidence.quote)); }
        list.appendChild(li);
      });
    });
  }

  /* --------------------------------------------------------- event page */
  function codePoints(text) { return Array.from(text); }

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
      fields.forEach(function (f) { mark.classList.add("f-" + f.split(":")[0]); });
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
      var quote = node("q", "quote claim-quote", c.evidence.quote);
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
          var q = node("q", "quote field-quote", span.quote);
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
      art.appendChild(text);
      box.appendChild(art);
    });
    document.body.setAttribute("data-loaded", "event");
  }

  /* ------------------------------------------------------------- routing */
  function route() {
    var m = /^#\/event\/(.+)$/.exec(location.hash);
    document.body.removeAttribute("data-loaded");
    if (m) {
      $("overview").hidden = true;
      $("event-view").hidden = false;
      window.scrollTo(0, 0);
      loadEvent(decodeURIComponent(m[1])).catch(showError);
    } else {
      $("event-view").hidden = true;
      $("overview").hidden = false;
      if (state.map) { state.map.invalidateSize(); }
      loadOverview().catch(showError);
    }
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
        state.offset = 0;
        if (location.hash && location.hash !== "#/") { location.hash = "#/"; } else { route(); }
      });
      $("filters").addEventListener("reset", function () {
        state.offset = 0;
        setTimeout(route, 0);
      });
      $("prev-page").addEventListener("click", function () {
        state.offset = Math.max(0, state.offset - PAGE);
        loadTable().catch(showError);
      });
      $("next-page").addEventListener("click", function () {
        state.offset += PAGE;
        loadTable().catch(showError);
      });
      window.addEventListener("hashchange", route);
      route();
    }).catch(showError);
  }

  document.addEventListener("DOMContentLoaded", init);
}());
