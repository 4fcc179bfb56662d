// The graph drawing (Cytoscape.js with the fCoSE force-directed layout): actors coloured by the
// state they are part of, claims as nodes, statements as coloured directed edges.

const STATE_PALETTE = ["#f4a261", "#8ecae6", "#b8a1d9", "#90be6d", "#f28482", "#e9c46a", "#84a59d",
                       "#cdb4db", "#ffafcc", "#a3b18a", "#bde0fe", "#d4a373"];
const EDGE_COLOURS = { accuses: "#c62828", denies: "#1565c0", asserts: "#2e7d32", against: "#6d6d6d" };
const LAYOUT_SEED = 20240917;
const CLAIM_TEXT_WIDTH = 170;
const ACTOR_LABEL_WIDTH = 140;

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
      const label = n.contested ? `CONTESTED\n${shortText(n.label, 80)}` : n.lone ? "" : shortText(n.label, 60);
      const box = n.contested ? labelBox(label, 7.6, 17) : labelBox(label, 7.0, 16);
      elements.push({ group: "nodes", classes: cls, data: {
        id: n.id, label, full: shortText(n.label, 120), weight: n.weight, kind: "claim", contested: n.contested,
        relation: n.lone ? relationOfLone(view, n.id) : "", w: box.w, h: box.h } });
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
      width: Math.min(2 + 1.2 * e.count, 9),
      label: showLabel ? (e.count > 1 ? `${e.relation} ×${e.count}` : e.relation) : "" } });
  }
  for (const n of nodes) {
    if (n.type === "actor" && n.part_of && drawnIds.has(`actor:${n.part_of}`)) {
      elements.push({ group: "edges", classes: "part-of", data: {
        id: `part-of:${n.id}`, source: n.id, target: `actor:${n.part_of}`, relation: "part-of", label: "" } });
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
    shape: "round-rectangle", label: "data(label)", "text-wrap": "wrap", "text-max-width": CLAIM_TEXT_WIDTH, "font-size": 12,
    "text-valign": "center", "text-halign": "center", width: "data(w)", height: "data(h)", padding: 8,
    "background-color": "#f5f5f5", "border-color": "#9e9e9e", "border-width": 2 } },
  { selector: "node.claim.contested", style: {
    "background-color": "#fff3e0", "border-color": "#e65100", "border-width": 4, "font-size": 13, "font-weight": 600,
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
    label: "data(label)", "font-size": 11, "font-weight": 600, "text-rotation": "autorotate",
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

function runLayout(cy) {
  const random = Math.random;
  Math.random = seeded(LAYOUT_SEED);
  try {
    cy.layout({
      // "proof" quality polishes small graphs; past several hundred elements it costs seconds for
      // little (bench/web_render.py)
      name: "fcose", quality: cy.elements().length > 600 ? "default" : "proof", randomize: true, animate: false,
      fit: true, padding: 36,
      nodeDimensionsIncludeLabels: true, packComponents: true, nodeSeparation: 90,
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
 * Zoomed out to fit a big graph, actor names would shrink below reading size: grow them back, up to
 * 1.4 times, as the zoom goes under 0.9 (claim texts keep their size: they must fit their boxes).
 */
function keepActorLabelsReadable(cy) {
  const scale = Math.min(1.4, Math.max(1, 0.9 / cy.zoom()));
  cy.batch(() => {
    cy.nodes(".actor").forEach((n) => {
      n.data({ font: Math.round(n.data("baseFont") * scale * 10) / 10, labelWidth: Math.round(ACTOR_LABEL_WIDTH * scale) });
    });
  });
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
  runLayout(cy);
  keepActorLabelsReadable(cy);
  let zoomTimer = null;
  cy.on("zoom", () => { clearTimeout(zoomTimer); zoomTimer = setTimeout(() => keepActorLabelsReadable(cy), 60); });
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
