// pactgraph network page: a force-directed layout on <svg>, filters, and a facts panel.
// All data goes into the DOM through textContent / setAttribute, never innerHTML: labels and
// sentences come from news text and may contain markup.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("pg-data").textContent);
  var svg = document.getElementById("graph");
  var panel = document.getElementById("panel");
  var statusLine = document.getElementById("status");
  var COLORS = {
    Person: "#e8743b", Country: "#3b7ae8", Organization: "#8e44ad", Alliance: "#8e44ad",
    IntergovernmentalOrganization: "#8e44ad", Coalition: "#8e44ad", GovernmentBody: "#8e44ad",
    MediaOrganization: "#8e44ad", agreement: "#16a085", guarantee: "#c0392b", topic: "#7f8c8d",
    other: "#999999"
  };
  var POLARITY = { support: "#2e9e44", oppose: "#d63b3b", neutral: "#888888" };

  function el(name, attrs, text) {
    var ns = ["svg", "g", "defs", "line", "path", "circle", "text", "marker", "title"].indexOf(name) >= 0;
    var node = ns ? document.createElementNS(SVG, name) : document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  // ---- model ------------------------------------------------------------------------------
  var nodes = data.nodes.map(function (n, i) { return Object.assign({ index: i, degree: 0 }, n); });
  var byId = {};
  nodes.forEach(function (n) { byId[n.id] = n; });
  var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; })
    .map(function (e) { return Object.assign({}, e, { s: byId[e.source], t: byId[e.target] }); });
  edges.forEach(function (e) { e.s.degree += 1; e.t.degree += 1; });

  // ---- layout: Fruchterman-Reingold, deterministic start on a circle -----------------------
  function layout() {
    var n = nodes.length, W = 1000, H = 700;
    var k = Math.sqrt((W * H) / Math.max(n, 1)) * 0.6;
    nodes.forEach(function (node, i) {
      var a = (2 * Math.PI * i) / Math.max(n, 1);
      node.x = W / 2 + (W / 3) * Math.cos(a); node.y = H / 2 + (H / 3) * Math.sin(a);
    });
    // Fewer iterations on big graphs: the cost is quadratic in the node count.
    var iterations = Math.max(40, Math.min(300, Math.floor(4e6 / Math.max(n * n, 1))));
    var temp = W / 10;
    for (var it = 0; it < iterations; it++) {
      nodes.forEach(function (v) { v.dx = 0; v.dy = 0; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y;
          var d2 = dx * dx + dy * dy || 0.01, d = Math.sqrt(d2);
          var f = (k * k) / d;
          a.dx += (dx / d) * f; a.dy += (dy / d) * f; b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
        }
      }
      edges.forEach(function (e) {
        var dx = e.s.x - e.t.x, dy = e.s.y - e.t.y, d = Math.sqrt(dx * dx + dy * dy) || 0.01;
        var f = (d * d) / k;
        e.s.dx -= (dx / d) * f; e.s.dy -= (dy / d) * f; e.t.dx += (dx / d) * f; e.t.dy += (dy / d) * f;
      });
      nodes.forEach(function (v) {
        // gravity keeps disconnected parts on screen
        v.dx += (W / 2 - v.x) * 0.08 * k / 10; v.dy += (H / 2 - v.y) * 0.08 * k / 10;
        var d = Math.sqrt(v.dx * v.dx + v.dy * v.dy) || 0.01;
        v.x += (v.dx / d) * Math.min(d, temp); v.y += (v.dy / d) * Math.min(d, temp);
      });
      temp = Math.max(temp * 0.97, 1);
    }
    // Unconnected nodes would drift to the edges of the picture: line them up underneath.
    var linked = nodes.filter(function (v) { return v.degree > 0; });
    var alone = nodes.filter(function (v) { return v.degree === 0; });
    if (linked.length && alone.length) {
      var minX = Math.min.apply(null, linked.map(function (v) { return v.x; }));
      var maxX = Math.max.apply(null, linked.map(function (v) { return v.x; }));
      var maxY = Math.max.apply(null, linked.map(function (v) { return v.y; }));
      var perRow = Math.max(1, Math.floor((maxX - minX) / 110) + 1);
      alone.forEach(function (v, i) {
        v.x = minX + (i % perRow) * 110; v.y = maxY + 50 + Math.floor(i / perRow) * 30;
      });
    }
  }

  // ---- drawing ------------------------------------------------------------------------------
  var view = { x: 0, y: 0, w: 1000, h: 700 };
  var root, edgeLayer, nodeLayer;
  var selected = null;

  function fitView() {
    if (!nodes.length) return;
    var xs = nodes.map(function (n) { return n.x; }), ys = nodes.map(function (n) { return n.y; });
    var minX = Math.min.apply(null, xs) - 60, maxX = Math.max.apply(null, xs) + 120;
    var minY = Math.min.apply(null, ys) - 40, maxY = Math.max.apply(null, ys) + 40;
    view = { x: minX, y: minY, w: Math.max(maxX - minX, 200), h: Math.max(maxY - minY, 200) };
    applyView();
  }
  function applyView() { svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }

  function radius(n) { return 6 + Math.min(14, Math.sqrt(n.degree) * 2.5); }
  function nodeColor(n) { return COLORS[n.type] || COLORS[n.kind] || COLORS.other; }
  function edgeColor(e) { return e.kind === "stance" ? (POLARITY[e.polarity] || POLARITY.neutral) : "#9aa5b1"; }

  function edgePath(e, offset) {
    var x1 = e.s.x, y1 = e.s.y, x2 = e.t.x, y2 = e.t.y;
    var mx = (x1 + x2) / 2, my = (y1 + y2) / 2, dx = x2 - x1, dy = y2 - y1;
    var len = Math.sqrt(dx * dx + dy * dy) || 1;
    // parallel edges between one pair bend apart
    var cx = mx - (dy / len) * offset, cy = my + (dx / len) * offset;
    var r = radius(e.t) + 2, tx = x2 - cx, ty = y2 - cy, tl = Math.sqrt(tx * tx + ty * ty) || 1;
    return "M" + x1 + "," + y1 + " Q" + cx + "," + cy + " " + (x2 - (tx / tl) * r) + "," + (y2 - (ty / tl) * r);
  }

  function draw() {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var defs = el("defs");
    Object.keys(POLARITY).concat(["other"]).forEach(function (p) {
      var m = el("marker", { id: "arrow-" + p, viewBox: "0 0 10 10", refX: "9", refY: "5",
        markerWidth: "6", markerHeight: "6", orient: "auto-start-reverse" });
      m.appendChild(el("path", { d: "M0,0 L10,5 L0,10 z", fill: POLARITY[p] || "#9aa5b1" }));
      defs.appendChild(m);
    });
    svg.appendChild(defs);
    root = el("g"); edgeLayer = el("g", { "class": "edges" }); nodeLayer = el("g", { "class": "nodes" });
    root.appendChild(edgeLayer); root.appendChild(nodeLayer); svg.appendChild(root);
    var pairCount = {};
    edges.forEach(function (e) {
      var pair = [e.source, e.target].sort().join(" ");
      var nth = pairCount[pair] = (pairCount[pair] || 0) + 1;
      var offset = (nth % 2 ? 1 : -1) * Math.floor(nth / 2) * 18;
      var p = el("path", {
        "class": "edge " + e.kind, d: edgePath(e, offset), stroke: edgeColor(e),
        "stroke-width": String(1 + Math.min(5, Math.log2(1 + (e.weight || 1)))),
        "data-id": e.id
      });
      if (e.kind !== "co-mention") {
        p.setAttribute("marker-end", "url(#arrow-" + (e.kind === "stance" ? (e.polarity || "neutral") : "other") + ")");
      }
      p.appendChild(el("title", {}, byId[e.source].label + " \u2192 " + e.label + " \u2192 " + byId[e.target].label));
      p.addEventListener("click", function (ev) { ev.stopPropagation(); showEdge(e, p); });
      e.elem = p;
      edgeLayer.appendChild(p);
    });
    nodes.forEach(function (n) {
      var g = el("g", { "class": "node " + n.kind, "data-id": n.id, transform: "translate(" + n.x + "," + n.y + ")" });
      g.appendChild(el("circle", { r: String(radius(n)), fill: nodeColor(n) }));
      g.appendChild(el("text", { x: String(radius(n) + 3), y: "4" }, n.label));
      g.appendChild(el("title", {}, n.label + " (" + n.type + ")"));
      g.addEventListener("click", function (ev) { ev.stopPropagation(); showNode(n, g); });
      n.elem = g;
      nodeLayer.appendChild(g);
    });
  }

  // ---- facts panel ----------------------------------------------------------------------------
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); }

  function select(elem) {
    if (selected) selected.classList.remove("selected");
    selected = elem; if (elem) elem.classList.add("selected");
  }

  function sentenceWithMarks(text, highlights) {
    // Merge overlapping spans, then alternate text nodes and <mark>s.
    var spans = (highlights || []).filter(function (h) { return h[0] < h[1] && h[1] <= text.length; })
      .sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    spans.forEach(function (h) {
      var last = merged[merged.length - 1];
      if (last && h[0] <= last[1]) last[1] = Math.max(last[1], h[1]); else merged.push([h[0], h[1]]);
    });
    var q = el("blockquote"), pos = 0;
    merged.forEach(function (h) {
      if (h[0] > pos) q.appendChild(document.createTextNode(text.slice(pos, h[0])));
      q.appendChild(el("mark", {}, text.slice(h[0], h[1])));
      pos = h[1];
    });
    if (pos < text.length) q.appendChild(document.createTextNode(text.slice(pos)));
    return q;
  }

  function factList(ids) {
    var list = el("ol", { "class": "facts" }), shown = 0, LIMIT = 200;
    (ids || []).forEach(function (id) {
      var f = data.facts[id];
      if (!f || !factVisible(f) || shown >= LIMIT) return;
      shown += 1;
      var li = el("li", { "class": "fact " + f.kind });
      li.appendChild(el("div", { "class": "summary" }, f.summary));
      var doc = f.doc ? data.documents[f.doc] : null;
      var meta = [f.kind, f.date, f.doc, doc && doc.title ? "\u201c" + doc.title + "\u201d" : null,
        doc && doc.source].filter(Boolean).join(" \u00b7 ");
      li.appendChild(el("div", { "class": "meta" }, meta));
      if (f.sentence) li.appendChild(sentenceWithMarks(f.sentence, f.highlights));
      list.appendChild(li);
    });
    if (!shown) list.appendChild(el("li", { "class": "hint" }, "No facts within the current filters."));
    return list;
  }

  function showNode(n, g) {
    select(g); clearPanel();
    panel.appendChild(el("h2", {}, n.label));
    var meta = el("p", { "class": "meta" }, n.type + (n.wikidata ? " \u00b7 " : ""));
    if (/^Q[0-9]+$/.test(n.wikidata || "")) {
      meta.appendChild(el("a", { href: "https://www.wikidata.org/wiki/" + n.wikidata, rel: "noopener" }, n.wikidata));
    }
    panel.appendChild(meta);
    panel.appendChild(el("p", { "class": "meta iri" }, n.id));
    panel.appendChild(factList(data.nodeFacts[n.id]));
  }

  function showEdge(e, p) {
    select(p); clearPanel();
    panel.appendChild(el("h2", {}, byId[e.source].label + " \u2192 " + byId[e.target].label));
    var bits = [e.kind, e.polarity, "weight " + e.weight, e.date, e.sources].filter(Boolean);
    panel.appendChild(el("p", { "class": "meta" }, bits.join(" \u00b7 ")));
    panel.appendChild(factList(data.edgeFacts[e.id]));
  }

  // ---- filters ----------------------------------------------------------------------------------
  var fActor = document.getElementById("f-actor"), fFrom = document.getElementById("f-from"),
    fTo = document.getElementById("f-to"), fKinds = document.getElementById("f-kinds"),
    fStances = document.getElementById("f-stances");

  nodes.filter(function (n) { return n.kind === "actor"; })
    .sort(function (a, b) { return a.label.localeCompare(b.label); })
    .forEach(function (n) { fActor.appendChild(el("option", { value: n.id }, n.label)); });

  function checkboxes(container, values, name) {
    values.forEach(function (v) {
      var label = el("label");
      var box = el("input", { type: "checkbox", name: name, value: v });
      box.checked = true;
      box.addEventListener("change", applyFilters);
      label.appendChild(box); label.appendChild(document.createTextNode(" " + v));
      container.appendChild(label);
    });
  }
  function unique(values) { return values.filter(function (v, i, a) { return v && a.indexOf(v) === i; }).sort(); }
  checkboxes(fKinds, unique(edges.map(function (e) { return e.kind; })), "kind");
  checkboxes(fStances, unique(edges.map(function (e) { return e.stanceType; })), "stanceType");
  var dates = unique(edges.map(function (e) { return e.date; }).concat(edges.map(function (e) { return e.dateLast; })));
  if (dates.length) { fFrom.min = fTo.min = dates[0]; fFrom.max = fTo.max = dates[dates.length - 1]; }

  function checked(container) {
    var on = {};
    container.querySelectorAll("input:checked").forEach(function (b) { on[b.value] = true; });
    return on;
  }
  function factVisible(f) {
    if (!f.date) return true;
    if (fFrom.value && f.date < fFrom.value) return false;
    if (fTo.value && f.date > fTo.value) return false;
    return true;
  }
  function edgeVisible(e, kinds, stances) {
    if (!kinds[e.kind]) return false;
    if (e.kind === "stance" && !stances[e.stanceType]) return false;
    // shown when some of its facts fall in the date range
    if (e.date && fFrom.value && (e.dateLast || e.date) < fFrom.value) return false;
    if (e.date && fTo.value && e.date > fTo.value) return false;
    return true;
  }

  function applyFilters() {
    var kinds = checked(fKinds), stances = checked(fStances), actor = fActor.value;
    var keep = {}, shownEdges = 0;
    edges.forEach(function (e) {
      var on = edgeVisible(e, kinds, stances) && (!actor || e.source === actor || e.target === actor);
      e.elem.classList.toggle("hidden", !on);
      if (on) { shownEdges += 1; keep[e.source] = keep[e.target] = true; }
    });
    var shownNodes = 0;
    nodes.forEach(function (n) {
      var on = !actor || n.id === actor || keep[n.id];
      n.elem.classList.toggle("hidden", !on);
      if (on) shownNodes += 1;
    });
    statusLine.textContent = shownNodes + " of " + nodes.length + " nodes, " + shownEdges + " of " +
      edges.length + " edges, " + Object.keys(data.documents).length + " documents";
  }

  [fActor, fFrom, fTo].forEach(function (f) { f.addEventListener("change", applyFilters); });
  document.getElementById("f-reset").addEventListener("click", function () {
    fActor.value = ""; fFrom.value = ""; fTo.value = "";
    document.querySelectorAll("#filters input[type=checkbox]").forEach(function (b) { b.checked = true; });
    applyFilters();
  });

  // ---- pan and zoom ------------------------------------------------------------------------------
  var drag = null;
  svg.addEventListener("mousedown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; });
  window.addEventListener("mouseup", function () { drag = null; });
  svg.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var scale = view.w / svg.clientWidth;
    view.x = drag.vx - (ev.clientX - drag.x) * scale; view.y = drag.vy - (ev.clientY - drag.y) * scale;
    applyView();
  });
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var f = ev.deltaY > 0 ? 1.15 : 1 / 1.15, rect = svg.getBoundingClientRect();
    var px = view.x + ((ev.clientX - rect.left) / rect.width) * view.w;
    var py = view.y + ((ev.clientY - rect.top) / rect.height) * view.h;
    view = { x: px - (px - view.x) * f, y: py - (py - view.y) * f, w: view.w * f, h: view.h * f };
    applyView();
  }, { passive: false });

  layout();
  draw();
  fitView();
  applyFilters();
  document.body.setAttribute("data-ready", "true");
})();
