"""Political acts PLOVER does not type (an appointment, an inauguration, a declaration of independence): events
with no type (`type` None, exported null) that name their act by `kind` (lexicon/acts.yaml). Resolution joins
such an event only with one of the same kind; summaries say them in the present tense; the store keeps the kind
(migration 0015) and the timeline filters by it. Names and sentences are made up for these tests."""

from __future__ import annotations

import pytest

from dossier.lexicon import act_kinds, acts
from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, act_key
from dossier.query.errors import BadFilter
from dossier.query.filters import event_type_filter
from dossier.resolve.events import EntityFacts, EventResolver
from dossier.summaries import summarise_act

NAMES = {"vell": "Anton Vell", "oda": "Mira Oda", "ruiz": "Tomas Ruiz", "kessel": "Kessel"}


def say(kind: str, actors: tuple[str, ...], targets: tuple[str, ...] = (), modality: Modality = Modality.ASSERTED,
        location: str | None = None) -> str:
    return summarise_act(kind, modality, actors, targets, location, NAMES.__getitem__)


def test_the_kinds_are_a_closed_list_of_data() -> None:
    assert {"appointment", "inauguration", "independence", "government formation"} <= set(act_kinds())
    assert all(kind in acts().kinds for kind in set(acts().verbs.values()) | set(acts().reflexive.values()))


def test_an_act_is_summarised_in_the_present_tense_by_its_kind() -> None:
    assert say("appointment", ("vell",), ("oda",)) == "Anton Vell appoints Mira Oda"
    assert say("inauguration", ("oda",)) == "Mira Oda is sworn in"
    assert say("inauguration", ("oda", "ruiz")) == "Mira Oda and Tomas Ruiz are sworn in"
    assert say("appointment", (), ("oda",)) == "Mira Oda is appointed"
    assert say("independence", ("kessel",), ("vell",)) == "Kessel declares independence from Anton Vell"
    assert say("government formation", ("ruiz",), location="kessel") == "Tomas Ruiz forms a government in Kessel"
    assert say("appointment", ()) == "An appointment takes place"
    assert say("inauguration", ("oda",), modality=Modality.FUTURE) == "Mira Oda is to be sworn in"


def test_the_timeline_filter_takes_a_kind_as_it_takes_a_type() -> None:
    assert event_type_filter("Appointment") == "appointment"
    assert event_type_filter("consult") == "CONSULT"
    with pytest.raises(BadFilter):
        event_type_filter("coronation party")


def test_an_act_is_filed_under_its_kind_never_under_a_type() -> None:
    assert act_key(None, "appointment") == "act:appointment"
    assert act_key(None, "appointment") != act_key(None, "inauguration")
    assert act_key(EventType.CONSULT, None) == "CONSULT"


FACTS = {"vell": EntityFacts(EntityType.PERSON, None), "oda": EntityFacts(EntityType.PERSON, None)}


def act(article: str, kind: str | None, actors: tuple[int, ...], targets: tuple[int, ...],
        time: TimeExpr) -> EventMention:
    return EventMention(article_id=article, sentence=0, trigger="named", start=0, end=5,
                        type=None if kind else EventType.SUPPORT, mode=None, modality=Modality.ASSERTED,
                        actors=actors, targets=targets, location=None, time=time, lemma="name", kind=kind)


def test_resolution_joins_an_act_only_with_one_of_its_kind() -> None:
    """'Vell named Oda prime minister on 3 June' in two articles is one appointment; Oda sworn in that day, or
    Vell praising Oda, is another event."""
    june_3 = TimeExpr("3 June 2024", TimeKind.ABSOLUTE, year=2024, month=6, day=3)
    resolver = EventResolver(FACTS.get)
    for article, kind in (("a", "appointment"), ("b", "appointment"), ("c", "inauguration"), ("d", None)):
        resolver.add_article(article, PartialDate(2024, 6, 4), [act(article, kind, (0,), (1,), june_3)],
                             ["vell", "oda"], [june_3])
    event_of = {a: resolver.by_article[a][0].event_id for a in "abcd"}
    assert event_of["a"] == event_of["b"]
    assert len({event_of["a"], event_of["c"], event_of["d"]}) == 3
    appointment = resolver.events[event_of["a"] or ""]
    assert appointment.type is None and appointment.kind == "appointment"
