"""What two sides do together, told by each side's outlet the other way round: a pact one report says Norvia
signed with Lorn and another that Lorn signed with Norvia is one signing. Rules on their own, then the resolver on
mentions written for these tests (no parsing)."""

from __future__ import annotations

from dossier.models import EntityType, EventMention, Modality, PartialDate, TimeExpr, TimeKind
from dossier.plover import EventType
from dossier.resolve.events import EntityFacts, EventResolver, rules
from dossier.resolve.events.settings import DEFAULT

FACTS = {
    "norvia": EntityFacts(EntityType.STATE, None),
    "lorn": EntityFacts(EntityType.STATE, None),
}
IDS = ["norvia", "lorn"]
NORVIA, LORN = 0, 1


def mention(article: str, n: int, actors: list[int], targets: list[int], lemma: str, time: TimeExpr,
            kind: EventType = EventType.SUPPORT) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4, type=kind,
                        mode=None, modality=Modality.ASSERTED, actors=tuple(actors), targets=tuple(targets),
                        location=None, time=time, lemma=lemma)


def test_a_signing_told_either_way_round_is_done_together() -> None:
    """'Norvia signed a pact with Lorn' and 'Lorn signed the pact with Norvia': both told with a word of signing;
    a signing and a thanking are not."""
    words = DEFAULT.together_words
    assert rules.signed_together(["sign"], {"sign", "agree"}, words)
    assert rules.signed_together(["initial"], ["sign"], words)
    assert not rules.signed_together(["thank"], ["sign"], words), "Lorn thanked Norvia: Lorn's own act"
    assert not rules.signed_together(["sign"], [], words)


def test_one_pact_signed_with_each_other_is_one_event() -> None:
    """A review read first: 'In August, Norvia signed a defence protocol with Lorn.' A report of 15 August: 'Lorn
    signed a defence pact with Norvia on 14 August.' One signing; two strikes told the same two ways stay two."""
    resolver = EventResolver(FACTS.get)
    day = TimeExpr("on 14 August", TimeKind.ABSOLUTE, year=2026, month=8, day=14)
    month = TimeExpr("In August", TimeKind.ABSOLUTE, year=2026, month=8)
    resolver.add_article("review", PartialDate(2026, 9, 30), [mention("review", 0, [NORVIA], [LORN], "sign", month),
                                                            mention("review", 2, [NORVIA], [LORN], "strike", day,
                                                                    EventType.ASSAULT)], IDS, [month, day])
    resolver.add_article("report", PartialDate(2026, 8, 15), [mention("report", 0, [LORN], [NORVIA], "sign", day),
                                                            mention("report", 3, [LORN], [NORVIA], "strike", day,
                                                                    EventType.ASSAULT)], IDS, [day])
    signed = {item.event_id for item in (resolver.by_article["report"][0], resolver.by_article["review"][0])}
    struck = {item.event_id for item in (resolver.by_article["report"][1], resolver.by_article["review"][1])}
    assert len(signed) == 1
    assert len(struck) == 2, "a strike and the answer to it, the same day"


# --- a leader acting for his state (h31merge) ---------------------------------------------------

PEOPLE = {
    "norvia": EntityFacts(EntityType.STATE, None),
    "lorn": EntityFacts(EntityType.STATE, None),
    "premier_adler": EntityFacts(EntityType.PERSON, None, affiliation="norvia"),  # "Norvian Premier Tove Adler"
    "minister_brandt": EntityFacts(EntityType.PERSON, None, affiliation="norvia"),  # "Norvian minister Ola Brandt"
    "president_quell": EntityFacts(EntityType.PERSON, None, affiliation="lorn"),  # "Lornish President Ivo Quell"
    "envoy_kast": EntityFacts(EntityType.PERSON, None),  # a person the text ties to no state
}
PEOPLE_IDS = ["norvia", "lorn", "premier_adler", "minister_brandt", "president_quell", "envoy_kast"]
P_NORVIA, P_LORN, ADLER, BRANDT, QUELL, KAST = range(6)


def test_a_state_named_by_one_side_and_its_leader_by_the_other_is_shared() -> None:
    """'Norvia and Lorn signed the charter' beside 'Premier Adler of Norvia signed it': Norvia is named by one side
    and acts through its premier on the other. Two people of one state share nothing by it, nor does a person the
    text ties to no state; sides with a party in common already are not counted again."""
    state_of = {k: v.affiliation for k, v in PEOPLE.items()}.get
    assert rules.states_through_people({"norvia", "lorn"}, {"premier_adler"}, state_of) == {"norvia"}
    assert rules.states_through_people({"premier_adler"}, {"norvia", "lorn"}, state_of) == {"norvia"}
    assert rules.states_through_people({"premier_adler", "president_quell"}, {"norvia", "lorn"}, state_of) == {
        "norvia", "lorn"}
    assert rules.states_through_people({"premier_adler"}, {"minister_brandt"}, state_of) == set(), \
        "the premier and a minister of Norvia: two people who may act apart"
    specific = {k for k, v in PEOPLE.items() if v.type is EntityType.PERSON}.__contains__
    assert rules.states_through_people({"premier_adler", "president_quell"}, {"norvia", "lorn"}, state_of,
                                       specific) == {"norvia", "lorn"}
    assert rules.states_through_people({"premier_adler", "president_quell"}, {"norvia", "lorn", "envoy_kast"},
                                       state_of, specific) == set(), \
        "the other side names a person of its own (envoy Kast): other people, another meeting"
    assert rules.states_through_people({"envoy_kast"}, {"norvia"}, state_of) == set()
    assert rules.states_through_people({"envoy_kast", "president_quell"}, {"envoy_kast", "lorn"}, state_of) == set(), \
        "envoy Kast ties the two already: Quell's Lorn adds nothing"
    assert rules.states_through_people({"norvia", "president_quell"}, {"norvia", "lorn"}, state_of) == set(), \
        "both name Norvia: the sides are known, Quell's Lorn is not counted again"


def _charter(article: str, n: int, actors: list[int], time: TimeExpr, lemma: str = "sign",
             kind: EventType = EventType.AGREE) -> EventMention:
    return EventMention(article_id=article, sentence=n, trigger=lemma, start=10 * n, end=10 * n + 4, type=kind,
                        mode=None, modality=Modality.ASSERTED, actors=tuple(actors), targets=(), location=None,
                        time=time, lemma=lemma)


def test_leaders_signing_and_their_states_signing_the_same_day_are_one_event() -> None:
    """A wire of 3 March: 'Premier Adler and President Quell signed a border charter on Monday.' A daily of
    4 March: 'Norvia and Lorn signed the charter on 2 March.' One signing told once by its leaders, once by their
    states."""
    resolver = EventResolver(PEOPLE.get)
    day = TimeExpr("on 2 March", TimeKind.ABSOLUTE, year=2026, month=3, day=2)
    resolver.add_article("wire", PartialDate(2026, 3, 3), [_charter("wire", 0, [ADLER, QUELL], day)], PEOPLE_IDS,
                         [day])
    resolver.add_article("daily", PartialDate(2026, 3, 4), [_charter("daily", 0, [P_NORVIA, P_LORN], day)],
                         PEOPLE_IDS, [day])
    assert resolver.by_article["wire"][0].event_id == resolver.by_article["daily"][0].event_id


def test_other_people_of_the_state_or_another_day_stay_apart() -> None:
    """'Minister Brandt and envoy Kast signed a trade protocol on Monday' and 'Premier Adler and President Quell
    signed a border charter on Monday': people of one state on one side, nobody of Lorn on the other, are two
    signings. 'Norvia and Lorn signed an accord on 9 March' is another day's signing than the leaders' of 2 March."""
    resolver = EventResolver(PEOPLE.get)
    day = TimeExpr("on 2 March", TimeKind.ABSOLUTE, year=2026, month=3, day=2)
    later = TimeExpr("on 9 March", TimeKind.ABSOLUTE, year=2026, month=3, day=9)
    resolver.add_article("wire", PartialDate(2026, 3, 3), [_charter("wire", 0, [ADLER, QUELL], day)], PEOPLE_IDS,
                         [day])
    resolver.add_article("bulletin", PartialDate(2026, 3, 3), [_charter("bulletin", 0, [BRANDT, KAST], day)],
                         PEOPLE_IDS, [day])
    resolver.add_article("daily", PartialDate(2026, 3, 10), [_charter("daily", 0, [P_NORVIA, P_LORN], later)],
                         PEOPLE_IDS, [later])
    events = {resolver.by_article[a][0].event_id for a in ("wire", "bulletin", "daily")}
    assert len(events) == 3


def test_a_state_reached_through_its_leader_carries_no_date_conflict() -> None:
    """'Premier Adler and President Quell signed a charter on 2 March' and 'Norvia and Lorn signed a charter on
    4 March': the states reached only through their leaders are too weak a tie to call one signing dated two ways."""
    resolver = EventResolver(PEOPLE.get)
    day = TimeExpr("on 2 March", TimeKind.ABSOLUTE, year=2026, month=3, day=2)
    other = TimeExpr("on 4 March", TimeKind.ABSOLUTE, year=2026, month=3, day=4)
    resolver.add_article("wire", PartialDate(2026, 3, 3), [_charter("wire", 0, [ADLER, QUELL], day)], PEOPLE_IDS,
                         [day])
    resolver.add_article("daily", PartialDate(2026, 3, 5), [_charter("daily", 0, [P_NORVIA, P_LORN], other)],
                         PEOPLE_IDS, [other])
    assert resolver.by_article["wire"][0].event_id != resolver.by_article["daily"][0].event_id
