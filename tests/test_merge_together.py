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
