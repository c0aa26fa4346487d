"""A delegation's make-up is its visit (in-article coreference), and one article's two meetings stay two.
Sentences and mentions written for these tests."""

from __future__ import annotations

from dossier.extract.companions import told_by_who_went
from dossier.lexicon import Trigger
from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, EventResolver
from dossier.resolve.events.coreference import makeup_of_visit
from dossier.resolve.events.rules import told_apart
from tests.helpers.pipeline import extraction

VISIT = Trigger(EventType.CONSULT, Mode.VISIT)


# --- extraction --------------------------------------------------------------------------------------------------

def test_a_visit_told_only_by_who_went_is_a_make_up() -> None:
    person = [EntityType.PERSON]
    assert told_by_who_went(VISIT, Modality.ASSERTED, person + person, [], None)
    assert not told_by_who_went(VISIT, Modality.ASSERTED, person, [3], None), "whom it visited: a visit of its own"
    assert not told_by_who_went(VISIT, Modality.ASSERTED, person, [], 2), "where it went: a visit of its own"
    assert not told_by_who_went(VISIT, Modality.FUTURE, person, [], None), "a plan is no make-up"
    assert not told_by_who_went(VISIT, Modality.ASSERTED, [EntityType.STATE], [], None), "nobody named"
    assert not told_by_who_went(Trigger(EventType.CONSULT, None), Modality.ASSERTED, person, [], None)


def test_who_led_a_delegation_and_who_it_included_restates_the_visit_told_before() -> None:
    found = extraction("Kenyan Foreign Minister Musalia Mudavadi visited Addis Ababa on Tuesday. Mudavadi headed a "
                       "large delegation that included Defence Minister Soipan Tuya and adviser Korir Sing'oei.")
    name = {i: m.pack_id or m.name for i, m in enumerate(found.mentions)}
    visit, makeup = found.events
    assert makeup.time_ref == 0 and makeup.joins, "the make-up joins the visit told just before"
    assert {"Soipan Tuya", "Korir Sing'oei"} <= {name[i] for i in makeup.actors}
    assert visit.time_ref is None


def test_a_delegation_with_no_visit_told_before_stays_as_it_is() -> None:
    found = extraction("Musalia Mudavadi headed a large delegation that included Defence Minister Soipan Tuya.")
    assert all(not e.joins for e in found.events)


# --- resolution --------------------------------------------------------------------------------------------------

def test_a_make_up_names_neither_place_nor_host() -> None:
    assert makeup_of_visit(Mode.VISIT, (), None)
    assert not makeup_of_visit(Mode.VISIT, ("host",), None) and not makeup_of_visit(Mode.VISIT, (), "kessel")
    assert not makeup_of_visit(None, (), None)


FACTS = {
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "minister_oda": EntityFacts(EntityType.PERSON, None),
    "adviser_lund": EntityFacts(EntityType.PERSON, None),
    "host_ruiz": EntityFacts(EntityType.PERSON, None),
    "kessel": EntityFacts(EntityType.PLACE, None),
    "norvia": EntityFacts(EntityType.STATE, None),
}


def test_the_make_up_joins_the_visit_after_the_sentences_of_the_visit_are_merged() -> None:
    """'Norvia's first visit since the war ...' / 'Vell led a delegation that included Oda and Lund.' / 'During the
    Kessel visit, Oda met Ruiz.': the make-up's people do not keep the visit's own sentences apart."""
    ids = ["norvia", "president_vell", "minister_oda", "adviser_lund", "host_ruiz", "kessel"]
    june_3 = TimeExpr("3 June 2024", TimeKind.ABSOLUTE, year=2024, month=6, day=3)
    visit = EventMention("a", 0, "visit", 0, 5, EventType.CONSULT, Mode.VISIT, Modality.ASSERTED, (0,), (), None,
                         june_3, lemma="visit")
    makeup = EventMention("a", 1, "led a delegation", 10, 26, EventType.CONSULT, Mode.VISIT, Modality.ASSERTED,
                          (1, 2, 3), (), None, None, lemma="lead", time_ref=0, joins=True)
    met = EventMention("a", 2, "met", 40, 43, EventType.CONSULT, Mode.VISIT, Modality.ASSERTED, (2, 0), (4,), 5,
                       None, lemma="meet")
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2024, 6, 4), [visit, makeup, met], ids, [june_3])
    events = {item.event_id for item in resolver.by_article["a"]}
    assert len(events) == 1, "one visit: its first mention, its make-up and its talks"
    (event,) = [resolver.events[i] for i in events if i is not None]
    assert {"president_vell", "adviser_lund", "host_ruiz"} <= set(resolver.tally(event).parties)


def test_two_meetings_one_article_told_apart_stay_apart() -> None:
    """'Vell held talks with Oda and also met Ruiz.': one article's two meetings, each naming someone the other
    lacks, are not folded together because another source later dates them alike."""
    assert told_apart({"a"}, {"a", "b"}, {"vell", "ruiz"}, {"vell", "oda"})
    assert not told_apart({"a"}, {"a", "b"}, {"vell"}, {"vell", "oda"}), "one names no one the other lacks"
    assert not told_apart({"a"}, {"b"}, {"vell", "ruiz"}, {"vell", "oda"}), "no article told both: sources differ"
