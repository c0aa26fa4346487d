"""An entity as actor resolution keeps it: its names and their counts, its type votes, what it stands for, and
the bookkeeping that lets a later run resume where this one stopped (stored with it as JSON)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from dossier.models import EntityType, leading
from dossier.text.names import name_tokens, strip_titles

# When votes tie, the more specific type wins.
_TYPE_PRIORITY = [EntityType.PERSON, EntityType.FACILITY, EntityType.STATE, EntityType.ORG, EntityType.GROUP,
                  EntityType.PLACE]


@dataclass
class Entity:
    id: str
    type_votes: Counter[EntityType] = field(default_factory=Counter)
    aliases: Counter[str] = field(default_factory=Counter)  # surface forms as written, with counts
    mentions: int = 0
    articles: int = 0
    pack_id: str | None = None
    fixed_type: EntityType | None = None  # from the pack or the gazetteer: votes do not change it
    fixed_name: str | None = None
    wikidata: str | None = None
    denotes: str | None = None  # entity id this one stands for when it acts (Kremlin -> Russia)
    person_names: set[tuple[str, ...]] = field(default_factory=set)  # folded name tokens seen
    first_type: EntityType = EntityType.ORG  # the type of the mention that created it, until votes come
    descriptor: str | None = None  # "government", "regime", "opposition" when described rather than named
    owner_tokens: tuple[str, ...] = ()  # the person a described actor is named after ("Assad" regime)
    surname_form: str | None = None  # a person's surname as written, while no other known person has it
    affiliations: Counter[str] = field(default_factory=Counter)  # a person's countries as the text ties them

    @property
    def type(self) -> EntityType:
        if self.fixed_type is not None:
            return self.fixed_type
        votes = +self.type_votes  # positive counts only
        if not votes:
            return self.first_type
        best = max(votes.values())
        return next(t for t in _TYPE_PRIORITY if votes[t] == best)

    @property
    def name(self) -> str:
        if self.fixed_name:
            return self.fixed_name
        if self.type is EntityType.PERSON:
            full = [a for a in self.aliases if len(name_tokens(a)) >= 2]
            if full:  # the most written full name; on a tie the one without a title, then the longest
                return max(full, key=lambda a: (self.aliases[a], strip_titles(a) == a, len(a), a))
        # the spelling itself breaks ties, not the order the aliases were met in (which a reload changes)
        return max(self.aliases, key=lambda a: (self.aliases[a], -len(a), a)) if self.aliases else self.id

    def state(self) -> dict[str, object]:
        """Bookkeeping the store keeps as JSON so a later run resumes where this one stopped."""
        return {
            "type_votes": {t.value: n for t, n in self.type_votes.items()},
            "fixed_type": self.fixed_type.value if self.fixed_type else None,
            "fixed_name": self.fixed_name,
            "person_names": sorted(list(t) for t in self.person_names),
            "first_type": self.first_type.value,
            "descriptor": self.descriptor,
            "owner_tokens": list(self.owner_tokens),
            "surname_form": self.surname_form,
            **({"affiliations": dict(sorted(self.affiliations.items()))} if self.affiliations else {}),
            # names it is known by that no text wrote alone (its name made from "Norvian troops": "Norvian
            # military"): the store writes only what texts wrote, and a later run must find it by them too
            **({"unwritten": unwritten} if (unwritten := sorted(a for a, n in self.aliases.items() if n == 0)) else {}),
        }

    @classmethod
    def from_state(cls, entity_id: str, state: dict[str, Any], aliases: dict[str, int], *, mentions: int,
                   articles: int, pack_id: str | None, wikidata: str | None, denotes: str | None) -> Entity:
        return cls(
            entity_id,
            type_votes=Counter({EntityType(t): n for t, n in state.get("type_votes", {}).items()}),
            aliases=Counter({**dict.fromkeys(state.get("unwritten", []), 0), **aliases}),
            mentions=mentions,
            articles=articles,
            pack_id=pack_id,
            fixed_type=EntityType(state["fixed_type"]) if state.get("fixed_type") else None,
            fixed_name=state.get("fixed_name"),
            wikidata=wikidata,
            denotes=denotes,
            person_names={tuple(t) for t in state.get("person_names", [])},
            first_type=EntityType(state.get("first_type", EntityType.ORG.value)),
            descriptor=state.get("descriptor"),
            owner_tokens=tuple(state.get("owner_tokens", [])),
            surname_form=state.get("surname_form"),
            affiliations=Counter(state.get("affiliations", {})),
        )

    @property
    def affiliation(self) -> str | None:
        """A person's country: the one the text ties the name to most often (none on a tie)."""
        return leading(self.affiliations) if self.type is EntityType.PERSON else None

    @property
    def surnames(self) -> set[str]:
        return {tokens[-1] for tokens in self.person_names}

    @property
    def full_names(self) -> list[tuple[str, ...]]:
        return [tokens for tokens in self.person_names if len(tokens) >= 2]
