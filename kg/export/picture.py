"""The contested-claims picture: graphviz DOT drawn to SVG or PNG by the `dot` command.

Who accuses whom, and what is contested. Actors are filled with the colour of their state (the top
of their part_of chain, named under a ministry's or an official's label). Each contested claim is a
node that one side's accusations and assertions and the other side's denials converge on (drawn
left to right, every arrow from a speaker, so the claims line up on the right), with the accused
actor hanging off it unless it is there denying it. Accusations outside
any contested claim go straight from accuser to accused. Lone assertions contest nothing and are
left out.

    render_contested(corpus_or_view_inputs, fmt="svg") -> bytes   # `kg export --format svg|png`
    contested_dot(view) -> str                                     # the DOT text, pure

The data is a `Corpus`, the view inputs of `kg.views` (what the store serves), or a `/graph`
answer (``kg.views.graph_view``) already computed.
"""
from __future__ import annotations

import shutil
import subprocess
import textwrap

from kg.model import Corpus
from kg.views import AGAINST, GraphFilters, ViewInputs, graph_view, inputs_from_corpus

FORMATS = ("svg", "png")
#: the colour of each edge kind; the web page's legend uses the same ones (kg/web/static/app.css)
EDGE_COLOURS = {"accuses": "#c62828", "denies": "#1565c0", "asserts": "#2e7d32", AGAINST: "#6d6d6d"}
#: state fill colours, given to states in order of how much they take part
STATE_COLOURS = ("#fde0dc", "#dbe9f6", "#e2f0d9", "#fff2cc", "#ead1dc", "#d9d2e9", "#d0e0e3", "#fce5cd")
CLAIM_LABEL_CHARS = 110
WRAP = 32


class PictureError(RuntimeError):
    """Graphviz is missing or failed; the message says which and what to do."""


def render_contested(data, fmt: str = "svg", timeout: float = 60.0) -> bytes:
    """The contested-claims picture of ``data`` as SVG or PNG bytes (graphviz `dot`)."""
    if fmt not in FORMATS:
        raise ValueError(f"picture format {fmt!r}: expected one of {', '.join(FORMATS)}")
    dot = shutil.which("dot")
    if dot is None:
        raise PictureError("graphviz's `dot` command is not installed: run scripts/system-deps.sh "
                           "(Debian package graphviz)")
    done = subprocess.run([dot, f"-T{fmt}"], input=contested_dot(as_view(data)).encode("utf-8"),
                          capture_output=True, timeout=timeout)
    if done.returncode != 0:
        raise PictureError(f"dot -T{fmt} failed ({done.returncode}): {done.stderr.decode(errors='replace')[:500]}")
    return done.stdout


def as_view(data) -> dict:
    """A `/graph` view of the contested claims and accusations in ``data`` (see module docstring)."""
    if isinstance(data, Corpus):
        data = inputs_from_corpus(data)
    if isinstance(data, ViewInputs):
        return graph_view(data, GraphFilters(), statement_cap=10**9)
    if isinstance(data, dict) and "nodes" in data and "edges" in data:
        return data
    raise TypeError(f"render_contested needs a Corpus, kg.views.ViewInputs or a /graph view, not {type(data).__name__}")


def picture_parts(view: dict) -> tuple[list[dict], list[dict]]:
    """The nodes and edges the picture keeps: contested claims with all their edges, and accusations."""
    nodes = {n["id"]: n for n in view["nodes"]}
    contested = {nid for nid, n in nodes.items() if n["type"] == "claim" and n["contested"]}
    edges = [e for e in view["edges"]
             if e["source"] in contested or e["target"] in contested
             or (e["relation"] == "accuses" and nodes[e["target"]]["type"] == "actor")]
    # an accusation made through a claim node that is not contested: draw it actor to actor
    by_claim_target = {e["source"]: e["target"] for e in view["edges"] if e["relation"] == AGAINST}
    for e in view["edges"]:
        claim = e["target"]
        if e["relation"] == "accuses" and claim not in contested and claim in by_claim_target:
            edges.append({**e, "target": by_claim_target[claim]})
    kept = {e["source"] for e in edges} | {e["target"] for e in edges}
    return [n for nid, n in nodes.items() if nid in kept], _merge_parallel(edges)


def contested_dot(view: dict) -> str:
    nodes, edges = picture_parts(view)
    lines = [
        "digraph contested {",
        '  graph [rankdir=LR, fontname="Helvetica", fontsize=11, nodesep=0.35, ranksep=0.9, '
        'pad=0.3, label=<' + _title(nodes, edges) + '>, labelloc=t];',
        '  node [fontname="Helvetica", fontsize=11];',
        '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.8];',
    ]
    if not nodes:
        lines.append('  empty [shape=plaintext, label="No contested claims or accusations in this graph."];')
    actors = [n for n in nodes if n["type"] == "actor"]
    colour_of = {state: STATE_COLOURS[i % len(STATE_COLOURS)]
                 for i, (state, _) in enumerate(_states_by_weight(actors))}
    for n in actors:
        # actors are filled with their state's colour; a part (ministry, official) names its state
        label = n["label"] if n["state"] == n["actor"] else f'{n["label"]}\n({n["state_label"]})'
        lines.append(f'  "{_esc(n["id"])}" [label="{_esc(label)}", shape=ellipse, style=filled, '
                     f'fillcolor="{colour_of[n["state"]]}", color="#616161", '
                     f'fontsize={10 + min(n["weight"], 8)}, margin="0.15,0.06"];')
    for n in nodes:
        if n["type"] == "claim":
            label = textwrap.fill(_short(n["label"]), WRAP)
            lines.append(f'  "{_esc(n["id"])}" [label="{_esc(label)}", shape=box, style="rounded,filled,bold", '
                         f'fillcolor="#fff8e1", color="#e65100", penwidth=2.2, fontsize=10];')
    for e in edges:
        lines.append("  " + _edge_line(e))
    lines.append(_legend())
    lines.append("}")
    return "\n".join(lines) + "\n"


def _edge_line(e: dict) -> str:
    colour = EDGE_COLOURS.get(e["relation"], "#000000")
    label = e["relation"] if e["count"] == 1 else f'{e["relation"]} ×{e["count"]}'
    style = "dashed" if e["relation"] == AGAINST else "solid"
    return (f'"{_esc(e["source"])}" -> "{_esc(e["target"])}" [style={style}, color="{colour}", '
            f'fontcolor="{colour}", penwidth={1.4 + 0.5 * min(e["count"], 6):.1f}, label="{_esc(label)}"];')


def _states_by_weight(actors: list[dict]) -> list[tuple[str, list[dict]]]:
    groups: dict[str, list[dict]] = {}
    for n in actors:
        groups.setdefault(n["state"], []).append(n)
    return sorted(groups.items(), key=lambda kv: (-sum(n["weight"] for n in kv[1]), kv[0]))


def _merge_parallel(edges: list[dict]) -> list[dict]:
    merged: dict[tuple, dict] = {}
    for e in edges:
        key = (e["source"], e["target"], e["relation"])
        if key in merged:
            ids = merged[key]["statements"] + [s for s in e["statements"] if s not in merged[key]["statements"]]
            merged[key] = {**merged[key], "statements": ids, "count": len(ids)}
        else:
            merged[key] = {**e, "statements": list(e["statements"]), "count": len(e["statements"])}
    return list(merged.values())


def _title(nodes: list[dict], edges: list[dict]) -> str:
    claims = sum(1 for n in nodes if n["type"] == "claim")
    accusations = sum(e["count"] for e in edges if e["relation"] == "accuses")
    denials = sum(e["count"] for e in edges if e["relation"] == "denies")
    return (f"<B>Who accuses whom, and what is contested</B><BR/>"
            f"{claims} contested claim{'s' * (claims != 1)} · {accusations} accusation{'s' * (accusations != 1)}"
            f" · {denials} denial{'s' * (denials != 1)}")


def _legend() -> str:
    rows = "".join(
        f'<TR><TD><FONT COLOR="{c}">━━▶</FONT></TD><TD ALIGN="LEFT">{name}</TD></TR>'
        for name, c in (("accuses", EDGE_COLOURS["accuses"]), ("denies", EDGE_COLOURS["denies"]),
                        ("asserts", EDGE_COLOURS["asserts"]),
                        ("claim is against", EDGE_COLOURS[AGAINST])))
    return ('  subgraph cluster_legend { label="Legend"; fontsize=10; color="#bdbdbd"; '
            f'legend [shape=plaintext, fontsize=9, label=<<TABLE BORDER="0" CELLSPACING="2">{rows}'
            '<TR><TD BGCOLOR="#fff8e1" COLOR="#e65100" BORDER="1">claim</TD>'
            '<TD ALIGN="LEFT">contested claim</TD></TR></TABLE>>]; }')


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CLAIM_LABEL_CHARS else text[: CLAIM_LABEL_CHARS - 1].rstrip() + "…"


def _esc(text: str) -> str:
    return str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
