"""An attack whose doer the sentence does not name, told by what was fired as the subject of a verb of attack
with something hit ("Drones struck a fuel depot"), is an act of force all the same, kept with no named party;
a date opening such a sentence that the parser hung on the subject ("On Friday rockets hit ...") dates it."""

from __future__ import annotations

from dossier.models import PartialDate
from tests.helpers.pipeline import extraction


def _attacks(text: str) -> list[tuple[str, str | None]]:
    found = extraction(text, published=PartialDate(2024, 3, 9), pack_name="none")
    return [(e.trigger, e.time.text if e.time else None) for e in found.events if e.type == "ASSAULT"]


def test_munitions_striking_unnamed_things_are_an_attack_by_nobody_named() -> None:
    assert [t for t, _ in _attacks("Drones struck a grain silo and two warehouses near the harbour.")] == ["struck"]
    assert [t for t, _ in _attacks("Rockets hit a market and a bus depot in the northern town, witnesses said.")] \
        == ["hit"]


def test_what_only_lands_or_falls_is_no_attack() -> None:
    assert _attacks("Artillery shells landed near a school in the valley.") == []
    assert _attacks("A drone fell in a field near the river.") == []


def test_a_subject_that_is_no_munition_makes_no_partyless_attack() -> None:
    assert _attacks("The storm struck a grain silo and two warehouses near the harbour.") == []


def test_a_day_opening_the_sentence_dates_the_strike_the_parser_hung_it_on() -> None:
    assert _attacks("On Thursday drones struck the container terminal of the harbour, a fuel depot and a hotel "
                    "near the governor's residence, residents said.") == [("struck", "Thursday")]
