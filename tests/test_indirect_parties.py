"""Parties told indirectly: an 'it' opening a sentence's subject stands for the collective the sentence before
named as its subject, not for the last state it happened to name."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import extraction


def _parties(text: str, lemma: str) -> tuple[set[str], set[str]]:
    found = extraction(text, pack_name="none")
    events = [e for e in found.events if e.lemma == lemma]
    assert len(events) <= 1
    name = lambda i: found.mentions[i].name  # noqa: E731
    return {name(i) for e in events for i in e.actors}, {name(i) for e in events for i in e.targets}


def test_it_opening_a_sentence_is_the_subject_of_the_sentence_before() -> None:
    actors, _ = _parties("The Andean Council said Peru would review its trade with Bolivia. "
                         "It closed the border crossing at Desaguadero on Monday.", "close")
    assert "Bolivia" not in actors


def test_its_owning_a_subject_is_the_subject_of_the_sentence_before() -> None:
    actors, _ = _parties("After weeks of fighting near Tarija, the Liberation Front has pushed south. "
                         "Its fighters captured the town of Yacuiba on Sunday.", "capture")
    assert "Liberation Front" in actors


def test_it_after_a_collective_of_its_own_sentence_keeps_that_one() -> None:
    actors, _ = _parties("The Andean Council met in Lima on Friday. Chile said it would close its embassy "
                         "in La Paz.", "close")
    assert "Chile" in actors and "Andean Council" not in actors


SET_TOLD = ("Chile, Peru and Bolivia left the Andean pact on Wednesday. The pact's secretary regretted the decision. "
            "Traders at the border feared new duties. Markets in the capital were calm. Prices of grain rose. "
            "The pact's court suspended its hearings. Its staff were told to stay at home. Banks opened late. "
            "Bolivia's trade minister said the three countries would deploy a joint force of 2,000 soldiers.")


def test_a_count_of_countries_is_the_set_of_that_size_named_just_before() -> None:
    actors, _ = _parties(SET_TOLD, "deploy")
    assert {"Chile", "Peru", "Bolivia"} <= actors


@pytest.mark.parametrize("text", [
    # no set of three named: nobody is guessed
    "Markets in the capital were calm. The minister said the three countries would deploy a joint force.",
    # another state named since the set: which three is not told
    SET_TOLD.replace("Markets in the capital were calm", "Ecuador closed its markets"),
])
def test_a_count_of_countries_with_no_set_of_that_size_stays_unresolved(text: str) -> None:
    actors, _ = _parties(text, "deploy")
    assert not {"Chile", "Peru", "Ecuador"} & actors
