"""A warning told as what any act of the other side is or will meet is a threat by its speaker, made when said;
talks told as hosted are the guests' meeting, the host never acting. Sentences written for these tests
(made-up and real parties, no pack)."""

from __future__ import annotations

from tests.helpers.pipeline import extraction


def _events(text: str) -> list[tuple[str, str | None, str, set[str], set[str], str]]:
    found = extraction(text, None, "none")

    def names(indices: tuple[int, ...]) -> set[str]:
        return {found.mentions[i].name for i in indices}

    return [(str(e.type), str(e.mode) if e.mode else None, e.trigger, names(e.actors), names(e.targets),
             e.modality.value) for e in found.events]


def _threats(text: str) -> list[tuple[set[str], str]]:
    return [(actors, modality) for kind, _, _, actors, _, modality in _events(text) if kind == "THREATEN"]


def test_any_attempt_called_an_act_of_war_is_a_threat_by_the_speaker() -> None:
    threats = _threats("Uruguay has said that any attempt to dam the river that feeds its farms would be an act of "
                       "war, and Argentine ministers speak openly of new reservoirs.")
    assert threats == [({"Uruguay"}, "asserted")]


def test_every_act_answered_in_a_quotation_threatens() -> None:
    threats = _threats('"Every act of aggression will be answered in kind, at a time of our choosing," the '
                       'army spokesman, General Tomas Aguirre, told reporters.')
    assert threats == [({"Tomas Aguirre"}, "asserted")]


def test_responding_to_any_attack_threatens() -> None:
    threats = _threats("President Lucia Ferro said Paraguay would respond immediately and firmly to any attack on "
                       "its citizens.")
    assert len(threats) == 1 and "Lucia Ferro" in threats[0][0] and threats[0][1] == "asserted"


def test_a_warning_verb_adds_no_second_threat() -> None:
    assert len(_threats("Caracas and Bogota warned that any intervention in Ecuador would be considered a "
                        "declaration of war against them.")) == 1


def test_what_any_deal_would_be_is_no_threat() -> None:
    assert _threats("The Chilean minister said any deal would be a step forward.") == []
    assert _threats("Peru said an attack on any ally would be considered an attack on all of them.") == []


def test_a_host_of_talks_between_two_parties_is_no_side_acting() -> None:
    events = _events("President Lula hosted talks between Chile and Peru in Brasilia on Friday.")
    assert [(kind, actors, targets) for kind, _, _, actors, targets, _ in events] == [
        ("CONSULT", {"Chile", "Peru"}, {"Lula"})]


def test_hosting_the_leaders_of_two_states_is_their_meeting() -> None:
    events = _events("Kenya hosted Ethiopian and Somali delegations in Nairobi in March.")
    assert [(kind, actors) for kind, _, _, actors, _, _ in events] == [("CONSULT", {"Ethiopian", "Somali"})]


def test_talks_hosted_by_a_third_state_keep_their_parties() -> None:
    events = _events("Talks between Armenia and Georgia, hosted by Qatar, ended on Friday.")
    assert [(actors, targets) for kind, _, _, actors, targets, _ in events if kind == "CONSULT"] == [
        ({"Armenia", "Georgia"}, {"Qatar"})]
    held = _events("Armenia and Georgia held talks hosted by Qatar on Friday.")
    assert [actors for kind, _, _, actors, _, _ in held if kind == "CONSULT"] == [{"Armenia", "Georgia"}]


def test_one_guest_stays_a_visit() -> None:
    events = _events("Lula hosted Boric in Brasilia on Friday.")
    assert [(kind, mode) for kind, mode, *_ in events] == [("CONSULT", "visit")]


def test_what_hosted_talks_discuss_is_no_guest() -> None:
    events = _events("Uruguay hosted Chile and Peru on Monday to discuss Bolivia's debt.")
    assert [(actors, targets) for kind, _, _, actors, targets, _ in events if kind == "CONSULT"] == [
        ({"Chile", "Peru"}, {"Uruguay", "Bolivia"})]
