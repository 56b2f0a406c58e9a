/* willay dashboard charts: the timeline and the death-toll chart, drawn as SVG with DOM nodes. */
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;

  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function text(parent, x, y, value, cls, anchor) {
    var t = el("text", { x: x, y: y, "class": cls || "axis-label", "text-anchor": anchor || "middle" }, parent);
    t.textContent = value;
    return t;
  }

  function title(parent, value) {
    var t = el("title", {}, parent);
    t.textContent = value;
  }

  function clear(container) {
    while (container.firstChild) { container.removeChild(container.firstChild); }
  }

  function empty(container, message) {
    clear(container);
    var p = document.createElement("p");
    p.className = "muted empty";
    p.textContent = message;
    container.appendChild(p);
  }

  function parseDay(iso) {
    var parts = String(iso).slice(0, 10).split("-");
    return Date.UTC(+parts[0], (+parts[1] || 1) - 1, +parts[2] || 1);
  }

  function isoDay(ms) { return new Date(ms).toISOString().slice(0, 10); }

  function niceMax(v) {
    if (v <= 5) { return Math.max(1, v); }
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var n = Math.ceil(v / p);
    return (n <= 2 ? 2 : n <= 5 ? 5 : 10) * p;
  }

  function frame(container, height) {
    clear(container);
    var width = Math.max(280, container.clientWidth || 600);
    var svg = el("svg", { viewBox: "0 0 " + width + " " + height, width: "100%", height: height,
      role: "img", preserveAspectRatio: "xMidYMid meet" }, container);
    return { svg: svg, width: width, height: height, left: 40, right: 44, top: 12, bottom: 28 };
  }

  function dateTicks(f, x, lo, hi) {
    var span = Math.max(1, Math.round((hi - lo) / DAY));
    var count = Math.min(6, span + 1);
    for (var i = 0; i < count; i++) {
      var ms = lo + Math.round(i * span / Math.max(1, count - 1)) * DAY;
      text(f.svg, x(ms), f.height - 8, isoDay(ms));
    }
  }

  /* events: [{date_start, fatalities: {best}}] -> bars of events per day, fatalities line */
  function timeline(container, events) {
    var byDay = {};
    events.forEach(function (e) {
      if (!e.date_start) { return; }
      var k = parseDay(e.date_start);
      var d = byDay[k] || (byDay[k] = { n: 0, dead: 0 });
      d.n += 1;
      d.dead += (e.fatalities && e.fatalities.best) || 0;
    });
    var days = Object.keys(byDay).map(Number).sort(function (a, b) { return a - b; });
    if (!days.length) { empty(container, "No dated events match the filters."); return; }
    var f = frame(container, 190);
    var lo = days[0] - DAY, hi = days[days.length - 1] + DAY;
    var plotW = f.width - f.left - f.right, plotH = f.height - f.top - f.bottom;
    var x = function (ms) { return f.left + (ms - lo) / (hi - lo) * plotW; };
    var maxN = niceMax(Math.max.apply(null, days.map(function (d) { return byDay[d].n; })));
    var maxDead = niceMax(Math.max.apply(null, days.map(function (d) { return byDay[d].dead; })));
    var yN = function (v) { return f.top + plotH - v / maxN * plotH; };
    var yD = function (v) { return f.top + plotH - v / maxDead * plotH; };
    el("line", { x1: f.left, x2: f.left + plotW, y1: f.top + plotH, y2: f.top + plotH, "class": "axis" }, f.svg);
    text(f.svg, f.left - 6, yN(maxN) + 4, String(maxN), "axis-label bars", "end");
    text(f.svg, f.left - 6, yN(0), "0", "axis-label bars", "end");
    text(f.svg, f.left + plotW + 6, yD(maxDead) + 4, String(maxDead), "axis-label dead", "start");
    var barW = Math.max(2, Math.min(24, plotW / ((hi - lo) / DAY) * 0.7));
    var g = el("g", { "class": "bars" }, f.svg);
    days.forEach(function (d) {
      var r = el("rect", { x: x(d) - barW / 2, y: yN(byDay[d].n), width: barW,
        height: Math.max(0, f.top + plotH - yN(byDay[d].n)), "class": "bar", "data-day": isoDay(d) }, g);
      title(r, isoDay(d) + ": " + byDay[d].n + " event(s), " + byDay[d].dead + " fatalities");
    });
    var pts = days.map(function (d) { return x(d) + "," + yD(byDay[d].dead); }).join(" ");
    el("polyline", { points: pts, "class": "dead-line" }, f.svg);
    days.forEach(function (d) {
      var c = el("circle", { cx: x(d), cy: yD(byDay[d].dead), r: 3, "class": "dead-dot" }, f.svg);
      title(c, isoDay(d) + ": " + byDay[d].dead + " fatalities");
    });
    dateTicks(f, x, lo, hi);
  }

  /* series: [{kind, country, admin1, points: [{as_of, value, reporter, via}]}] */
  function tally(container, series) {
    var all = [];
    series.forEach(function (s) { s.points.forEach(function (p) { if (p.as_of && p.value != null) { all.push(p); } }); });
    if (!all.length) { empty(container, "No death-toll tallies in the store."); return; }
    var f = frame(container, 210);
    f.right = 24;
    var times = all.map(function (p) { return parseDay(p.as_of); });
    var lo = Math.min.apply(null, times) - DAY, hi = Math.max.apply(null, times) + DAY;
    var plotW = f.width - f.left - f.right, plotH = f.height - f.top - f.bottom;
    var maxV = niceMax(Math.max.apply(null, all.map(function (p) { return p.value; })));
    var x = function (ms) { return f.left + (ms - lo) / (hi - lo) * plotW; };
    var y = function (v) { return f.top + plotH - v / maxV * plotH; };
    el("line", { x1: f.left, x2: f.left + plotW, y1: f.top + plotH, y2: f.top + plotH, "class": "axis" }, f.svg);
    text(f.svg, f.left - 6, y(maxV) + 4, String(maxV), "axis-label", "end");
    text(f.svg, f.left - 6, y(0), "0", "axis-label", "end");
    series.forEach(function (s, i) {
      var pts = s.points.filter(function (p) { return p.as_of && p.value != null; });
      var g = el("g", { "class": "series series-" + (i % 4) }, f.svg);
      if (pts.length > 1) {
        el("polyline", { points: pts.map(function (p) { return x(parseDay(p.as_of)) + "," + y(p.value); }).join(" "),
          "class": "tally-line" }, g);
      }
      pts.forEach(function (p) {
        var cx = x(parseDay(p.as_of)), cy = y(p.value);
        var c = el("circle", { cx: cx, cy: cy, r: 4, "class": "tally-dot" }, g);
        var who = p.reporter || "the article";
        title(c, p.value + " " + s.kind + " as of " + p.as_of + ", reported by " + who + (p.via ? " via " + p.via : ""));
        text(g, cx, cy - 8, p.value + " (" + who + ")", "point-label");
      });
    });
    dateTicks(f, x, lo, hi);
  }

  window.WillayCharts = { timeline: timeline, tally: tally, clear: clear };
}());
