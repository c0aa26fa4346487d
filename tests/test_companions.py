"""Who went along to a visit, a meeting or talks, told in a clause of its own (`extract/companions.py`, words in
`lexicon/companions.yaml`): its people join the gathering the clause refers to (the one it names, else the
article's current one) and the clause is no event of its own; observers are no parties but the mention's
companions. Sentences written for these tests."""

from __future__ import annotations

from dossier.extract.companions import NEAR
from dossier.lexicon import along_words
from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType, Mode
from dossier.resolve.events import EntityFacts, EventResolver
from tests.helpers.pipeline import extraction


def told(text: str) -> list[tuple[str | None, str | None, set[str], set[str], str | None, int | None, tuple[str, ...]]]:
    found = extraction(text)

    def name(i: int) -> str:
        return found.mentions[i].pack_id or found.mentions[i].name

    return [(e.type, e.mode, {name(i) for i in e.actors}, {name(i) for i in e.targets},
             name(e.location) if e.location is not None else None, e.time_ref, e.companions) for e in found.events]


def test_a_companion_who_attended_the_meeting_joins_the_meeting_told_before() -> None:
    events = told("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
                  "Kenyan Foreign Minister Musalia Mudavadi also attended the meeting.")
    assert len(events) == 2, "the attending is no meeting of its own"
    meeting, again = events
    assert again[0] == EventType.CONSULT and again[1] == meeting[1] and again[5] == 0, "it restates the meeting"
    assert "Musalia Mudavadi" in again[2] | again[3] and {"William Ruto", "Abiy Ahmed"} <= again[2] | again[3]
    assert again[4] == meeting[4], "its place too"


def test_also_present_on_a_side_puts_the_companion_on_that_side() -> None:
    events = told("A Kenyan delegation led by Musalia Mudavadi visited Addis Ababa on Tuesday. "
                  "Also present on the Ethiopian side was Redwan Hussien, an adviser to Prime Minister Abiy Ahmed.")
    assert len(events) == 2
    visit, again = events
    assert again[5] == 0 and again[1] == visit[1]
    assert "Redwan Hussien" in again[3] and "Redwan Hussien" not in again[2], "the Ethiopian side is visited"
    assert "Abiy Ahmed" not in again[2] | again[3], "whom an apposition names did not come"


def test_a_definite_delegation_that_included_members_adds_them_to_the_visit() -> None:
    events = told("Ethiopian Prime Minister Abiy Ahmed was received by William Ruto in Nairobi on Friday. "
                  "The Ethiopian delegation included Redwan Hussien and Gedion Timothewos.")
    assert len(events) == 2
    again = events[1]
    assert again[5] == 0 and {"Redwan Hussien", "Gedion Timothewos"} <= again[2] | again[3]


def test_travelling_with_or_accompanying_someone_named_before() -> None:
    travelled = told("Ethiopian Prime Minister Abiy Ahmed visited Nairobi on Friday. "
                     "Foreign Minister Gedion Timothewos travelled with him.")
    assert len(travelled) == 2 and travelled[1][5] == 0
    assert "Gedion Timothewos" in travelled[1][2], "on the side of whom he went with: the visitor's"
    same = told("Ethiopian Prime Minister Abiy Ahmed, accompanied by Gedion Timothewos, met William Ruto in Nairobi "
                "on Friday.")
    assert [e[0] for e in same] == [EventType.CONSULT], "the sentence's own meeting takes the companion"
    assert "Gedion Timothewos" in same[0][2] | same[0][3]


def test_the_named_gathering_is_found_by_its_place_and_a_later_clause_follows_it() -> None:
    events = told("Ethiopian Prime Minister Abiy Ahmed visited Nairobi on Friday. William Ruto phoned him a week "
                  "later. During the recent Nairobi talks, the Kenyan side was represented by Musalia Mudavadi.")
    again = events[-1]
    assert again[5] == 0, "the talks at Nairobi, not the call told last"
    assert "Musalia Mudavadi" in again[2] | again[3]


def test_observers_are_no_parties_but_companions_of_the_mention() -> None:
    events = told("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
                  "An American envoy and a Chinese diplomat also attended the talks as observers.")
    assert len(events) == 2
    again = events[1]
    assert again[5] == 0 and again[6] == ("observers",)
    assert again[2] | again[3] == {"William Ruto", "Abiy Ahmed"} | (again[2] | again[3]) - {"United States", "China"}


def test_a_gathering_not_named_is_the_current_one_only_a_few_sentences_back() -> None:
    assert NEAR >= 2
    filler = " ".join(f"Kenya reported rain in region {n}." for n in range(NEAR + 1))
    events = told("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday. "
                  f"{filler} Foreign Minister Musalia Mudavadi travelled with him.")
    assert all(e[5] != 0 for e in events), "too far from the meeting to be its companion"


def test_the_companion_words_are_data() -> None:
    assert {"attend", "accompany", "include", "present", "travel"} <= set().union(
        *(along_words(k) for k in ("attend", "accompany", "include", "present", "travel")))
    assert "observers" in along_words("observers") and "talks" in along_words("gatherings")


# --- resolution: the companion's mention joins the gathering it restates --------------------------------------------

FACTS = {
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "minister_oda": EntityFacts(EntityType.PERSON, None),
    "envoy_ruiz": EntityFacts(EntityType.PERSON, None),
    "adviser_lund": EntityFacts(EntityType.PERSON, None),
    "kessel": EntityFacts(EntityType.PLACE, None),
}


def mention(n: int, actors: tuple[int, ...], targets: tuple[int, ...], *, time: TimeExpr | None = None,
            time_ref: int | None = None, joins: bool = False) -> EventMention:
    return EventMention(article_id="a", sentence=n, trigger="met", start=10 * n, end=10 * n + 4,
                        type=EventType.CONSULT, mode=Mode.VISIT, modality=Modality.ASSERTED, actors=actors,
                        targets=targets, location=4, time=time, lemma="visit", time_ref=time_ref, joins=joins)


def test_a_companions_mention_joins_the_gathering_it_restates_whatever_the_people_it_adds() -> None:
    """'Vell visited Kessel on 3 June and met Oda.' / 'Ruiz and Lund travelled with him.'"""
    ids = ["president_vell", "minister_oda", "envoy_ruiz", "adviser_lund", "kessel"]
    june_3 = TimeExpr("3 June 2024", TimeKind.ABSOLUTE, year=2024, month=6, day=3)
    resolver = EventResolver(FACTS.get)
    resolver.add_article("a", PartialDate(2024, 6, 4), [
        mention(0, (0,), (1,), time=june_3),
        mention(1, (2, 3), (), time_ref=0, joins=True),
    ], ids, [june_3])
    events = {item.event_id for item in resolver.by_article["a"]}
    assert len(events) == 1, "one visit, with who went along, though no visitor is named in common"
    (event,) = [resolver.events[i] for i in events if i is not None]
    assert {"envoy_ruiz", "adviser_lund"} <= set(resolver.tally(event).actors)
