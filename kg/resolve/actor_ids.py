"""Actor ids and canonical labels: deterministic functions of what the actor is.

No registry is consulted, so the same real actor gets the same id in every article and every run:

| actor | id | label |
|---|---|---|
| a state | ``azerbaijan`` (slug of its English gazetteer name) | "Azerbaijan" (QID from the gazetteer) |
| an institution of a state | ``azerbaijan.foreign-ministry`` (state id + kind) | "Ministry of Foreign Affairs of Azerbaijan" |
| an embassy | ``venezuela.embassy.georgetown`` | "Embassy of Venezuela in Georgetown" |
| an office whose holder is not named | ``armenia.role.prime-minister`` | "Prime Minister of Armenia" |
| an anonymous source of a state | ``france.source.military`` | "French military source" |
| a person | ``person.nikol-pachinian`` (transliteration-folded name) | the name as written, fullest form |
| an organization | ``org.united-nations`` / ``org.m23`` (folded name) | the name |
| a group | ``group.armenian-separatists`` (folded label) | "Armenian separatists" |

Labels of institutions are English and canonical in both languages, so an English and a French
article about one ministry give one actor.
"""
from __future__ import annotations

from kg.model import Actor
from kg.resolve.gazetteer import KnownPerson, Organization, State
from kg.resolve.lexicon import InstitutionKind
from kg.resolve.names import org_key, person_key, slug


def state_actor(state: State) -> Actor:
    return Actor(id=state.id, label=state.name_en, kind="state", wikidata=state.wikidata or None)


def institution_id(state: State, kind: str, place: str | None = None) -> str:
    base = f"{state.id}.{kind}"
    return f"{base}.{slug(place)}" if place else base


def with_article(name: str) -> str:
    """"the United States", "the Netherlands", "the Central African Republic"; "Azerbaijan"."""
    words = name.split()
    if words[0] in ("United", "Republic", "Kingdom", "Federated", "State") or words[-1] in ("Republic", "Islands", "Emirates") \
            or (len(words) == 1 and name.endswith("s") and name not in ("Belarus", "Cyprus", "Mauritius", "Laos")) \
            or name.startswith("DR "):
        return "the " + name
    return name


def institution_actor(state: State, kind: InstitutionKind, place: str | None = None) -> Actor:
    label = kind.label.format(state=with_article(state.name_en), demonym=state.demonym_en or state.name_en)
    if place:
        label = f"{label} in {place}"
    return Actor(id=institution_id(state, kind.kind, place), label=label, kind="organization", part_of=state.id)


def role_actor(parent: Actor, role: str) -> Actor:
    """An office the article names without its holder: "the Armenian prime minister"."""
    of = with_article(parent.label) if parent.kind in ("state", "organization") and parent.wikidata else parent.label
    return Actor(id=f"{parent.id}.role.{slug(role)}", label=f"{role} of {of}", kind="person", part_of=parent.id)


def source_actor(state: State, role: str) -> Actor:
    """An anonymous source of a state: "a French military source" -> "French military source", part of France."""
    kind = role[:-len("Source")].strip().lower() if role.endswith("Source") else ""
    label = " ".join(w for w in (state.demonym_en or state.name_en, kind, "source") if w)
    return Actor(id=f"{state.id}.source{'.' + slug(kind) if kind else ''}", label=label, kind="person",
                 part_of=state.id)


def person_id(name: str) -> str:
    return "person." + (person_key(name) or slug(name))


def person_actor(name: str, known: KnownPerson | None = None, part_of: str | None = None) -> Actor:
    label = known.label if known else name
    return Actor(id=person_id(label), label=label, kind="person", wikidata=known.wikidata if known else None,
                 part_of=part_of)


def organization_actor(org: Organization) -> Actor:
    return Actor(id=org.id, label=org.label, kind="organization", wikidata=org.wikidata)


def named_org_actor(name: str, generic_nouns: frozenset[str]) -> Actor:
    return Actor(id="org." + (org_key(name, generic_nouns) or slug(name)), label=name, kind="organization")


def group_actor(label: str) -> Actor:
    return Actor(id="group." + slug(label), label=label, kind="group")
