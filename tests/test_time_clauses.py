"""Which clause a date belongs to, on sentences written for these tests (the real analyse -> extract pipeline)."""

from __future__ import annotations

from dossier.extract.syntax import names_joined_to_objects
from dossier.models import Sentence, TimeKind, Token
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


def test_a_date_something_is_due_by_is_a_date_to_come_and_not_the_orders() -> None:
    """'told X to leave by May 2': the date is the leaving's deadline, to come, not the day the order was given;
    'X must withdraw by Friday': the deadline dates the withdrawal, forward; 'by Friday the troops had withdrawn'
    is a past bound, read as it is."""
    told = [e for e in extraction("Pakistan told the Indian envoys to leave the country by May 2.").events
            if e.trigger.startswith("told")]
    assert told and all(e.time is None for e in told), told
    must = [e for e in extraction("Pakistan said the Indian envoys must leave by May 2.").events if e.time]
    assert must and all(e.time is not None and e.time.ahead for e in must), must
    past = [e for e in extraction("By Friday, the troops had withdrawn from the town.").events if e.time]
    assert past and all(e.time is not None and not e.time.ahead for e in past), past


def test_a_weekday_told_with_a_part_of_the_day_dates_the_event() -> None:
    """'in the early hours of Thursday', 'late on Monday evening', 'Friday night': the weekday dates the event."""
    for text in ("Rebels attacked the garrison in the early hours of Thursday.",
                 "The army shelled the town late on Monday evening.",
                 "Insurgents attacked the border post on Friday night."):
        found = [e for e in extraction(text).events if e.time is not None]
        assert found and all(e.time is not None and e.time.kind is TimeKind.WEEKDAY for e in found), (text, found)


def test_an_act_told_in_a_temporal_clause_with_its_own_day_is_an_event_of_its_own() -> None:
    """'X came under pressure after Y telephoned her and Z on Sunday': the call is reported, dated by its own
    words, with both people called (a pronoun and the name beside it); an act in such a clause with no day of
    its own stays background."""
    found = extraction("Prime Minister Lena Varga came under pressure to negotiate after President Tomas Hale"
                       " telephoned her and Premier Arno Kessler on Sunday.", pack_name="none")
    calls = [e for e in found.events if e.type == EventType.CONSULT and e.mode == "phone"]
    assert len(calls) == 1 and calls[0].time is not None and calls[0].time.text == "Sunday", found.events
    assert {found.mentions[i].name for i in calls[0].targets} == {"Lena Varga", "Arno Kessler"}, calls
    assert {found.mentions[i].name for i in calls[0].actors} == {"Tomas Hale"}, calls
    met = extraction("Lena Varga fired her deputy after Tomas Hale met Arno Kessler in Vienna on Friday.",
                     pack_name="none").events
    assert [e.time.text if e.time else None for e in met if e.type == EventType.CONSULT] == ["Friday"], met
    undated = extraction("Lena Varga fired her deputy after Tomas Hale met Arno Kessler in Vienna.",
                         pack_name="none").events
    assert not [e for e in undated if e.type == EventType.CONSULT], undated


def _sentence(rows: list[tuple[str, str, str, int]]) -> Sentence:
    tokens, offset = [], 0
    for i, (text, pos, dep, head) in enumerate(rows):
        tokens.append(Token(i, text, text.lower(), pos, pos, dep, head, offset))
        offset += len(text) + 1
    text = " ".join(r[0] for r in rows)
    return Sentence(0, 0, len(text), text, 0, tuple(tokens))


def test_a_name_the_parser_coordinates_with_a_verb_after_an_object_joins_the_object() -> None:
    """'V resigned after H phoned him and A K on Sunday', parsed with 'K' (and its 'on Sunday') under
    'resigned': K is phoned too, so K and its 'and' hang from 'him'; a conjunct with no object before its 'and'
    ('V resigned and K'), or a clause of its own (a subject), is left as parsed."""
    wrong = _sentence([("Varga", "PROPN", "nsubj", 1), ("resigned", "VERB", "ROOT", 1), ("after", "SCONJ", "mark", 4),
                       ("Hale", "PROPN", "nsubj", 4), ("phoned", "VERB", "advcl", 1), ("him", "PRON", "dobj", 4),
                       ("and", "CCONJ", "cc", 1), ("Arno", "PROPN", "compound", 8), ("Kessler", "PROPN", "conj", 1),
                       ("on", "ADP", "prep", 8), ("Sunday", "PROPN", "pobj", 9)])
    heads = {t.text: t.head for t in names_joined_to_objects(wrong).tokens}
    assert heads["Kessler"] == 5 and heads["and"] == 5 and heads["on"] == 8 and heads["Arno"] == 8, heads
    plain = _sentence([("Varga", "PROPN", "nsubj", 1), ("resigned", "VERB", "ROOT", 1), ("and", "CCONJ", "cc", 1),
                       ("Kessler", "PROPN", "conj", 1)])
    assert names_joined_to_objects(plain) is plain
    clause = _sentence([("Hale", "PROPN", "nsubj", 1), ("phoned", "VERB", "ROOT", 1), ("him", "PRON", "dobj", 1),
                        ("and", "CCONJ", "cc", 1), ("Kessler", "PROPN", "conj", 1), ("Varga", "PROPN", "nsubj", 4)])
    assert names_joined_to_objects(clause) is clause


def test_a_part_of_the_day_the_analyser_leaves_untagged_dates_the_verb() -> None:
    """'withdrew in the night', 'shelled the villages overnight', 'later that day ... met', 'the next morning ...
    left': the verb takes the part of the day (placed later from the previous dated event); a verb with a date of
    its own keeps it."""
    cases = {
        "Government troops withdrew from the town in the night.": "in the night",
        "Rebel fighters shelled the border villages overnight.": "overnight",
        "Later that day Erdogan met Emir Tamim in Doha.": "Later that day",
        "The next morning the delegation left Doha.": "The next morning",
    }
    for text, phrase in cases.items():
        found = events(text)
        assert found and any(e.time == phrase for e in found), (text, found)
    dated = events("Erdogan met Emir Tamim in Doha on Tuesday evening.")
    assert dated and all(e.time != "evening" for e in dated)


def test_an_act_done_to_the_crowd_just_told_is_of_that_gatherings_day() -> None:
    """'Police detained six people at the edge of the crowd', 'police fired tear gas at the demonstrators': an act
    done to or among a crowd named with 'the' happened at the gathering the article has just told (placed later
    from its day); a crowd named for the first time, a perfect, or a verb with a date of its own say nothing of it."""
    cases = {
        "Police detained six people after scuffles at the edge of the crowd, a spokesman said.": "the crowd",
        "In the capital, riot police fired tear gas at the demonstrators.": "the demonstrators",
    }
    for text, phrase in cases.items():
        found = events(text)
        assert found and any(e.time == phrase for e in found), (text, found)
    for text in ("Police fired tear gas at a crowd of students in the capital.",
                 "Police have detained hundreds of the protesters.",
                 "Police fired tear gas at the demonstrators on Friday."):
        found = events(text)
        assert found and not any((e.time or "").startswith("the ") for e in found), (text, found)


def test_a_coordinated_clause_with_a_date_of_its_own_is_not_dated_by_the_first() -> None:
    """'Velm drove out the garrison in 2022 and Kelmar asked the advisers to leave at the start of this year': the
    asking is of the start of this year, not of 2022; without a date of its own ('... and Kelmar asked the advisers
    to leave'), the clause still shares the first one's; a passive complement's date ('asked for the bases to be
    handed over this year') is of what is to be done, not of the asking."""
    own = [e for e in events("Velm drove out the Norvanian garrison in 2022 and Kelmar asked Norvanian advisers to "
                             "leave at the start of this year.") if e.trigger.startswith("asked")]
    assert own and all(e.time == "the start of this year" for e in own), own
    shared = [e for e in events("Velm drove out the Norvanian garrison in 2022 and Kelmar asked Norvanian advisers "
                                "to leave.") if e.trigger.startswith("asked")]
    assert shared and all(e.time == "2022" for e in shared), shared
    planned = [e for e in events("Velm drove out the Norvanian garrison in 2022, and Kelmar has asked for the Norvanian"
                                 " bases to be handed over this year.") if e.trigger.startswith("asked")]
    assert all(e.time != "this year" for e in planned), planned


def test_a_weekday_read_into_the_title_after_it_still_dates_the_clause() -> None:
    """'On Monday Chancellor X condemned ...' with no comma: the analyser may join the weekday to the title that
    follows it, leaving 'On' with no object; the weekday is still the date of the act the preposition hangs from.
    A year naming a noun ('the 2019 contract') keeps dating only that noun."""
    for text, day in (("On Friday President Emmanuel Macron accused the junta of holding the envoy hostage.", "Friday"),
                      ("On Monday Chancellor Olaf Scholz condemned the arrests in Minsk.", "Monday")):
        found = [e for e in events(text) if e.type == "ACCUSE"]
        assert found and all(e.time == day for e in found), (text, found)
    cancelled = [e for e in events("Damascus cancelled the 2019 contract with the Russian firm.") if e.type]
    assert cancelled and all(e.time is None for e in cancelled), cancelled
    struck = {e.trigger.split()[0]: e.time for e in
              events("Russia struck the port of Odesa, and on Tuesday Ukraine hit back at the refinery in Tuapse.")}
    assert struck.get("hit") == "Tuesday", struck
    assert struck.get("struck") is None, "the Tuesday of the clause after, with a subject of its own, not of this one"


def test_a_date_of_a_later_clause_with_its_own_subject_dates_no_clause_before_it() -> None:
    """'Velm froze its membership ..., stopped paying its dues, and in May parliament passed a law': May is the
    law's, not the freeze's, whose day the sentence does not give; 'X expelled the envoy and on Monday the junta
    banned Y': the Monday is the ban's."""
    froze = [e for e in events("Velm froze its membership in the Northern Security Pact, stopped paying its dues, and "
                               "in May parliament passed a law that declares its wish to join the European Union.")
             if e.type == "SANCTION"]
    assert froze and all(e.time is None for e in froze), froze
    told = {e.trigger.split()[0]: e.time for e in
            events("Kelmar expelled the French ambassador and on Monday the junta banned the French broadcasters.")}
    assert told.get("expelled") is None and told.get("banned") == "Monday", told
