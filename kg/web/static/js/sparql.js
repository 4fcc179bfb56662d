// The SPARQL view: example queries, an editor, a results table, CSV and JSON downloads.

import { sparql } from "./api.js";

const PREFIXES = `PREFIX kg: <https://kg-claims.org/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
`;

/** The examples; `{actor}` is replaced by the actor in the page's filter, or the graph's top denier. */
export const EXAMPLES = [
  {
    id: "accusations", title: "Who accused whom of what",
    query: `${PREFIXES}
SELECT ?accuser ?accused ?content ?date ?article WHERE {
  ?source kg:accuses ?statement ; rdfs:label ?accuser .
  OPTIONAL { ?statement kg:target/rdfs:label ?accused }
  OPTIONAL { ?statement kg:content ?content }
  ?statement kg:inArticle ?a .
  ?a dcterms:identifier ?article .
  OPTIONAL { ?a dcterms:date ?date }
}
ORDER BY ?date ?accuser
LIMIT 200`,
  },
  {
    id: "contested", title: "Contested claims and each side",
    query: `${PREFIXES}
SELECT ?claim (GROUP_CONCAT(DISTINCT ?supporter; separator=", ") AS ?charged_by)
       (GROUP_CONCAT(DISTINCT ?denier; separator=", ") AS ?denied_by) WHERE {
  ?c a kg:Claim ; kg:contested true ; rdfs:label ?claim .
  OPTIONAL { ?c kg:supporter/rdfs:label ?supporter }
  OPTIONAL { ?c kg:denier/rdfs:label ?denier }
}
GROUP BY ?claim
ORDER BY ?claim`,
  },
  {
    id: "denials", title: "An actor's denials",
    query: `${PREFIXES}
# the actor by any of its names (label or alias, any language)
SELECT ?denier ?cue ?denied ?evidence ?article WHERE {
  ?actor (rdfs:label|skos:altLabel) ?name .
  FILTER(LCASE(STR(?name)) = LCASE("{actor}"))
  ?part kg:partOf* ?actor .
  ?part kg:denies ?statement ; rdfs:label ?denier .
  OPTIONAL { ?statement kg:cue ?cue }
  OPTIONAL { ?statement kg:content ?denied }
  ?statement kg:evidence/oa:hasSelector/oa:exact ?evidence ;
             kg:inArticle/dcterms:identifier ?article .
}
LIMIT 200`,
  },
  {
    id: "actors", title: "Actors, what they are part of, how often they speak",
    query: `${PREFIXES}
SELECT ?actor ?part_of (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
  ?a a kg:Actor ; rdfs:label ?actor .
  OPTIONAL { ?a kg:partOf/rdfs:label ?part_of }
  OPTIONAL { ?a kg:accuses|kg:denies|kg:asserts ?statement }
}
GROUP BY ?actor ?part_of
ORDER BY DESC(?statements)`,
  },
];

const $ = (id) => document.getElementById(id);

function cellText(term) {
  if (!term) return "";
  if (term.type === "uri") {
    return term.value.replace("https://kg-claims.org/id/", "kgid:").replace("https://kg-claims.org/ns#", "kg:");
  }
  return term.value;
}

function renderTable(table, json) {
  const vars = json.head && json.head.vars ? json.head.vars : [];
  const rows = json.results ? json.results.bindings : [];
  const head = document.createElement("tr");
  for (const v of vars) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = v;
    head.append(th);
  }
  const thead = document.createElement("thead");
  thead.append(head);
  const tbody = document.createElement("tbody");
  for (const row of rows) {
    const tr = document.createElement("tr");
    for (const v of vars) {
      const td = document.createElement("td");
      td.textContent = cellText(row[v]);
      if (row[v] && row[v].type === "uri") td.title = row[v].value;
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.replaceChildren(thead, tbody);
  table.hidden = false;
  return rows.length;
}

function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Wire the SPARQL view. `getActor()` names the actor for the example that needs one. */
export function setupSparql({ initialQuery, onQueryChange, getActor }) {
  const select = $("sparql-example");
  const editor = $("sparql-query");
  const status = $("sparql-status");
  const message = $("sparql-message");
  const table = $("sparql-results");
  const csv = $("sparql-csv");
  const json = $("sparql-json");
  let lastQuery = null;

  select.replaceChildren(new Option("choose an example…", ""), ...EXAMPLES.map((e) => new Option(e.title, e.id)));
  const fill = (example) => example.query.replaceAll("{actor}", (getActor() || "").replaceAll('"', '\\"'));
  editor.value = initialQuery || fill(EXAMPLES[0]);
  select.addEventListener("change", () => {
    const example = EXAMPLES.find((e) => e.id === select.value);
    if (!example) return;
    editor.value = fill(example);
    onQueryChange(editor.value);
  });
  editor.addEventListener("change", () => onQueryChange(editor.value));
  editor.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });

  function showError(text) {
    message.textContent = text;
    message.className = "message error";
    message.hidden = false;
  }

  async function run() {
    const query = editor.value.trim();
    message.hidden = true;
    if (!query) { showError("The query is empty: write one or pick an example."); return; }
    onQueryChange(editor.value);
    status.textContent = "Running…";
    $("sparql-run").disabled = true;
    const t0 = performance.now();
    try {
      const response = await sparql(query);
      const type = response.headers.get("content-type") || "";
      if (!type.includes("json")) {
        throw new Error(`the server answered ${type || "no content type"}; this view shows SELECT and ASK results`);
      }
      const body = await response.json();
      const ms = Math.round(performance.now() - t0);
      const truncated = response.headers.get("x-kg-truncated") === "true" || body.truncated === true;
      if (typeof body.boolean === "boolean") {
        table.hidden = true;
        status.textContent = `ASK: ${body.boolean} (${ms} ms)`;
      } else {
        const n = renderTable(table, body);
        status.textContent = `${n} row${n === 1 ? "" : "s"}${truncated ? " (cut at the row cap)" : ""} · ${ms} ms`;
        if (n === 0) {
          message.textContent = "The query ran and matched nothing.";
          message.className = "message empty";
          message.hidden = false;
        }
      }
      lastQuery = query;
      csv.disabled = json.disabled = false;
    } catch (err) {
      status.textContent = "";
      table.hidden = true;
      csv.disabled = json.disabled = true;
      showError(`The query failed: ${err.message}`);
    } finally {
      $("sparql-run").disabled = false;
    }
  }

  async function save(kind) {
    if (!lastQuery) return;
    const accept = kind === "csv" ? "text/csv" : "application/sparql-results+json";
    try {
      const response = await sparql(lastQuery, accept);
      download(`kg-results.${kind}`, await response.blob());
    } catch (err) {
      showError(`The download failed: ${err.message}`);
    }
  }

  $("sparql-run").addEventListener("click", run);
  csv.addEventListener("click", () => save("csv"));
  json.addEventListener("click", () => save("json"));
  return { run };
}
