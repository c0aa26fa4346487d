"""Event types any new story meets, with no pack: force sent against a party, an authority ordering a thing
shut, a telephone call with its partners, a weekday with its part of the day. Sentences written for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import extraction


def _events(text: str) -> list[tuple[str, str | None, set[str], set[str], str | None]]:
    found = extraction(text, None, "none")

    def names(indices: tuple[int, ...]) -> set[str]:
        return {found.mentions[i].name for i in indices}

    return [(str(e.type), str(e.mode) if e.mode else None, names(e.actors), names(e.targets),
             e.time.text if e.time else None) for e in found.events]


def test_forces_sent_against_a_party_are_an_attack() -> None:
    events = _events("Peru sent attack helicopters against Chilean army posts on Monday.")
    assert [(kind, actors) for kind, _, actors, _, _ in events] == [("ASSAULT", {"Peru"})]
    assert "Chilean" in events[0][3]


def test_forces_sent_to_help_a_party_stay_aid() -> None:
    events = _events("Peru sent troops to help Ecuador after the floods.")
    assert [kind for kind, *_ in events] == ["AID"]


def test_an_authority_ordering_crossings_closed_closes_them() -> None:
    events = _events("Quito ordered all border crossings with Peru closed on Monday.")
    assert [(kind, actors, targets) for kind, _, actors, targets, _ in events] == [("SANCTION", {"Quito"}, {"Peru"})]


def test_an_order_to_another_party_stays_a_request() -> None:
    events = _events("Peru ordered Chile to close the border.")
    assert [(kind, actors, targets) for kind, _, actors, targets, _ in events] == [("REQUEST", {"Peru"}, {"Chile"})]


def test_a_weekday_with_its_part_of_the_day_dates_the_event() -> None:
    events = _events("Lima ordered every border crossing with its neighbour shut on Tuesday evening.")
    assert [(kind, time) for kind, _, _, _, time in events] == [("SANCTION", "Tuesday")]


def test_a_call_by_telephone_has_the_partners_named_after_the_telephone() -> None:
    events = _events("Joe Biden spoke by telephone with Peruvian President Dina Boluarte and Ecuador's acting leader "
                     "Daniel Noboa on Saturday, urging them to end two days of clashes along their shared border.")
    assert len(events) == 1  # the urging is what the call asked, no second event
    kind, mode, actors, targets, time = events[0]
    assert (kind, mode, actors, time) == ("CONSULT", "phone", {"Joe Biden"}, "Saturday")
    assert {"Dina Boluarte", "Daniel Noboa"} <= targets


def test_a_label_given_to_a_deal_calls_no_meeting() -> None:
    assert _events('Boluarte called the agreement "a very good meeting" for both nations.') == []
    assert [kind for kind, *_ in _events("Peru called the raid a war crime.")] == ["ACCUSE"]


def test_readiness_for_talks_or_for_an_end_to_fighting_is_a_commitment() -> None:
    talks = _events("Chile said it was ready for talks with Peru.")
    assert [(kind, actors, targets) for kind, _, actors, targets, _ in talks] == [("AGREE", {"Chile"}, {"Peru"})]
    halt = _events("Chile's government said it was ready for an immediate halt to the hostilities.")
    assert [kind for kind, *_ in halt] == ["AGREE"]
    assert _events("Chile is ready for the winter.") == []


def test_common_ground_found_is_an_agreement_and_grounds_found_are_not() -> None:
    found = _events('The mayor of Lima said Peru and Chile had "found common ground" on water rights.')
    assert [kind for kind, *_ in found] == ["AGREE"]
    assert {"Peru", "Chile"} <= found[0][2]
    assert "AGREE" not in {kind for kind, *_ in _events("The court found no grounds for the charges against Peru.")}


def test_reaching_a_truce_is_agreeing_to_it() -> None:
    """'reached a ceasefire', 'a truce was reached': agreed, as 'reached a deal' is (triggers.yaml AGREE)."""
    for text in ("Peru and Chile reached a ceasefire on Monday.",
                 "Peru and Chile reached a truce on Monday.",
                 "A ceasefire was reached by Peru and Chile on Monday."):
        events = _events(text)
        assert [(kind, actors, time) for kind, _, actors, _, time in events] == [
            ("AGREE", {"Peru", "Chile"}, "Monday")], text
