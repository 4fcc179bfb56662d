"""CAMEO-style act codes (the event codes of GDELT / PETRARCH) for relations.

The base code comes from the cue's lexicon row (``ontology/lexicons/cues_<lang>.tsv``); the mapping
is documented in ``ontology/lexicons/README.md``. Two refinements read the content:
- an accusation coded 112 gets the subcode of the charge it names (``accusation_kind`` words:
  1121 crime/corruption/terrorism, 1122 human rights abuses, 1123 aggression, 1124 war crimes,
  1125 espionage/treason);
- a threat naming military force is 138 rather than 130.
A neutral verb typed as an accusation from its content is 112; as a denial, 016.
"""
from __future__ import annotations

from kg.extract.lexicon import CueEntry, Lexicon

ACCUSE, DENY, STATEMENT = "112", "016", "010"


def act_code(entry: CueEntry, relation: str, content_lemmas, lexicon: Lexicon) -> str:
    """The CAMEO code of a relation typed ``relation`` from a cue read as ``entry``."""
    if relation == "denies":
        return entry.cameo if entry.act == "deny" else DENY
    if relation == "accuses":
        base = entry.cameo if entry.act == "accuse" else ACCUSE
        if base != ACCUSE:
            return base
        return accusation_subcode(content_lemmas, lexicon) or ACCUSE
    if entry.act == "threaten" and any(lexicon.has("military_force", x) for x in content_lemmas):
        return "138"
    return entry.cameo or STATEMENT


def accusation_subcode(lemmas, lexicon: Lexicon) -> str | None:
    """The 112x subcode of the first charge named among ``lemmas`` (single words and word pairs/triples)."""
    lemmas = [x for x in lemmas if x]
    for n in (3, 2, 1):
        for i in range(len(lemmas) - n + 1):
            code = lexicon.value("accusation_kind", " ".join(lemmas[i:i + n]))
            if code:
                return code
    return None
