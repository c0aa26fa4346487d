"""Sources are not participants: outlets, agencies and unnamed sources credited for a report are its attribution;
quotations go to the person who spoke (named, described by role, or unnamed), never to the relaying agency or to
the state an unnamed official serves; quotation speakers are found in time linear in the text."""

from __future__ import annotations

import gc
import time

import pytest

from dossier.extract.attribution import UNNAMED, is_outlet, unnamed_head
from dossier.extract.quotes import quote_mentions
from dossier.models import ActorMention, AnalysedArticle, Article, EntityType
from dossier.packs import Pack
from dossier.resolve.actors import ActorResolver
from tests.helpers.pipeline import extraction, pipeline


def _name(mention: ActorMention) -> str:
    return mention.pack_id or mention.name


def parties(text: str, pack_name: str = "syria-russia") -> list[tuple[str | None, set[str], set[str]]]:
    found = extraction(text, pack_name=pack_name)
    return [(e.type, {_name(found.mentions[i]) for i in e.actors}, {_name(found.mentions[i]) for i in e.targets})
            for e in found.events]


def credits(text: str) -> list[set[str]]:
    found = extraction(text)
    return [{found.mentions[i].text for i in e.attribution} for e in found.events]


def speakers(text: str, pack_name: str = "syria-russia") -> list[tuple[str, str | None]]:
    found = extraction(text, pack_name=pack_name)
    return [(q.text, found.mentions[q.speaker].text if q.speaker is not None else None)
            for q in found.quotes if q.kind == "direct"]


@pytest.mark.parametrize(("name", "outlet"), [
    ("AFP", True), ("the Associated Press", True), ("Syrian Arab News Agency", True),
    ("the Harbour Times", True), ("Valley TV", True), ("Daily Clarion", True), ("Coastline News Agency", True),
    ("Syrian Democratic Forces", False), ("Ministry of Defence", False), ("Gazprom", False), ("Times", False),
])
def test_news_organisations_come_from_the_lexicon_and_the_way_outlets_are_named(name: str, outlet: bool) -> None:
    assert is_outlet(name) is outlet


def test_the_corpus_own_outlets_are_outlets() -> None:
    assert is_outlet("Bellweather", ["Bellweather"]) and not is_outlet("Bellweather")


@pytest.mark.parametrize("text", [
    "Moscow sent two shipments of wheat to Damascus, the Interfax news agency reported.",
    "According to Reuters, Turkey expelled two Russian diplomats on Friday.",
    "Two Syrian sources told AFP that Russian troops left the airport at Qamishli.",
    "AMMAN, March 3 (AP) - Jordan condemned the strikes on the border town.",
])
def test_a_report_credited_to_an_outlet_or_a_source_has_no_such_party(text: str) -> None:
    found = parties(text)
    assert found, "the event itself is still found"
    everyone = set().union(*(a | t for _, a, t in found))
    assert not everyone & {"Interfax", "Reuters", "AFP", "AP", "Syrian sources", "Two Syrian sources"}, found
    assert any(credit for credit in credits(text)), "the attribution is kept on the event mention"


def test_an_outlet_that_is_acted_upon_stays_a_party() -> None:
    found = parties("Russia banned the BBC from reporting in Crimea last year.")
    assert any("BBC" in targets for _, _, targets in found), found


@pytest.mark.parametrize("text", [
    "Reuters journalists visited the airbase near Latakia on Tuesday.",
    "An Anadolu Agency crew toured the border crossing at Bab al-Hawa.",
])
def test_what_only_a_newsroom_does_is_no_event_of_the_story(text: str) -> None:
    assert parties(text) == []


def test_a_newsroom_beside_a_party_leaves_the_event_standing() -> None:
    found = parties("Turkish officials and Reuters reporters visited the camp at Azaz on Monday.")
    assert found, found


def test_a_quotation_relayed_by_an_agency_is_the_speaker_s() -> None:
    text = "“We are ready to help rebuild the power grid,” Lavrov said, according to TASS."
    assert speakers(text) == [("We are ready to help rebuild the power grid,", "Lavrov")]
    cited = "“The talks were useful,” Peskov told reporters, as cited by the Interfax news agency."
    assert speakers(cited) == [("The talks were useful,", "Peskov")]


def test_an_agency_speaks_only_when_nobody_else_does() -> None:
    text = "SANA reported: “The president received the Russian envoy in the capital.”"
    assert speakers(text) == [("The president received the Russian envoy in the capital.", "SANA")]


def test_an_unknown_official_is_not_the_state() -> None:
    found = speakers("“We will not allow new bases on our soil,” a senior Jordanian official told Reuters.")
    assert found == [("We will not allow new bases on our soil,", "a senior Jordanian official")]
    plural = speakers("Iranian officials warned: “Any strike will be answered.”", pack_name="none")
    assert plural and plural[0][1] != "Iranian", plural


def test_the_unnamed_source_is_the_same_one_later_in_the_article() -> None:
    text = ("The minister landed in Ankara, a Turkish diplomatic source confirmed to Anadolu. "
            "“He will stay two days,” the source said.")
    found = extraction(text)
    unnamed = [i for i, m in enumerate(found.mentions) if m.descriptor == UNNAMED]
    assert [found.mentions[i].text for i in unnamed] == ["a Turkish diplomatic source", "the source"]
    (quote,) = [q for q in found.quotes if q.kind == "direct"]
    assert quote.speaker == unnamed[1]
    resolver = ActorResolver(Pack(name="test"))
    ids = resolver.resolve(found.mentions).entity_ids
    assert ids[unnamed[0]] == ids[unnamed[1]], "the source is the one the article introduced"
    other = extraction("Officials met in Rome. A Turkish diplomatic source said the meeting went well.")
    again = resolver.resolve(other.mentions).entity_ids
    later = next(ids_ for ids_, m in zip(again, other.mentions, strict=True) if m.descriptor == UNNAMED)
    assert later != ids[unnamed[0]], "an unnamed source of another article is someone else"
    assert unnamed_head("member of the coastal guard") == "member" and unnamed_head("five Syrian sources") == "source"


@pytest.mark.parametrize(("text", "speaker"), [
    ("The country's ambassador to Moscow, Bassam Haddad, told reporters: “We want the embassy open by spring.”",
     "Bassam Haddad"),
    ("Foreign Ministry spokeswoman Lina Karam said the visit was “a turning point”.", "Lina Karam"),
    ("Kenyan President Daniel Otieno arrived in Cairo on Monday. “Trade must double,” the Kenyan leader said.",
     "the Kenyan leader"),
])
def test_a_speaker_introduced_by_title_and_role_is_that_person(text: str, speaker: str) -> None:
    found = extraction(text, pack_name="none")
    quoted = [q for q in found.quotes if q.kind == "direct"]
    assert quoted and quoted[0].speaker is not None
    mention = found.mentions[quoted[0].speaker]
    assert mention.text.endswith(speaker) or mention.text == speaker, mention
    if speaker.startswith("the "):
        assert mention.name == "Daniel Otieno", "the role description stands for the person it describes"


def test_a_speech_verb_tied_to_the_clause_it_reports_keeps_its_speaker() -> None:
    text = ("Foreign Minister Sergei Lavrov said Moscow has received “positive” signals but stressed, "
            "“Nothing is settled yet.”")
    assert ("Nothing is settled yet.", "Foreign Minister Sergei Lavrov") in speakers(text)


def test_a_lone_surname_after_the_full_name_is_the_person_a_pronoun_stands_for() -> None:
    text = ("Deputy Prime Minister Pavel Orlov met the delegation. Orlov added that the talks went well. "
            "He said both sides agreed to meet “in the near future”.")
    found = extraction(text, pack_name="none")
    (quote,) = [q for q in found.quotes if q.kind == "direct"]
    assert quote.speaker is not None and found.mentions[quote.speaker].name in ("Orlov", "Pavel Orlov")


def _long_sentence(size: int) -> str:
    parts: list[str] = []
    k = 0
    while sum(map(len, parts)) < size:
        parts.append(f'Minister Ivan Petrov{k} said "we will keep talking about item {k}" and he added that the '
                     f'talks went well, ')
        k += 1
    return "".join(parts) + "officials said."


def _quote_seconds(analysed: AnalysedArticle, mentions: list[ActorMention]) -> float:
    best = float("inf")
    gc.disable()
    try:
        for _ in range(3):
            started = time.perf_counter()
            quote_mentions(analysed, mentions)
            best = min(best, time.perf_counter() - started)
    finally:
        gc.enable()
    return best


def test_quotation_speakers_cost_time_linear_in_the_text() -> None:
    from dossier.analyse import analyse
    from dossier.extract.actors import actor_mentions

    nlp, pack = pipeline("none")
    timed = []
    for size in (10000, 40000):
        text = _long_sentence(size)
        analysed = next(analyse([Article(f"long{size}", text, "long.txt")], nlp))
        mentions = actor_mentions(analysed, pack)
        timed.append(_quote_seconds(analysed, mentions))
    ratio = timed[1] / max(timed[0], 1e-4)
    assert ratio < 8, f"4x the text took {ratio:.1f}x the time (linear: ~4x; quadratic: ~16x)"


def test_the_minister_named_before_is_not_an_unnamed_source() -> None:
    text = "Sergei Lavrov arrived in Ankara on Monday. “We came to talk,” the Russian minister said."
    found = extraction(text)
    assert not [m for m in found.mentions if m.descriptor == UNNAMED]
    (quote,) = [q for q in found.quotes if q.kind == "direct"]
    assert quote.speaker is not None and found.mentions[quote.speaker].pack_id == "sergei_lavrov"


def test_an_article_credit_names_each_outlet_but_no_address() -> None:
    from dossier.extract.attribution import outlet_names
    assert outlet_names("Lake Lantern (via Harbour Gazette)") == ["Lake Lantern", "Harbour Gazette"]
    assert outlet_names("Lake Lantern (AFP)") == ["Lake Lantern", "AFP"]
    assert outlet_names("Lake Lantern (lakelantern.example)") == ["Lake Lantern"]
    assert outlet_names("") == []


def test_an_outlet_credited_but_never_named_in_the_text_is_an_organisation_of_the_dossier() -> None:
    from dossier.packs import EMPTY_PACK
    from dossier.resolve.actors import ActorResolver
    resolver = ActorResolver(EMPTY_PACK)
    resolver.credit_outlets(["Lake Lantern"], [])
    resolver.credit_outlets(["Lake Lantern"], [])
    (entity,) = resolver.entities.values()
    assert entity.type is EntityType.ORG and entity.articles == 2 and entity.mentions == 0
    assert "Lake Lantern" in entity.aliases
