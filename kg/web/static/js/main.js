// The contested-claims explorer: wires filters, graph, lists, evidence panel, timeline and SPARQL.
// State is in the URL hash (state.js); data comes only from the kg HTTP API (api.js).

import { fetchAll, fetchGraph, searchActors } from "./api.js";
import { openArticle, statementCard } from "./evidence.js";
import { drawGraph, drawnParts, shortText, stateColours } from "./graph.js";
import { setupSparql } from "./sparql.js";
import { RELATIONS, defaultState, filtersOf, readState, sameFilters, writeState } from "./state.js";
import { drawTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const librariesLoaded = typeof cytoscape !== "undefined" && typeof d3 !== "undefined";

let state = readState();
let view = null;          // the last /graph answer
let drawn = null;         // the graph drawing
let requestSeq = 0;       // only the latest /graph answer is drawn
let lastFocus = null;     // where focus goes back when the evidence panel closes
let loadsDone = 0;        // finished /graph loads, drawn or failed (body[data-loads], for tests)

/** body[data-graph] says where the graph is: loading, ready, empty or error. */
function setGraphStatus(status) {
  document.body.dataset.graph = status;
  if (status !== "loading") document.body.dataset.loads = String(++loadsDone);
}

// ---- messages -----------------------------------------------------------------------------------

function showMessage(kind, text, action) {
  const box = $("graph-message");
  box.className = `message ${kind}`;
  box.replaceChildren(text);
  if (action) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "secondary small";
    b.textContent = action.label;
    b.addEventListener("click", action.run);
    box.append(b);
  }
  box.hidden = false;
}

function hideMessage() { $("graph-message").hidden = true; }

// ---- filters <-> state --------------------------------------------------------------------------

function setControls(s) {
  $("f-actor").value = s.actor;
  for (const r of RELATIONS) $(`f-rel-${r}`).checked = s.relation.includes(r);
  $("f-since").value = s.since;
  $("f-until").value = s.until;
  ensureOption($("f-language"), s.language);
  $("f-language").value = s.language;
  ensureOption($("f-article"), s.article);
  $("f-article").value = s.article;
  $("f-contested").checked = s.contested;
  $("f-lone").checked = s.lone;
}

function ensureOption(select, value) {
  if (value && ![...select.options].some((o) => o.value === value)) select.append(new Option(value, value));
}

function controlsState() {
  return {
    ...state,
    actor: $("f-actor").value.trim(),
    relation: RELATIONS.filter((r) => $(`f-rel-${r}`).checked),
    since: $("f-since").value,
    until: $("f-until").value,
    language: $("f-language").value,
    article: $("f-article").value,
    contested: $("f-contested").checked,
    lone: $("f-lone").checked,
  };
}

function update(next) {
  const filtersChanged = !sameFilters(state, next);
  const redraw = next.lone !== state.lone;
  state = filtersChanged ? { ...next, sel: "" } : next;
  writeState(state);
  setControls(state);
  if (filtersChanged) loadGraph();
  else if (redraw && view) render();  // a display option: same data, drawn again
}

// ---- the graph ----------------------------------------------------------------------------------

async function loadGraph() {
  const seq = ++requestSeq;
  if (state.relation.length === 0) {
    clearGraph();
    showMessage("empty", "No relation type is selected: tick accuses, denies or asserts to see statements.");
    $("summary").textContent = "0 statements";
    setGraphStatus("empty");
    return;
  }
  showMessage("loading", "Loading the graph…");
  setGraphStatus("loading");
  let answer;
  try {
    answer = await fetchGraph(filtersOf(state));
  } catch (err) {
    if (seq !== requestSeq) return;
    clearGraph();
    $("summary").textContent = "";
    showMessage("error", `Could not load the graph. ${err.message}`, { label: "Try again", run: loadGraph });
    setGraphStatus("error");
    return;
  }
  if (seq !== requestSeq) return;
  view = answer;
  render();
}

function clearGraph() {
  $("graph-note").textContent = "";
  if (drawn) drawn.destroy();
  drawn = null;
  view = null;
  for (const id of ["claim-list", "edge-list", "actor-list", "state-legend"]) $(id).replaceChildren();
  $("timeline").replaceChildren();
  $("timeline-note").textContent = "";
  closeDetails(false);
}

function isFiltered(s) {
  return !sameFilters(s, defaultState());
}

function render() {
  $("graph-note").textContent = "";
  if (drawn) drawn.destroy();
  drawn = null;
  const actors = view.nodes.filter((n) => n.type === "actor");
  const claims = view.nodes.filter((n) => n.type === "claim");
  const contested = claims.filter((n) => n.contested);
  const colours = stateColours(view.nodes);
  const n = view.total.statements;
  $("summary").textContent = `${actors.length} actor${actors.length === 1 ? "" : "s"} · ${contested.length} contested claim${contested.length === 1 ? "" : "s"} · ${n} statement${n === 1 ? "" : "s"}${view.truncated ? " (cut: narrow the filters)" : ""}`;
  $("summary").dataset.nodes = String(view.total.nodes);
  $("summary").dataset.edges = String(view.total.edges);
  renderStateLegend(colours);
  renderLists();
  renderTimeline();

  if (n === 0) {
    if (isFiltered(state)) {
      showMessage("empty", "No statements match these filters.", { label: "Reset filters", run: resetFilters });
    } else {
      showMessage("empty", "The graph is empty: no articles are stored yet. Add some with `kg ingest PATH` (or `kg build seeds`) and reload.");
    }
    setGraphStatus("empty");
    return;
  }
  if (!librariesLoaded) {
    showMessage("error", "The graph drawing libraries are missing (kg/web/static/vendor/): run `make install`. The lists beside it still work.");
    setGraphStatus("error");
    return;
  }
  hideMessage();
  try {
    drawn = drawGraph($("cy"), view, colours, (sel) => select(sel ? sel.id : "", { fromGraph: true }),
                      { showLone: state.lone });
  } catch (err) {
    showMessage("error", `The graph could not be drawn (${err.message}). The lists beside it still work.`);
    setGraphStatus("error");
    return;
  }
  const hidden = view.nodes.filter((x) => x.type === "actor").length - drawnParts(view, state.lone).nodes
    .filter((x) => x.type === "actor").length;
  $("graph-note").textContent = hidden
    ? `${hidden} actor${hidden === 1 ? " makes" : "s make"} only single statements (in no claim, with no target): listed beside the graph, drawn when “draw single statements” is ticked.`
    : "";
  if (state.sel) select(state.sel, { restoring: true });
  setGraphStatus("ready");
}

function renderStateLegend(colours) {
  const items = [...colours.entries()].map(([, c]) => {
    const li = document.createElement("li");
    const dot = document.createElement("span");
    dot.className = "state-dot";
    dot.style.background = c.colour;
    dot.setAttribute("aria-hidden", "true");
    li.append(dot, c.label);
    return li;
  });
  $("state-legend").replaceChildren(...items);
}

function listButton(text, cls, id, count) {
  const li = document.createElement("li");
  const b = document.createElement("button");
  b.type = "button";
  b.className = cls;
  b.dataset.select = id;
  b.append(text);
  if (count !== undefined) {
    const c = document.createElement("span");
    c.className = "count";
    c.textContent = `${count}`;
    c.setAttribute("aria-label", `${count} statement${count === 1 ? "" : "s"}`);
    b.append(c);
  }
  b.addEventListener("click", () => { lastFocus = b; select(id); });
  li.append(b);
  return li;
}

function emptyNote(text) {
  const li = document.createElement("li");
  li.className = "empty-note";
  li.textContent = text;
  return li;
}

function nodeLabel(id) {
  const n = view.nodes.find((x) => x.id === id);
  if (!n) return id;
  return n.type === "actor" ? n.label : `“${shortText(n.label, 70)}”`;
}

function edgeText(e) {
  return `${nodeLabel(e.source)} ${e.relation === "against" ? "is against" : e.relation} ${nodeLabel(e.target)}`;
}

/** The edges to lone statements, grouped by speaker and relation: one list item each. */
function loneGroups() {
  const lone = new Set(view.nodes.filter((n) => n.lone).map((n) => n.id));
  const groups = new Map();
  for (const e of view.edges) {
    if (!lone.has(e.target)) continue;
    const id = `lone:${e.relation}:${e.source.replace(/^actor:/, "")}`;
    const g = groups.get(id) || { id, source: e.source, relation: e.relation, statements: [] };
    g.statements.push(...e.statements);
    groups.set(id, g);
  }
  return [...groups.values()];
}

function renderLists() {
  const claims = view.nodes.filter((n) => n.type === "claim" && n.contested);
  $("claim-list").replaceChildren(...(claims.length
    ? claims.map((c) => listButton(shortText(c.label, 90), "contested", c.id, c.statements.length))
    : [emptyNote("No contested claim in this view.")]));
  const lone = new Set(view.nodes.filter((n) => n.lone).map((n) => n.id));
  const items = [
    ...view.edges.filter((e) => e.relation !== "against" && !lone.has(e.target))
      .map((e) => ({ id: e.id, relation: e.relation, count: e.count, text: edgeText(e) })),
    ...loneGroups().map((g) => ({ id: g.id, relation: g.relation, count: g.statements.length,
      text: `${nodeLabel(g.source)} ${g.relation} (${g.statements.length === 1 ? "a single statement" : "single statements"})` })),
  ].sort((a, b) => RELATIONS.indexOf(a.relation) - RELATIONS.indexOf(b.relation) || b.count - a.count);
  $("edge-list").replaceChildren(...(items.length
    ? items.map((i) => listButton(i.text, i.relation, i.id, i.count))
    : [emptyNote("No statements in this view.")]));
  const actors = view.nodes.filter((n) => n.type === "actor");
  $("actor-list").replaceChildren(...(actors.length
    ? actors.map((a) => listButton(a.label, "actor", a.id, a.weight))
    : [emptyNote("No actors in this view.")]));
}

function renderTimeline() {
  const undated = view.undated ? view.undated.accuses + view.undated.denies : 0;
  const drew = drawTimeline($("timeline"), view.timeline || [], state, ({ since, until }) => {
    update({ ...state, since, until });
  });
  const notes = [];
  if (!drew) notes.push("No dated accusations or denials in this view.");
  if (undated) notes.push(`${undated} accusation${undated === 1 ? "" : "s"} or denial${undated === 1 ? "" : "s"} from undated articles are not on the timeline.`);
  $("timeline-note").textContent = notes.join(" ");
  $("timeline-clear").hidden = !(state.since || state.until);
}

// ---- selection and the evidence panel -----------------------------------------------------------

function statementsFor(id) {
  const edge = view.edges.find((e) => e.id === id);
  if (edge) return { title: edgeText(edge), sub: `${edge.count} statement${edge.count === 1 ? "" : "s"}`, ids: edge.statements };
  const node = view.nodes.find((n) => n.id === id);
  if (node && node.type === "claim") {
    const side = (ids) => ids.map((a) => nodeLabel(`actor:${a}`)).join(", ") || "nobody in this view";
    return { title: `${node.contested ? "Contested claim" : "Claim"}: “${shortText(node.label, 140)}”`,
             sub: node.contested ? `Charged by ${side(node.supporters)}; denied by ${side(node.deniers)}.` : "",
             ids: node.statements };
  }
  if (node && node.type === "actor") {
    const ids = view.statements.filter((s) => s.source.id === node.actor || (s.target && s.target.id === node.actor)).map((s) => s.id);
    const parent = node.part_of ? nodeLabel(`actor:${node.part_of}`) : null;
    const bits = [node.kind, parent && `part of ${parent}`, node.state !== node.actor && !parent ? `state: ${node.state_label}` : null,
                  node.wikidata, node.aliases.length ? `also: ${node.aliases.slice(0, 6).join(", ")}` : null].filter(Boolean);
    return { title: node.label, sub: bits.join(" · "), ids };
  }
  if (id.startsWith("lone:")) {
    const g = loneGroups().find((x) => x.id === id);
    if (g) {
      return { title: `${nodeLabel(g.source)} ${g.relation}`,
               sub: `${g.statements.length} statement${g.statements.length === 1 ? "" : "s"} that belong to no claim and name no target`,
               ids: g.statements };
    }
  }
  return null;
}

function select(id, { fromGraph = false, restoring = false } = {}) {
  if (!view || !id) { closeDetails(!fromGraph); return; }
  const found = statementsFor(id);
  if (!found) { closeDetails(false); return; }
  state = { ...state, sel: id };
  writeState(state);
  for (const b of document.querySelectorAll("[data-select]")) {
    b.setAttribute("aria-current", b.dataset.select === id ? "true" : "false");
  }
  if (drawn) drawn.highlight(id, !fromGraph && !restoring);
  renderDetails(found);
  if (!fromGraph && !restoring) $("details").focus();
}

function renderDetails({ title, sub, ids }) {
  const byId = new Map(view.statements.map((s) => [s.id, s]));
  $("details-heading").textContent = title;
  $("details-sub").textContent = sub;
  const cards = ids.map((sid) => byId.get(sid)).filter(Boolean)
    .map((s) => statementCard(s, (stmt, button) => openArticle(stmt, button)));
  $("details-body").replaceChildren(...cards);
  $("details").hidden = false;
}

function closeDetails(restoreFocus = true) {
  $("details").hidden = true;
  $("details-body").replaceChildren();
  if (state.sel) { state = { ...state, sel: "" }; writeState(state); }
  for (const b of document.querySelectorAll("[data-select][aria-current='true']")) b.setAttribute("aria-current", "false");
  if (drawn) drawn.highlight(null);
  if (restoreFocus && lastFocus && document.contains(lastFocus)) lastFocus.focus();
}

// ---- choices for the selects, actor suggestions -------------------------------------------------

const languageName = (() => {
  try {
    const names = new Intl.DisplayNames(["en"], { type: "language" });
    return (code) => names.of(code) || code;
  } catch (_) {
    return (code) => code;
  }
})();

async function loadChoices() {
  let articles;
  try {
    articles = await fetchAll("/articles");
  } catch (err) {
    showMessage("error", `Could not load the list of articles for the filters. ${err.message}`, { label: "Try again", run: () => { loadChoices(); loadGraph(); } });
    return;
  }
  const language = $("f-language");
  const languages = [...new Set(articles.map((a) => a.language).filter(Boolean))].sort();
  language.replaceChildren(new Option("all languages", ""), ...languages.map((l) => new Option(`${languageName(l)} (${l})`, l)));
  const article = $("f-article");
  const sorted = [...articles].sort((a, b) => (a.date || "9999").localeCompare(b.date || "9999") || a.id.localeCompare(b.id));
  article.replaceChildren(new Option("all articles", ""), ...sorted.map((a) =>
    new Option(`${shortText(a.title || a.id, 60)}${a.date ? ` · ${a.date}` : ""}${a.language ? ` · ${a.language}` : ""}`, a.id)));
  setControls(state);
}

let suggestTimer = null;
function suggestActors() {
  clearTimeout(suggestTimer);
  const q = $("f-actor").value.trim();
  if (q.length < 2) return;
  suggestTimer = setTimeout(async () => {
    try {
      const answer = await searchActors(q);
      const options = [];
      for (const a of answer.items || []) {
        const names = [a.label, ...(a.aliases || [])].filter(Boolean);
        const o = new Option(names[0], names[0]);
        o.label = `${a.label}${a.wikidata ? ` (${a.wikidata})` : ""}`;
        options.push(o);
      }
      $("actor-suggestions").replaceChildren(...options);
    } catch (_) {
      // suggestions are a convenience: the filter still takes any name typed in
    }
  }, 200);
}

// ---- tabs ---------------------------------------------------------------------------------------

let sparqlView = null;
function showTab(tab) {
  state = { ...state, tab };
  writeState(state);
  for (const b of document.querySelectorAll(".tab")) b.setAttribute("aria-selected", String(b.dataset.tab === tab));
  $("graph-view").hidden = tab !== "graph";
  $("sparql-view").hidden = tab !== "sparql";
  if (tab === "sparql" && !sparqlView) {
    sparqlView = setupSparql({
      initialQuery: state.query,
      onQueryChange: (q) => { state = { ...state, query: q }; writeState(state); },
      getActor: topDenier,
    });
  }
  if (tab === "graph" && drawn) drawn.cy.resize();
}

function topDenier() {
  if (state.actor) return state.actor;
  if (!view) return "";
  const count = new Map();
  for (const s of view.statements) if (s.relation === "denies") count.set(s.source.label, (count.get(s.source.label) || 0) + 1);
  return [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] || "";
}

// ---- wiring -------------------------------------------------------------------------------------

function resetFilters() {
  update({ ...defaultState(), tab: state.tab, query: state.query, lone: state.lone });
}

function init() {
  setControls(state);
  const form = $("filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); update(controlsState()); });
  form.addEventListener("change", (e) => { if (e.target.id !== "f-actor") update(controlsState()); });
  $("f-actor").addEventListener("input", suggestActors);
  $("f-actor").addEventListener("change", () => update(controlsState()));
  $("f-actor").addEventListener("search", () => update(controlsState()));  // the clear (x) button
  $("f-actor").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); update(controlsState()); } });
  $("f-reset").addEventListener("click", resetFilters);
  $("timeline-clear").addEventListener("click", () => update({ ...state, since: "", until: "" }));
  $("details-close").addEventListener("click", () => closeDetails(true));
  $("details").addEventListener("keydown", (e) => { if (e.key === "Escape") closeDetails(true); });
  $("article-close").addEventListener("click", () => $("article-dialog").close());
  for (const b of document.querySelectorAll(".tab")) b.addEventListener("click", () => showTab(b.dataset.tab));
  window.addEventListener("hashchange", () => {
    const next = readState();
    if (next.tab !== state.tab) showTab(next.tab);
    if (!sameFilters(next, state)) { state = next; setControls(state); loadGraph(); }
    else if (next.lone !== state.lone) { state = next; setControls(state); if (view) render(); }
    else if (next.sel !== state.sel) select(next.sel, { restoring: true });
  });
  let resizeTimer = null;
  window.addEventListener("resize", () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (view) renderTimeline(); }, 150);
  });
  showTab(state.tab);
  loadChoices();
  loadGraph();
}

// for tests and the curious: the live drawing and data (read-only use)
window.kgExplorer = {
  get cy() { return drawn ? drawn.cy : null; },
  get view() { return view; },
  get state() { return { ...state }; },
};

init();
