"""One event per fact, typed as the PLOVER manual types it: what a verb governs (a promise, a request, a
refusal, a threat, a plan, a statement), nouns inside another event's arguments, background clauses, and
the verb dictionary derived from PETRARCH2. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from tests.helpers.pipeline import Seen, events


def only(text: str) -> Seen:
    found = events(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "kind", "actors", "targets"), [
    # a promise of cooperation is one AGREE, whatever is promised (PLOVER: AGREE)
    ("Norway agreed to send medical aid to Chad in March.", "AGREE", {"Norway"}, {"Chad"}),
    ("Egypt said on Monday that it was ready to cooperate with Jordan.", "AGREE", {"Egypt"}, {"Jordan"}),
    ("Japan will provide emergency aid to Nepal.", "AGREE", {"Japan"}, {"Nepal"}),
    # a request, a refusal, a threat: the governed action is what is asked, refused or threatened
    ("Ghana urged Togo to withdraw its troops from the border.", "REQUEST", {"Ghana"}, {"Togo"}),
    ("Kenya refused to extradite the two suspects to Uganda.", "REJECT", {"Kenya"}, {"Uganda"}),
    ("Iran warned that it would strike Iraq.", "THREATEN", {"Iran"}, {"Iraq"}),
    # a statement is no event; what it reports is, typed by what it says
    ("Norway said Sweden must lift the embargo.", "REQUEST", {"Norway"}, {"Sweden"}),
    ("Syria announced that it would impose sanctions on Turkey.", "THREATEN", {"syria"}, {"turkey"}),
    # a promise denied is a refusal
    ("Lavrov told reporters that Russia would not hand Assad over.", "REJECT", {"russia"}, set()),
])
def test_a_governed_action_is_one_event_of_the_governing_kind(text: str, kind: str, actors: set[str],
                                                              targets: set[str]) -> None:
    seen = only(text)
    assert (seen.type, seen.modality) == (kind, "asserted")
    assert {a.lower() for a in actors} <= {a.lower() for a in seen.actors}
    assert {t.lower() for t in targets} <= {t.lower() for t in seen.targets}


def test_a_plan_dates_its_event_in_the_future_and_is_no_event_itself() -> None:
    seen = only("Peru plans to visit Chile in May.")
    assert (seen.type, seen.mode, seen.modality) == ("CONSULT", "visit", "future")


def test_a_purpose_is_part_of_its_action() -> None:
    seen = only("Turkey deployed troops to Qatar to support the Qatari government.")
    assert seen.type == "MOBILIZE" and {a.lower() for a in seen.actors} == {"turkey"}


def test_a_noun_inside_a_verbs_arguments_is_that_verbs_event() -> None:
    seen = only("Israeli airstrikes killed ten people in Gaza on Sunday.")
    assert seen.type == "ASSAULT" and "israel" in seen.actors


def test_a_background_clause_adds_no_event() -> None:
    seen = only("Peru thanked Chile after the two countries signed a border accord.")
    assert seen.type == "SUPPORT" and seen.trigger == "thanked"


def test_a_relative_clause_describing_a_party_adds_no_event() -> None:
    seen = only("Turkish envoys arrived in Baghdad for talks with the officials who deposed the old government.")
    assert (seen.type, seen.mode) == ("CONSULT", "visit")


def test_a_background_clause_stays_when_the_main_clause_reports_nothing() -> None:
    seen = only("Russia lost an ally when Assad was deposed in December.")
    assert seen.type == "COERCE" and seen.targets == {"bashar_al_assad"}


def test_a_light_verb_takes_the_type_of_its_event_noun() -> None:
    seen = only("Qatar launched a mediation effort between Egypt and Sudan.")
    assert seen.type == "CONSULT" and "qatar" in {a.lower() for a in seen.actors}


def test_protesting_in_words_is_an_accusation() -> None:
    found = events("Amnesty International protested that Egypt had jailed two reporters.")
    assert "ACCUSE" in {e.type for e in found} and "PROTEST" not in {e.type for e in found}


def test_a_participle_describing_a_place_is_no_event() -> None:
    assert not [e for e in events("Syria demanded the return of the Israeli-occupied Golan.") if e.type == "COERCE"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Damascus has received positive signals from Moscow.", None),
    ("Putin welcomed al-Sharaa at the Kremlin.", "CONSULT"),
    ("Putin welcomed the decision of the Syrian government.", "SUPPORT"),
    ("Ankara welcomed the truce as a first step.", "SUPPORT"),  # a thing welcomed, no party: praise
    ("Norvia would welcome investment once the sanctions end.", None),  # an openness hoped for: no act
])
def test_receiving_or_welcoming_is_a_visit_only_when_a_party_is_received(text: str, kind: str | None) -> None:
    assert {e.type for e in events(text)} == ({kind} if kind else set())


@pytest.mark.parametrize(("text", "modality"), [
    ("Israeli jets no longer strike targets near Damascus.", "negated"),
    ("Russia did not intervene but gave asylum to Assad.", "asserted"),
    ("It is essential that Egypt and Turkey hold talks on the crisis.", "hypothetical"),
])
def test_modality_of_the_remaining_event(text: str, modality: str) -> None:
    assert events(text)[-1].modality == modality


def test_a_definite_noun_that_names_nobody_repeats_an_earlier_event() -> None:
    found = events("Putin called Erdogan on Monday. The Kremlin described their conversation as useful.")
    assert [e.trigger for e in found] == ["called"]


def test_calling_for_something_to_be_done_is_a_request() -> None:
    assert only("Russia called for sanctions on Syria to be lifted.").type == "REQUEST"


def test_a_possessor_undergoes_a_noun_done_by_someone_else() -> None:
    seen = next(e for e in events("Assad's ouster by the rebels was a blow to Moscow.") if e.type == "COERCE")
    assert "bashar_al_assad" in seen.targets and "bashar_al_assad" not in seen.actors


def test_the_verb_dictionary_types_verbs_dossier_does_not_list() -> None:
    """'Rebuke' is typed by PETRARCH2's dictionary alone; its bare default needs two parties (as PETRARCH
    codes it), a pattern naming a thing ('ask ... for financial aid') does not."""
    assert only("Peru rebuked Chile on Monday.").type == "ACCUSE"
    assert not events("Peru rebuked on Monday.")
    assert only("Kenya asked Japan for financial aid.").type == "REQUEST"


def test_a_discarded_phrase_marks_a_sentence_with_no_event() -> None:
    assert not events("Brazil attacked Germany in the World Cup final.")


def test_saying_one_wants_to_congratulate_congratulates() -> None:
    seen = only("I want to congratulate you on the election, Putin told Erdogan.")
    assert (seen.type, seen.modality) == ("SUPPORT", "asserted") and "vladimir_putin" in seen.actors
    assert only("Putin wants to praise Erdogan.").modality == "hypothetical"


def test_a_background_phrase_naming_another_actor_is_its_own_event() -> None:
    found = events("Egypt recalled its ambassador after Israeli airstrikes on Gaza.")
    assert {e.type for e in found} == {"SANCTION", "ASSAULT"}
    assert next(e for e in found if e.type == "ASSAULT").actors == {"israel"}
    assert [e.type for e in events("Peru thanked Chile after their meeting.")] == ["SUPPORT"]


def test_who_falls_or_is_arrested_is_the_target() -> None:
    seen = only("The arrest of Imran Khan angered his supporters.")
    assert seen.type == "COERCE" and not seen.actors and seen.targets == {"Imran Khan"}


@pytest.mark.parametrize(("text", "kind"), [
    ("Putin wished success to Erdogan in the election.", "SUPPORT"),
    ("Al-Sharaa spoke with Erdogan on Wednesday.", "CONSULT"),
    ("Peru's unions organised a general strike in Lima on Monday.", "PROTEST"),
    ("Turkey launched a military operation against the PKK in 2019.", "ASSAULT"),
    ("The Chilean navy stepped up patrols near the strait.", "MOBILIZE"),
])
def test_phrases_and_two_word_nouns(text: str, kind: str) -> None:
    assert only(text).type == kind


def test_an_act_announced_unless_another_complies_is_a_threat() -> None:
    seen = only("Kenya said it will withdraw its troops from Somalia unless Somalia holds elections.")
    assert (seen.type, seen.modality) == ("THREATEN", "asserted")


def test_its_after_a_possessed_subject_is_that_possessor() -> None:
    found = events("Russia's support for the regime and its direct intervention in 2015 turned the tide.")
    assert next(e for e in found if e.type == "ASSAULT").actors == {"russia"}
    assert next(e for e in events("Egypt urged Israel to halt its strikes on Gaza.")).targets >= {"israel"}


def test_what_is_called_for_is_part_of_the_request() -> None:
    seen = only("Tutu called for imposing sanctions on Nigeria.")
    assert seen.type == "REQUEST" and seen.targets == {"Nigeria"}


def test_emphasising_ties_is_support() -> None:
    seen = only("Erdogan emphasized the historic ties between Turkey and Qatar.")
    assert seen.type == "SUPPORT" and {a.lower() for a in seen.actors} <= {"erdogan", "recep_tayyip_erdogan"}


def test_a_readiness_to_do_nothing_that_is_an_event_with_nobody_is_no_promise() -> None:
    assert not events("The Chilean president has signalled that he is willing to set aside past grievances.")
    assert not events("The statement indicated a willingness to build a new relationship.")
    promise = only("Egypt's commitment to all previous agreements with Jordan remains firm.")
    assert promise.type == "AGREE" and {a.lower() for a in promise.actors} == {"egypt"}
    assert not events("Egypt's commitment to its people remains firm.")
    assert only("Egypt said it was ready to send aid to Sudan.").type == "AGREE"


def test_a_finite_verb_the_parser_joins_to_an_infinitive_is_an_act_told_beside_the_order() -> None:
    """'Ordered the envoy to leave ... and closed the consulates': a past-tense verb cannot be part of the
    infinitive it is coordinated with, so what it tells is the subject's own act beside the order, not something
    ordered; 'agreed to withdraw and to reopen' stays one promise."""
    found = events("Egypt asked Sudan to withdraw its troops and closed the border on Monday.")
    assert sorted(e.type for e in found) == ["REQUEST", "SANCTION"], found
    closed = next(e for e in found if e.type == "SANCTION")
    assert closed.actors == {"Egypt"} and closed.time == "Monday", closed
    promised = events("Egypt agreed to withdraw its troops and to reopen the border.")
    assert [e.type for e in promised] == ["AGREE"], promised
