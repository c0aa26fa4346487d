"""Actor resolution: one entity per real-world actor, across spellings, titles and articles.

It works in two steps per article:

1. local (resolve/local_people.py): person mentions in one article are grouped; a lone surname ("Lavrov") or given name
   ("Maher") joins the full name seen in the same article, the nearest preceding one when two
   people share it (Ahmed and Maher al-Sharaa);
2. global: each local person and each other name is matched against known entities through
   blocking keys (consonant skeletons of the surname, or of the whole name) and confirmed by
   spelling similarity, so the cost per mention does not grow with the corpus.

The resolver is incremental: it is built from the entities already stored and updated by each
new article; it reports which entities changed and which were merged so the store can follow.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from dossier.extract.actors import AGENT, GROUP_KINDS
from dossier.extract.attribution import UNNAMED, is_definite, unnamed_head
from dossier.lexicon import gazetteer, news
from dossier.models import ActorMention, EntityType
from dossier.packs import Pack, PackActor
from dossier.resolve.entities import Entity
from dossier.resolve.local_people import LocalPerson, cut_short, local_people, same_person
from dossier.text.descriptors import describe_kind
from dossier.text.names import (
    DROPPED_PLACE_QUALIFIERS,
    body_without_parent,
    cased_initials,
    fold,
    full_name_ending,
    initials,
    inserted_consonants,
    name_key,
    name_tokens,
    place_without_qualifier,
    same_name,
    same_token,
    skeleton,
    spells_out,
    surname_as_written,
)


@dataclass
class Resolution:
    """What resolving one article decided."""

    entity_ids: list[str]  # one per mention, in order
    merged: list[tuple[str, str]] = field(default_factory=list)  # (absorbed id, surviving id)


class ActorResolver:
    def __init__(self, pack: Pack, known: Iterable[Entity] = ()) -> None:
        self.pack = pack
        self.entities: dict[str, Entity] = {}
        self.changed: set[str] = set()
        self._exact: dict[str, set[str]] = defaultdict(set)  # folded alias -> entity ids
        self._surname_block: dict[str, set[str]] = defaultdict(set)  # surname skeleton -> person ids
        self._given_block: dict[str, set[str]] = defaultdict(set)  # first word of a full name -> person ids
        self._name_block: dict[str, set[str]] = defaultdict(set)  # name skeleton -> non-person ids
        self._last_word: dict[str, set[str]] = defaultdict(set)  # last word's skeleton -> ids of two-three word names
        self._parented: dict[str, set[str]] = defaultdict(set)  # "minsk group" -> ids of "OSCE Minsk Group"
        self._order: dict[str, int] = {}  # entity id -> when it became known
        self._names_here: set[str] = set()  # the folded names of the article being resolved
        self._described: dict[str, set[str]] = defaultdict(set)  # "opposition" -> named groups so described
        pack_entities = {actor.id: self._pack_entity(actor) for actor in pack.actors}
        for entity in known:
            if (from_pack := pack_entities.pop(entity.id, None)) is not None:
                entity.aliases.update({alias: 0 for alias in from_pack.aliases})
                entity.person_names |= from_pack.person_names
            self._add(entity)
        for entity in pack_entities.values():
            self._add(entity)
        self.changed.clear()

    # --- public -----------------------------------------------------------------------------

    def resolve(self, mentions: list[ActorMention]) -> Resolution:
        """Assign every mention of one article to an entity, creating entities as needed."""
        ids: list[str | None] = [None] * len(mentions)
        merged: list[tuple[str, str]] = []
        self._names_here = {fold(m.name) for m in mentions}
        self._resolve_unnamed(mentions, ids)
        self._resolve_agents(mentions, ids)
        self._resolve_descriptors(mentions, ids)
        people_here: dict[str, str] = {}  # folded single name -> person entity, in this article
        for person in local_people(mentions, ids, self._is_surname):
            entity_id = self._resolve_person(person, merged)
            for index in person.mentions:
                ids[index] = entity_id
            people_here[person.tokens[-1]] = entity_id
        cache: dict[tuple[str, str | None], str] = {}
        for index, mention in enumerate(mentions):
            if ids[index] is None and (person_id := self._known_person(mention, people_here)):
                ids[index] = person_id
            if ids[index] is None:
                key = (fold(mention.name), mention.country)
                if key not in cache:
                    cache[key] = self._resolve_other(mention)
                ids[index] = cache[key]
        self._join_acronyms(mentions, ids, merged)
        resolved = [i for i in ids if i is not None]
        for mention, entity_id in zip(mentions, resolved, strict=True):
            self._count(self.entities[entity_id], mention)
        for absorbed, into in self._join_short_forms(merged):
            resolved = [into if i == absorbed else i for i in resolved]
        for entity_id in set(resolved):
            self.entities[entity_id].articles += 1
        self._sole_surnames()
        return Resolution(resolved, merged)

    def credit_outlets(self, names: Iterable[str], mentioned: Iterable[str]) -> None:
        """The outlets an article is credited to ('SOURCE: Harbour Gazette') are organisations of the dossier even
        where its text never names them: the known one so named, else a new one; each crediting article counts
        once (unless its text named it too: `mentioned`) and votes for an organisation."""
        here = set(mentioned)
        for name in names:
            known = [i for i in self._ids(self._exact, fold(name)) if self.entities[i].type is not EntityType.PERSON
                     and not self.entities[i].descriptor]
            entity = self.entities[known[0]] if known else self._new(name, EntityType.ORG)
            if name not in entity.aliases:
                self._index_alias(entity, name)
                entity.aliases[name] += 0
            entity.type_votes[EntityType.ORG] += 1
            if entity.id not in here:
                entity.articles += 1
            self.changed.add(entity.id)

    def in_order(self, entity_ids: Iterable[str]) -> list[str]:
        """Entity ids in the order the entities became known (never a set's order, which changes with each
        process's hash seed: the store keeps them in this order, and ties between namesakes follow it)."""
        return sorted(entity_ids, key=lambda i: (self._order.get(i, len(self._order)), i))

    def acting(self, entity_id: str) -> str:
        """The entity as it acts: a capital or a seat of government acting is its state ('Moscow said', 'the
        Kremlin rejected' are Russia); anything else is itself."""
        entity = self.entities.get(entity_id)
        if entity is not None and entity.denotes and entity.denotes in self.entities \
                and entity.type in (EntityType.PLACE, EntityType.FACILITY):
            return entity.denotes
        return entity_id

    def named_after(self, entity: Entity) -> tuple[str, ...]:
        """The person a described actor is named after: the Assad regime -> Bashar al-Assad."""
        if not entity.owner_tokens:
            tokens = name_tokens(entity.name)
            if entity.descriptor is None or len(tokens) < 2:
                return ()
            entity_owner = tokens[:-1]
        else:
            entity_owner = entity.owner_tokens
        people = [e for e in self._block(self._surname_block, skeleton(entity_owner[-1])) if e.full_names
                  and any(same_token(s, entity_owner[-1]) for s in e.surnames)]
        return (self._most_known(people).id,) if people else ()

    # --- global -----------------------------------------------------------------------------

    def _resolve_person(self, person: LocalPerson, merged: list[tuple[str, str]]) -> str:
        if person.pack_id and person.pack_id in self.entities:
            return person.pack_id
        tokens = person.tokens
        exact = self._exact_person(" ".join(tokens)) if len(tokens) >= 2 else None
        if exact is not None:
            return exact
        block = self._block(self._surname_block, skeleton(tokens[-1]))
        if len(tokens) >= 2:
            for entity in block:
                if any(same_person(full, tokens) for full in entity.full_names):
                    self._remember_person(entity, tokens)
                    return entity.id
            if (respelt := self._respelt_person(tokens)) is not None:
                self._remember_person(respelt, tokens)
                return respelt.id
            if (longer := self._person_cut_short(tokens)) is not None:
                self._remember_person(longer, tokens)
                return longer.id
            entity = self._new(" ".join(tokens), EntityType.PERSON)
            self._remember_person(entity, tokens)
            for single in block:  # people known so far only by this surname are this person
                if not single.full_names and single.pack_id is None and any(
                        same_token(s, tokens[-1]) for s in single.surnames):
                    self._merge(single, entity, merged)
            return entity.id
        full = [e for e in block if e.full_names and any(same_token(s, tokens[0]) for s in e.surnames)]
        if full:
            return self._most_known(full).id
        if (alias_of := self._exact_person(tokens[0])) is not None and self.entities[alias_of].full_names and all(
                e.id == alias_of for e in self._block(self._given_block, tokens[0]) if e.type is EntityType.PERSON):
            return alias_of  # the name a person goes by, written as theirs before ('known as Gediye'); never a
            # given name that begins another known person's name too
        if (misread := self._misread_person(tokens[0])) is not None:
            return misread.id
        known_single = [e for e in block if any(same_token(s, tokens[0]) for s in e.surnames)]
        if known_single:
            return self._most_known(known_single).id
        for entity in self._block(self._name_block, name_key(tokens[0])):
            if entity.type is not EntityType.PERSON and any(same_name(tokens[0], a) for a in entity.aliases):
                return entity.id  # a place or group the NER took for a person ("Khmeimim")
        entity = self._new(tokens[0], EntityType.PERSON)
        self._remember_person(entity, tokens)
        return entity.id

    def _respelt_person(self, tokens: tuple[str, ...]) -> Entity | None:
        """The one known person of the same given name whose surname this one writes with a consonant or two more
        or fewer ('Abdourahamane Tchiani', 'Abdourahamane Tiani': `text.names.inserted_consonants`); None for two."""
        found = [e for e in self._block(self._given_block, tokens[0]) if e.type is EntityType.PERSON and any(
            len(full) == len(tokens) and full[:-1] == tokens[:-1] and inserted_consonants(full[-1], tokens[-1])
            for full in e.full_names)]
        return found[0] if len(found) == 1 else None

    def _person_cut_short(self, tokens: tuple[str, ...]) -> Entity | None:
        """The one known person whose longer name this two-part name begins ('Yusuf Gedi' for Yusuf Gedi Warsame:
        `local_people.cut_short`); None for two such people, or none."""
        if len(tokens) != 2:
            return None
        found = [e for e in self._block(self._given_block, tokens[0]) if e.type is EntityType.PERSON
                 and any(cut_short(tokens, full) for full in e.full_names)]
        return found[0] if len(found) == 1 else None

    def _misread_person(self, surname: str) -> Entity | None:
        """The one entity the tagger took for a place or an organisation whose name reads as a person's full name
        ending in this surname ('Ajit Doval' tagged a place, then 'Doval' a person): it is that person, and keeps
        the full name. None when two such exist, or when the surname names a place or a body itself."""
        if _names_a_thing(surname) or any(self.entities[i].type is not EntityType.PERSON
                                          for i in self._exact.get(fold(surname), ())):
            return None
        found = [(e, tokens) for e in self._block(self._last_word, skeleton(surname))
                 if (tokens := _misread_full_name(e, surname))]
        if len(found) != 1:
            return None
        entity, tokens = found[0]
        self._remember_person(entity, tokens)
        self.changed.add(entity.id)
        return entity

    def _surname_only_person(self, mention: ActorMention) -> str | None:
        """The person known so far only by a surname, when a full name ending in it comes tagged as a place or an
        organisation ('Doval' a person, then 'Ajit Doval' a place): the one such person, never one of two."""
        tokens = name_tokens(mention.name)
        if mention.country or mention.seat or mention.descriptor or mention.type is EntityType.FACILITY or not tokens \
                or _names_a_thing(mention.name) \
                or full_name_ending(mention.name, tokens[-1]) is None or _names_a_thing(tokens[-1]):
            return None
        block = self._block(self._surname_block, skeleton(tokens[-1]))
        if any(same_token(s, tokens[-1]) for e in block for s in e.surnames if e.full_names):
            return None  # a person of that full name's surname is known: the ordinary steps decide
        lone = [e for e in block if e.pack_id is None and e.type is EntityType.PERSON and e.descriptor is None
                and any(same_token(s, tokens[-1]) for s in e.surnames)]
        if len(lone) != 1:
            return None
        self._remember_person(lone[0], tokens)
        return lone[0].id

    def _sole_surnames(self) -> None:
        """A person known by a full name whose surname no other known person has, nor any other entity as a name,
        is known by that surname alone too ('Macron' for Emmanuel Macron, though each text wrote his full name);
        it is taken back when a namesake comes (Bashar and Maher al-Assad: neither is 'Assad')."""
        people = {i for i in self.changed if i in self.entities and self.entities[i].full_names}
        for entity_id in list(people):
            for tokens in self.entities[entity_id].full_names:
                people.update(self._ids(self._surname_block, skeleton(tokens[-1])))
        for entity_id in self.in_order(people):
            entity = self.entities[entity_id]
            form = sole_surname(entity, [self.entities[i] for i in people | self._surname_owners(entity)
                                         if i != entity_id and i in self.entities],
                                self._ids(self._exact, fold(surname_as_written(entity.name) or "")))
            if form != entity.surname_form:
                entity.surname_form = form
                self.changed.add(entity.id)

    def _surname_owners(self, entity: Entity) -> set[str]:
        return {i for tokens in entity.person_names for i in self._ids(self._surname_block, skeleton(tokens[-1]))}

    def _is_surname(self, token: str) -> bool:
        return any(same_token(s, token) for e in self._block(self._surname_block, skeleton(token))
                   for s in e.surnames if e.full_names)

    def _block(self, index: dict[str, set[str]], key: str) -> list[Entity]:
        """Entities under a blocking key, in the order they became known (pack order first)."""
        return [self.entities[i] for i in self._ids(index, key)]

    def _ids(self, index: dict[str, set[str]], key: str) -> list[str]:
        """Entity ids under a key in the order they became known: never a set's order, which changes
        from run to run, so that the same articles always make the same entities."""
        return sorted(index.get(key, ()), key=self._order.__getitem__)

    def _most_known(self, candidates: list[Entity]) -> Entity:
        """The most mentioned; on a tie the one known first (for pack actors: listed first)."""
        return max(candidates, key=lambda e: (e.mentions, -self._order[e.id]))

    def _known_person(self, mention: ActorMention, people_here: dict[str, str]) -> str | None:
        """A name the NER did not type as a person that is one: 'Lavrov' (ORG) beside 'Sergei Lavrov'."""
        if mention.country or mention.seat or mention.descriptor or mention.pack_id or mention.weight > 1:
            return None
        tokens = name_tokens(mention.name)
        if len(tokens) == 1:
            for surname, entity_id in people_here.items():
                if same_token(surname, tokens[0]):
                    return entity_id
        if not tokens:
            return None
        for entity in self._block(self._surname_block, skeleton(tokens[-1])):
            if not entity.full_names:
                continue
            if len(tokens) == 1 and any(same_token(s, tokens[0]) for s in entity.surnames):
                return entity.id
            if len(tokens) >= 2 and any(same_person(full, tokens) for full in entity.full_names):
                return entity.id
        if len(tokens) == 1 and mention.type is EntityType.ORG and not self._is_surname(tokens[0]):
            people = [(e.id, e.full_names) for e in self._block(self._given_block, tokens[0])
                      if e.type is EntityType.PERSON and e.pack_id is None]
            return by_given_name(tokens[0], people)  # 'Phumtham' (ORG) in one article, his full name in another
        return None

    # --- unnamed sources and acronyms --------------------------------------------------------

    def _resolve_unnamed(self, mentions: list[ActorMention], ids: list[str | None]) -> None:
        """Unnamed sources belong to their article: 'a source' is someone new, 'the source' the last one the
        article introduced with the same noun; never someone of another article."""
        last: dict[str, str] = {}
        for index, mention in enumerate(mentions):
            if mention.descriptor != UNNAMED:
                continue
            head = unnamed_head(mention.name)
            if is_definite(mention.text) and head in last:
                ids[index] = last[head]
                continue
            entity = self._new(mention.name, mention.type)
            entity.descriptor, entity.fixed_name, entity.fixed_type = UNNAMED, mention.name, mention.type
            last[head] = ids[index] = entity.id

    def _resolve_agents(self, mentions: list[ActorMention], ids: list[str | None]) -> None:
        """Generic agents with no state ('police', 'gunmen', 'protesters') belong to their article: one actor
        per phrase in it, never another article's (one town's police and another's are not one actor, and
        their events must not merge on it)."""
        here: dict[str, str] = {}
        for index, mention in enumerate(mentions):
            if mention.descriptor != AGENT:
                continue
            key = fold(mention.name)
            if key not in here:
                entity = self._new(mention.name, mention.type)
                entity.descriptor, entity.fixed_name, entity.fixed_type = AGENT, mention.name, mention.type
                here[key] = entity.id
            ids[index] = here[key]

    def _join_acronyms(self, mentions: list[ActorMention], ids: list[str | None],
                       merged: list[tuple[str, str]]) -> None:
        """An acronym in an article that spells it out ('SDF' beside 'Syrian Democratic Forces') is that
        actor, here and wherever else it was met."""
        spelled: dict[str, str] = {}
        names: dict[str, str] = {}  # a name of two words or more -> its entity, for acronyms with linking words
        for index, mention in enumerate(mentions):
            if mention.type is not EntityType.PERSON and not mention.descriptor and ids[index] is not None:
                for letters in (initials(mention.name), cased_initials(mention.name)):
                    if len(letters) >= 2:
                        spelled.setdefault(letters, ids[index] or "")
                if " " in mention.name:
                    names.setdefault(mention.name, ids[index] or "")
        if not spelled and not names:
            return
        for index, mention in enumerate(mentions):
            short = mention.name.replace(".", "")
            target, current_id = spelled.get(short), ids[index]
            if target is None and short.isupper():  # 'ECOWAS': Economic Community of West African States
                found = {i for name, i in names.items() if spells_out(short, name)}
                target = found.pop() if len(found) == 1 else None
            if target is None or current_id is None or target == current_id or mention.country or mention.descriptor:
                continue
            if not (2 <= len(short) <= 6 and short.isalpha() and (short.isupper() or short == cased(short))):
                continue
            current, into = self.entities.get(current_id), self.entities.get(target)
            if current is None or into is None or (current.pack_id and into.pack_id) \
                    or EntityType.PERSON in (current.type, into.type) or EntityType.STATE in (current.type, into.type):
                continue
            if current.pack_id:
                current, into = into, current  # the pack's actor stays
            self._merge(current, into, merged)
            ids[:] = [into.id if i == current.id else i for i in ids]
            spelled = {k: (into.id if v == current.id else v) for k, v in spelled.items()}

    # --- descriptions: "the new government", "the Assad regime" ---------------------------

    def _resolve_descriptors(self, mentions: list[ActorMention], ids: list[str | None]) -> None:
        here: dict[str, Counter[str]] = defaultdict(Counter)  # kind -> qualified entities in this article
        for index, mention in enumerate(mentions):
            if mention.descriptor and (mention.country or mention.owner):
                entity_id = self._qualified(mention)
                ids[index] = entity_id
                here[mention.descriptor][entity_id] += 1
        for index, mention in enumerate(mentions):
            if mention.descriptor and ids[index] is None and mention.descriptor != "military":
                ids[index] = self._unqualified(mention, here[mention.descriptor])
        governments = here["government"] or Counter(
            i for i, m in zip(ids, mentions, strict=True) if m.descriptor == "government" and i)
        governments = governments or self._named_governments(mentions)
        of_states: Counter[str] | None = None  # known governments by this article's states, when needed
        about: list[str | None] = []  # the state the article is about (its dateline's, else the one it names most)
        for index, mention in enumerate(mentions):  # "the army", "government forces"
            if mention.descriptor == "military" and ids[index] is None:
                if self._of_government(mention):  # the forces of the government this article names
                    found = self._military_of(governments, mention)
                    if found is None:  # else of the state the article is about
                        of_states = self._governments_of_states(mentions) if of_states is None else of_states
                        found = self._military_of(of_states, mention)
                else:  # "the army": the army this article names, else that of the state its dateline names
                    found = here["military"].most_common(1)[0][0] if here["military"] else None
                    if found is None and not about:
                        about.append(dateline_state(mentions) or main_state(mentions))  # once per article
                    if found is None and (state := about[0]) is not None:
                        found = self._qualified(replace(mention, country=state, owner=None))
                    found = found or self._sole_military()
                ids[index] = found or self._plain(mention)  # else nobody's army in particular

    def _sole_military(self) -> str | None:
        """The one state's military the story knows, if it knows only one: 'the army' of a story about one state's
        war, in an article that names no state."""
        known = [e.id for e in self.entities.values() if e.descriptor == "military" and e.fixed_name]
        return known[0] if len(known) == 1 else None

    def _named_governments(self, mentions: list[ActorMention]) -> Counter[str]:
        """Governments the article names by a known actor's name rather than a description ('the Damascus
        government' when it is a pack actor's alias): a known entity described as a government."""
        found: Counter[str] = Counter()
        for mention in mentions:
            entity = self.entities.get(mention.pack_id or "")
            if entity is not None and entity.descriptor == "government" and entity.denotes:
                found[entity.id] += 1
        return found

    def _governments_of_states(self, mentions: list[ActorMention]) -> Counter[str]:
        """Known governments weighted by how often this article names their state ('Syria', 'Syrian',
        'Damascus'): 'government forces' in an article naming no government are those of the state it is about."""
        states: Counter[str] = Counter()
        for mention in mentions:
            if mention.descriptor in (UNNAMED, AGENT):
                continue
            entity = self.entities.get(mention.pack_id or "")
            if entity is not None and entity.type is EntityType.STATE:
                states[entity.id] += 1
            elif entity is not None and entity.denotes:
                states[entity.denotes] += 1
            elif mention.country:
                state = next((i for i in self._ids(self._exact, fold(mention.country))
                              if self.entities[i].type is EntityType.STATE), None)
                if state is not None:
                    states[state] += 1
        found: Counter[str] = Counter()
        for entity in self.entities.values():
            if entity.descriptor == "government" and entity.denotes and states[entity.denotes]:
                found[entity.id] = states[entity.denotes] * 1000 + min(entity.mentions, 999)
        return found

    @staticmethod
    def _of_government(mention: ActorMention) -> bool:
        return mention.descriptor == "military" and "government" in mention.name.lower().split()

    def _plain(self, mention: ActorMention) -> str:
        """An unqualified description kept as its own actor, by its words ('government forces')."""
        for entity_id in self._ids(self._exact, fold(mention.name)):
            entity = self.entities[entity_id]
            if entity.descriptor == mention.descriptor and not entity.denotes and not entity.fixed_name:
                return entity_id  # never a state's, which took the words as its alias ('the army')
        entity = self._new(mention.name, mention.type)
        entity.descriptor = mention.descriptor
        return entity.id

    def _military_of(self, governments: Counter[str], mention: ActorMention) -> str | None:
        for government_id, _ in governments.most_common():
            government = self.entities.get(government_id)
            state = self.entities.get(government.denotes) if government is not None and government.denotes else None
            if state is not None and state.type is EntityType.STATE:
                return self._qualified(replace(mention, country=state.name, owner=None))
        return None

    def _qualified(self, mention: ActorMention) -> str:
        kind = mention.descriptor
        assert kind is not None
        head = mention.name.split()[-1].lower()
        if mention.owner:
            owner = name_tokens(mention.owner)
            canonical = f"{mention.owner.split()[-1]} {head}"
            for entity_id in self._ids(self._exact, fold(canonical)):
                return entity_id
            for entity in self.entities.values():  # "the Assad government" is "the Assad regime"
                if entity.descriptor in ("government", "regime") and entity.owner_tokens and owner and same_token(
                        entity.owner_tokens[-1], owner[-1]):
                    return entity.id
            for entity_id in self._ids(self._exact, fold(f"{mention.owner.split()[-1]} regime")):
                return entity_id
        else:
            assert mention.country is not None
            country_id = self._country_entity(mention.country)
            demonym = gazetteer().demonym(mention.country)
            canonical = f"{demonym} {kind}"
            for entity_id in self._ids(self._exact, fold(canonical)):
                return entity_id
            for entity in self.entities.values():
                if entity.descriptor == kind and entity.denotes == country_id:
                    return entity.id
        entity = self._new(canonical, mention.type)
        entity.fixed_name, entity.descriptor = canonical, kind
        if mention.owner:
            entity.owner_tokens = name_tokens(mention.owner)
        elif kind == "government":
            entity.denotes = self._country_entity(mention.country or "")
        return entity.id

    def _unqualified(self, mention: ActorMention, here: Counter[str]) -> str:
        """'the new government': the qualified one this article names, else the corpus's usual one, a state's
        before any other ('the provincial government' named once is nobody's 'the government'); 'the rebels' in an
        article naming none: the one named group the story described as rebels ("M23 rebels",
        `extract.actors.groups_described`), if it described only one."""
        if here:
            return here.most_common(1)[0][0]
        named = [i for i in self._described.get(mention.descriptor or "", ()) if i in self.entities
                 and not self.entities[i].descriptor and describe_kind(self.entities[i].name) is None]
        if len(named) == 1:
            return named[0]
        known = [e for e in self.entities.values() if e.descriptor == mention.descriptor]
        if known:
            return self._most_known([e for e in known if e.denotes] or known).id
        entity = self._new(mention.name, mention.type)
        entity.descriptor = mention.descriptor
        return entity.id

    def _exact_person(self, folded: str) -> str | None:
        ids = [i for i in self._ids(self._exact, folded) if self.entities[i].type is EntityType.PERSON]
        return ids[0] if len(ids) == 1 else None

    def _resolve_other(self, mention: ActorMention) -> str:
        if mention.pack_id and mention.pack_id in self.entities:
            return mention.pack_id
        if mention.country and (mention.type is EntityType.STATE):
            return self._country_entity(self._state_named(mention))
        name = mention.name
        # "Security Council" left as a state's own body (extract.actors.own_body) never joins the UN's
        international = gazetteer().organisation(name) if gazetteer().generic_forms.get(name.lower()) else None
        for entity_id in self._ids(self._exact, fold(name)):
            entity = self.entities[entity_id]
            if entity.descriptor in (UNNAMED, AGENT) or (international and entity.name == international):
                continue  # an unnamed source or a generic agent belongs to its own article
            if entity.type is not EntityType.PERSON or mention.type is EntityType.PERSON \
                    or _place_for_a_lone_word(entity, mention):
                return self._tag_denotes(entity, mention)
        for entity_id in self._ids(self._name_block, name_key(name)):
            entity = self.entities[entity_id]
            if entity.descriptor in (UNNAMED, AGENT) or (international and entity.name == international) or (
                    entity.type is EntityType.PERSON and mention.type is not EntityType.PERSON) \
                    or self._other_spelling_here(entity, name):
                continue
            if any(same_name(name, alias) for alias in (entity.name, *entity.aliases)):
                return self._tag_denotes(entity, mention)
        if (person_id := self._surname_only_person(mention)) is not None:
            return person_id
        if (place := self._same_place(mention)) is not None:
            return self._tag_denotes(place, mention)
        if (body := self._same_body(mention)) is not None:
            return self._tag_denotes(body, mention)
        entity = self._new(name, mention.type)
        if mention.seat:
            entity.fixed_type = EntityType.FACILITY
        return self._tag_denotes(entity, mention)

    def _other_spelling_here(self, entity: Entity, name: str) -> bool:
        """The entity is known by a name that this article writes too, spelt otherwise than `name`: one article
        spells one place one way, so 'Adampur' beside 'Udhampur' are two places, not two spellings."""
        folded = fold(name)
        return any((known := fold(alias)) != folded and known in self._names_here for alias in entity.aliases)

    def _same_place(self, mention: ActorMention) -> Entity | None:
        """The one known place a place name written with or without a droppable qualifier stands for ('Delhi'
        where 'New Delhi' is known, or the reverse), when exactly one place fits: never a country ('Sudan'),
        never two ('New York' and 'York' as places of their own, both met: neither joins)."""
        if mention.type is not EntityType.PLACE or mention.descriptor or gazetteer().country(mention.name):
            return None
        rest = place_without_qualifier(mention.name)
        forms = [rest] if rest is not None else [f"{q} {mention.name}" for q in DROPPED_PLACE_QUALIFIERS]
        found = {i for form in forms for i in self._ids(self._exact, fold(form))
                 if self.entities[i].type is EntityType.PLACE and not self.entities[i].descriptor}
        if rest is not None and any(self._ids(self._exact, fold(f"{q} {rest}")) for q in DROPPED_PLACE_QUALIFIERS):
            return None  # 'Greater York' beside a known 'New York': which of them a bare 'York' was is unknown
        return self.entities[found.pop()] if len(found) == 1 else None

    def _same_body(self, mention: ActorMention) -> Entity | None:
        """The one known body a name written with or without the acronym of the organisation it belongs to stands
        for ('Minsk Group' where 'OSCE Minsk Group' is known, or the reverse; `text.names.body_without_parent`),
        when exactly one fits; never a generic form many states use ('Security Council': `own_body`)."""
        if mention.type is not EntityType.ORG or mention.descriptor \
                or gazetteer().generic_forms.get(mention.name.lower()):
            return None
        rest = body_without_parent(mention.name, _parent_body)
        found = set(self._ids(self._exact, fold(rest))) if rest is not None else set(self._ids(self._parented,
                                                                                             fold(mention.name)))
        found = {i for i in found if self.entities[i].type is EntityType.ORG and not self.entities[i].descriptor}
        return self.entities[found.pop()] if len(found) == 1 else None

    def _state_named(self, mention: ActorMention) -> str:
        """The state a mention names: its country, unless it writes it by a short form other states' names share
        ('Congo', 'eastern Congo') and the dossier names one of those in full and never its own country: that one."""
        country = mention.country or ""
        others = gazetteer().states_sharing(mention.name, country)
        if not others or self._named_in_full(country):
            return country
        named = [other for other in others if self._named_in_full(other)]
        return named[0] if len(named) == 1 else country

    def _named_in_full(self, country: str) -> bool:
        """Some text named the state by a form of its own (not a shared short form, not its demonym)."""
        return any(self.entities[i].type is EntityType.STATE and any(
            n > 0 and gazetteer().names_in_full(alias, country) for alias, n in self.entities[i].aliases.items())
            for i in self._ids(self._exact, fold(country)))

    def _join_short_forms(self, merged: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """A state met only by a short form other states' names share ('Congo') is the one of them the dossier names
        in full, when it names exactly one and never the short form's own state: merged into it."""
        joined: list[tuple[str, str]] = []
        for owner, others in dict(gazetteer().shared_forms.values()).items():
            known = [i for i in self._ids(self._exact, fold(owner)) if self.entities[i].type is EntityType.STATE
                     and not self.entities[i].pack_id]
            named = [other for other in others if self._named_in_full(other)]
            if len(known) != 1 or self._named_in_full(owner) or len(named) != 1:
                continue
            into, absorbed = self._country_entity(named[0]), self.entities[known[0]]
            absorbed.aliases = +absorbed.aliases  # not its own state's name, which no text wrote
            self._merge(absorbed, self.entities[into], merged)
            joined.append((known[0], into))
        return joined

    def _tag_denotes(self, entity: Entity, mention: ActorMention) -> str:
        if mention.country and entity.denotes is None:
            entity.denotes = self._country_entity(self._state_named(mention))
            self.changed.add(entity.id)
        return entity.id

    def affiliated(self, entity_id: str) -> str | None:
        """The state a person belongs to, as the text ties it to the name, where the store knows that state."""
        entity = self.entities.get(entity_id)
        country = entity.affiliation if entity is not None else None
        if country is None:
            return None
        return next((i for i in self._ids(self._exact, fold(country)) if self.entities[i].type is EntityType.STATE),
                    None)

    def _country_entity(self, country: str) -> str:
        folded = fold(country)
        for entity_id in self._ids(self._exact, folded):
            if self.entities[entity_id].type is EntityType.STATE:
                return entity_id
        entity = self._new(country, EntityType.STATE)
        entity.fixed_type, entity.fixed_name = EntityType.STATE, country
        return entity.id

    # --- bookkeeping ------------------------------------------------------------------------

    def _pack_entity(self, actor: PackActor) -> Entity:
        entity = Entity(actor.id, pack_id=actor.id, fixed_type=actor.type, fixed_name=actor.name,
                        wikidata=actor.wikidata, denotes=actor.denotes, descriptor=describe_kind(actor.name))
        for alias in (actor.name, *actor.aliases):
            entity.aliases[alias] += 0
            if actor.type is EntityType.PERSON and len(name_tokens(alias)) >= 1:
                entity.person_names.add(name_tokens(alias))
        return entity

    def _new(self, name: str, entity_type: EntityType) -> Entity:
        base = fold(name).replace(" ", "_") or "entity"
        entity_id, n = base, 1
        while entity_id in self.entities:
            n += 1
            entity_id = f"{base}_{n}"
        entity = Entity(entity_id, first_type=entity_type)
        entity.aliases[name] += 0
        self._add(entity)
        return entity

    def _add(self, entity: Entity) -> None:
        self.entities[entity.id] = entity
        self._order.setdefault(entity.id, len(self._order))
        self.changed.add(entity.id)
        for alias in entity.aliases:
            self._index_alias(entity, alias)
        for tokens in entity.person_names:
            self._surname_block[skeleton(tokens[-1])].add(entity.id)
            if len(tokens) >= 2:
                self._given_block[tokens[0]].add(entity.id)
        if entity.descriptor is None and entity.type is not EntityType.PERSON:
            for kind in {describe_kind(alias) or "" for alias in entity.aliases} & set(GROUP_KINDS):
                self._described[kind].add(entity.id)  # a stored group once written "M23 rebels"

    def _index_alias(self, entity: Entity, alias: str) -> None:
        self._exact[fold(alias)].add(entity.id)
        self._name_block[name_key(alias)].add(entity.id)
        if 2 <= len(tokens := name_tokens(alias)) <= 3:
            self._last_word[skeleton(tokens[-1])].add(entity.id)
        if (rest := body_without_parent(alias, _parent_body)) is not None:
            self._parented[fold(rest)].add(entity.id)

    def _remember_person(self, entity: Entity, tokens: tuple[str, ...]) -> None:
        if tokens not in entity.person_names:
            entity.person_names.add(tokens)
            self._surname_block[skeleton(tokens[-1])].add(entity.id)
            if len(tokens) >= 2:
                self._given_block[tokens[0]].add(entity.id)

    def _count(self, entity: Entity, mention: ActorMention) -> None:
        entity.mentions += 1
        if _place_over_the_tagger(entity, mention):
            entity.fixed_type = EntityType.PLACE
        entity.type_votes[mention.type] += max(1, round(mention.weight))  # a strong cue outvotes the tagger
        if mention.affiliation:
            entity.affiliations[mention.affiliation] += 1
        if mention.kind and entity.descriptor is None:
            self._described[mention.kind].add(entity.id)
        for alias in dict.fromkeys((mention.text, _without_article(mention.text), _straight(mention.text),
                                    _straight(_without_article(mention.text)), mention.name)):
            if alias not in entity.aliases:
                self._index_alias(entity, alias)
            entity.aliases[alias] += 1
        if entity.type is EntityType.PERSON and entity.descriptor is None and (tokens := name_tokens(mention.name)):
            self._remember_person(entity, tokens)
        self.changed.add(entity.id)

    def _merge(self, absorbed: Entity, into: Entity, merged: list[tuple[str, str]]) -> None:
        into.aliases.update(absorbed.aliases)
        into.type_votes.update(absorbed.type_votes)
        into.affiliations.update(absorbed.affiliations)
        into.mentions += absorbed.mentions
        into.articles += absorbed.articles
        for tokens in absorbed.person_names:
            self._remember_person(into, tokens)
        for alias in absorbed.aliases:
            self._index_alias(into, alias)
        for index in (self._exact, self._surname_block, self._given_block, self._name_block, self._last_word,
                      self._parented):
            for ids in index.values():
                ids.discard(absorbed.id)
        del self.entities[absorbed.id]
        for entity in self.entities.values():  # what stood for the absorbed entity stands for the one it joined
            if entity.denotes == absorbed.id:
                entity.denotes = into.id
                self.changed.add(entity.id)
        self.changed.discard(absorbed.id)
        self.changed.add(into.id)
        merged.append((absorbed.id, into.id))


def _parent_body(acronym: str) -> bool:
    """An acronym of three letters or more that names no country ('OSCE', 'NATO'; not 'USA', 'UAE'): a body that
    others belong to."""
    return len(acronym) >= 3 and gazetteer().country(acronym) is None


def dateline_state(mentions: list[ActorMention]) -> str | None:
    """The state a wire dateline names ('VALETOWN (Agency) - ...': the article's first words, in capitals, a
    capital or a country the gazetteer knows): where the story is told from, whose army 'the army' is."""
    first = min(mentions, key=lambda m: m.start, default=None)
    if first is None or first.start > 2 or not first.text.isupper() or len(first.text) < 4:
        return None
    return first.country


def main_state(mentions: list[ActorMention]) -> str | None:
    """The state an article is about, when one stands out: named (by its name, its demonym, its capital) at least
    three times and more than twice as often as any other. 'The army' in an article about one state's war is
    that state's army."""
    named = Counter(m.country for m in mentions if m.country and not m.descriptor)
    (first, times), *rest = named.most_common(2) or [("", 0)]
    return first if times >= 3 and (not rest or times > 2 * rest[0][1]) else None


def _place_for_a_lone_word(entity: Entity, mention: ActorMention) -> bool:
    """A one-word name the tagger once took for a person ('no word from Vale') is the place a strong cue names
    ('the base in Vale'), when nobody's full name or a title ever gave it as a person."""
    return mention.type is EntityType.PLACE and mention.weight > 1 and not entity.fixed_type \
        and len(name_tokens(mention.name)) == 1 \
        and all(fold(_straight(alias)).removesuffix("'s") == fold(mention.name) for alias in entity.aliases if alias)


def _place_over_the_tagger(entity: Entity, mention: ActorMention) -> bool:
    """A one-word name the tagger took for a person or a body, however often ('the rebels took Vale'), is a place
    once a strong cue says so ('sent into Vale', `extract.actors.located_by`), when no full name, title or pack
    made it a person: the text says where it is, the small tagger only guesses."""
    return entity.type in (EntityType.PERSON, EntityType.ORG) and not entity.descriptor and not entity.pack_id \
        and not any(len(tokens) >= 2 for tokens in entity.person_names) and _place_for_a_lone_word(entity, mention)


def cased(short: str) -> str:
    """`short` when it is written as a cased acronym ('RoV': capitals at both ends, two or more), else ''."""
    return short if short[:1].isupper() and short[-1:].isupper() and sum(c.isupper() for c in short) >= 2 else ""


def _names_a_thing(name: str) -> bool:
    """A country, a demonym, a capital, a seat of government, a region, a bloc, an organisation or an outlet the
    lexicon knows, or a name one of whose words is a country's or a demonym ('Indian Army'): never a surname."""
    places, low = gazetteer(), name.lower()
    return any(places.country(word) for word in name.split()) or low in places.capitals or low in places.seats \
        or low in places.regions or low in places.blocs or bool(places.organisation(name) or news().organisation(name))


def _misread_full_name(entity: Entity, surname: str) -> tuple[str, ...] | None:
    """The full name ending in `surname` of an entity of a person's name typed something else by the tagger
    (no pack actor, description, fixed type or state it stands for; no facility: 'Nur Khan' air base), if any."""
    if entity.type in (EntityType.PERSON, EntityType.FACILITY) or entity.pack_id or entity.descriptor \
            or entity.fixed_type or entity.denotes:
        return None
    for alias in entity.aliases:
        if (tokens := full_name_ending(alias, surname)) is not None and not _names_a_thing(alias):
            return tokens
    return None


def _straight(text: str) -> str:
    """Typographic apostrophes made straight ('Syria’s' -> "Syria's"): one alias however it was typeset."""
    return text.replace("’", "'").replace("‘", "'")


def _without_article(text: str) -> str:
    """'the Hmeimim airbase' -> 'Hmeimim airbase': both are ways a text refers to the actor."""
    return text[4:] if text[:4].lower() == "the " and len(text) > 4 else text


def sole_surname(person: Entity, namesakes: list[Entity], named: list[str]) -> str | None:
    """The surname as written of a person known by a full name (`text.names.surname_as_written`), when none of
    `namesakes` (the known people sharing a surname block) has that surname, and no entity but the person is
    named so (`named`: the ids of the entities with that name as an alias); else None."""
    if person.type is not EntityType.PERSON or person.descriptor or not person.full_names:
        return None
    form = surname_as_written(person.name)
    if form is None:
        return None
    surname = name_tokens(form)
    if len(surname) != 1 or any(i != person.id for i in named):
        return None
    if any(other.type is EntityType.PERSON and any(same_token(s, surname[0]) for s in other.surnames)
           for other in namesakes):
        return None
    return form


def by_given_name(token: str, people: Iterable[tuple[str, Iterable[tuple[str, ...]]]]) -> str | None:
    """A lone word the tagger did not take for a person that is the given name, spelt exactly so, of one person
    known by a full name (people referred to by their given name: 'Anand' after 'Anand Sharma' in another
    article), that person; none when it begins the full names of two people, or of none."""
    found = {person for person, names in people if any(len(n) >= 2 and n[0] == token for n in names)}
    return next(iter(found)) if len(found) == 1 else None
