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

  /* Date labels under the axis: the first and the last (kept inside the chart), then as
     many between them as fit without touching. Returns their boxes. */
  function dateTicks(f, x, lo, hi) {
    var span = Math.max(1, Math.round((hi - lo) / DAY));
    var plotW = f.width - f.left - f.right;
    var count = Math.max(2, Math.min(6, span + 1, Math.floor(plotW / 90) + 1));
    var order = [0, count - 1];
    for (var k = 1; k < count - 1; k++) { order.push(k); }
    var boxes = [];
    order.forEach(function (i) {
      var ms = lo + Math.round(i * span / Math.max(1, count - 1)) * DAY;
      var anchor = i === 0 ? "start" : i === count - 1 ? "end" : "middle";
      var t = text(f.svg, x(ms), f.height - 8, isoDay(ms), "axis-label date-tick", anchor);
      var b = t.getBBox();
      if (boxes.some(function (o) { return b.x < o.x + o.width + 6 && o.x < b.x + b.width + 6; })) {
        f.svg.removeChild(t);
        return;
      }
      boxes.push(b);
    });
    return boxes;
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

  /* Colours of the countries in the toll chart (Okabe-Ito, readable by colour-blind readers);
     a ninth country starts again with dashes. */
  var PALETTE = ["#d55e00", "#0072b2", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#f0e442"];

  function overlaps(a, b, pad) {
    return a.x < b.x + b.width + pad && b.x < a.x + a.width + pad &&
      a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;
  }

  /* series: [{kind, country, admin1, points: [{as_of, value, reporter, via}]}]
     One line per series, one colour per country (dashed when the series is a region) and a
     legend of the countries. Each line ends in a label with its place and latest value,
     set in a column right of the plot and moved apart vertically so that none touch; other
     points get a value label only where one fits without touching a label, a dot, an axis
     label or the chart's edge (every point keeps its tooltip, with the reporter). */
  function tally(container, series, legend) {
    var all = [];
    series.forEach(function (s) { s.points.forEach(function (p) { if (p.as_of && p.value != null) { all.push(p); } }); });
    if (legend) { clear(legend); }
    if (!all.length) { empty(container, "No death-toll tallies in the store."); return; }
    var countries = [];
    series.forEach(function (s) { var c = s.country || "?"; if (countries.indexOf(c) < 0) { countries.push(c); } });
    countries.sort();
    var drawn = series.map(function (s) {
      return { s: s, pts: s.points.filter(function (p) { return p.as_of && p.value != null; }) };
    }).filter(function (d) { return d.pts.length; });
    drawn.forEach(function (d) {
      var last = d.pts[d.pts.length - 1];
      d.end = [d.s.admin1, d.s.country || "?"].filter(Boolean).join(", ") + ": " + last.value;
    });
    var height = Math.max(240, drawn.length * 13 + 60);
    var f = frame(container, height);
    var probe = text(f.svg, 0, 0, "", "point-label end-label", "start");
    var endW = 0;
    drawn.forEach(function (d) { probe.textContent = d.end; endW = Math.max(endW, probe.getBBox().width); });
    f.svg.removeChild(probe);
    f.right = Math.min(f.width / 3, endW + 14);
    var times = all.map(function (p) { return parseDay(p.as_of); });
    var lo = Math.min.apply(null, times) - DAY, hi = Math.max.apply(null, times) + DAY;
    var plotW = f.width - f.left - f.right, plotH = f.height - f.top - f.bottom;
    var maxV = niceMax(Math.max.apply(null, all.map(function (p) { return p.value; })));
    var x = function (ms) { return f.left + (ms - lo) / (hi - lo) * plotW; };
    var y = function (v) { return f.top + plotH - v / maxV * plotH; };
    el("line", { x1: f.left, x2: f.left + plotW, y1: f.top + plotH, y2: f.top + plotH, "class": "axis" }, f.svg);
    var placed = [];
    [[maxV, y(maxV) + 4], [0, y(0)]].forEach(function (t) {
      placed.push(text(f.svg, f.left - 6, t[1], String(t[0]), "axis-label", "end").getBBox());
    });
    placed = placed.concat(dateTicks(f, x, lo, hi));
    var candidates = [];
    drawn.forEach(function (d) {
      var s = d.s, pts = d.pts;
      var ci = countries.indexOf(s.country || "?");
      var colour = PALETTE[ci % PALETTE.length];
      var dashed = !!s.admin1 || ci >= PALETTE.length;
      var g = el("g", { "class": "series", "data-country": s.country || "", stroke: colour, fill: colour }, f.svg);
      d.g = g;
      if (pts.length > 1) {
        var line = el("polyline", { points: pts.map(function (p) { return x(parseDay(p.as_of)) + "," + y(p.value); }).join(" "),
          "class": "tally-line" + (dashed ? " dashed" : "") }, g);
        title(line, [s.country, s.admin1].filter(Boolean).join(", "));
      }
      pts.forEach(function (p, i) {
        var cx = x(parseDay(p.as_of)), cy = y(p.value);
        var c = el("circle", { cx: cx, cy: cy, r: 3.5, "class": "tally-dot" }, g);
        placed.push({ x: cx - 3.5, y: cy - 3.5, width: 7, height: 7 });  // labels keep off the dots
        var who = p.reporter || "the article";
        title(c, p.value + " " + s.kind + " as of " + p.as_of + " in " + ([s.admin1, s.country].filter(Boolean).join(", ") || "?") +
          ", reported by " + who + (p.via ? " via " + p.via : ""));
        if (i < pts.length - 1) { candidates.push({ g: g, cx: cx, cy: cy, label: String(p.value), value: p.value }); }
      });
      d.y = y(pts[pts.length - 1].value) + 4;
    });
    // End labels: in value order, each at least one line below the one above, kept inside.
    var line = 13, bottom = f.top + plotH + 4;
    drawn.sort(function (a, b) { return a.y - b.y; });
    var ys = drawn.map(function (d) { return d.y; });
    for (var i = 1; i < ys.length; i++) { ys[i] = Math.max(ys[i], ys[i - 1] + line); }
    var over = ys.length ? ys[ys.length - 1] - bottom : 0;
    for (var k = ys.length - 1; k >= 0 && over > 0; k--) {
      ys[k] -= over;
      if (k > 0 && ys[k] - ys[k - 1] < line) { over = ys[k - 1] - (ys[k] - line); } else { over = 0; }
    }
    drawn.forEach(function (d, j) {
      var t = text(d.g, f.left + plotW + 8, ys[j], d.end, "point-label end-label", "start");
      placed.push(t.getBBox());
    });
    candidates.sort(function (a, b) { return b.value - a.value; });
    candidates.forEach(function (c) {
      var spots = [[c.cx, c.cy - 8, "middle"], [c.cx, c.cy + 15, "middle"]];
      for (var j = 0; j < spots.length; j++) {
        var t = text(c.g, spots[j][0], spots[j][1], c.label, "point-label", spots[j][2]);
        var b = t.getBBox();
        var inside = b.x >= 0 && b.y >= 0 && b.x + b.width <= f.left + plotW && b.y + b.height <= f.top + plotH;
        if (inside && !placed.some(function (o) { return overlaps(b, o, 1); })) { placed.push(b); return; }
        c.g.removeChild(t);
      }
    });
    if (legend) {
      countries.forEach(function (code, ci) {
        var li = document.createElement("li");
        li.setAttribute("data-country", code);
        var sw = document.createElement("span");
        sw.className = "swatch" + (ci >= PALETTE.length ? " dashed" : "");
        sw.style.backgroundColor = PALETTE[ci % PALETTE.length];
        li.appendChild(sw);
        li.appendChild(document.createTextNode(code));
        legend.appendChild(li);
      });
    }
  }

  window.WillayCharts = { timeline: timeline, tally: tally, clear: clear };
}());
