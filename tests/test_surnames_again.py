"""A person named in full and later by the surname alone, which the tagger left untagged, is that person: a later
description or pronoun speaking a quotation finds them. Sentences written for these tests."""

from __future__ import annotations

from dossier.analyse import analyse
from dossier.extract.actors import surnames_again
from dossier.models import Article, EntityType
from dossier.read.normalise import article_id
from tests.helpers.pipeline import extraction, pipeline


def _people(text: str) -> list[str]:
    return [m.text for m in extraction(text, pack_name="none").mentions if m.type is EntityType.PERSON]


def test_an_untagged_surname_after_the_full_name_is_that_person() -> None:
    text = ("BAMAKO - Colonel Amadou Sall and General Moussa Keita signed the charter on Sunday. Keita, who seldom "
            "leaves the capital, spoke first.")
    assert _people(text).count("Keita") == 1


def test_the_surname_speaks_the_quotation_its_description_introduces() -> None:
    found = extraction("KANO - Colonel Amadou Sall and Captain Ibrahim Kone signed the pact on Sunday. Kone, who "
                       "rarely speaks in public, drew the loudest cheers. \"We will not be anyone's servants,\" the "
                       "Malian officer told the crowd.", pack_name="none")
    speakers = [found.mentions[q.speaker].name for q in found.quotes if q.speaker is not None]
    assert speakers == ["Kone"]


def _found_by_the_rule(text: str) -> list[str]:
    nlp, _ = pipeline("none")
    analysed = next(analyse([Article(article_id(text), text, "test.txt")], nlp))
    named = [m for m in extraction(text, pack_name="none").mentions if m.text != "Kone"]  # what the rule adds
    return [m.text for m in surnames_again(analysed, named)]


def test_a_surname_written_before_the_full_name_or_shared_by_two_people_is_left_alone() -> None:
    after = "Kone, who rarely speaks in public, drew the loudest cheers."
    assert _found_by_the_rule("KANO - Colonel Amadou Sall and Captain Ibrahim Kone signed the pact on Sunday. "
                              + after) == ["Kone"]
    assert _found_by_the_rule("KANO - Captain Ibrahim Kone and Colonel Adama Kone signed the pact on Sunday. "
                              + after) == []
    assert _found_by_the_rule(after + " Later Captain Ibrahim Kone signed the pact in Kano.") == []
