"""From mentions to actors: one pass in text order, so a description can refer back.

- states, institutions (with their state, said or taken from the last same-kind mention or from the
  state the article is about), organizations, groups get their ids from `kg.resolve.actor_ids`;
- a person mentioned by surname only ("Badalian said", "M. Bazin") is the person with that surname
  named in full anywhere in the article; spellings are compared by transliteration-folded keys;
- a role without a name ("the Armenian prime minister", « le ministre des Armées ») is the person
  holding that role in the article when one is named, else an office actor;
- "the ministry", "the group", "the separatists" go to the last actor they describe;
- people get their part-of link last, once every institution of the article is known: the
  institution their title or apposition names ("spokeswoman for the Armenian Foreign Ministry"), else
  their title's institution when the article names it or it is a minister's ministry ("Defence
  Minister X": the defence ministry, part of the state), else their state.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from kg.model import Actor
from kg.resolve import actor_ids
from kg.resolve.coreference import SUBJECT_DEPS, Linked, antecedent, last_matching, pronoun_features
from kg.resolve.gazetteer import Gazetteer
from kg.resolve.lexicon import GOVERNMENT, Lexicon
from kg.resolve.mentions import (ANY_ORGANIZATION_NOUNS, BODY, GROUP, INSTITUTION, MINISTRY, NEIGHBOUR, OFFICE,
                                 ORG, ORG_NOUN, OUTLET, PERSON, ROLE, STATE, Mention)
from kg.resolve.names import fold, is_acronym, name_words, slug, surname_key

# titles.tsv institution of opposition leaders, dissidents, warlords: never part of the state
NOT_OF_THE_STATE = "none"
STATE_ORGAN_TITLES = frozenset({GOVERNMENT, "foreign-ministry", "defence-ministry", "interior-ministry",
                                "justice-ministry", "health-ministry", "finance-ministry", "information-ministry",
                                "energy-ministry", "trade-ministry", "armed-forces", "navy", "prosecutor"})


@dataclass
class Linker:
    doc: object
    text: str
    gazetteer: Gazetteer
    lexicon: Lexicon
    home_iso3: str | None
    sentence_of: list  # token -> sentence index

    def link(self, mentions: list[Mention]) -> list[Linked]:
        self.mentions = mentions
        self.links: list[Linked] = []
        self.full_names = self._full_names(mentions)
        self.family_first = self._family_names_first(mentions)
        for m in mentions:
            actor = self._actor(m)
            self.links.append(Linked(m, actor, self.sentence_of[m.start], self._is_subject(m), self._gender(m, actor)))
        return self._with_person_parents(self.links)

    # -- one mention ------------------------------------------------------------------------------

    def _actor(self, m: Mention) -> Actor | None:
        g = self.gazetteer
        if m.category == OUTLET:
            return None
        if m.category == STATE:
            return actor_ids.state_actor(g.state(m.iso3))
        if m.category == INSTITUTION:
            return self._institution(m)
        if m.category == MINISTRY:
            prev = last_matching(self.links, lambda ln: ln.mention.category == INSTITUTION and ln.actor.part_of
                                 and (ln.mention.kind or "").endswith("-ministry"))
            return prev.actor if prev else None
        if m.category == PERSON:
            return self._person(m)
        if m.category == ROLE:
            return self._role(m)
        if m.category == ORG:
            return self._org(m)
        if m.category == GROUP:
            return self._group(m)
        if m.category == ORG_NOUN:
            return self._org_noun(m)
        if m.category == BODY:
            return self._body(m)
        if m.category == NEIGHBOUR:
            return self._neighbour(m)
        if m.category == OFFICE:
            return self._office(m)
        return None

    def _office(self, m: Mention) -> Actor | None:
        """"Netanyahu's office": the Office of the Prime Minister of Israel when the person's role has an
        office institution (``institutions.tsv``), else "Office of <person>", part of the person."""
        if m.attached is None and m.possessor_pronoun is not None:
            word = fold(self.doc[m.possessor_pronoun].text)
            features = pronoun_features(word, self.lexicon.language)
            ln = antecedent(self.links, m.possessor_pronoun, self.sentence_of[m.possessor_pronoun],
                            ("person", features[1], False) if self.lexicon.language == "en" else features,
                            self.lexicon.language) if features else None
            if ln is None or ln.actor is None or ln.actor.kind != "person":
                return None
            m = replace(m, attached=ln.mention.start)
        owner = self._mention_at(m.attached) if m.attached is not None else None
        person = self._actor(owner) if owner is not None else None
        if person is None or person.kind != "person":
            return person  # "Google's office": the organization itself
        known = (owner.person if owner.category == PERSON else None) or self.gazetteer.known_person(person.label)
        role = owner.title.role if owner.title is not None else (known.role if known else None)
        iso = owner.iso3 or (known.iso3 if known is not None else None)
        kind = self.lexicon.institution_kinds.get(_OFFICE_OF_ROLE.get(role or "", ""))
        if kind is not None and iso is not None:
            return actor_ids.institution_actor(self.gazetteer.state(iso), kind)
        return Actor(id=f"{person.id}.office", label=f"Office of {person.label}", kind="organization",
                     part_of=person.id)

    def _neighbour(self, m: Mention) -> Actor | None:
        """"its neighbour Rwanda"; else the state named last before that is not the possessor's."""
        if m.holder is not None:
            return self._named_by(m)
        own = m.iso3 or (self._pronoun_state(m.possessor_pronoun) if m.possessor_pronoun is not None else None)
        if own is None:
            return None
        for ln in reversed(self.links):
            iso = self._state_of(ln.actor) if ln.actor is not None and not ln.mention.place else None
            if iso is not None and iso != own:
                return actor_ids.state_actor(self.gazetteer.state(iso))
        return None

    def _body(self, m: Mention) -> Actor | None:
        """"a UN probe" -> "United Nations investigation", part of the United Nations."""
        owner = self._linked_at(m.attached)
        if owner is None or owner.actor is None or owner.mention is m:
            return None
        o = owner.actor
        return Actor(id=f"{o.id}.{slug(m.name)}", label=f"{o.label} {m.name}", kind="organization", part_of=o.id)

    def _institution(self, m: Mention) -> Actor | None:
        kind = self.lexicon.institution_kinds[m.kind]
        iso = m.iso3
        if iso is None and m.attached is not None:
            owner = self._linked_at(m.attached)
            if owner is not None and owner.actor is not None:
                iso = self._state_of(owner.actor)
                if iso is None and owner.actor.kind in ("organization", "group"):
                    # "Karabakh's army", "the group's armed wing": an organization of its own
                    return Actor(id=f"{owner.actor.id}.{m.kind}", label=f"{owner.actor.label} {m.noun}",
                                 kind="organization", part_of=owner.actor.id)
        if iso is None and m.possessor_pronoun is not None:
            iso = self._pronoun_state(m.possessor_pronoun)
        if iso is None:
            prev = last_matching(self.links, lambda ln: ln.mention.category == INSTITUTION and ln.mention.kind == m.kind
                                 and ln.mention.iso3 is not None)
            if prev is not None:
                return prev.actor
            if not kind.bare_takes_context:
                return None
            iso = self._context_state(m.start)
        if iso is None:
            return None
        state = self.gazetteer.state(iso)
        if kind.is_state_itself:
            return actor_ids.state_actor(state)
        place = self._embassy_place(m) if kind.kind == "embassy" else None
        return actor_ids.institution_actor(state, kind, place)

    def _embassy_place(self, m: Mention) -> str | None:
        doc = self.doc
        k = m.end
        if k + 1 < len(doc) and fold(doc[k].text) in ("in", "a", "en") and doc[k + 1].text[:1].isupper():
            e = k + 1
            while e < len(doc) and doc[e].text[:1].isupper() and doc[e].pos_ in ("PROPN", "NOUN"):
                e += 1
            return doc[k + 1:e].text if e > k + 1 else None
        return None

    def _person(self, m: Mention) -> Actor:
        name = self._strip_honorific(m.name or "")
        if m.person is not None:
            return actor_ids.person_actor(m.person.label, m.person)
        words = name_words(name)
        if len(words) == 1 or (len(words) == 2 and fold(words[0]) in ("al", "el")):
            full = self._named_in_full(name)
            if full is not None:
                return full
            known = self.gazetteer.people_by_surname.get(surname_key(name))
            if known is not None:  # "Mr. Biden", « M. Macron »: a leader everyone knows by surname
                return actor_ids.person_actor(known.label, known)
        known = self.gazetteer.known_person(name)
        return actor_ids.person_actor(name, known)

    def _named_in_full(self, name: str) -> Actor | None:
        """The person named in full in the article whose surname (or, for names written family name
        first, "Mao Ning", "Kim Jong Un", whose first word) this one word is."""
        key = surname_key(name)
        return self.full_names.get(key) or self.family_first.get(key)

    def _strip_honorific(self, name: str) -> str:
        words = name.split()
        while len(words) > 1 and fold(words[0]) in self.lexicon.titles:
            words.pop(0)
        return " ".join(words)

    def _full_names(self, mentions: list[Mention]) -> dict:
        """surname key -> the actor of the person named in full with that surname (first one wins)."""
        out: dict[str, Actor] = {}
        for m in mentions:
            if m.category != PERSON:
                continue
            name = self._strip_honorific(m.name or "")
            if m.person is None and len(name_words(name)) < 2:
                continue
            actor = actor_ids.person_actor(m.person.label if m.person else name, m.person)
            out.setdefault(surname_key(name), actor)
            if m.person is not None:
                out.setdefault(surname_key(m.person.label), actor)
        return out

    def _family_names_first(self, mentions: list[Mention]) -> dict:
        """first-word key -> the person named in full whose name starts with it, when only one does."""
        found: dict[str, set] = {}
        actors: dict[str, Actor] = {}
        for m in mentions:
            if m.category != PERSON:
                continue
            name = self._strip_honorific(m.name or "")
            words = [w for w in name_words(name) if fold(w) not in ("al", "el")]
            if len(words) < 2:
                continue
            actor = actor_ids.person_actor(m.person.label if m.person else name, m.person)
            found.setdefault(surname_key(words[0]), set()).add(actor.id)
            actors[actor.id] = actor
        return {k: actors[next(iter(v))] for k, v in found.items() if len(v) == 1}

    def _role(self, m: Mention) -> Actor | None:
        title = m.title
        if m.plural:
            # "officials from the Defence Ministry", "Azerbaijani officials": the body they speak for
            if m.attached is not None:
                owner = self._linked_at(m.attached)
                return owner.actor if owner else None
            if m.iso3:
                state = self.gazetteer.state(m.iso3)
                kind = self.lexicon.institution_kinds.get(title.institution or "")
                if kind is not None and not kind.is_state_itself:
                    return actor_ids.institution_actor(state, kind)  # "Kenyan lawmakers": its parliament
                return actor_ids.state_actor(state)
            if m.name:
                return actor_ids.group_actor(m.name)  # "local lawmakers", "opposition lawmakers"
            return None
        if m.holder is None and m.end + 1 < len(self.doc) and self.doc[m.end].text == ",":
            after = self._mention_at(m.end + 1)
            if after is not None and after.category == PERSON and after.start == m.end + 1:
                m = replace(m, holder=after.start)  # « le porte-parole du gouvernement, le colonel X »
        if m.holder is not None:
            named = self._mention_at(m.holder)
            if named is not None and named.category == PERSON:
                return self._person(named)
        holder = self._holder_of(m)
        if holder is not None:
            return holder
        if m.bare and m.definite:
            # « la même source », "the official": the role named before; a bare noun ("the source", "the
            # minister") also repeats a fuller title with the same head ("a French military source")
            generic = title.form == title.head
            prev = last_matching(self.links, lambda ln: ln.mention.category == ROLE and ln.mention.title is not None
                                 and (ln.mention.title.role == title.role
                                      or (generic and ln.mention.title.head == title.head)))
            if prev is not None:
                return prev.actor
        parent = None
        if m.attached is not None:
            owner = self._linked_at(m.attached)
            parent = owner.actor if owner else None
        iso = m.iso3
        source = title.head == "source"
        qualified_source = source and title.form != title.head and title.institution is None  # "a security source"
        # "a health official said": an anonymous official of the state in context
        indefinite_official = title.role == "Official" and not m.definite and m.char_start < self._title_start(m)
        if parent is None and iso is None and (m.definite or source or indefinite_official) and (
                title.institution in STATE_ORGAN_TITLES or qualified_source or indefinite_official):
            # "the army spokesman"; "a government source", "a health official" (who may be where it happens)
            iso = self._context_state(m.start, places=source or indefinite_official)
        if source and parent is None and iso is not None:
            # "a French military source", « une source gouvernementale française »: an anonymous actor of the state
            return actor_ids.source_actor(self.gazetteer.state(iso), title.role)
        if parent is None and iso is not None and title.institution == NOT_OF_THE_STATE:
            # "the Venezuelan opposition leader": an office named after the state, not part of it
            state = self.gazetteer.state(iso)
            return replace(actor_ids.role_actor(actor_ids.state_actor(state), title.role), part_of=None)
        if parent is None and iso is not None:
            parent = self._title_parent(iso, title.institution)
        if parent is None:
            return None
        return actor_ids.role_actor(parent, m.name or title.role)

    def _where(self, m: Mention) -> bool:
        return state_as_place(self.doc, m, self.lexicon.language)

    def _last_preferring_subjects(self, m: Mention, test) -> Linked | None:
        """The actor a description ("the group", « la société ») refers back to: the nearest passing ``test``
        in its own sentence, else, sentence by sentence backwards, a subject first (like a pronoun)."""
        sentence = self.sentence_of[m.start]
        by_sentence: dict[int, list[Linked]] = {}
        for ln in self.links:
            if ln.actor is not None and ln.mention.start < m.start and test(ln):
                by_sentence.setdefault(ln.sentence, []).append(ln)
        for s in sorted(by_sentence, reverse=True):
            found = by_sentence[s]
            if s == sentence:
                return found[-1]
            subjects = [ln for ln in found if ln.subject]
            return (subjects or found)[0 if subjects else -1]
        return None

    def _title_start(self, m: Mention) -> int:
        """Character offset of the title word itself (after the article and the words that qualify it)."""
        for k in range(m.start, min(m.end, len(self.doc))):
            if fold(self.doc[k].text) == m.title.head:
                return self.doc[k].idx
        return m.char_start

    def _holder_of(self, m: Mention) -> Actor | None:
        """The named person who holds the role a description names, nearest before it, else after."""
        title = m.title

        owner = self._linked_at(m.attached) if m.attached is not None else None
        owner_id = owner.actor.id if owner is not None and owner.actor is not None else None

        def fits(p: Mention) -> bool:
            if p.category != PERSON:
                return False
            role = p.title.role if p.title is not None else (p.person.role if p.person is not None else None)
            if role is None:
                return False
            if m.attached is not None and m.iso3 is None:
                # "Karabakh's new president" is not the president of another state the article names
                theirs = self._linked_at(p.attached) if p.attached is not None else None
                if theirs is None or theirs.actor is None or theirs.actor.id != owner_id:
                    return False
            head = p.title.head if p.title is not None else role.split()[-1].lower()
            same_role = _same_office(role, title.role) or (
                head == title.head and title.institution in (None, GOVERNMENT)
                and title.role in ("Minister", "Spokesperson", "Official", "Leader", "Head", "Chief"))
            if not same_role:
                return False
            iso = p.iso3 or (p.person.iso3 if p.person is not None else None)
            if m.iso3 and iso and m.iso3 != iso:
                return False
            if m.gender and p.gender and m.gender != p.gender:
                return False
            return True

        before = [ln for ln in self.links if fits(ln.mention) and ln.actor is not None]
        if before:
            return before[-1].actor
        for p in self.mentions:
            if p.start > m.start and fits(p):
                return self._person(p)
        return None

    def _org(self, m: Mention) -> Actor | None:
        if m.organization is not None:
            return actor_ids.organization_actor(m.organization)
        name = m.name or ""
        compass = self._compass_state(m)
        if compass is not None or fold(name) in _COMPASS:
            return compass  # "the North" of a state the article names, else a region, not an actor
        words = name_words(name)
        if len(words) == 1:
            full = self._named_in_full(name)
            if full is not None:
                return full  # "Kirby said": a person's surname the tagger took for a name of something else
            known = self.gazetteer.people_by_surname.get(surname_key(name))
            if known is not None and fold(name) not in self.gazetteer.organizations:
                return actor_ids.person_actor(known.label, known)  # "Pashinyan said": a leader of people.tsv
        key = fold(name)
        for ln in reversed(self.links):  # an acronym given earlier, "the IRGC" after "the ... Corps (IRGC)"
            if ln.actor is not None and ln.mention.category == ORG and any(fold(a) == key for a in ln.mention.aliases):
                return ln.actor
        longer = self._longer_name(m)
        if longer is not None:
            # "the CNE" after « le Conseil national électoral », "Man City" beside "Manchester City"
            actor = self._actor(longer)
            if actor is not None:
                return actor
        actor = actor_ids.named_org_actor(name, self.lexicon.org_generic_nouns)
        if m.noun and self.lexicon.descriptions.get(m.noun) == "organization" and m.noun not in fold(name).split() \
                and self._adjectival_name(m):
            actor = replace(actor, label=f"{name} {m.noun}")  # "Houthi movement", but "Georgian Dream" (party)
        if m.iso3:
            actor = replace(actor, part_of=self.gazetteer.state(m.iso3).id)
        elif m.attached is not None:  # "the North's National Defense Commission"
            owner = self._linked_at(m.attached)
            if owner is not None and owner.actor is not None and owner.actor.kind in ("state", "organization"):
                actor = replace(actor, part_of=owner.actor.id)
        return actor

    def _longer_name(self, m: Mention) -> Mention | None:
        """The fuller name of the organization a short name stands for, named in the same article: the
        words an acronym spells ("CNE" for « Conseil national électoral »), or a longer name whose words
        the short one's begin, in order, one of them whole ("Man City" for "Manchester City", "Lavalas"
        for "Fanmi Lavalas"). The nearest before wins, else the first after."""
        name = m.name or ""
        words = [fold(w) for w in name_words(name)]
        acronym = is_acronym(name)
        if not words or (not acronym and (len(words) > 2 or all(w in self.lexicon.descriptions for w in words))):
            return None

        def fuller(x: Mention) -> bool:
            if x is m or x.category != ORG or not x.name:
                return False
            theirs = [fold(w) for w in name_words(x.name)]
            if len(theirs) < len(words) or len(fold(x.name)) <= len(fold(name)):
                return False
            if acronym:
                content = [w for w in theirs if w not in _SMALL_WORDS]
                bare = list(content)
                while len(bare) > 1 and self.lexicon.descriptions.get(bare[-1]) == "organization":
                    bare.pop()  # "Nigerian National Petroleum Company Limited" is the NNPC
                wanted = fold(name).replace(".", "")
                return wanted in ("".join(w[0] for w in content), "".join(w[0] for w in bare),
                                  "".join(w[0] for w in content[:-1]))
            return _abbreviates(words, theirs)

        before = [x for x in self.mentions if x.start < m.start and fuller(x)]
        if before:
            return before[-1]
        return next((x for x in self.mentions if x.start > m.start and fuller(x)), None)

    def _adjectival_name(self, m: Mention) -> bool:
        toks = [t for t in self.doc[m.start:m.end] if t.text[:1].isupper()]
        return len(toks) == 1 and (toks[0].ent_type_ == "NORP" or toks[0].pos_ == "ADJ")

    def _compass_state(self, m: Mention) -> Actor | None:
        """"the North", « le Sud »: the state named North… or South… in the article."""
        word = fold(m.name or "")
        if not m.definite or word not in ("north", "south", "nord", "sud"):
            return None
        named = {x.iso3 for x in self.mentions if x.category == STATE and x.iso3}
        for iso in sorted(named):
            st = self.gazetteer.state(iso)
            if fold(st.name_en).startswith(word + " ") or fold(st.name_fr).endswith(" " + word) \
                    or fold(st.name_en).startswith({"nord": "north", "sud": "south"}.get(word, word) + " "):
                return actor_ids.state_actor(st)
        return None

    def _named_by(self, m: Mention) -> Actor | None:
        """The actor of the mention at ``m.holder`` ("rebels of <the Arakan Army>")."""
        named = self._mention_at(m.holder)
        if named is None or named is m:
            return None
        return self._actor(named)

    def _group(self, m: Mention) -> Actor | None:
        if m.holder is not None:
            named = self._named_by(m)
            if named is not None:
                return named
        if m.bare:
            noun = m.noun

            armed = self.lexicon.armed_nouns

            def describes(ln: Linked) -> bool:
                lm = ln.mention
                if lm.category not in (GROUP, ORG) or ln.actor.kind == "state" or lm.place:
                    return False
                if lm.noun == noun or noun in fold(ln.actor.label).split() or _same_stem(lm.noun, noun):
                    return True
                # "the insurgents" after "rebels of the Arakan Army", "the rebels" after "the M23"
                return noun in armed and (lm.noun in armed or (lm.organization is not None
                                                               and lm.organization.kind == "armed"))

            prev = last_matching(self.links, describes)

            if prev is not None:
                return prev.actor
        if m.possessor_pronoun is not None:
            # "its fighters", « ses militants »: the organization the pronoun refers to
            word = fold(self.doc[m.possessor_pronoun].text)
            features = pronoun_features(word, self.lexicon.language)
            if features is None:
                return None
            ln = antecedent(self.links, m.possessor_pronoun, self.sentence_of[m.possessor_pronoun],
                            ("thing", None, features[2]) if self.lexicon.language == "en" else ("any", None, features[2]),
                            self.lexicon.language)
            return ln.actor if ln is not None and ln.actor.kind in ("organization", "group") else None
        label = m.name or ""
        if m.bare and label:
            label = label[:1].upper() + label[1:]
        return actor_ids.group_actor(label) if label else None

    def _org_noun(self, m: Mention) -> Actor | None:
        noun = m.noun
        if m.holder is not None:
            named = self._named_by(m)
            if named is not None:
                return named

        def named_org(ln: Linked) -> bool:
            # a place's name speaks for its authorities, but clubs bear their city's name ("Leicester City")
            return ln.mention.category in (ORG, GROUP) and ln.actor.kind in ("organization", "group") \
                and (not ln.mention.place or noun in _NAMED_AFTER_PLACES)

        kind = next((self.lexicon.qualifiers[w] for w in m.modifiers if w in self.lexicon.qualifiers), None)
        if kind is not None:
            # "the international organization": the last intergovernmental one; "the armed group": an armed one
            prev = last_matching(self.links, lambda ln: ln.mention.organization is not None
                                 and ln.mention.organization.kind == kind)
            if prev is not None:
                return prev.actor

        prev = last_matching(self.links, lambda ln: named_org(ln) and (
            any(_same_stem(w, noun) for w in fold(ln.actor.label).split()) or ln.mention.noun == noun))
        if prev is not None:
            return prev.actor
        generic = self.lexicon.org_generic_nouns

        said_to_be: dict[str, set] = {}  # actor id -> the organization nouns its mentions give it
        for ln in self.links:
            if ln.actor is not None and self.lexicon.descriptions.get(ln.mention.noun or "") == "organization":
                said_to_be.setdefault(ln.actor.id, set()).add(ln.mention.noun)

        def untyped(ln: Linked) -> bool:
            # an organization whose name or description says no other kind: "the club" may be "Manchester
            # City", not "the Premier League"; "the company" is not "the GMB union"
            words = fold(ln.actor.label).split()
            # the kind noun may come first ("Bank of England", « Fédération française de football »)
            kinds = {w for w in (words if len(words) > 1 else ()) if w in generic and w != noun}
            kinds |= {w for w in said_to_be.get(ln.actor.id, ()) if not _same_stem(w, noun)}
            if noun in _COLLECTIVE_ORGANIZATION:
                kinds -= _COLLECTIVE_ORGANIZATION  # "the coalition" may be a platform, an alliance, a front
            if noun in _GROUPS_OF_PEOPLE or noun in ("group", "groupe"):
                kinds -= _GROUPS_OF_PEOPLE  # "the group", "the gang" may be a clan, a movement, a party
            return named_org(ln) and not kinds and ln.actor.kind == "organization"

        if noun in _ANY_ORGANIZATION or noun in _COLLECTIVE_ORGANIZATION or noun in _GROUPS_OF_PEOPLE:
            prev = self._last_preferring_subjects(m, untyped)
            if prev is not None or noun in _ANY_ORGANIZATION:
                return prev.actor if prev else None
        # "the regulator", "the coalition" naming none of the organizations before: an actor of its own
        return actor_ids.named_org_actor(noun[:1].upper() + noun[1:], frozenset())

    # -- helpers ----------------------------------------------------------------------------------

    def _context_state(self, token: int, places: bool = False) -> str | None:
        """The state a bare title or institution ("the army", "President X", "a security source") belongs
        to: the state named last before it in its sentence, else in the sentence before, else the state
        the article is about."""
        sentence = self.sentence_of[token]
        for wanted in (sentence, sentence - 1):
            # a state named by itself or inside a phrase ("the Burkinabe defence minister"); in the sentence
            # before, its subject's state first
            named = [m for m in self.mentions if m.start < token and m.iso3 and self.sentence_of[m.start] == wanted
                     and m.category in (STATE, INSTITUTION, ROLE, PERSON) and (places or not self._where(m))]
            if wanted < sentence:
                named.sort(key=lambda m: self._is_subject(m))
            if named:
                return named[-1].iso3
        return self.home_iso3

    def _mention_at(self, token: int) -> Mention | None:
        return next((m for m in self.mentions if m.start <= token < m.end), None)

    def _linked_at(self, token: int) -> Linked | None:
        for ln in reversed(self.links):
            if ln.mention.start <= token < ln.mention.end:
                return ln
        for m in self.mentions:  # attached to a mention further on ("spokesman for the coalition")
            if m.start <= token < m.end:
                actor = self._actor(m)
                return Linked(m, actor, self.sentence_of[m.start], False, None)
        # a complement naming its actor further in: "governor of the region of <Belgorod>"
        for t in self.doc[token].subtree:
            if t.i > token and t.i - token <= 6:
                m = self._mention_at(t.i)
                if m is not None and m.category in (STATE, ORG, INSTITUTION) and m.category != OUTLET:
                    return Linked(m, self._actor(m), self.sentence_of[m.start], False, None)
        return None

    def _state_of(self, actor: Actor) -> str | None:
        by_id = self.gazetteer.states_by_id
        for candidate in (actor.id, actor.part_of):
            if candidate in by_id:
                return by_id[candidate].iso3
        return None


    def _pronoun_state(self, token: int) -> str | None:
        word = fold(self.doc[token].text)
        features = pronoun_features(word, self.lexicon.language)
        if features is None:
            return None
        ln = antecedent(self.links, token, self.sentence_of[token], ("any", None, features[2]), self.lexicon.language)
        if ln is None or ln.actor is None:
            return None
        found = self._state_of(ln.actor)
        if found is None and ln.actor.kind == "person":
            # people get their part-of last: their title's state, their gazetteer state, else the context's
            m = ln.mention
            found = m.iso3 or (m.person.iso3 if m.person is not None else None)
            if found is None and m.title is not None and m.title.institution in STATE_ORGAN_TITLES:
                found = self._context_state(m.start)
        return found

    def _title_parent(self, iso: str, institution: str | None, portfolio: bool = False) -> Actor:
        """The institution a title's holder belongs to when the article names it, else the state; with
        ``portfolio``, a minister's ministry even unnamed ("Defence Minister X" is part of the defence ministry,
        which is part of the state)."""
        state = self.gazetteer.state(iso)
        if institution and institution != GOVERNMENT and institution in self.lexicon.institution_kinds:
            inst = actor_ids.institution_actor(state, self.lexicon.institution_kinds[institution])
            if (portfolio and is_portfolio(institution)) or any(
                    ln.actor is not None and ln.actor.id == inst.id for ln in self.links):
                return inst
        return actor_ids.state_actor(state)

    def _is_subject(self, m: Mention) -> bool:
        return any(self.doc[k].dep_ in SUBJECT_DEPS for k in range(m.start, min(m.end, len(self.doc))))

    def _gender(self, m: Mention, actor: Actor | None) -> str | None:
        if m.gender:
            return m.gender
        if m.category in (PERSON, ROLE):
            return self._person_gender(m, actor)
        if self.lexicon.language != "fr":
            return None
        for k in range(m.start, min(m.end, len(self.doc))):
            tok = self.doc[k]
            g = tok.morph.get("Gender")
            if g and tok.pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
                return {"Masc": "m", "Fem": "f"}.get(g[0])
        return None

    def _person_gender(self, m: Mention, actor: Actor | None) -> str | None:
        """From an honorific or a French determiner (« la ministre »), else the given name."""
        for k in range(m.start, min(m.end, len(self.doc))):
            w = fold(self.doc[k].text)
            title = self.lexicon.titles.get(w)
            if title is not None and title.honorific and title.gender:
                return title.gender  # Mr, Mrs, Ms, M., Mme
            if self.lexicon.language == "fr" and w in ("la", "une", "cette"):
                return "f"
            if self.lexicon.language == "fr" and w in ("le", "un", "ce", "cet"):
                return "m"
        if actor is not None and actor.kind == "person":
            known = self.gazetteer.known_person(actor.label)
            if known is not None and known.gender:
                return known.gender
            words = name_words(actor.label)
            if len(words) >= 2:
                return self.gazetteer.given_names.get(fold(words[0]))
        return None

    # -- people's part-of -------------------------------------------------------------------------

    def _with_person_parents(self, links: list[Linked]) -> list[Linked]:
        """Each person's part-of from the most telling of their mentions."""
        parent_of: dict[str, str] = {}
        for _ in range(2):  # twice: "adviser to President X" needs X's part-of first
            for ln in links:
                if ln.actor is None or ln.actor.kind != "person" or ln.mention.category != PERSON:
                    continue
                parent = self._person_parent(ln.mention, parent_of)
                if parent and ln.actor.id not in parent_of:
                    parent_of[ln.actor.id] = parent
        for ln in links:  # a known person with no title in this article: their state
            a = ln.actor
            if a is None or a.kind != "person" or a.id in parent_of:
                continue
            known = ln.mention.person or self.gazetteer.known_person(a.label)
            if known is not None and known.iso3:
                parent_of[a.id] = self.gazetteer.state(known.iso3).id
        out = []
        for ln in links:
            a = ln.actor
            if a is not None and a.id.startswith("person.") and a.id in parent_of and a.part_of != parent_of[a.id]:
                ln = replace(ln, actor=replace(a, part_of=parent_of[a.id]))
            out.append(ln)
        self.parent_actors = self._parent_actors(out, parent_of)
        return out

    def _person_parent(self, m: Mention, parent_of: dict) -> str | None:
        if m.possessor_pronoun is not None and m.attached is None:
            # « l'un de ses porte-parole, X »: spokesperson of the actor « ses » refers to
            word = fold(self.doc[m.possessor_pronoun].text)
            features = pronoun_features(word, self.lexicon.language)
            if features is not None:
                ln = antecedent(self.links, m.possessor_pronoun, self.sentence_of[m.possessor_pronoun],
                                ("any", None, features[2]), self.lexicon.language)
                if ln is not None and ln.actor is not None and ln.actor.kind != "person":
                    return ln.actor.id
        if m.attached is not None:
            owner = self._linked_at(m.attached)
            if owner is None or owner.actor is None:
                return self.gazetteer.state(m.iso3).id if m.iso3 else None
            a = owner.actor
            if a.kind == "person":  # "adviser to President X": X's state
                if a.id not in parent_of:
                    return None
                return self._top_state_id(replace(a, part_of=parent_of[a.id]))
            return a.id
        title = m.title
        iso = m.iso3
        if title is None or title.institution == NOT_OF_THE_STATE:
            return None  # "Venezuelan opposition leader X" is not part of Venezuela
        if iso is None and title.institution in STATE_ORGAN_TITLES:
            iso = self._context_state(m.start)
        if iso is None:
            return None
        return self._title_parent(iso, title.institution, portfolio=True).id

    def _top_state_id(self, a: Actor) -> str | None:
        states = self.gazetteer.states_by_id
        if a.id in states:
            return a.id
        if a.part_of in states:
            return a.part_of
        if a.part_of and "." in a.part_of:
            return a.part_of.split(".")[0] if a.part_of.split(".")[0] in states else None
        return None

    def _parent_actors(self, links: list[Linked], parent_of: dict) -> dict:
        """Actors that are parents of the people above but may have no mention of their own."""
        out = {}
        known = {ln.actor.id for ln in links if ln.actor is not None}
        for pid in parent_of.values():
            if pid in known:
                continue
            state = self.gazetteer.states_by_id.get(pid)
            if state is not None:
                out[pid] = actor_ids.state_actor(state)
                continue
            state_id, _, kind = pid.partition(".")
            state = self.gazetteer.states_by_id.get(state_id)
            if state is not None and is_portfolio(kind) and kind in self.lexicon.institution_kinds:
                out[pid] = actor_ids.institution_actor(state, self.lexicon.institution_kinds[kind])  # a minister's ministry
        return out


# bare nouns that may stand for any organization named before ("the group", « la société »); other
# organization nouns ("the regulator", "the league") refer back only to a name containing them
_ANY_ORGANIZATION = ANY_ORGANIZATION_NOUNS
# nouns that refer back to any organization named before when one is, else name one of their own
_COLLECTIVE_ORGANIZATION = frozenset({"coalition", "alliance", "bloc", "party", "union", "front", "platform",
                                      "movement", "parti", "plateforme", "mouvement"})

# organization nouns whose referents are usually named after a place ("Manchester City", « l'Olympique de Marseille »)
_NAMED_AFTER_PLACES = frozenset({"club", "team", "side", "equipe", "formation"})

# what "the group" / « le groupe » may refer back to, besides an organization whose name says no kind
_GROUPS_OF_PEOPLE = _COLLECTIVE_ORGANIZATION | frozenset({"clan", "gang", "network", "reseau", "brigade", "brigades",
                                                          "militia", "milice", "cartel", "organization",
                                                          "organisation", "army", "armee", "forces"})

_COMPASS = frozenset({"north", "south", "east", "west", "nord", "sud", "est", "ouest", "the north", "the south"})

_OFFICES = ({"President", "Head of State"}, {"Prime Minister", "Head of Government"})
# prepositions of place: a state after them is where, not whose ("talks in Quito")
_PLACE_WORDS = {"en": frozenset({"in", "at", "to", "into", "near", "from"}),
                "fr": frozenset({"a", "au", "aux", "dans", "en", "vers", "depuis"})}
# the institution kind (institutions.tsv) of the office of a role's holder
_OFFICE_OF_ROLE = {"President": "president-office", "Head of State": "president-office",
                   "Prime Minister": "prime-minister-office", "Head of Government": "prime-minister-office"}


_SMALL_WORDS = frozenset({"of", "the", "for", "and", "in", "on", "de", "la", "le", "les", "du", "des", "pour", "et",
                          "l'", "d'", "a", "au", "aux", "en"})


def is_portfolio(institution: str) -> bool:
    """An institution kind a minister's title names (``institutions.tsv``: foreign-ministry, defence-ministry…)."""
    return institution.endswith("-ministry")


def state_as_place(doc, m: Mention, language: str) -> bool:
    """A state named as a place ("talks in Quito", « à Bamako »): where something happens, not whose."""
    if m.category != STATE:
        return False
    tok = doc[m.end - 1]
    while tok.dep_ in ("compound", "flat", "flat:name", "appos") and tok.head.i != tok.i:
        tok = tok.head  # "in Quito, Ecuador"
    words = _PLACE_WORDS.get(language, frozenset())
    return (tok.dep_ == "pobj" and fold(tok.head.text) in words) or \
        any(c.dep_ == "case" and fold(c.text) in words for c in tok.children) or \
        (m.start > 0 and fold(doc[m.start - 1].text) in words)


def _abbreviates(short: list[str], long: list[str]) -> bool:
    """Each word of ``short`` begins a word of ``long``, in order, and one of them is a whole word."""
    k, whole = 0, False
    for w in short:
        while k < len(long) and not (long[k] == w or (len(w) >= 3 and long[k].startswith(w))):
            k += 1
        if k == len(long):
            return False
        whole = whole or long[k] == w
        k += 1
    return whole


def _same_office(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in _OFFICES)


def _same_stem(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return a.rstrip("s") == b.rstrip("s")


def sentence_index(doc) -> list[int]:
    out = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for k in range(sent.start, sent.end):
            out[k] = n
    return out

