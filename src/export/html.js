// newsgraph HTML export: the interactive page's script, inlined by html.rs.
// Vanilla JS on purpose: the page must work offline, from a file, forever,
// with no CDN or build step. Data comes from the JSON block #graph-data.
// All text from the graph goes into the DOM through textContent, never
// innerHTML, because it is article text and may contain markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var canvas = document.getElementById("canvas");
  var ctx = canvas.getContext("2d");
  var side = document.getElementById("side");
  var colour = {}, hidden = {}, byId = {};
  data.types.forEach(function (t) { colour[t.type] = t.colour; });

  var nodes = data.nodes.map(function (n, i) {
    // A deterministic spiral start: the same file gives the same picture.
    var a = i * 2.399963, r = 12 * Math.sqrt(i + 1);
    var node = { d: n, x: r * Math.cos(a), y: r * Math.sin(a), vx: 0, vy: 0,
      r: 7 + Math.min(18, 2.5 * Math.sqrt(n.mentions)), fixed: false };
    byId[n.id] = node;
    return node;
  });
  var edges = data.edges.filter(function (e) { return byId[e.source] && byId[e.target]; })
    .map(function (e) { return { d: e, s: byId[e.source], t: byId[e.target] }; });
  var showCo = false, selected = null, matches = {};
  var view = { x: 0, y: 0, k: 1 };
  var alpha = 1;

  function visibleNode(n) { return !hidden[n.d.type]; }
  function visibleEdge(e) {
    return visibleNode(e.s) && visibleNode(e.t) && (showCo || e.d.type !== "co_mentioned");
  }

  // Force layout: all-pairs repulsion, springs along visible edges, a weak
  // pull to the centre. O(n^2) per tick, fine for the few thousand nodes a
  // news corpus gives; alpha cools so the picture settles and stops.
  function tick() {
    var vis = nodes.filter(visibleNode), i, j;
    for (i = 0; i < vis.length; i++) {
      var a = vis[i];
      for (j = i + 1; j < vis.length; j++) {
        var b = vis[j], dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        if (d2 > 250000) continue;
        var f = 400 / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      // Hidden co-mention edges still pull weakly: things written about
      // together stay near each other even when only relations are drawn.
      if (!visibleNode(e.s) || !visibleNode(e.t)) return;
      var k = visibleEdge(e) ? 0.08 : 0.02;
      var dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      var f = (d - 60) * k / d;
      e.s.vx += dx * f; e.s.vy += dy * f; e.t.vx -= dx * f; e.t.vy -= dy * f;
    });
    vis.forEach(function (n) {
      n.vx -= n.x * 0.015; n.vy -= n.y * 0.015;
      if (n.fixed) { n.vx = n.vy = 0; return; }
      n.x += Math.max(-30, Math.min(30, n.vx * alpha));
      n.y += Math.max(-30, Math.min(30, n.vy * alpha));
      n.vx *= 0.5; n.vy *= 0.5;
    });
    alpha = Math.max(0, alpha * 0.985);
  }

  function resize() {
    var dpr = window.devicePixelRatio || 1;
    canvas.width = canvas.clientWidth * dpr;
    canvas.height = canvas.clientHeight * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  function toScreen(x, y) {
    return [canvas.clientWidth / 2 + (x + view.x) * view.k, canvas.clientHeight / 2 + (y + view.y) * view.k];
  }
  function toWorld(px, py) {
    return [(px - canvas.clientWidth / 2) / view.k - view.x, (py - canvas.clientHeight / 2) / view.k - view.y];
  }

  function draw() {
    ctx.clearRect(0, 0, canvas.clientWidth, canvas.clientHeight);
    ctx.save();
    ctx.translate(canvas.clientWidth / 2, canvas.clientHeight / 2);
    ctx.scale(view.k, view.k);
    ctx.translate(view.x, view.y);
    edges.forEach(function (e) {
      if (!visibleEdge(e)) return;
      var near = selected && (e.s === selected || e.t === selected);
      ctx.strokeStyle = e.d.type === "said" ? "#d33" : e.d.type === "co_mentioned" ? "#bbb" : "#777";
      ctx.globalAlpha = selected && !near ? 0.2 : 0.8;
      ctx.lineWidth = (near ? 2.5 : 1) / Math.sqrt(view.k);
      ctx.setLineDash(e.d.type === "co_mentioned" ? [4, 4] : []);
      ctx.beginPath(); ctx.moveTo(e.s.x, e.s.y); ctx.lineTo(e.t.x, e.t.y); ctx.stroke();
      // An arrowhead at the target's rim shows the direction (who said, who is affiliated).
      var dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      var ux = dx / d, uy = dy / d, tx = e.t.x - ux * e.t.r, ty = e.t.y - uy * e.t.r;
      ctx.setLineDash([]);
      ctx.beginPath(); ctx.moveTo(tx, ty);
      ctx.lineTo(tx - ux * 7 - uy * 3.5, ty - uy * 7 + ux * 3.5);
      ctx.lineTo(tx - ux * 7 + uy * 3.5, ty - uy * 7 - ux * 3.5);
      ctx.fillStyle = ctx.strokeStyle; ctx.fill();
    });
    ctx.globalAlpha = 1;
    nodes.forEach(function (n) {
      if (!visibleNode(n)) return;
      ctx.beginPath(); ctx.arc(n.x, n.y, n.r, 0, 2 * Math.PI);
      ctx.fillStyle = colour[n.d.type] || "#ddd"; ctx.fill();
      ctx.lineWidth = (n === selected ? 3 : matches[n.d.id] ? 2.5 : 1) / Math.sqrt(view.k);
      ctx.strokeStyle = n === selected ? "#000" : matches[n.d.id] ? "#1a5fb4" : "#555";
      ctx.stroke();
    });
    // Every label on small graphs; on large ones only where they can be
    // read (big nodes, close zoom), so the picture stays legible.
    var allLabels = nodes.length <= 150;
    ctx.fillStyle = "#222"; ctx.textAlign = "center";
    ctx.strokeStyle = "rgba(250,250,250,0.85)"; ctx.lineWidth = 3 / view.k; ctx.lineJoin = "round";
    ctx.font = 12 / view.k + "px Helvetica, Arial, sans-serif";
    // The selected node's label is drawn last so nothing covers it.
    nodes.filter(function (n) { return n !== selected; }).concat(selected ? [selected] : []).forEach(function (n) {
      if (!visibleNode(n)) return;
      if (!allLabels && view.k * n.r < 8 && view.k < 1.2 && n !== selected && !matches[n.d.id]) return;
      // A white halo keeps labels readable where they cross edges.
      ctx.strokeText(n.d.label, n.x, n.y + n.r + 12 / view.k);
      ctx.fillText(n.d.label, n.x, n.y + n.r + 12 / view.k);
    });
    ctx.restore();
  }

  function frame() {
    if (alpha > 0.005) tick();
    draw();
    window.requestAnimationFrame(frame);
  }

  function nodeAt(px, py) {
    var w = toWorld(px, py), best = null;
    nodes.forEach(function (n) {
      if (!visibleNode(n)) return;
      var dx = n.x - w[0], dy = n.y - w[1];
      if (dx * dx + dy * dy <= (n.r + 3) * (n.r + 3)) best = n;
    });
    return best;
  }

  // Pointer: drag a node to move it, drag the background to pan; a click
  // without movement selects.
  var drag = null;
  canvas.addEventListener("mousedown", function (ev) {
    var n = nodeAt(ev.offsetX, ev.offsetY);
    drag = { n: n, x: ev.offsetX, y: ev.offsetY, moved: false };
    if (n) { n.fixed = true; }
    canvas.style.cursor = "grabbing";
  });
  window.addEventListener("mousemove", function (ev) {
    if (!drag) return;
    var r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    if (Math.abs(px - drag.x) + Math.abs(py - drag.y) > 3) drag.moved = true;
    if (drag.n) {
      var w = toWorld(px, py); drag.n.x = w[0]; drag.n.y = w[1];
      alpha = Math.max(alpha, 0.3);
    } else {
      view.x += (px - drag.x) / view.k; view.y += (py - drag.y) / view.k;
      drag.x = px; drag.y = py;
    }
  });
  window.addEventListener("mouseup", function () {
    if (!drag) return;
    if (drag.n) drag.n.fixed = false;
    if (!drag.moved) select(drag.n);
    drag = null;
    canvas.style.cursor = "grab";
  });
  canvas.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var before = toWorld(ev.offsetX, ev.offsetY);
    view.k = Math.max(0.05, Math.min(8, view.k * Math.exp(-ev.deltaY * 0.0015)));
    var after = toWorld(ev.offsetX, ev.offsetY);
    view.x += after[0] - before[0]; view.y += after[1] - before[1];
  }, { passive: false });

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function link(n) {
    var a = el("a", n ? n.d.label : "?");
    a.addEventListener("click", function () { select(n, true); });
    return a;
  }
  function docLabel(id) {
    var d = data.documents[id];
    if (!d) return id;
    return (d.title || id) + (d.date ? " (" + d.date + ")" : "");
  }
  function section(title, items, render) {
    if (!items.length) return;
    side.appendChild(el("h3", title + " (" + items.length + ")"));
    var ul = el("ul");
    items.forEach(function (x) { var li = el("li"); render(li, x); ul.appendChild(li); });
    side.appendChild(ul);
  }

  function select(n, centre) {
    selected = n;
    side.textContent = "";
    if (!n) { side.appendChild(el("p", "Click a node to see its details.", "muted")); return; }
    if (centre) { view.x = -n.x; view.y = -n.y; }
    var d = n.d;
    side.appendChild(el("h2", d.label));
    side.appendChild(el("div", d.type + " \u00b7 " + d.id + " \u00b7 " + d.mentions + " mentions", "muted"));
    section("Aliases", d.aliases, function (li, a) { li.textContent = a.charAt(0) === "~" ? a.slice(1) + " (demonym)" : a; });
    section("Roles", d.roles, function (li, r) { li.textContent = r; });
    section("Documents", d.documents, function (li, id) { li.textContent = docLabel(id); });
    var said = data.statements.filter(function (s) { return s.speaker === d.id; });
    section("Said", said, function (li, s) {
      li.appendChild(el(s.kind === "direct" ? "blockquote" : "div", s.kind === "direct" ? "\u201c" + s.text + "\u201d" : s.text));
      li.appendChild(el("div", (s.cue || "said") + " \u00b7 " + docLabel(s.document), "muted"));
    });
    var about = data.statements.filter(function (s) { return s.speaker !== d.id && s.about.indexOf(d.id) >= 0; });
    section("Statements about " + d.label, about, function (li, s) {
      li.appendChild(link(byId[s.speaker]));
      li.appendChild(document.createTextNode(" " + (s.cue || "said") + ": "));
      li.appendChild(el("blockquote", s.text));
    });
    var rel = edges.filter(function (e) { return e.s === n || e.t === n; });
    section("Relations", rel, function (li, e) {
      var out = e.s === n, other = out ? e.t : e.s;
      var kind = e.d.type + (e.d.role ? " (" + e.d.role + ")" : "") + (e.d.weight > 1 ? " \u00d7" + e.d.weight : "");
      li.appendChild(document.createTextNode(out ? kind + " \u2192 " : "\u2190 " + kind + " "));
      li.appendChild(link(other));
      if (e.d.evidence.length) {
        li.appendChild(el("div", "\u201c" + e.d.evidence[0].sentence + "\u201d \u2014 " + docLabel(e.d.evidence[0].document), "muted"));
      }
    });
  }

  // Legend and type filter in one: each chip shows the colour and hides or
  // shows its type.
  var legend = document.getElementById("legend");
  data.types.forEach(function (t) {
    var count = nodes.filter(function (n) { return n.d.type === t.type; }).length;
    var label = el("label"), box = el("input"), sw = el("span", null, "sw");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { hidden[t.type] = !box.checked; alpha = Math.max(alpha, 0.5); });
    sw.style.background = t.colour;
    label.appendChild(box); label.appendChild(sw);
    label.appendChild(document.createTextNode(t.type + " (" + count + ")"));
    legend.appendChild(label);
  });
  document.getElementById("comentions").addEventListener("change", function (ev) {
    showCo = ev.target.checked; alpha = Math.max(alpha, 0.5);
  });

  var names = document.getElementById("names");
  nodes.forEach(function (n) { names.appendChild(el("option", null)).value = n.d.label; });
  function norm(s) { return s.toLowerCase().replace(/^~/, ""); }
  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    var q = norm(search.value.trim());
    matches = {};
    if (!q) return;
    nodes.forEach(function (n) {
      var hit = norm(n.d.label).indexOf(q) >= 0 || n.d.id.toLowerCase() === q ||
        n.d.aliases.some(function (a) { return norm(a).indexOf(q) >= 0; });
      if (hit) matches[n.d.id] = true;
    });
    var exact = nodes.filter(function (n) { return norm(n.d.label) === q; });
    if (exact.length === 1) select(exact[0], true);
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var first = nodes.filter(function (n) { return matches[n.d.id] && visibleNode(n); })[0];
    if (first) select(first, true);
  });

  document.getElementById("stats").textContent = nodes.length + " nodes, " + edges.length + " edges, " +
    data.statements.length + " statements";
  window.addEventListener("resize", resize);
  resize();
  // Settle most of the layout before the first paint so the page opens calm.
  for (var i = 0; i < 300 && alpha > 0.05; i++) tick();
  // Fit the bulk of the graph, not its outliers, so nodes are readable.
  var ext = nodes.map(function (n) { return Math.max(Math.abs(n.x), Math.abs(n.y)); }).sort(function (a, b) { return a - b; });
  var maxR = Math.max(1, ext[Math.floor(ext.length * 0.9)] || 1);
  view.k = Math.max(0.1, Math.min(2, 0.45 * Math.min(canvas.clientWidth, canvas.clientHeight) / maxR));
  // A link to page.html#person:some-id opens with that node selected.
  var wanted = decodeURIComponent(window.location.hash.slice(1));
  if (byId[wanted]) select(byId[wanted], true);
  frame();
})();
