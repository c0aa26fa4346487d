"""Which clause a date belongs to, on sentences written for these tests (the real analyse -> extract pipeline)."""

from __future__ import annotations

from dossier.plover import EventType
from tests.helpers.pipeline import events, extraction


def test_a_date_in_a_clause_about_a_participant_is_not_the_events() -> None:
    """'X, who took office in 2000, met Y': the year is X's background, not the meeting's; the same for a clause
    on the other party ('met Y, who became minister in December') and one that opens with 'whose'."""
    for text in ("Recep Tayyip Erdogan, who took office in 2014, met Emir Tamim in Doha.",
                 "Emir Tamim met Recep Tayyip Erdogan, who became president in August.",
                 "Hakan Fidan, whose ministry reopened its embassy in 2023, held talks with Emir Tamim in Doha."):
        found = [e for e in events(text) if e.type == "CONSULT"]
        assert found and all(e.time is None for e in found), (text, found)


def test_a_date_in_a_clause_about_what_the_event_acts_on_still_dates_it() -> None:
    """'attend the summit, which is set for October 15': the summit's day is the attendance's; 'the talks, which
    were held on Tuesday': the talks' own day."""
    attend = [e for e in events("Emir Tamim hopes to attend the summit in Ankara, which is scheduled for October 15.")
              if e.type == "CONSULT"]
    assert attend and all(e.time == "October 15" for e in attend), attend
    held = [e for e in events("The talks between Erdogan and Emir Tamim, which were held on Tuesday, ended without a"
                              " deal.") if e.type == "CONSULT"]
    assert held and all(e.time == "Tuesday" for e in held), held


def test_a_numbered_event_carries_its_number() -> None:
    """'for the second time', 'his third official visit', 'a 2nd meeting', 'first visited': which one of a series
    the event is, on the mention (`EventMention.ordinal`), so that resolution can keep the second apart from the
    first; an unnumbered one carries none."""
    cases = {
        "Emir Tamim visited Ankara for the second time in May.": 2,
        "Recep Tayyip Erdogan paid his third official visit to Doha on Monday.": 3,
        "Hakan Fidan held his 2nd meeting with Emir Tamim in Doha.": 2,
        "Emir Tamim first visited Turkey in 2019.": 1,
        "Emir Tamim met Erdogan in Ankara for the first time since 2012.": 1,
        "Emir Tamim visited Ankara in May.": None,
    }
    for text, number in cases.items():
        found = [e for e in extraction(text).events if e.type == EventType.CONSULT]
        assert found and {e.ordinal for e in found} == {number}, (text, found)
