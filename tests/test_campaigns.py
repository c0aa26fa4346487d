"""Military campaigns told in passing, and what a side did not do (issue 16): a use of force told as a noun, a
loss or a side clause is an event with both sides; a verb fighting an offensive is a use of force against whoever
made it; a side that did not try, made no attempt or refrained did not act. Every sentence is written for these
tests, about wars other than the dev story."""

from __future__ import annotations

from dossier.extract.campaigns import group_nouns, resisting
from dossier.plover import EventType
from tests.helpers.pipeline import Seen, events


def _force(found: list[Seen]) -> list[Seen]:
    return [e for e in found if e.type == EventType.ASSAULT]


def test_a_verb_fighting_an_offensive_is_a_use_of_force_against_its_makers() -> None:
    found = _force(events("The Ukrainian army repelled a Russian assault on the city."))
    assert len(found) == 1
    assert "Russia" in {t.title() for t in found[0].targets} or "russia" in found[0].targets
    assert found[0].actors & {"Ukraine", "ukraine", "Ukrainian army"}


def test_fighting_an_offensive_that_was_not_tried_is_a_negated_use_of_force() -> None:
    found = events("Belgrade did not try to counter the Croatian offensive in August 1995 but opened its borders.")
    force = _force(found)
    assert len(force) == 1 and force[0].modality == "negated"
    assert force[0].time == "August 1995"
    assert any(e.type != EventType.ASSAULT and e.modality == "asserted" for e in found)  # "but opened": done


def test_countering_words_stays_a_rebuttal() -> None:
    found = events("The Indian foreign ministry countered the Pakistani claims on Tuesday.")
    assert not _force(found)


def test_a_side_stopping_its_own_offensive_does_not_fight_it() -> None:
    assert "stop" not in resisting() and "halt" not in resisting()


def test_what_a_side_refrained_from_or_made_no_attempt_at_is_negated() -> None:
    refrained = _force(events("Egypt refrained from attacking Israel in 1970."))
    assert refrained and all(e.modality == "negated" for e in refrained)
    never = _force(events("The Ethiopian army never tried to attack Asmara in 2000."))
    assert never and all(e.modality == "negated" for e in never)


def test_what_a_side_failed_to_do_is_negated() -> None:
    """'failed to agree', 'failed to attack': the act was not done, whatever else the sentence tells."""
    found = events("Ghana and Togo failed to agree on a border text on Friday.")
    agreed = [e for e in found if e.type == EventType.AGREE]
    assert agreed and all(e.modality == "negated" for e in agreed)
    failed = events("The Eritrean army failed to take Badme in May 1998.")
    assert failed and all(e.modality == "negated" for e in failed)
    not_failed = events("Ghana and Togo did not fail to agree on a border text on Friday.")
    assert all(e.modality != "negated" for e in not_failed if e.type == EventType.AGREE)


def test_trying_without_a_negation_stays_hypothetical() -> None:
    tried = _force(events("Argentina tried to attack the British fleet in May 1982."))
    assert tried and all(e.modality == "hypothetical" for e in tried)


def test_a_loss_in_an_offensive_is_the_offensive_against_the_loser() -> None:
    found = _force(events("Hamas lost most of its territory in an offensive by the Israeli army in 2024."))
    assert len(found) == 1
    assert found[0].actors & {"Israel", "israel", "Israeli army"}
    assert found[0].targets & {"Hamas", "hamas"}


def test_the_group_naming_nobody_is_the_group_named_before_it() -> None:
    found = _force(events("Ukrainian troops withdrew from Bakhmut, held by the Azov Brigade, after the group lost "
                          "half of its ground in an assault by Russian forces."))
    assert found and found[0].targets & {"Azov Brigade"}
    assert "group" in group_nouns()


def test_a_use_of_force_with_both_sides_in_a_temporal_clause_is_its_own_fact() -> None:
    found = events("Biden praised Zelensky on Monday after Ukrainian troops took swathes of territory from "
                   "Russian forces.")
    assert {e.type for e in found} == {EventType.SUPPORT, EventType.ASSAULT}
    force = _force(found)[0]
    assert force.time is None  # the praise's Monday is not the offensive's date


def test_an_offensive_named_by_a_reference_is_its_own_fact() -> None:
    found = events("Erdogan spoke in a clear reference to Turkey's recent offensive against Kurdish militias in "
                   "northern Iraq.")
    force = _force(found)
    assert len(force) == 1 and force[0].actors & {"Turkey", "turkey"}


def test_background_naming_one_side_only_still_adds_no_event() -> None:
    found = events("Biden praised Zelensky on Monday after the offensive in the south.")
    assert [e.type for e in found] == [EventType.SUPPORT]


def test_ground_taken_in_a_background_clause_names_no_side_and_adds_no_event() -> None:
    found = events("When the insurgents finally seized Kabul, President Ghani fled to the Emirates.")
    assert EventType.ASSAULT not in {e.type for e in found}


def test_who_lost_a_relative_in_a_strike_is_no_side_of_it() -> None:
    found = events("Lena, a nurse from Kharkiv who lost her son in an air strike in 2022, watched the convoy pass.")
    assert all("Lena" not in e.targets for e in found)
