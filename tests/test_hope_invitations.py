"""A hope or wish that a named party will come is an invitation (issue 16: offers and invitations typed
consistently): one AGREE by who hopes, with whom is to come as its target, asserted, dated by the hoping clause
and never by when the coming would be; the coming hoped for adds no event of its own, and who hopes is no
attendee (`extract/invitations.py`, `lexicon/invitations.yaml`). Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType
from dossier.resolve.events import EntityFacts, Event, EventResolver, rules
from tests.helpers.pipeline import Seen, events


def only(found: Sequence[Seen]) -> Seen:
    assert len(found) == 1, found
    return found[0]


def test_a_hope_that_a_named_leader_attends_is_an_invitation_dated_when_it_was_said() -> None:
    seen = only(events("Kenyan Foreign Minister Musalia Mudavadi said on Monday that he hoped Ethiopian Prime "
                       "Minister Abiy Ahmed would attend the trade summit in March."))
    assert (seen.type, seen.mode, seen.modality) == (EventType.AGREE, None, "asserted")
    assert seen.actors == {"Musalia Mudavadi"} and seen.targets == {"Abiy Ahmed"}, "the hoper is no attendee"
    assert seen.time == "Monday", "the day it was said, not the summit's month"


def test_an_expressed_hope_with_no_day_of_its_own_keeps_none_for_its_article_to_give() -> None:
    seen = only(events("Kenyan Foreign Minister Musalia Mudavadi expressed hope that Ethiopian Prime Minister "
                       "Abiy Ahmed would attend the upcoming trade summit in March."))
    assert seen.type == EventType.AGREE and seen.modality == "asserted"
    assert seen.actors == {"Musalia Mudavadi"} and seen.targets == {"Abiy Ahmed"}
    assert seen.time is None, "March is when the summit is, not when the hope was voiced"


def test_a_hope_voiced_on_a_day_about_a_state_taking_part() -> None:
    seen = only(events("Kenyan President William Ruto voiced hope on Tuesday that Ethiopia would take part in the "
                       "Nairobi conference in May."))
    assert seen.type == EventType.AGREE and seen.actors == {"William Ruto"} and seen.targets == {"Ethiopia"}
    assert seen.time == "Tuesday"


def test_wishing_looking_forward_and_welcoming_a_visit_are_invitations_too() -> None:
    wish = only(events("Kenyan President William Ruto said he wished that Ethiopian Prime Minister Abiy Ahmed "
                       "would come to Nairobi for the talks."))
    assert wish.type == EventType.AGREE and wish.actors == {"William Ruto"} and wish.targets == {"Abiy Ahmed"}
    host = only(events("Kenyan President William Ruto said on Tuesday that he looked forward to hosting Ethiopian "
                       "Prime Minister Abiy Ahmed in Nairobi in May."))
    assert host.type == EventType.AGREE and host.targets == {"Abiy Ahmed"} and host.time == "Tuesday"
    welcome = only(events("Kenyan Foreign Minister Musalia Mudavadi said Kenya would welcome a visit by Ethiopian "
                          "Prime Minister Abiy Ahmed to Nairobi."))
    assert (welcome.type, welcome.modality) == (EventType.AGREE, "asserted"), "the welcome is offered now"
    assert welcome.actors == {"Kenya"} and welcome.targets == {"Abiy Ahmed"} and welcome.location == "Nairobi"


def test_a_quoted_hope_invites_and_a_gathering_dated_in_its_own_words_stays_planned() -> None:
    found = events("“We hope that Prime Minister Abiy Ahmed will be able to take part in the first Kenya-Ethiopia "
                   "trade summit, which is scheduled for March 4,” Kenyan Foreign Minister Musalia Mudavadi said.")
    invitation = next(e for e in found if e.type == EventType.AGREE)
    assert invitation.actors == {"Musalia Mudavadi"} and invitation.targets == {"Abiy Ahmed"}
    assert invitation.time is None, "March 4 is the summit's date"
    summit = [e for e in found if e.type == EventType.CONSULT]
    assert len(found) == 2 and len(summit) == 1 and summit[0].modality == "future" and summit[0].time == "March 4"


def test_what_is_no_invitation_stays_as_it_was() -> None:
    own = only(events("Kenyan President William Ruto said on Tuesday he hoped to visit Addis Ababa in May."))
    assert own.type == EventType.CONSULT, "his own coming: no invitation"
    planned = only(events("Ethiopian Prime Minister Abiy Ahmed is expected to attend the summit in Nairobi in May, "
                          "Kenyan President William Ruto said on Tuesday."))
    assert (planned.type, planned.modality, planned.time) == (EventType.CONSULT, "future", "May"), "a plan"
    talks = only(events("Kenyan Foreign Minister Musalia Mudavadi said he hoped Ethiopian Prime Minister Abiy Ahmed "
                        "would discuss the dam with Egyptian President Abdel Fattah al-Sisi."))
    assert talks.type == EventType.CONSULT and talks.modality == "hypothetical", "no coming hoped for"
    invited = only(events("Kenyan Foreign Minister Musalia Mudavadi on Monday invited Ethiopian Prime Minister Abiy "
                          "Ahmed to visit Nairobi in March."))
    assert (invited.type, invited.actors, invited.targets, invited.time) == (
        EventType.AGREE, {"Musalia Mudavadi"}, {"Abiy Ahmed"}, "Monday"), "the same type as an invitation outright"


# --- resolution: an invitation is addressed to whom it invites ----------------------------------------------------

FACTS = {
    "minister_oda": EntityFacts(EntityType.PERSON, None),
    "president_vell": EntityFacts(EntityType.PERSON, None),
    "envoy_ruiz": EntityFacts(EntityType.PERSON, None),
    "norvia": EntityFacts(EntityType.STATE, None),
    "kessel_state": EntityFacts(EntityType.STATE, None),
}
IDS = ["minister_oda", "president_vell", "envoy_ruiz", "norvia", "kessel_state"]
JUNE_3 = TimeExpr("3 June 2024", TimeKind.ABSOLUTE, year=2024, month=6, day=3)


def agree(article: str, n: int, actors: list[int], targets: list[int], lemma: str) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4,
                        type=EventType.AGREE, mode=None, modality=Modality.ASSERTED, actors=tuple(actors),
                        targets=tuple(targets), location=None, time=JUNE_3, lemma=lemma)


def events_of(resolver: EventResolver, article: str) -> list[Event]:
    ids = dict.fromkeys(item.event_id for item in resolver.by_article[article])
    return [resolver.events[i] for i in ids if i is not None]


def test_same_invitee_rule() -> None:
    assert rules.same_invitee(set(), ["norvia"]), "no invitation, or nobody named: other rules decide"
    assert rules.same_invitee({"president_vell"}, ["minister_oda", "president_vell"])
    assert not rules.same_invitee({"president_vell"}, ["minister_oda", "norvia", "kessel_state"])


def test_an_invitation_and_a_pact_of_one_minister_on_one_day_are_two_events() -> None:
    """'Minister Oda noted on 3 June an agreement between Norvia and Kessel.' / 'On 3 June Oda voiced hope that
    President Vell would attend the summit.' (another article)"""
    resolver = EventResolver(FACTS.get)
    day = PartialDate(2024, 6, 4)
    resolver.add_article("a", day, [agree("a", 0, [0, 3], [4], "agreement")], IDS, [JUNE_3])
    resolver.add_article("b", day, [agree("b", 0, [0], [1], "invite")], IDS, [JUNE_3])
    assert events_of(resolver, "a")[0].id != events_of(resolver, "b")[0].id
    resolver.add_article("c", day, [agree("c", 0, [0], [1], "invite")], IDS, [JUNE_3])
    assert events_of(resolver, "c")[0].id == events_of(resolver, "b")[0].id, "the same invitation told again"
    resolver.add_article("d", day, [agree("d", 0, [0], [2], "invite")], IDS, [JUNE_3])
    assert events_of(resolver, "d")[0].id != events_of(resolver, "b")[0].id, "another person invited"
