// The page's only way to the server: the kg HTTP API (docs/ARCHITECTURE.md, "HTTP API").
// Every call has a time limit and fails with an Error whose message says what and why.

const TIMEOUT_MS = 30000;

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

async function request(path, options = {}) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeout || TIMEOUT_MS);
  let response;
  try {
    response = await fetch(path, { ...options, signal: controller.signal });
  } catch (err) {
    const why = err.name === "AbortError" ? `no answer within ${(options.timeout || TIMEOUT_MS) / 1000} s` : err.message;
    throw new ApiError(`${options.method || "GET"} ${path.split("?")[0]}: could not reach the kg server (${why})`, 0);
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      const body = await response.clone().json();
      if (body && body.detail) detail = typeof body.detail === "string" ? body.detail : JSON.stringify(body.detail);
    } catch (_) {
      const text = await response.text();
      if (text) detail = text.slice(0, 300);
    }
    throw new ApiError(`${options.method || "GET"} ${path.split("?")[0]} failed (${response.status}): ${detail}`, response.status);
  }
  return response;
}

export async function getJSON(path) {
  const response = await request(path, { headers: { Accept: "application/json" } });
  return response.json();
}

export function queryString(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "" || value === false) continue;
    q.set(key, Array.isArray(value) ? value.join(",") : String(value));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** The /graph view (kg.views.graph_view) under the page's filters. */
export function fetchGraph(filters) {
  return getJSON(`/graph${queryString({
    actor: filters.actor,
    relation: filters.relation.length === 3 ? "" : filters.relation,
    since: filters.since,
    until: filters.until,
    language: filters.language,
    article: filters.article,
    contested_only: filters.contested ? "true" : "",
  })}`);
}

/** Every page of a paginated list endpoint ({"items", "total", ...}), up to `max` items. */
export async function fetchAll(path, max = 2000) {
  const items = [];
  const sep = path.includes("?") ? "&" : "?";
  while (items.length < max) {
    const page = await getJSON(`${path}${sep}limit=500&offset=${items.length}`);
    const got = page.items || [];
    items.push(...got);
    if (!got.length || items.length >= (page.total ?? items.length)) break;
  }
  return items;
}

const articleCache = new Map();

/** One article's metadata and full text, fetched once. */
export function fetchArticle(id) {
  if (!articleCache.has(id)) {
    const p = getJSON(`/articles/${encodeURIComponent(id)}`);
    p.catch(() => articleCache.delete(id));
    articleCache.set(id, p);
  }
  return articleCache.get(id);
}

export function searchActors(q) {
  return getJSON(`/actors${queryString({ q, limit: 20 })}`);
}

/** A SPARQL query through the SPARQL 1.1 Protocol; `accept` picks the result format. */
export async function sparql(query, accept = "application/sparql-results+json") {
  const response = await request("/sparql", {
    method: "POST",
    headers: { "Content-Type": "application/sparql-query", Accept: accept },
    body: query,
    timeout: 60000,
  });
  return response;
}
