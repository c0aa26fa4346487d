"""Actors, one actor with its sentences and neighbours, and the network of actors sharing events."""

from __future__ import annotations

from dataclasses import dataclass

from dossier.models import EntityType
from dossier.query.records.base import Record, Records


@dataclass(frozen=True, slots=True)
class Entity(Record):
    """A resolved actor: every alias seen, mentions and articles; `denotes` is the actor it stands for when it
    acts (the Kremlin: Russia); `country`, a person's country where the text says it."""

    id: str
    name: str
    type: EntityType
    aliases: list[str]
    mentions: int
    articles: int
    wikidata: str | None
    denotes: str | None
    pack_id: str | None
    country: str | None  # a person's country, as the text ties it to the name ("Russian President X")


@dataclass(frozen=True, slots=True)
class Mention(Record):
    """One mention of an actor, with its sentence."""

    article: str
    sentence_index: int
    sentence: str
    text: str  # as written
    start: int  # offsets in the article's text
    end: int


@dataclass(frozen=True, slots=True)
class Neighbour(Record):
    """An actor mentioned in the same sentences as another, and in how many."""

    id: str
    name: str
    type: EntityType
    sentences: int


@dataclass(frozen=True, slots=True)
class EntityDetail(Entity):
    """One actor: the articles and sentences naming it, the actors named beside it, how many events it takes
    part in."""

    article_ids: list[str]
    mentions_in: Records[Mention]
    cooccurring: Records[Neighbour]
    events: int


# --- the network ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NetworkNode(Record):
    id: str
    name: str
    type: str
    events: int  # events it takes part in, within the window


@dataclass(frozen=True, slots=True)
class NetworkEdge(Record):
    source: str
    target: str
    events: int  # events both take part in


@dataclass(frozen=True, slots=True)
class Network(Record):
    """Actors linked by the events they share."""

    nodes: Records[NetworkNode]
    edges: Records[NetworkEdge]  # the strongest first
    edge_count: int = 0  # every link among the nodes (edges lists the strongest of them)
