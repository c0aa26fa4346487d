"""A sentence that tells two facts: a gathering told by a verb, and what its parties then did together, told by a
verb of another kind coordinated with it ("met in Quito and called for a truce"), are two events; a stance told
twice ("welcomed the step but warned against ...") stays one; a participle telling more of an act ("bombed the
towns, hitting clinics") is that act; and the mentions one sentence yields as two facts are not merged again by
resolution. Every sentence here is written for these tests."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType
from dossier.resolve.events import EntityFacts, EventResolver
from dossier.resolve.events.rules import one_sentence_two_facts
from tests.helpers.pipeline import events


def test_a_meeting_and_a_call_its_parties_made_are_two_events() -> None:
    found = events("The presidents of Chile and Peru met in Quito on Tuesday evening and called for an immediate "
                   "ceasefire in the south.")
    assert [e.type for e in found] == ["CONSULT", "REQUEST"]
    assert found[1].trigger == "called for"
    assert {"Chile", "Peru"} <= found[1].actors


def test_a_meeting_told_by_a_participle_and_a_call_are_two_events() -> None:
    found = events("Leaders of Chile and Peru, meeting in Lima on 8 March, had called for an end to the "
                   "fighting.")
    assert sorted(e.type for e in found) == ["CONSULT", "REQUEST"]


def test_a_stance_told_twice_stays_one_event() -> None:
    found = events("Chile welcomed the decision of Peru as a positive step but warned against haste.")
    assert len(found) == 1


def test_only_a_gathering_followed_by_another_kind_splits() -> None:
    assert len(events("The ministers of Chile and Peru met in Lima and held talks on the border.")) == 1



def test_a_participle_telling_more_of_the_same_act_is_that_act() -> None:
    found = events("Chilean jets began bombing rebel towns in 2015 and kept the government in power for years, "
                   "hitting clinics and markets across Arica.")
    assert [e.type for e in found] == ["ASSAULT"]


def test_a_participle_with_a_party_of_its_own_stays_its_own_act() -> None:
    found = events("Chilean jets began bombing rebel towns in 2015 and kept the government in power for years, "
                   "hitting the Peruvian army as well.")
    assert [e.type for e in found] == ["ASSAULT", "ASSAULT"]


# --- resolution: the facts one sentence told apart stay apart ------------------------------------------------------


def test_the_mentions_of_one_sentence_are_two_facts() -> None:
    assert one_sentence_two_facts({("a", 3)}, {("a", 3), ("b", 1)})
    assert not one_sentence_two_facts({("a", 3)}, {("a", 4), ("b", 3)})


FACTS = {"norvia": EntityFacts(EntityType.STATE, None), "lorn": EntityFacts(EntityType.STATE, None)}
IDS = ["norvia", "lorn"]
NORVIA, LORN = 0, 1


def _strike(n: int, sentence: int, actors: list[int], targets: list[int], lemma: str) -> EventMention:
    return EventMention(article_id="a", sentence=sentence, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=EventType.ASSAULT, mode=None, modality=Modality.ASSERTED, actors=tuple(actors),
                        targets=tuple(targets), location=None,
                        time=TimeExpr("on Thursday", TimeKind.ABSOLUTE, year=2026, month=3, day=5), lemma=lemma)


def test_a_strike_and_the_fighting_before_it_in_one_sentence_stay_two_events() -> None:
    """'Norvia sent jets against Lorn's posts on Thursday after gunfire broke out between the two armies.'; then
    'The jets struck the posts on Thursday.' (another sentence: the strike told again)."""
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2026, 3, 6), [
        _strike(0, 0, [NORVIA], [LORN], "send"), _strike(1, 0, [NORVIA, LORN], [], "break"),
        _strike(2, 1, [NORVIA], [LORN], "strike")], IDS, [])
    ids = [item.event_id for item in resolver.by_article["a"]]
    assert ids[0] != ids[1], "the sentence told two facts"
    assert ids[2] in (ids[0], ids[1]), "a later sentence may tell one of them again"


def test_a_statement_named_a_charge_the_other_side_rejected_is_an_accusation_and_its_rejection() -> None:
    found = events("On Friday President Tom Vell said the envoy was being held hostage, a charge the Velmar "
                   "government rejected.")
    assert [(e.type, e.actors, e.targets) for e in found] == [
        ("ACCUSE", {"Tom Vell"}, {"Velmar government"}), ("REJECT", {"Velmar government"}, set())]


def test_a_claim_denied_is_an_accusation_too() -> None:
    found = events("Tom Vell said the Velmar army was starving the town, a claim the Velmar government denied.")
    assert [e.type for e in found] == ["ACCUSE", "REJECT"]
