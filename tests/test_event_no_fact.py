"""Events that reported no fact on our own stories (issue h23, precision): an act done by nobody, taking part in
something (the something is the event), a demand worded as a subjunctive under a verb of saying, a meeting named
only as where someone spoke, and an article's headline. Every sentence here is written for these tests."""

from __future__ import annotations

from dossier.extract.events import headline
from dossier.models import Article, Origin, Sentence, Sourced
from tests.helpers.pipeline import events


def test_an_act_done_by_nobody_did_not_happen() -> None:
    asked = events("Nobody asked the farmers of Tacna before the deal, the mayor said.")
    assert [(e.type, e.modality) for e in asked] == [("REQUEST", "negated")]
    recognised = events("No government has recognised the new authorities in Tacna.")
    assert [e.modality for e in recognised] == ["negated"]


def test_a_named_doer_still_acts() -> None:
    found = events("Peru asked the farmers of Tacna about the deal.")
    assert [(e.type, e.modality) for e in found] == [("REQUEST", "asserted")]


def test_taking_part_is_the_event_taken_part_in() -> None:
    talks = events("Chile took part in the talks in Lima on Monday.")
    assert [e.type for e in talks] == ["CONSULT"] and talks[0].trigger == "talks"
    offensive = events("Chilean troops took part in the offensive against the rebels.")
    assert [e.type for e in offensive] == ["ASSAULT"]
    assert events("Chile took part in the election.") == []  # nothing done between parties


def test_agreeing_to_take_part_stays_a_promise() -> None:
    found = events("Chile agreed to take part.")
    assert [e.type for e in found] == ["AGREE"]


def test_a_subjunctive_under_insist_is_a_demand() -> None:
    found = events("Lima still insists that Quito first withdraw its troops.")
    assert [e.type for e in found] == ["REQUEST"]
    assert found[0].actors == {"Lima"} and found[0].targets == {"Quito"}


def test_an_indicative_under_insist_is_a_claim() -> None:
    found = events("Lima insisted that Quito had withdrawn its troops.")
    assert [e.type for e in found] == ["RETREAT"]


def test_a_meeting_that_only_sets_a_statement_adds_nothing() -> None:
    found = events('Prime Minister Jorge Salas warned farmers in Tacna last month that Peru had to settle the border. '
                   '"If we do not mark the line now, we may be at war by winter," he said at a meeting in Candarave.')
    assert "CONSULT" not in [e.type for e in found]


def test_a_meeting_with_a_partner_stays() -> None:
    found = events("President Gabriel Boric said at his meeting with Guillermo Lasso that the dispute must end.")
    assert [e.type for e in found] == ["CONSULT"] and found[0].targets == {"Guillermo Lasso"}


def _article(text: str, title: str | None) -> Article:
    return Article("a1", text, "a1.txt", title=Sourced(title, Origin.TEXT) if title else Sourced.unknown())


def _sentence(text: str, part: str) -> Sentence:
    start = text.index(part)
    return Sentence(0, start, start + len(part), part, 0, ())


def test_the_title_line_is_a_headline() -> None:
    text = "Lima and Quito sign a truce after talks\n\nLIMA - Peru and Ecuador signed a truce on Monday."
    article = _article(text, "Lima and Quito sign a truce after talks")
    assert headline(_sentence(text, "Lima and Quito sign a truce after talks"), article)
    assert not headline(_sentence(text, "LIMA - Peru and Ecuador signed a truce on Monday."), article)


def test_no_title_or_a_lede_is_no_headline() -> None:
    text = "Peru and Ecuador signed a truce on Monday.\n\nThe talks lasted a week."
    first = _sentence(text, "Peru and Ecuador signed a truce on Monday.")
    assert not headline(first, _article(text, None))
    assert not headline(first, _article(text, "Peru and Ecuador signed a truce on Monday."))  # a sentence: the lede


def test_a_second_infinitive_hung_on_the_copula_is_still_promised() -> None:
    found = events("The embassy said Chile was ready to help rebuild the bridges, and to send more grain "
                   "whenever Lima asks for it.")
    assert [(e.type, e.modality) for e in found if e.modality == "asserted"] == [("AGREE", "asserted")]
    assert [e.type for e in found] == ["AGREE"]  # what is asked "whenever" is no occasion either


def test_a_clause_of_any_occasion_is_no_occasion() -> None:
    found = events("Chile will send grain whenever Lima asks for it.")
    assert all(e.modality != "asserted" or e.type != "REQUEST" for e in found), found


def test_a_negotiation_brought_to_its_end_is_an_agreement() -> None:
    found = events("Chile and Peru announced on Monday that they had finished negotiating the text of the treaty.")
    assert [e.type for e in found] == ["AGREE"] and found[0].actors == {"Chile", "Peru"}
    assert [e.type for e in events("Chile and Peru negotiated the text of the treaty on Monday.")] == ["CONSULT"]


def test_a_meeting_named_again_by_its_host_is_one_meeting() -> None:
    found = events("When Gabriel Boric and Guillermo Lasso met in Quito in May, the talks were hosted by the "
                   "Brazilian president.")
    assert [e.type for e in found] == ["CONSULT"]
    assert {"Gabriel Boric", "Guillermo Lasso"} <= found[0].actors


def test_what_a_road_links_is_no_cooperation() -> None:
    found = events("Under the deal, Chile and Bolivia will open a transit corridor through Arica, connecting Bolivia "
                   "with the Pacific.")
    assert "COOPERATE" not in [e.type for e in found]
