// The page's state lives in the URL's hash, so a view can be shared and a reload restores it:
//   #tab=graph&actor=Baku&relation=accuses,denies&since=2023-09-01&until=2023-09-30
//    &language=fr&article=ID&contested=1&lone=1&sel=edge:ID   (lone: draw single statements)

export const RELATIONS = ["accuses", "denies", "asserts"];

export function defaultState() {
  return { tab: "graph", actor: "", relation: [...RELATIONS], since: "", until: "", language: "",
           article: "", contested: false, lone: false, sel: "", query: "" };
}

export function readState(hash = location.hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const s = defaultState();
  if (p.get("tab") === "sparql") s.tab = "sparql";
  for (const key of ["actor", "since", "until", "language", "article", "sel", "query"]) {
    if (p.has(key)) s[key] = p.get(key);
  }
  if (p.has("relation")) {
    const wanted = p.get("relation").split(",").filter((r) => RELATIONS.includes(r));
    s.relation = RELATIONS.filter((r) => wanted.includes(r));
  }
  s.contested = p.get("contested") === "1";
  s.lone = p.get("lone") === "1";
  for (const key of ["since", "until"]) {
    if (s[key] && !/^\d{4}-\d{2}-\d{2}$/.test(s[key])) s[key] = "";
  }
  return s;
}

export function writeState(s) {
  const p = new URLSearchParams();
  if (s.tab !== "graph") p.set("tab", s.tab);
  if (s.actor) p.set("actor", s.actor);
  if (s.relation.length !== RELATIONS.length) p.set("relation", s.relation.join(","));
  for (const key of ["since", "until", "language", "article"]) if (s[key]) p.set(key, s[key]);
  if (s.contested) p.set("contested", "1");
  if (s.lone) p.set("lone", "1");
  if (s.sel) p.set("sel", s.sel);
  if (s.tab === "sparql" && s.query) p.set("query", s.query);
  const hash = p.toString();
  const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}

/** The filters part of the state (what /graph is asked for). */
export function filtersOf(s) {
  return { actor: s.actor.trim(), relation: s.relation, since: s.since, until: s.until, language: s.language,
           article: s.article, contested: s.contested };
}

export function sameFilters(a, b) {
  return JSON.stringify(filtersOf(a)) === JSON.stringify(filtersOf(b));
}
