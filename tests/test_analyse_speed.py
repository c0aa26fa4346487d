"""Cheaper per-article work in analyse (issue 16: ingest within 1.5x bare spaCy) that finds exactly what the slower
way found."""

from __future__ import annotations

from spacy.matcher import Matcher

from dossier.analyse import analyse
from dossier.analyse.nlp import OneTokenMatcher
from dossier.models import Article
from tests.helpers.pipeline import pipeline

# Written for this test: acronyms in capitals, the same letters in lower case, inside a compound and at the ends.
TEXT = ("US envoys met UAE and USSR veterans in the capital. Let us say the US-backed forces and the U.S. Navy "
        "talked to us.\nUSA")


def test_the_rulers_one_token_patterns_match_as_spacys_matcher_does() -> None:
    nlp, _ = pipeline()
    ruler = nlp.get_pipe("entity_ruler")
    fast = ruler.matcher
    assert isinstance(fast, OneTokenMatcher) and fast.keys  # the pack's acronyms are looked up, not matched
    slow = Matcher(nlp.vocab)
    for label, patterns in ruler.token_patterns.items():  # every token pattern the ruler was given
        slow.add(label, patterns)
    doc = nlp(TEXT)
    expected = list(slow(doc))
    assert expected  # the text has acronyms of the pack
    assert list(fast(doc)) == expected  # the same matches, in the same order


def test_acronyms_are_entities_in_capitals_only() -> None:
    nlp, _ = pipeline()
    analysed = next(analyse([Article("acronyms", TEXT, "test.txt")], nlp))
    found = {(e.text, e.pack_id) for e in analysed.entities}
    assert ("UAE", "united_arab_emirates") in found
    assert ("USA", "united_states") in found
    assert not any(e.text == "us" for e in analysed.entities)  # "let us", "to us": no state
