""""X held Y responsible / accountable for Z", « X tient Y pour responsable de Z »: X accuses Y (the cue
rows hold / tenir with a dependent responsible…); "held talks" is no cue. Real pipeline (slow), texts
written for these tests.
"""
from __future__ import annotations

import pytest

from pipeline_run import extract_text


def _relations(text, language):
    return extract_text(text, language).relations


@pytest.mark.slow
@pytest.mark.parametrize("language,text,accused", [
    ("en", "Kenya held al-Shabaab responsible for the bus attack in Mandera.", "org.al-shabaab"),
    ("en", "Kenya's government holds Somalia accountable for the attacks.", "somalia"),
    ("fr", "Le Kenya tient les shebab pour responsables de l'attaque du bus à Mandera.", "org.al-shabaab"),
    ("fr", "Nairobi tient Mogadiscio pour responsable de ces attaques.", "somalia"),
])
def test_holding_someone_responsible_accuses_them(language, text, accused):
    [rel] = _relations(text, language)
    assert (rel.relation, rel.source.actor, rel.target.actor) == ("accuses", "kenya", accused)
    assert rel.cameo.startswith("112")


@pytest.mark.slow
def test_holding_talks_is_no_statement():
    assert _relations("Kenya held talks with Somalia on Monday.", "en") == ()
