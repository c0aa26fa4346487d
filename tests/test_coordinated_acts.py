"""Several acts coordinated under one subject are as many events; an agreement reported by a teller is the
parties'; idioms of expulsion and accusation the verb dictionary misses. Sentences written for these tests
(made-up parties, no pack)."""

from __future__ import annotations

from tests.helpers.pipeline import extraction


def _events(text: str) -> list[tuple[str, str | None, str, set[str], set[str]]]:
    found = extraction(text, None, "none")

    def names(indices: tuple[int, ...]) -> set[str]:
        return {found.mentions[i].name for i in indices}

    return [(str(e.type), str(e.mode) if e.mode else None, e.trigger, names(e.actors), names(e.targets))
            for e in found.events]


def test_three_measures_under_one_subject_are_three_events() -> None:
    events = _events("Bolivia closed the border crossing with Paraguay, revoked the permits of Paraguayan traders "
                     "and froze the river accord on Friday.")
    assert [kind for kind, *_ in events] == ["SANCTION", "SANCTION", "SANCTION"]
    assert all(actors == {"Bolivia"} for *_, actors, _ in events)


def test_two_measures_of_one_mode_on_two_things_stay_two() -> None:
    events = _events("Bolivia halted trade with Paraguay and cancelled the licences of Paraguayan fishermen.")
    assert [(kind, mode) for kind, mode, *_ in events] == [("SANCTION", "discontinue")] * 2


def test_one_thing_acted_on_twice_is_one_event() -> None:
    assert len(_events("Bolivia suspended the river accord with Paraguay and later revoked it.")) == 1
    assert len(_events("Bolivia signed and ratified the river accord with Paraguay.")) == 1


def test_an_agreement_told_by_a_third_party_is_the_parties() -> None:
    events = _events("The Norwegian envoy said that Bolivia and Paraguay had agreed to a truce.")
    assert [(kind, actors) for kind, _, _, actors, _ in events] == [("AGREE", {"Bolivia", "Paraguay"})]


def test_a_teller_speaking_of_one_party_stays_its_source() -> None:
    events = _events("Maria Duarte said Bolivia would send aid to Paraguay.")
    assert "Maria Duarte" in events[0][3]


def test_declaring_diplomats_unwelcome_expels_them() -> None:
    events = _events("Bolivia declared two Paraguayan military attaches persona non grata on Monday.")
    assert [(kind, mode, actors) for kind, mode, _, actors, _ in events] == [("SANCTION", "expel", {"Bolivia"})]


def test_calling_an_attack_an_act_of_war_accuses() -> None:
    events = _events("President Ana Ruiz called the Bolivian raids an act of war.")
    assert [(kind, actors) for kind, _, _, actors, _ in events] == [("ACCUSE", {"Ana Ruiz"})]


def test_an_act_of_war_the_sentence_only_labels_is_no_accusation_of_its_own() -> None:
    events = _events("Paraguay denounced what Bolivia called an act of aggression.")
    assert [kind for kind, *_ in events] == ["ACCUSE"]
    assert events[0][2] == "denounced"


def test_acts_on_two_people_stay_one_event() -> None:
    events = _events("Bolivia recalled its ambassador from Asuncion and told the Paraguayan envoy to leave.")
    assert [kind for kind, *_ in events] == ["SANCTION"]



def test_a_clause_after_after_keeps_its_own_subject() -> None:
    events = _events("Fighters of the Sudan Liberation Front walked into the centre of Nyala on Sunday, taking control "
                     "of the region's capital without a fight after government soldiers and allied militias withdrew.")
    withdrawals = [(actors, targets) for kind, _, _, actors, targets in events if kind == "RETREAT"]
    assert withdrawals == [({"government soldiers", "militias"}, set())], events
    assert [actors for kind, _, _, actors, _ in events if kind == "ASSAULT"] == [
        {"fighters", "Sudan Liberation Front"}], events


def test_an_act_told_as_what_came_next_is_an_act_of_its_own() -> None:
    events = _events("Ostria expelled the Velmar ambassador on Monday and then withdrew his immunity.")
    assert [(kind, mode, trigger) for kind, mode, trigger, _, _ in events] == [
        ("SANCTION", "expel", "expelled"), ("RETREAT", None, "withdrew")]


def test_one_thing_acted_on_again_later_stays_one_event() -> None:
    assert len(_events("Ostria suspended the river treaty with Velmar and later scrapped it.")) == 1


def test_a_deadline_set_beside_the_envoy_s_name_is_an_expulsion() -> None:
    events = _events("The Ostrian junta gave the Velmar ambassador, Tom Reyes, 48 hours to leave the country, "
                     "and then withdrew his diplomatic immunity.")
    assert [(kind, mode) for kind, mode, *_ in events] == [("SANCTION", "expel"), ("RETREAT", None)]
    assert events[0][4] == {"Tom Reyes"}


def test_two_parties_each_with_its_own_clause_act_apart() -> None:
    events = _events("Bolivia expelled the Chilean attache in 2021 and Peru expelled the Chilean consul in May.")
    assert [(kind, actors) for kind, _, _, actors, _ in events] == [("SANCTION", {"Bolivia"}), ("SANCTION", {"Peru"})]
    assert len(_events("Bolivia expelled the Chilean attache and then it expelled the consul.")) == 1
