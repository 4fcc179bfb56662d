// The graph drawing (Cytoscape.js with the fCoSE force-directed layout): actors coloured by the
// state they are part of, claims as nodes, statements as coloured directed edges.

const STATE_PALETTE = ["#f4a261", "#8ecae6", "#b8a1d9", "#90be6d", "#f28482", "#e9c46a", "#84a59d",
                       "#cdb4db", "#ffafcc", "#a3b18a", "#bde0fe", "#d4a373"];
const EDGE_COLOURS = { accuses: "#c62828", denies: "#1565c0", asserts: "#2e7d32", against: "#6d6d6d" };
const LAYOUT_SEED = 20240917;
const CLAIM_TEXT_WIDTH = 170;
/** Characters of a claim shown in its box (a few lines); the full text is in the lists and the evidence panel. */
const CONTESTED_TEXT = 60;
const CLAIM_TEXT = 48;
const EDGE_FONT = 11;
const ACTOR_LABEL_WIDTH = 140;
/** Room kept free between any two nodes' boxes (labels included), in graph units. */
const BOX_GAP = 8;
const FIT_PADDING = 24;
const MAX_FIT_ZOOM = 1.25;
/** How far the layout may be stretched along one axis to take the canvas's shape. */
const MAX_STRETCH = 1.6;
/** Compaction: each step squeezes one axis by the first of these factors that helps; at most this many steps. */
const COMPACT_FACTORS = [0.85, 0.93, 0.97];
const COMPACT_STEPS = 30;
/** Overlap removal: spread everything by SPREAD after every SPREAD_EVERY passes that left overlaps. */
const SPREAD = 1.1;
const SPREAD_EVERY = 40;

/** State id -> colour, states that take part most first (stable for a given view). */
export function stateColours(nodes) {
  const weight = new Map();
  const label = new Map();
  for (const n of nodes) {
    if (n.type !== "actor") continue;
    weight.set(n.state, (weight.get(n.state) || 0) + n.weight);
    label.set(n.state, n.state_label);
  }
  const order = [...weight.keys()].sort((a, b) => weight.get(b) - weight.get(a) || a.localeCompare(b));
  return new Map(order.map((s, i) => [s, { colour: STATE_PALETTE[i % STATE_PALETTE.length], label: label.get(s),
                                           weight: weight.get(s) }]));
}

export function shortText(text, max = 90) {
  const t = (text || "").replace(/\s+/g, " ").trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** What each actor says: {accuses, denies, asserts} counts of the statements it makes. */
function spoken(view) {
  const counts = new Map();
  for (const s of view.statements) {
    const c = counts.get(s.source.id) || { accuses: 0, denies: 0, asserts: 0 };
    c[s.relation] += 1;
    counts.set(s.source.id, c);
  }
  return counts;
}

/**
 * What is drawn of a /graph view: node ids and edges. A statement that belongs to no claim and names
 * no target (a "lone" statement) is drawn as a dot only when `showLone`; otherwise it counts in its
 * speaker's size and pie and is listed beside the graph, and an actor left with no line at all is
 * not drawn either (it is still in the list of actors).
 */
export function drawnParts(view, showLone) {
  const lone = new Set(view.nodes.filter((n) => n.lone).map((n) => n.id));
  const edges = view.edges.filter((e) => showLone || (!lone.has(e.source) && !lone.has(e.target)));
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const nodes = view.nodes.filter((n) => showLone || (n.type === "actor" ? linked.has(n.id) : !n.lone));
  return { nodes, edges };
}

/**
 * Cytoscape elements for a /graph view (see `drawnParts`). Actors are joined to the actor they are
 * part of by a faint "part of" line, which also keeps a state's ministries and officials near it.
 */
export function elementsOf(view, colours, { showLone = false } = {}) {
  const elements = [];
  const speech = spoken(view);
  const { nodes, edges } = drawnParts(view, showLone);
  const drawnIds = new Set(nodes.map((n) => n.id));
  for (const n of nodes) {
    if (n.type === "actor") {
      const said = speech.get(n.actor) || { accuses: 0, denies: 0, asserts: 0 };
      const total = said.accuses + said.denies + said.asserts || 1;
      elements.push({ group: "nodes", classes: `actor kind-${n.kind || "unknown"}`, data: {
        id: n.id, label: n.label, weight: n.weight, kind: "actor", colour: colours.get(n.state).colour,
        size: Math.round(28 + 12 * Math.sqrt(n.weight)), state: n.state,
        baseFont: Math.min(20, 13 + Math.sqrt(n.weight)), font: Math.min(20, 13 + Math.sqrt(n.weight)),
        labelWidth: ACTOR_LABEL_WIDTH,
        pieAccuses: (100 * said.accuses) / total, pieDenies: (100 * said.denies) / total,
        pieAsserts: (100 * said.asserts) / total } });
    } else {
      const cls = n.contested ? "claim contested" : n.lone ? "claim lone" : "claim cluster";
      const label = n.contested ? `CONTESTED\n${shortText(n.label, CONTESTED_TEXT)}` : n.lone ? "" : shortText(n.label, CLAIM_TEXT);
      const box = n.contested ? labelBox(label, 7.6, 17) : labelBox(label, 7.0, 16);
      elements.push({ group: "nodes", classes: cls, data: {
        id: n.id, label, full: shortText(n.label, 120), weight: n.weight, kind: "claim", contested: n.contested,
        relation: n.lone ? relationOfLone(view, n.id) : "", w: box.w, h: box.h, baseW: box.w, baseH: box.h,
        font: n.contested ? 13 : 12, baseFont: n.contested ? 13 : 12, textWidth: CLAIM_TEXT_WIDTH } });
    }
  }
  const kinds = new Map(view.nodes.map((n) => [n.id, n]));
  for (const e of edges) {
    const target = kinds.get(e.target);
    const toActor = target && target.type === "actor";
    const toLone = target && target.lone;
    const showLabel = e.relation !== "against" && !toLone && (toActor || (target && target.contested) || e.count > 1);
    elements.push({ group: "edges", classes: `${e.relation}${toLone ? " to-lone" : ""}`, data: {
      id: e.id, source: e.source, target: e.target, relation: e.relation, count: e.count,
      width: Math.min(2 + 1.2 * e.count, 9), font: EDGE_FONT,
      label: showLabel ? (e.count > 1 ? `${e.relation} ×${e.count}` : e.relation) : "" } });
  }
  for (const n of nodes) {
    if (n.type === "actor" && n.part_of && drawnIds.has(`actor:${n.part_of}`)) {
      elements.push({ group: "edges", classes: "part-of", data: {
        id: `part-of:${n.id}`, source: n.id, target: `actor:${n.part_of}`, relation: "part-of", label: "",
        font: EDGE_FONT } });
    }
  }
  return elements;
}

/** A box that fits `label` wrapped at CLAIM_TEXT_WIDTH px (Cytoscape sizes nodes by number only). */
function labelBox(label, charWidth, lineHeight) {
  const lines = label.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((line.length * charWidth) / CLAIM_TEXT_WIDTH)), 0);
  const longest = Math.max(...label.split("\n").map((l) => l.length));
  return { w: Math.min(CLAIM_TEXT_WIDTH, longest * charWidth) + 8, h: lines * lineHeight + 6 };
}

function relationOfLone(view, nodeId) {
  const e = view.edges.find((x) => x.target === nodeId);
  return e ? e.relation : "";
}

const STYLE = [
  { selector: "node", style: { "font-family": "system-ui, DejaVu Sans, sans-serif", "font-size": 12, color: "#1f2328" } },
  { selector: "node.actor", style: {
    shape: "ellipse", width: "data(size)", height: "data(size)", "background-color": "data(colour)",
    "border-width": 2, "border-color": "#3d3d3d", label: "data(label)", "text-valign": "bottom", "text-margin-y": 4,
    "font-weight": 600, "font-size": "data(font)", "text-wrap": "wrap", "text-max-width": "data(labelWidth)",
    "text-background-color": "#ffffff", "text-background-opacity": 0.85, "text-background-padding": 2 } },
  { selector: "node.kind-state", style: { "border-width": 3 } },
  // the ring is the state's colour; the inner pie, what the actor says (accuses, denies, asserts)
  { selector: "node.actor", style: {
    "pie-size": "58%", "pie-1-background-color": EDGE_COLOURS.accuses, "pie-1-background-size": "data(pieAccuses)",
    "pie-2-background-color": EDGE_COLOURS.denies, "pie-2-background-size": "data(pieDenies)",
    "pie-3-background-color": EDGE_COLOURS.asserts, "pie-3-background-size": "data(pieAsserts)" } },
  { selector: "node.claim", style: {
    shape: "round-rectangle", label: "data(label)", "text-wrap": "wrap", "text-max-width": "data(textWidth)", "font-size": "data(font)",
    "text-valign": "center", "text-halign": "center", width: "data(w)", height: "data(h)", padding: 8,
    "background-color": "#f5f5f5", "border-color": "#9e9e9e", "border-width": 2 } },
  { selector: "node.claim.contested", style: {
    "background-color": "#fff3e0", "border-color": "#e65100", "border-width": 4, "font-weight": 600,
    padding: 10 } },
  { selector: "node.claim.lone", style: {
    shape: "ellipse", width: 11, height: 11, padding: 0, label: "", "border-width": 0,
    "background-color": "#9e9e9e" } },
  { selector: "node.claim.lone[relation = 'accuses']", style: { "background-color": "#ef9a9a" } },
  { selector: "node.claim.lone[relation = 'denies']", style: { "background-color": "#90caf9" } },
  { selector: "node.claim.lone[relation = 'asserts']", style: { "background-color": "#a5d6a7" } },
  { selector: "node.claim.lone:selected", style: { label: "data(full)", "text-max-width": 200, "text-valign": "bottom",
    "text-background-color": "#ffffff", "text-background-opacity": 0.95, "font-size": 11 } },
  { selector: "edge", style: {
    "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 1.2, width: "data(width)",
    label: "data(label)", "font-size": "data(font)", "font-weight": 600, "text-rotation": "autorotate",
    "text-background-color": "#ffffff", "text-background-opacity": 0.9, "text-background-padding": 1 } },
  ...Object.entries(EDGE_COLOURS).map(([rel, colour]) => ({ selector: `edge.${rel}`, style: {
    "line-color": colour, "target-arrow-color": colour, color: colour } })),
  { selector: "edge.against", style: { "line-style": "dashed", width: 2, "arrow-scale": 1 } },
  { selector: "edge.to-lone", style: { width: 1.5, "arrow-scale": 0.7, opacity: 0.75 } },
  { selector: "edge.part-of", style: { "line-style": "dotted", "line-color": "#9e9e9e", width: 1.5,
    "target-arrow-shape": "none", opacity: 0.8 } },
  { selector: ".faded", style: { opacity: 0.15 } },
  { selector: "node:selected", style: { "overlay-color": "#8250df", "overlay-opacity": 0.18, "overlay-padding": 6 } },
  { selector: "edge:selected", style: { "overlay-color": "#8250df", "overlay-opacity": 0.25, "overlay-padding": 5 } },
];

/** A seeded PRNG, so the force-directed layout draws the same picture on every load. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** fCoSE, seeded: the same picture on every load. Positions only; fitting is `arrange`'s last step. */
function runLayout(cy) {
  const random = Math.random;
  Math.random = seeded(LAYOUT_SEED);
  try {
    cy.layout({
      // "proof" quality polishes small graphs; past several hundred elements it costs seconds for
      // little (bench/web_render.py)
      name: "fcose", quality: cy.elements().length > 600 ? "default" : "proof", randomize: true, animate: false,
      fit: false, nodeDimensionsIncludeLabels: true, packComponents: true, nodeSeparation: 90,
      idealEdgeLength: (edge) => (edge.hasClass("to-lone") ? 45 : edge.hasClass("part-of") ? 70
        : edge.hasClass("against") ? 150 : 130),
      edgeElasticity: (edge) => (edge.hasClass("to-lone") || edge.hasClass("part-of") ? 0.8 : 0.45),
      nodeRepulsion: (node) => (node.hasClass("lone") ? 2500 : node.hasClass("claim") ? 30000 : 16000),
      gravity: 0.2, gravityRange: 2.5, numIter: 5000, tile: true,
    }).run();
  } finally {
    Math.random = random;
  }
}

/**
 * Each node's box with its label, as offsets from its position: an actor's name hangs below its
 * disc, so the box is off-centre. Uncached: label sizes may just have changed, and Cytoscape's cache
 * would still give the old boxes.
 */
function labelledBoxes(cy) {
  return cy.nodes().map((n) => {
    const p = n.position();
    const b = n.boundingBox({ includeLabels: true, includeOverlays: false, useCache: false });
    return { x: p.x, y: p.y, w: b.w, h: b.h, ox: (b.x1 + b.x2) / 2 - p.x, oy: (b.y1 + b.y2) / 2 - p.y };
  });
}

/**
 * Positions (one {x, y} per box, same order) after pushing overlapping boxes apart until every two
 * are at least `gap` apart or `rounds` passes are done. Each overlapping pair moves apart, half each,
 * along the axis it overlaps least on (the smallest move that parts them, so the force layout's
 * shape is kept), a move along y counting `yCost` times one along x (above 1 when the canvas has
 * room to spare sideways, below 1 when it has it up and down). Candidate pairs come from a sweep
 * over boxes sorted by left edge, so a pass costs about n log n plus the overlaps. When pairs still
 * overlap after SPREAD_EVERY passes, all positions are spread from their centre by SPREAD, which
 * ends any crowd. Deterministic: ties are broken by the boxes' order.
 */
export function separateBoxes(boxes, gap, yCost = 1, rounds = 400) {
  const xs = boxes.map((b) => b.x + (b.ox || 0));
  const ys = boxes.map((b) => b.y + (b.oy || 0));
  const hw = boxes.map((b) => b.w / 2 + gap / 2);
  const hh = boxes.map((b) => b.h / 2 + gap / 2);
  const order = boxes.map((_, i) => i);
  for (let round = 0; round < rounds; round += 1) {
    order.sort((i, j) => xs[i] - hw[i] - (xs[j] - hw[j]) || i - j);
    let moved = false;
    for (let a = 0; a < order.length; a += 1) {
      const i = order[a];
      for (let b = a + 1; b < order.length; b += 1) {
        const j = order[b];
        if (xs[j] - hw[j] >= xs[i] + hw[i]) break;  // sorted by left edge: nothing further right overlaps i
        const dx = xs[j] - xs[i], dy = ys[j] - ys[i];
        const px = hw[i] + hw[j] - Math.abs(dx), py = hh[i] + hh[j] - Math.abs(dy);
        if (px <= 0 || py <= 0) continue;
        moved = true;
        if (px < py * yCost) {
          const s = (dx > 0 || (dx === 0 && i < j) ? 1 : -1) * (px / 2 + 0.01);
          xs[i] -= s; xs[j] += s;
        } else {
          const s = (dy > 0 || (dy === 0 && i < j) ? 1 : -1) * (py / 2 + 0.01);
          ys[i] -= s; ys[j] += s;
        }
      }
    }
    if (!moved) break;
    // a crowd where parting one pair keeps pushing others together: spread it all a little
    if (round % SPREAD_EVERY === SPREAD_EVERY - 1) {
      const mx = xs.reduce((a, b) => a + b, 0) / xs.length, my = ys.reduce((a, b) => a + b, 0) / ys.length;
      for (let i = 0; i < xs.length; i += 1) { xs[i] = mx + (xs[i] - mx) * SPREAD; ys[i] = my + (ys[i] - my) * SPREAD; }
    }
  }
  return boxes.map((b, i) => ({ x: xs[i] - (b.ox || 0), y: ys[i] - (b.oy || 0) }));
}

/**
 * Stretch the layout along one axis (up to MAX_STRETCH times) so its shape matches the canvas's:
 * a wide canvas then holds a wide picture instead of a square one with empty sides.
 */
function stretchToCanvas(cy) {
  const box = cy.nodes().boundingBox({ includeLabels: true });
  if (!(box.w > 0 && box.h > 0 && cy.width() > 0 && cy.height() > 0)) return;
  const ratio = (cy.width() / cy.height()) / (box.w / box.h);
  const sx = Math.min(MAX_STRETCH, Math.max(1, ratio)), sy = Math.min(MAX_STRETCH, Math.max(1, 1 / ratio));
  if (sx === 1 && sy === 1) return;
  const mx = (box.x1 + box.x2) / 2, my = (box.y1 + box.y2) / 2;
  cy.nodes().positions((n) => ({ x: mx + (n.position("x") - mx) * sx, y: my + (n.position("y") - my) * sy }));
}

/** The zoom at which the drawing would fill the canvas (without changing the view). */
function fitZoom(cy) {
  const box = cy.nodes().boundingBox({ includeLabels: true });
  const w = cy.width() - 2 * FIT_PADDING, h = cy.height() - 2 * FIT_PADDING;
  if (!(box.w > 0 && box.h > 0 && w > 0 && h > 0)) return 1;
  return Math.max(cy.minZoom(), Math.min(cy.maxZoom(), w / box.w, h / box.h));
}

/** Move the nodes to `positions` (one per node, in `cy.nodes()` order). */
function place(cy, positions) {
  const nodes = cy.nodes();
  cy.batch(() => nodes.forEach((n, i) => { n.position(positions[i]); }));
}

/** Part overlapping boxes, moving them preferably along the axis the canvas has more room on. */
function separate(cy) {
  const box = cy.nodes().boundingBox({ includeLabels: true });
  const room = box.w > 0 && box.h > 0 && cy.height() > 0 ? (cy.width() / box.w) / (cy.height() / box.h) : 1;
  place(cy, separateBoxes(labelledBoxes(cy), BOX_GAP, Math.min(4, Math.max(0.25, room))));
}

/**
 * Take in the slack a force layout leaves (long springs to far-off speakers, space between
 * components): squeeze the axis that limits the zoom towards the centre, part the boxes again,
 * and keep the result while the drawing can then be shown larger. Ends on a layout without overlaps.
 */
function compact(cy) {
  for (let step = 0; step < COMPACT_STEPS; step += 1) {
    const before = cy.nodes().map((n) => ({ ...n.position() }));
    const zoom = fitZoom(cy);
    const box = cy.nodes().boundingBox({ includeLabels: true });
    const squeezeX = box.w / cy.width() >= box.h / cy.height();
    const mx = (box.x1 + box.x2) / 2, my = (box.y1 + box.y2) / 2;
    // a hard squeeze first; when parting the boxes undoes it, gentler ones
    const better = COMPACT_FACTORS.some((f) => {
      place(cy, before.map((p) => ({ x: squeezeX ? mx + (p.x - mx) * f : p.x, y: squeezeX ? p.y : my + (p.y - my) * f })));
      separate(cy);
      return fitZoom(cy) > zoom * 1.005;
    });
    if (!better) { place(cy, before); return; }
  }
}

/**
 * Lay the graph out readably: the force layout; stretched to the canvas's shape; texts sized for
 * the zoom the picture will be shown at; no node, claim box or name overlapping another (labels
 * included); compacted; stretched again; fitted. Names grow as the zoom shrinks, so sizing and parting
 * repeat until the sizes settle.
 */
function arrange(cy) {
  runLayout(cy);
  stretchToCanvas(cy);
  for (let pass = 0; pass < 5; pass += 1) {
    const scale = labelScale(fitZoom(cy));
    if (pass > 0 && scale === cy.scratch("kgLabelScale")) break;
    cy.scratch("kgLabelScale", scale);
    setLabelScale(cy, scale);
    separate(cy);
    if (pass === 0) compact(cy);
  }
  // spreading along the axis with room to spare parts nothing that was apart and keeps the zoom
  stretchToCanvas(cy);
  cy.fit(undefined, FIT_PADDING);
  // a handful of nodes would otherwise be blown up to poster size
  if (cy.zoom() > MAX_FIT_ZOOM) { cy.zoom(MAX_FIT_ZOOM); cy.center(); }
}

/**
 * Zoomed out to fit a big graph, names, claim texts and edge words would shrink below reading
 * size: grow them back, up to 1.4 times, as the zoom goes under 0.9 (a claim's box grows with its
 * text). Rounded to steps of 0.05 so `arrange` can tell when the size has settled.
 */
function labelScale(zoom) {
  return Math.round(Math.min(1.4, Math.max(1, 0.9 / zoom)) * 20) / 20;
}

function setLabelScale(cy, scale) {
  cy.batch(() => {
    cy.nodes(".actor").forEach((n) => {
      n.data({ font: Math.round(n.data("baseFont") * scale * 10) / 10, labelWidth: Math.round(ACTOR_LABEL_WIDTH * scale) });
    });
    cy.edges().forEach((e) => { e.data("font", Math.round(EDGE_FONT * scale * 10) / 10); });
    cy.nodes(".claim").not(".lone").forEach((n) => {
      n.data({ font: Math.round(n.data("baseFont") * scale * 10) / 10, textWidth: Math.round(CLAIM_TEXT_WIDTH * scale),
               w: n.data("baseW") * scale, h: n.data("baseH") * scale });
    });
  });
}

function keepLabelsReadable(cy) {
  setLabelScale(cy, labelScale(cy.zoom()));
}

/**
 * Draw `view` into `container`; `onSelect({kind, id})` is called when an element is clicked
 * (kind: "edge", "actor", "claim" or "group") or with null when the background is.
 */
export function drawGraph(container, view, colours, onSelect, options = {}) {
  const cy = cytoscape({
    container, elements: elementsOf(view, colours, options), style: STYLE,
    minZoom: 0.15, maxZoom: 4, boxSelectionEnabled: false, selectionType: "single",
  });
  arrange(cy);
  let zoomTimer = null;
  cy.on("zoom", () => { clearTimeout(zoomTimer); zoomTimer = setTimeout(() => keepLabelsReadable(cy), 60); });
  cy.on("tap", "node, edge", (evt) => {
    const el = evt.target;
    if (el.hasClass("part-of")) { onSelect({ kind: "actor", id: el.source().id() }); return; }
    onSelect({ kind: el.isEdge() ? "edge" : el.data("kind"), id: el.id() });
  });
  cy.on("tap", (evt) => { if (evt.target === cy) onSelect(null); });
  return {
    cy,
    /** Select `id` and dim the rest; `reveal` also centres it (a choice made in the lists). */
    highlight(id, reveal = false) {
      cy.elements().removeClass("faded").unselect();
      if (!id) return;
      // a group of lone statements ("lone:<relation>:<actor id>") is shown on its speaker
      const el = cy.getElementById(id.startsWith("lone:") ? `actor:${id.split(":").slice(2).join(":")}` : id);
      if (!el.nonempty()) return;
      el.select();
      if (reveal) cy.center(el.isEdge() ? el.connectedNodes() : el);
      const keep = el.isEdge() ? el.union(el.connectedNodes()) : el.closedNeighborhood();
      cy.elements().difference(keep).addClass("faded");
    },
    destroy() { cy.destroy(); },
  };
}
