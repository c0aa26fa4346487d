"""One event per fact, fifth round (issue 16, item 4): a relative clause describing a party or a place, and what
an event is said to mean, add no event when the sentence reports one elsewhere. Every sentence here is written
for these tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_a_relative_clause_describing_a_place_beside_the_event_is_background() -> None:
    # the sentence's event is in its "when" clause, not above the relative clause
    found = events("When a Chadian delegation arrived in Abuja last week, it opened a new chapter in Nigeria's "
                   "ties with the country, where it had armed the rebels for a decade.")
    assert [(e.type, e.trigger) for e in found] == [("CONSULT", "arrived")]


def test_a_relative_clause_describing_a_party_beside_the_event_is_background() -> None:
    found = events("The army, which seized the town, said it had killed 20 militants.")
    assert [e.trigger for e in found] == ["killed"]


def test_a_relative_clause_with_a_time_of_its_own_is_news() -> None:
    found = events("The army, which seized the town on Monday, said it had killed 20 militants.")
    assert [(e.trigger, e.time) for e in found] == [("seized", "Monday"), ("killed", None)]


def test_a_relative_clause_is_the_news_when_the_sentence_reports_nothing_else() -> None:
    found = events("Nigeria's ties with the country, where it had armed the rebels for a decade, have changed.")
    assert [e.trigger for e in found] == ["armed"]


def test_what_an_event_signals_is_its_meaning() -> None:
    found = events("A brief trip to Nairobi by a senior Ugandan team signalled the Museveni government's "
                   "readiness to cooperate with Kenya.")
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit")]
    assert events("The call reflected Nairobi's willingness to support the talks.") == []
    assert events("The call showed that Kampala is ready to help Kenya.") == []


def test_what_a_party_signals_stays() -> None:
    found = events("Kenya signalled its readiness to help Somalia.")
    assert [(e.type, e.actors, e.targets) for e in found] == [("AGREE", {"Kenya"}, {"Somalia"})]


def test_a_gerund_in_a_list_of_topics_is_a_topic() -> None:
    # the parser hangs "signing ..." as a clause of its own, with the next items of the list under it
    text = ("Ruto and Hassan discussed the extension of the port deal, signing contracts for training the Somali "
            "army, Kenyan support for Mogadishu in extending its control, and helping it lift sanctions.")
    assert [e.type for e in events(text)] == ["CONSULT"]


def test_a_when_clause_the_parser_marks_with_an_adverb_is_background() -> None:
    # "when" hangs as an adverb of the clause, not as its conjunction
    found = events("Italian bases still remain in Libya, and when rebel forces finally seized Tripoli, Haddad fled "
                   "to Rome, where he now lives.")
    assert [e.type for e in found] == ["RETREAT"]
    kept = events("Rome lost an ally when rebels seized Tripoli.")  # the main clause reports no event
    assert [e.type for e in kept] == ["ASSAULT"]


def test_what_an_act_brought_about_is_part_of_it() -> None:
    found = events("Italy deployed warships off Tripoli, preventing the rebels from shelling the port.")
    assert [(e.type, e.actors) for e in found] == [("MOBILIZE", {"Italy"})]
    # another party's act, coordinated, stays its own
    two = events("Italy deployed warships off Tripoli, and Egypt prevented the rebels from crossing the border.")
    assert [e.type for e in two] == ["MOBILIZE", "REJECT"]


def test_what_an_act_was_for_is_no_event() -> None:
    found = events("Italy sent warships to Libya so that the rebels could not attack the ports.")
    assert [e.type for e in found] == ["AID"]
    both = events("The rebels fled, so the army attacked the town.")  # "so" of a result: what came next
    assert [e.type for e in both] == ["RETREAT", "ASSAULT"]


def test_what_an_event_included_is_part_of_it() -> None:
    found = events("Erdogan's visit to Moscow, his first since the war, included talks with Putin on Monday.")
    assert [(e.type, e.mode, e.actors, e.targets) for e in found] == [
        ("CONSULT", "visit", {"recep_tayyip_erdogan"}, {"vladimir_putin"})]
    # a thing that holds an event is no event: the event stays
    assert [e.type for e in events("The package included sanctions on Libya.")] == ["SANCTION"]
