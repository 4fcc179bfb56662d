"""The gazetteer (ontology/gazetteer/): states in English and French by name, capital, demonym and
adjective; seats of government; international organizations; outlets. Data lookups, no model."""
from __future__ import annotations

import pytest

from kg.resolve.gazetteer import load_gazetteer
from kg.resolve.lexicon import load_lexicon

STATE_FORMS = [
    # form, iso3, how
    ("Azerbaijan", "AZE", "name"), ("Azerbaïdjan", "AZE", "name"), ("Baku", "AZE", "capital"),
    ("Bakou", "AZE", "capital"), ("Azerbaijani", "AZE", "demonym"), ("azerbaïdjanais", "AZE", "demonym"),
    ("azerbaïdjanaise", "AZE", "demonym"), ("azerbaïdjanaises", "AZE", "demonym"), ("Azerbaijanis", "AZE", "people"),
    ("Ukraine", "UKR", "name"), ("Kyiv", "UKR", "capital"), ("Kiev", "UKR", "capital"),
    ("ukrainienne", "UKR", "demonym"), ("ukrainiens", "UKR", "demonym"), ("Ukrainians", "UKR", "people"),
    ("Russia", "RUS", "name"), ("Russie", "RUS", "name"), ("Moscow", "RUS", "capital"), ("Moscou", "RUS", "capital"),
    ("russe", "RUS", "demonym"), ("Russian Federation", "RUS", "name"),
    ("China", "CHN", "name"), ("Chine", "CHN", "name"), ("Beijing", "CHN", "capital"), ("Pékin", "CHN", "capital"),
    ("chinois", "CHN", "demonym"), ("Chinese", "CHN", "demonym"),
    ("Philippines", "PHL", "name"), ("Manila", "PHL", "capital"), ("Filipino", "PHL", "demonym"),
    ("Ethiopia", "ETH", "name"), ("Éthiopie", "ETH", "name"), ("Addis Ababa", "ETH", "capital"),
    ("Ethiopian", "ETH", "demonym"), ("éthiopien", "ETH", "demonym"),
    ("Sudan", "SDN", "name"), ("Soudan", "SDN", "name"), ("Khartoum", "SDN", "capital"), ("Sudanese", "SDN", "demonym"),
    ("South Sudan", "SSD", "name"), ("Juba", "SSD", "capital"),
    ("Democratic Republic of the Congo", "COD", "name"), ("RDC", "COD", "name"), ("Kinshasa", "COD", "capital"),
    ("Congolese", "COD", "demonym"), ("Brazzaville", "COG", "capital"),
    ("Rwanda", "RWA", "name"), ("Kigali", "RWA", "capital"), ("rwandais", "RWA", "demonym"),
    ("Mali", "MLI", "name"), ("Bamako", "MLI", "capital"), ("malien", "MLI", "demonym"), ("malienne", "MLI", "demonym"),
    ("Niger", "NER", "name"), ("Niamey", "NER", "capital"), ("nigérien", "NER", "demonym"),
    ("Nigeria", "NGA", "name"), ("Abuja", "NGA", "capital"), ("Nigerian", "NGA", "demonym"),
    ("Burkina Faso", "BFA", "name"), ("Ouagadougou", "BFA", "capital"),
    ("Algeria", "DZA", "name"), ("Algérie", "DZA", "name"), ("Algiers", "DZA", "capital"), ("Alger", "DZA", "capital"),
    ("algérien", "DZA", "demonym"), ("Morocco", "MAR", "name"), ("Maroc", "MAR", "name"), ("Rabat", "MAR", "capital"),
    ("marocain", "MAR", "demonym"), ("marocaine", "MAR", "demonym"),
    ("Israel", "ISR", "name"), ("Israël", "ISR", "name"), ("Israeli", "ISR", "demonym"), ("israélien", "ISR", "demonym"),
    ("Lebanon", "LBN", "name"), ("Liban", "LBN", "name"), ("Beirut", "LBN", "capital"), ("Beyrouth", "LBN", "capital"),
    ("Iran", "IRN", "name"), ("Tehran", "IRN", "capital"), ("Téhéran", "IRN", "capital"), ("iranien", "IRN", "demonym"),
    ("Yemen", "YEM", "name"), ("Yémen", "YEM", "name"), ("Sanaa", "YEM", "capital"),
    ("Saudi Arabia", "SAU", "name"), ("Arabie Saoudite", "SAU", "name"), ("Riyadh", "SAU", "capital"),
    ("Saudi", "SAU", "demonym"),
    ("Serbia", "SRB", "name"), ("Belgrade", "SRB", "capital"), ("Serbian", "SRB", "demonym"), ("serbe", "SRB", "demonym"),
    ("Kosovo", "UNK", "name"), ("Pristina", "UNK", "capital"),
    ("Greece", "GRC", "name"), ("Grèce", "GRC", "name"), ("Athens", "GRC", "capital"), ("Athènes", "GRC", "capital"),
    ("Greek", "GRC", "demonym"), ("Turkey", "TUR", "name"), ("Turquie", "TUR", "name"), ("Ankara", "TUR", "capital"),
    ("turc", "TUR", "demonym"), ("turque", "TUR", "demonym"),
    ("North Korea", "PRK", "name"), ("Corée du Nord", "PRK", "name"), ("Pyongyang", "PRK", "capital"),
    ("North Korean", "PRK", "demonym"), ("nord-coréen", "PRK", "demonym"),
    ("South Korea", "KOR", "name"), ("Seoul", "KOR", "capital"), ("Séoul", "KOR", "capital"),
    ("Venezuela", "VEN", "name"), ("Caracas", "VEN", "capital"), ("vénézuélien", "VEN", "demonym"),
    ("Guyana", "GUY", "name"), ("Georgetown", "GUY", "capital"),
    ("Colombia", "COL", "name"), ("Colombie", "COL", "name"), ("Bogotá", "COL", "capital"), ("Bogota", "COL", "capital"),
    ("United States", "USA", "name"), ("États-Unis", "USA", "name"), ("Etats-Unis", "USA", "name"),
    ("U.S.", "USA", "name"), ("Washington", "USA", "capital"), ("American", "USA", "demonym"),
    ("américaine", "USA", "demonym"), ("France", "FRA", "name"), ("Paris", "FRA", "capital"),
    ("French", "FRA", "demonym"), ("française", "FRA", "demonym"),
    ("United Kingdom", "GBR", "name"), ("Britain", "GBR", "name"), ("Royaume-Uni", "GBR", "name"),
    ("London", "GBR", "capital"), ("Londres", "GBR", "capital"), ("British", "GBR", "demonym"),
    ("Georgia", "GEO", "name"), ("Tbilisi", "GEO", "capital"), ("Moldova", "MDA", "name"),
    ("Myanmar", "MMR", "name"), ("Birmanie", "MMR", "name"), ("Naypyidaw", "MMR", "capital"),
    ("Somalia", "SOM", "name"), ("Mogadishu", "SOM", "capital"), ("Somali", "SOM", "demonym"),
    ("Libya", "LBY", "name"), ("Tripoli", "LBY", "capital"), ("Haiti", "HTI", "name"), ("Haïti", "HTI", "name"),
    ("haïtien", "HTI", "demonym"), ("Côte d'Ivoire", "CIV", "name"), ("Ivory Coast", "CIV", "name"),
    ("ivoirien", "CIV", "demonym"), ("Chad", "TCD", "name"), ("Tchad", "TCD", "name"), ("N'Djamena", "TCD", "capital"),
]


@pytest.mark.parametrize("form, iso3, how", STATE_FORMS)
def test_state_forms(form, iso3, how):
    state, found_how = load_gazetteer().lookup(form)
    assert (state.iso3, found_how) == (iso3, how)


@pytest.mark.parametrize("form, qid", [
    ("Azerbaijan", "Q227"), ("Armenia", "Q399"), ("Russia", "Q159"), ("France", "Q142"), ("Ukraine", "Q212"),
    ("Sudan", "Q1049"), ("Israel", "Q801"), ("Mali", "Q912"), ("Morocco", "Q1028"), ("United States", "Q30"),
])
def test_states_carry_their_wikidata_qid(form, qid):
    assert load_gazetteer().lookup(form)[0].wikidata == qid


def test_every_state_has_a_distinct_id():
    states = load_gazetteer().states.values()
    ids = [s.id for s in states]
    assert len(ids) == len(set(ids)) == len(states) >= 240


def test_an_ambiguous_demonym_keeps_both_states_in_preference_order():
    forms = load_gazetteer().state_candidates("Congolese")
    assert [f.iso3 for f in forms][:2] == ["COD", "COG"]


@pytest.mark.parametrize("form, iso3, institution", [
    ("Kremlin", "RUS", None), ("White House", "USA", None), ("Élysée", "FRA", None), ("Elysee", "FRA", None),
    ("Downing Street", "GBR", None), ("Pentagon", "USA", "defence-ministry"),
    ("State Department", "USA", "foreign-ministry"), ("Quai d'Orsay", "FRA", "foreign-ministry"),
    ("Maison Blanche", "USA", None), ("Blue House", "KOR", None),
])
def test_seats_of_government(form, iso3, institution):
    from kg.resolve.names import fold
    m = load_gazetteer().metonyms[fold(form)]
    assert (m.iso3, m.institution) == (iso3, institution)


@pytest.mark.parametrize("form, label, qid", [
    ("UN", "United Nations", "Q1065"), ("ONU", "United Nations", "Q1065"), ("Nations unies", "United Nations", "Q1065"),
    ("NATO", "North Atlantic Treaty Organization", "Q7184"), ("OTAN", "North Atlantic Treaty Organization", "Q7184"),
    ("European Union", "European Union", "Q458"), ("UE", "European Union", "Q458"),
    ("African Union", "African Union", "Q7159"), ("CEDEAO", "Economic Community of West African States", None),
    ("Red Cross", "International Committee of the Red Cross", None),
])
def test_international_organizations(form, label, qid):
    from kg.resolve.names import fold
    org = load_gazetteer().organizations[fold(form)]
    assert (org.label, org.wikidata) == (label, qid)


@pytest.mark.parametrize("outlet", ["reuters", "afp", "xinhua", "le figaro", "al jazeera", "tass"])
def test_outlets(outlet):
    assert outlet in load_gazetteer().outlets


@pytest.mark.parametrize("language, form, kind", [
    ("en", "foreign ministry", "foreign-ministry"), ("en", "ministry of foreign affairs", "foreign-ministry"),
    ("en", "diplomacy", "foreign-ministry"), ("en", "defense ministry", "defence-ministry"),
    ("en", "military", "armed-forces"), ("en", "army", "armed-forces"), ("en", "government", "government"),
    ("en", "side", "side"), ("fr", "ministere des affaires etrangeres", "foreign-ministry"),
    ("fr", "diplomatie", "foreign-ministry"), ("fr", "ministere de la defense", "defence-ministry"),
    ("fr", "armee", "armed-forces"), ("fr", "gouvernement", "government"), ("fr", "partie", "side"),
])
def test_institution_forms(language, form, kind):
    assert load_lexicon(language).institution_forms[form] == kind


def test_institution_labels_are_english_in_both_languages():
    en, fr = load_lexicon("en"), load_lexicon("fr")
    assert en.institution_kinds["foreign-ministry"].label == fr.institution_kinds["foreign-ministry"].label \
        == "Ministry of Foreign Affairs of {state}"


@pytest.mark.parametrize("language, form, institution, role", [
    ("en", "prime minister", "government", "Prime Minister"), ("en", "foreign minister", "foreign-ministry", "Foreign Minister"),
    ("en", "defence minister", "defence-ministry", "Defence Minister"), ("en", "spokeswoman", None, "Spokesperson"),
    ("fr", "premier ministre", "government", "Prime Minister"), ("fr", "porte-parole", None, "Spokesperson"),
    ("fr", "ministre des affaires etrangeres", "foreign-ministry", "Foreign Minister"),
    ("fr", "chef de la diplomatie", "foreign-ministry", "Foreign Minister"),
])
def test_titles(language, form, institution, role):
    t = load_lexicon(language).titles[form]
    assert (t.institution, t.role) == (institution, role)
