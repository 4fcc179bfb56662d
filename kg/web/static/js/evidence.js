// The evidence panel: each statement with its source, cue, date, outlet and article; the evidence
// highlighted inside its paragraph; the full article with the span marked.
// kg's offsets count Unicode code points (Python strings); JavaScript strings count UTF-16 units,
// so offsets are converted before slicing (they differ only past U+FFFF, e.g. emoji).

import { fetchArticle } from "./api.js";
import { shortText } from "./graph.js";

/** UTF-16 index of code point offset `cp` in `text`. */
export function utf16Index(text, cp) {
  if (!/[\uD800-\uDFFF]/.test(text)) return cp;
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const code = text.charCodeAt(i);
    i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return i;
}

/** [start, end) of the evidence in UTF-16 units, checked against the stored quote. */
export function evidenceRange(text, evidence) {
  const start = utf16Index(text, evidence.start);
  const end = utf16Index(text, evidence.end);
  return { start, end, matches: text.slice(start, end) === evidence.text };
}

/** The paragraph around [start, end): from the line break before it to the one after it. */
export function paragraphAround(text, start, end) {
  const before = text.lastIndexOf("\n", Math.max(0, start - 1));
  const after = text.indexOf("\n", end);
  return { from: before < 0 ? 0 : before + 1, to: after < 0 ? text.length : after };
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === "class") e.className = v;
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Fill `container` with text[from:to], the evidence span inside it in a <mark>. */
function markedText(container, text, from, to, start, end) {
  container.replaceChildren(
    from > 0 ? "… " : "",
    text.slice(from, start),
    el("mark", { class: "evidence", "data-start": String(start), "data-end": String(end) }, text.slice(start, end)),
    text.slice(end, to),
    to < text.length ? " …" : "",
  );
}

function actorName(ref) {
  return ref ? ref.label || ref.surface || ref.id : null;
}

export function statementTitle(s) {
  const target = actorName(s.target);
  return `${actorName(s.source)} ${s.relation}${target ? ` ${target}` : ""}`;
}

/** One statement as a card; the paragraph is filled in when the article text arrives. */
export function statementCard(s, onOpenArticle) {
  const context = el("blockquote", { class: "context", "aria-label": "Evidence in its paragraph" },
                     el("mark", { class: "evidence" }, s.evidence.text));
  const articleLabel = s.title ? `${s.title}` : s.article;
  const meta = el("dl", {},
    el("dt", { text: "Source" }), el("dd", { text: `${actorName(s.source)}${s.source.surface && s.source.surface !== actorName(s.source) ? ` (“${s.source.surface}”)` : ""}` }),
    el("dt", { text: "Cue" }), el("dd", { text: s.cue ? `“${s.cue}”` : "—" }),
    s.target ? el("dt", { text: "Target" }) : null, s.target ? el("dd", { text: actorName(s.target) }) : null,
    el("dt", { text: "Said" }), el("dd", { text: shortText(s.content, 200) || "—" }),
    el("dt", { text: "Date" }), el("dd", { text: s.date || "undated" }),
    el("dt", { text: "Outlet" }), el("dd", { text: s.outlet || "unknown" }),
    el("dt", { text: "Article" }), el("dd", { text: `${articleLabel}${s.language ? ` (${s.language})` : ""}` }),
  );
  const open = el("button", { type: "button", class: "secondary small open-article",
                              "aria-label": `Open the full article “${shortText(articleLabel, 60)}” with this evidence marked` },
                  "Open full article");
  open.addEventListener("click", () => onOpenArticle(s, open));
  const card = el("article", { class: "stmt", "data-statement": s.id },
    el("header", {}, el("span", { class: `badge ${s.relation}`, text: s.relation }), statementTitle(s)),
    meta, context, open);
  fetchArticle(s.article).then((article) => {
    const { start, end, matches } = evidenceRange(article.text, s.evidence);
    if (!matches) {
      context.append(el("p", { class: "hint", text: "The stored offsets do not match the article text: showing the stored quote." }));
      return;
    }
    const { from, to } = paragraphAround(article.text, start, end);
    markedText(context, article.text, from, to, start, end);
  }).catch((err) => {
    context.append(el("p", { class: "hint", text: `Could not load the article for context: ${err.message}` }));
  });
  return card;
}

/** The full article in a dialog, the statement's evidence marked and scrolled into view. */
export async function openArticle(s, returnFocusTo) {
  const dialog = document.getElementById("article-dialog");
  const title = document.getElementById("article-title");
  const meta = document.getElementById("article-meta");
  const body = document.getElementById("article-text");
  title.textContent = s.title || s.article;
  meta.textContent = [s.outlet, s.date, s.language, s.article].filter(Boolean).join(" · ");
  body.textContent = "Loading the article…";
  dialog.onclose = () => { if (returnFocusTo) returnFocusTo.focus(); };
  if (!dialog.open) dialog.showModal();
  try {
    const article = await fetchArticle(s.article);
    const { start, end, matches } = evidenceRange(article.text, s.evidence);
    if (!matches) {
      body.textContent = article.text;
      meta.textContent += " · the stored offsets do not match this text";
      return;
    }
    markedText(body, article.text, 0, article.text.length, start, end);
    const mark = body.querySelector("mark.evidence");
    mark.scrollIntoView({ block: "center" });
  } catch (err) {
    body.textContent = `Could not load the article: ${err.message}`;
  }
}
