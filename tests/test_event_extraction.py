"""Event mentions from sentences written for these tests: every verbal and nominal pattern, passive voice,
coordination, appositions, delegations, and modality (what did not happen as reported)."""

from __future__ import annotations

import pytest

from dossier.models import TimeKind
from tests.helpers.pipeline import Seen, events, extraction


def only(text: str) -> Seen:
    found = events(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "kind", "mode", "actors", "targets"), [
    ("Sergei Lavrov visited Damascus on 3 March 2025.", "CONSULT", "visit", {"sergei_lavrov"}, set()),
    ("Vladimir Putin called Ahmed al-Sharaa on 12 February.", "CONSULT", "phone", {"vladimir_putin"},
     {"ahmed_al_sharaa"}),
    ("Foreign Minister Sergei Lavrov held talks with Asaad al-Shaibani in Moscow.", "CONSULT", None,
     {"sergei_lavrov"}, {"asaad_al_shaibani"}),
    ("The contract was annulled by the Syrian government in January.", "SANCTION", None, {"syrian_government"},
     set()),
    ("Syria cancelled the port concession held by Stroytransgaz.", "SANCTION", "discontinue", {"syria"}, set()),
    ("Russia sent a shipment of wheat to Latakia last month.", "AID", None, {"russia"}, {"latakia"}),
    ("Moscow delivered fuel to Syria two days later.", "AID", None, {"moscow"}, {"syria"}),
    ("The Kremlin invited al-Sharaa to the summit.", "AGREE", None, {"kremlin"}, {"ahmed_al_sharaa"}),
    ("Putin congratulated al-Sharaa on his election.", "SUPPORT", None, {"vladimir_putin"}, {"ahmed_al_sharaa"}),
    ("Israeli jets struck targets near Damascus yesterday.", "ASSAULT", None, {"israel"}, set()),
    ("The European Union imposed sanctions on Russia.", "SANCTION", None, {"european_union"}, {"russia"}),
    ("The European Union lifted sanctions on Syria in May 2025.", "CONCEDE", None, {"european_union"}, {"syria"}),
    ("Russia withdrew its troops from Qamishli.", "RETREAT", None, {"russia"}, set()),
])
def test_verbal_triggers(text: str, kind: str, mode: str | None, actors: set[str], targets: set[str]) -> None:
    seen = only(text)
    assert (seen.type, seen.mode, seen.actors, seen.targets) == (kind, mode, actors, targets)
    assert seen.modality == "asserted"


def test_a_place_left_is_where_not_whom() -> None:
    seen = only("Russian troops withdrew from Tiyas airbase on Monday.")
    assert seen.type == "RETREAT" and not seen.targets and seen.location == "Tiyas"


def test_where_a_named_party_is_is_no_party() -> None:
    seen = only("Hakan Fidan, in Moscow for the first time, met Sergei Lavrov.")
    assert seen.actors == {"hakan_fidan"} and seen.targets == {"sergei_lavrov"}


def test_demand_names_who_is_asked() -> None:
    demand = next(e for e in events("Al-Sharaa demanded that Moscow hand over Bashar al-Assad.")
                  if e.type == "REQUEST")
    assert demand.actors == {"ahmed_al_sharaa"} and demand.targets == {"moscow"}


@pytest.mark.parametrize(("text", "actors", "location"), [
    ("The visit by Lavrov to Damascus lasted two days.", {"sergei_lavrov"}, "damascus"),
    ("A phone call between Putin and al-Sharaa took place in February.", {"vladimir_putin", "ahmed_al_sharaa"},
     None),
    ("A delegation led by Mikhail Bogdanov arrived in Damascus on 28 January 2025.", {"mikhail_bogdanov"},
     "damascus"),
    ("Talks between Lavrov and Shaibani lasted three hours.", {"sergei_lavrov", "asaad_al_shaibani"}, None),
])
def test_nominal_triggers(text: str, actors: set[str], location: str | None) -> None:
    seen = only(text)
    assert seen.type == "CONSULT" and seen.actors == actors and seen.location == location


def test_passive_voice_puts_the_agent_first() -> None:
    seen = only("Al-Sharaa was received by Putin at the Kremlin.")
    assert seen.actors == {"vladimir_putin"} and seen.targets == {"ahmed_al_sharaa"} and seen.location == "kremlin"


def test_coordination_gives_every_conjunct() -> None:
    seen = only("Lavrov and Shaibani met in Moscow on Thursday.")
    assert seen.actors == {"sergei_lavrov", "asaad_al_shaibani"} and seen.location == "moscow"


def test_a_delegation_including_people_makes_them_the_actors() -> None:
    seen = only("A delegation including Mikhail Bogdanov and Alexander Lavrentyev arrived in Damascus.")
    assert seen.actors == {"mikhail_bogdanov", "alexander_lavrentyev"} and seen.mode == "visit"


def test_a_title_is_not_a_party() -> None:
    seen = only("Russian special envoy for Syria Alexander Lavrentyev visited Damascus in January.")
    assert "syria" not in seen.actors and "alexander_lavrentyev" in seen.actors


def test_coordinated_verbs_are_one_event() -> None:
    seen = only("On 29 January a delegation led by Mikhail Bogdanov arrived in Damascus and met with Ahmed al-Sharaa.")
    assert seen.mode == "visit" and seen.targets >= {"ahmed_al_sharaa"} and seen.time == "29 January"


def test_a_relative_clause_of_the_same_parties_is_the_same_event() -> None:
    seen = only("On February 13th, al-Sharaa was called by Vladimir Putin, who congratulated him on his election.")
    assert seen.type == "CONSULT" and seen.mode == "phone" and seen.time == "February 13th"
    assert seen.targets == {"ahmed_al_sharaa"}, "'him' is al-Sharaa, not Putin who congratulates"


@pytest.mark.parametrize(("text", "modality"), [
    ("Russia did not intervene to save Assad.", "negated"),
    ("Al-Sharaa will visit Moscow in October.", "future"),
    ("Al-Sharaa is expected to attend the Russia-Arab League summit.", "future"),
    ("Russian wheat shipments may resume next year.", "hypothetical"),
    ("Lavrov hopes that al-Sharaa will attend the summit.", "asserted"),  # an invitation: test_hope_invitations.py
    ("If the West lifts sanctions, Damascus could expel the Russian forces.", "hypothetical"),
])
def test_modality(text: str, modality: str) -> None:
    assert {e.modality for e in events(text)} == {modality}


def test_a_date_inside_since_or_after_dates_that_phrase_not_the_event() -> None:
    """The fall is background to the visit: its date is not the visit's (the fall of a ruler's regime, told in
    passing, is one more source of that fall with its own date: tests/test_power_fall_in_passing.py)."""
    found = events("The visit by Shaibani was the first trip to Moscow since the fall of the regime in December 2024.")
    assert [(e.type, e.time) for e in found] == [("CONSULT", None), ("COERCE", "December 2024")]


def test_a_date_modifying_a_noun_is_that_nouns_date() -> None:
    found = events("Moscow has offered to send troops beyond the 1974 ceasefire line.")
    assert found and all(e.time is None for e in found)


def test_pronouns_take_the_last_person_named() -> None:
    seen = events("Lavrov arrived in Damascus. He met al-Sharaa at the palace.")[1]
    assert seen.actors == {"sergei_lavrov"} and seen.targets == {"ahmed_al_sharaa"}


def test_a_fronted_phrase_looks_ahead_for_its_person() -> None:
    seen = only("On his first trip to Moscow, al-Shaibani met with Lavrov.")
    assert seen.actors == {"asaad_al_shaibani"} and seen.targets == {"sergei_lavrov"}


def test_the_leaders_of_a_state_stand_for_it_but_an_envoy_for_a_state_does_not() -> None:
    met = only("The leaders of Chile and Peru met in Lima in May.")
    assert {a.lower() for a in met.actors} == {"chile", "peru"}
    visit = only("Russia's special envoy for Libya visited Cairo on Monday.")
    assert visit.actors == {"russia"} and "libya" not in {t.lower() for t in visit.targets}


def test_a_participle_beside_a_name_is_done_by_that_name() -> None:
    visit = next(e for e in events("Talks with Egypt's president, arriving for a first visit to Ankara, went well.")
                 if e.type == "CONSULT")
    assert "egypt" in {p.lower() for p in visit.targets | visit.actors}


def test_what_a_possessed_noun_decides_is_done_by_its_owner() -> None:
    seen = only("Russia's decision to grant asylum to Assad angered the rebels.")
    assert (seen.type, seen.mode) == ("AID", "asylum") and seen.actors == {"russia"}


def test_a_conjunct_of_a_passive_verb_is_done_by_its_subject() -> None:
    resign = next(e for e in events("Defence minister Ana Gomez was indicted on Monday and will resign.")
                  if e.type == "RETREAT")
    assert resign.actors == {"Ana Gomez"} and resign.modality == "future"


def test_an_event_in_the_phrase_of_a_statement_is_the_speakers() -> None:
    seen = only("Putin said in a televised meeting with Erdogan that ties were strong.")
    assert seen.type == "CONSULT" and seen.actors == {"vladimir_putin"}


def test_welcoming_a_counterpart_is_a_visit() -> None:
    seen = only("Welcoming his Turkish counterpart, Lavrov said relations were good.")
    assert (seen.type, seen.mode) == ("CONSULT", "visit")


def test_a_wire_dateline_is_no_party() -> None:
    seen = only("ANKARA, Turkey, May 4 (Reuters) - Egypt is withdrawing its envoy from Libya, officials said.")
    assert {p.lower() for p in seen.actors} == {"egypt"}
    visit = only("CAIRO (AP) — Jordan's King Abdullah visited Riyadh on Monday.")
    assert "jordan" in {a.lower() for a in visit.actors} and "cairo" not in {a.lower() for a in visit.actors}


def test_coordinated_meetings_with_different_partners_are_two_events() -> None:
    found = events("Al-Shaibani held talks with Lavrov and later met Defence Minister Andrey Belousov.")
    assert [e.targets & {"sergei_lavrov", "andrey_belousov"} for e in found] == [{"sergei_lavrov"},
                                                                                 {"andrey_belousov"}]
    assert len(events("A Russian delegation arrived in Damascus and met with President al-Sharaa.")) == 1


def test_a_noun_that_counts_an_event_stands_for_it() -> None:
    seen = only("French and Egyptian warships on Monday launched ten days of war games near Crete.")
    assert seen.type == "COOPERATE" and len(seen.actors) == 2
    assert only("Egypt and Jordan held a new round of talks in Cairo.").type == "CONSULT"


def test_phrases_match_the_object_as_written() -> None:
    seen = only("Czechia and Albania have upgraded their diplomatic ties to ambassadorial level.")
    assert seen.type == "SUPPORT" and len(seen.actors) == 2


def test_an_offensive_led_by_someone_is_theirs_and_so_is_what_it_does() -> None:
    ousted = only("Emir Tamim was ousted in May in an offensive led by Hamad Khalifa.")
    assert ousted.type == "COERCE" and ousted.actors == {"Hamad Khalifa"}
    found = events("Hamad Khalifa led a swift offensive in May that ousted the emir of Qatar.")
    assert all(e.actors == {"Hamad Khalifa"} for e in found) and "COERCE" in {e.type for e in found}


def test_a_noun_event_leaving_a_place_has_it_as_location() -> None:
    seen = only("Russian forces had begun a gradual withdrawal from Tiyas airbase last week.")
    assert seen.type == "RETREAT" and seen.location == "Tiyas" and not seen.targets


def test_he_after_a_subject_named_in_apposition_is_that_person() -> None:
    found = events("Putin met Erdogan on Monday. The Russian envoy to the region, Mikhail Bogdanov, stated on "
                   "Tuesday that the talks were useful, and he called for lifting the restrictions on Syria.")
    assert next(e for e in found if e.type == "REQUEST").actors == {"mikhail_bogdanov"}


def test_who_lost_someone_in_an_attack_did_not_attack() -> None:
    assert not [e for e in events("Omar Haddad, a teacher from Hama who lost his brother in an air strike in 2016, "
                                  "watched the cars pass.") if e.actors]


def test_who_took_part_in_an_event_named_in_a_phrase_is_its_actor() -> None:
    seen = only("Serbian forces were engaged in ethnic cleansing in Kosovo.")
    assert seen.type == "ASSAULT" and seen.actors


def test_support_for_a_states_unity_names_the_state() -> None:
    seen = only("Erdogan reaffirmed his support for the unity and territorial integrity of Iraq.")
    assert seen.type == "SUPPORT" and "Iraq" in seen.targets | {t.title() for t in seen.targets}


def test_who_helped_an_act_is_no_party_of_it() -> None:
    seen = only("Emir Tamim fled with the assistance of Turkish forces to Qatar.")
    assert seen.type == "RETREAT" and "turkey" not in {p.lower() for p in seen.actors | seen.targets}


def test_a_date_right_after_since_on_a_verb_dates_when_it_began() -> None:
    """'has backed X since 2016': the backing began in 2016; the first visit since a year is not dated by it."""
    backed = events("Turkey has backed the Syrian National Army since 2016.")
    assert backed and backed[0].type == "SUPPORT" and backed[0].time == "2016"
    first = events("Lavrov visited Damascus for the first time since 2012.")
    assert first and all(e.time is None for e in first)


def test_parts_of_one_day_written_side_by_side_date_the_event() -> None:
    seen = only("The Kremlin said Vladimir Putin called Ahmed al-Sharaa yesterday, Thursday, March 6.")
    assert seen.mode == "phone" and seen.time is not None and "March 6" in seen.time


def test_a_date_under_scheduled_for_is_marked_ahead() -> None:
    found = extraction("Hakan Fidan took part in preparing the summit with the Arab League, which is scheduled for"
                       " October 15.")
    (summit,) = [e for e in found.events if e.trigger == "summit"]
    assert summit.time is not None and summit.time.ahead and (summit.time.month, summit.time.day) == (10, 15)
    held = extraction("Hakan Fidan attended the summit that took place on October 15.")
    assert all(e.time is None or not e.time.ahead for e in held.events)


def test_a_clause_with_no_date_takes_its_sentences_one_date() -> None:
    """'X did not resist ... in late 2023 but gave Y shelter': the shelter is of late 2023 too; a clause after
    'after'/'since' or a sentence with two dates gives nothing."""
    found = events("Turkey did not try to stop the rebel advance in late 2023 but gave asylum to the deposed emir"
                   " after he fled.")
    assert any(e.type == "AID" and e.time == "late 2023" for e in found), found
    apart = events("Qatar sent fuel to Beirut in March, and Kuwait pledged grain to Amman in June.")
    assert {e.time for e in apart} <= {"March", "June", "in March", "in June"}, apart


def test_a_relative_clause_or_a_noun_does_not_take_its_sentences_date() -> None:
    """'the emirate, where it backed the old emir for decades': background with a time of its own."""
    found = events("When a Qatari delegation landed in Ankara on 4 May, it marked a turnaround in its ties with the"
                   " emirate, where it backed the old emir for decades.")
    assert all(e.time is None for e in found if e.type == "SUPPORT"), found


def test_a_date_inside_a_relative_clause_is_not_the_sentences() -> None:
    """'X, who first went to Y in May, thanked Z': May is the first trip's, not the thanks'."""
    found = events("Emir Tamim, who first visited Ankara in May, thanked Erdogan for helping to calm the border.")
    assert any(e.type == "SUPPORT" for e in found) and all(e.time is None for e in found if e.type == "SUPPORT"), found


def test_a_past_relative_clause_with_its_own_subject_keeps_its_date() -> None:
    """'lifted the sanctions that parliament imposed in 2011': 2011 is the imposing's, not the lifting's; and the
    sentence's own day stays with its main verb ('signed ... last Tuesday', not the month the treaty was drafted)."""
    lifted = only("Qatar lifted the sanctions on Oman that parliament imposed in 2011.")
    assert lifted.type == "CONCEDE" and lifted.time is None, lifted
    found = events("In Doha last Tuesday, Erdogan and Tamim signed a trade pact, while their ministers initialled"
                   " the treaty that the two delegations finished writing in June.")
    # (the signing and the initialling, both SUPPORT, may be told as one act of the sentence: the date is the point)
    assert any(e.trigger.startswith("signed") and e.time == "last Tuesday" for e in found), found


def test_a_date_the_analyser_ran_into_the_next_verb_still_dates_its_noun() -> None:
    """'the incursion of 14 March 2019 ended years of ...': the analyser may read '14 March 2019 ended years' as one
    date; the date up to the verb dates the incursion."""
    found = events("Turkey's brief incursion of 14 March 2019 ended years of stalemate in the north.")
    assert any(e.type == "ASSAULT" and e.time == "14 March 2019" for e in found), found


def test_within_hours_is_read_with_its_preposition() -> None:
    """The analyser finds 'hours' alone in 'Within hours, fighters shelled ...': read as 'within hours'."""
    found = events("Turkish jets bombed the depot on Monday. Within hours Kurdish fighters shelled villages near the"
                   " border, killing at least five civilians.")
    assert any(e.trigger.startswith("shelled") and e.time == "Within hours" for e in found), found


def test_a_perfect_does_not_take_its_sentences_date() -> None:
    """'Speaking on Monday, X said Y has received offers': the offers came before, not on Monday."""
    found = events("Speaking on Monday in Doha, Emir Tamim said Ankara has sent aid to Beirut, and he met Erdogan.")
    assert any(e.type == "AID" for e in found) and all(e.time is None for e in found if e.type == "AID"), found


def test_then_marks_a_clause_as_following_the_previous_event() -> None:
    found = events("In 2021, the Turkish president said he would withdraw troops from Idlib. The rebels then opened"
                   " talks with Ankara and its ally, Qatar.")
    assert any(e.type == "CONSULT" and e.time == "then" for e in found), found


def test_a_perfect_told_by_a_speaker_is_the_speakers_news() -> None:
    """'Erdogan said Turkey has supported the talks': said with the news (past); a perfect nobody tells is a
    state up to now."""
    told = extraction("Erdogan said Turkey has supported the talks in Doha.").events
    plain = extraction("Qatar has supported the talks in Doha.").events
    assert [e.tense for e in told] == ["past"] and [e.tense for e in plain] == ["perfect"]
    after = extraction("Emir Tamim has arrived in Ankara, a Qatari diplomatic source confirmed to reporters.").events
    apposed = extraction("Qatar has sent aid to Beirut, a port it rebuilt.").events
    assert [e.tense for e in after] == ["past"], "the speaker after the news: 'X has arrived, a source said'"
    assert [e.tense for e in apposed] == ["perfect"]



def test_a_date_inside_a_temporal_clause_dates_that_clause_not_the_main_verb() -> None:
    """'ordered the printer to stop after the new cabinet took office on March 4th': the 4th is when the cabinet
    took office; the order came later, on a day the sentence does not give."""
    (ordered,) = extraction("Moscow ordered the printer to stop after the new cabinet took office on March 4th."
                            ).events
    assert ordered.type == "REQUEST" and ordered.time is not None and ordered.time_ref is None
    assert ordered.time.kind is TimeKind.AFTER_EVENT, "measured from the 4th: no day of its own, no story's either"
    dated = events("Moscow ordered the printer to stop on March 4th, after the new cabinet took office.")
    assert [e.time for e in dated] == ["March 4th"], "a date of the main clause still dates it"
    inside = events("It was the first such trip since the rebels took the capital on 8 May and Bashar al-Assad "
                    "fled to Minsk.")
    assert [e.time for e in inside] == ["8 May"], "the clause's own date dates what it tells"


def test_a_span_before_or_after_an_event_named_dates_from_it() -> None:
    """'Two days before the visit of X, Y called Z': the call is dated from the visit it names, two days back;
    'a day after' and 'two days after' on either side of the verb too; a bare 'before the visit' dates nothing."""
    opening = "Erdogan visited Moscow on 4 March 2024. "
    for text, offset in (("A day after the visit of Erdogan to Moscow, Putin called Macron.", 1),
                         ("Putin called Macron two days after Erdogan's visit to Moscow.", 2),
                         ("Two days before the visit of Erdogan to Moscow, Putin called Macron.", -2)):
        (called,) = [e for e in extraction(opening + text).events if e.trigger == "called"]
        assert called.time_ref is not None and called.time is not None, text
        assert (called.time.kind, called.time.offset) == (TimeKind.AFTER_EVENT, offset), text
    (bare,) = [e for e in extraction(opening + "Before the visit of Erdogan to Moscow, Putin called Macron.").events
               if e.trigger == "called"]
    assert bare.time is None and bare.time_ref is None


def test_diplomatic_outreach_initiates_diplomatic_cooperation() -> None:
    found = events("The new Kenyan government has already begun diplomatic outreach to regional players including "
                   "Ethiopia and Egypt.")
    assert [(e.type, e.targets) for e in found] == [("SUPPORT", {"Ethiopia", "Egypt"})], found


def test_we_inside_a_quotation_is_its_speaker() -> None:
    found = events("As Kenyan Foreign Minister John Mwangi explained, “Many contracts date from another era. We "
                   "agreed to carry out a full review of all existing contracts.”")
    assert [(e.type, e.actors) for e in found] == [("AGREE", {"John Mwangi"})], found


def test_agreeing_that_something_is_so_shares_a_view_and_is_no_pact() -> None:
    view = events("“We generally agree that the roads need repair,” Kenyan minister John Mwangi said.")
    assert view == [], view
    pact = events("Kenya and Uganda agreed that the border posts would stay open.")
    assert [(e.type, e.actors) for e in pact] == [("AGREE", {"Kenya", "Uganda"})], pact


def test_a_verb_with_its_own_past_tense_does_not_share_a_negated_verbs_auxiliary() -> None:
    """'cannot stand by ..., and accused X': the negation hangs on 'cannot', which 'accused', a past of its own,
    does not share; 'did not meet or call him' shares 'did not'."""
    said = events('The minister said Turkey "cannot stand by while others act", and accused Russia of meddling.')
    assert [e.modality for e in said if e.type == "ACCUSE"] == ["asserted"]
    shared = events("Lavrov did not meet or call al-Sharaa.")
    assert shared and {e.modality for e in shared} == {"negated"}
