"""The analyse stage: the only place that touches spaCy.

It runs the English pipeline batched (`nlp.pipe`) with the domain pack's actors fed to an
entity ruler ahead of the statistical NER, and hands on plain records: sentences with their
tokens, entity spans and time spans. Nothing downstream holds a spaCy object.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from dossier.analyse.nlp import TIME_LABELS, WANTED_LABELS, build_nlp
from dossier.models import AnalysedArticle, Article, Sentence, Span, Token

__all__ = ["MAX_ANALYSED_CHARS", "analyse", "analysed_part", "build_nlp", "coverage_note", "to_records"]

BATCH_SIZE = 32
# Curly apostrophes split transliterated names ("Hay’at") in the English model; straight ones do
# not. The swap keeps every character offset, so spans still point into the original text.
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


# The most of one article's text that is parsed (about 15,000 words, past any real article); the rest of a longer
# one is stored but not analysed, and its note says so (`analysis_note`).
MAX_ANALYSED_CHARS = 100_000


def analyse(articles: Iterable[Article], nlp: Language, batch_size: int = BATCH_SIZE) -> Iterator[AnalysedArticle]:
    """Analyse articles in order, batched through `nlp.pipe` (each at most MAX_ANALYSED_CHARS long)."""
    pairs = ((analysed_part(article.text).translate(_APOSTROPHES), article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield to_records(doc, article)


def analysed_part(text: str, most: int = MAX_ANALYSED_CHARS) -> str:
    """The text, or for a longer one its first `most` characters, cut at the last paragraph break (else line break,
    else sentence end, else space) before them: the parse of every article is bounded, and offsets stay true."""
    if len(text) <= most:
        return text
    head = text[:most]
    for boundary in ("\n\n", "\n", ". ", " "):
        cut = head.rfind(boundary)
        if cut > most // 2:
            return head[:cut + len(boundary)].rstrip()
    return head


def coverage_note(analysed: AnalysedArticle) -> str | None:
    """A note when the analysis covers less than the article's text (it was longer than the parse limit)."""
    text = analysed.article.text
    covered = max((s.end for s in analysed.sentences), default=0)
    if not text.strip() or not text[covered:].strip():
        return None
    return (f"analysed the first {covered:,} of {len(text):,} characters: Dossier analyses at most"
            f" {MAX_ANALYSED_CHARS:,} characters of an article")


def to_records(doc: Doc, article: Article) -> AnalysedArticle:
    """Plain records of what spaCy found; texts are sliced from the article, not from the Doc."""
    columns = _Columns(doc)
    sentences = tuple(_sentence(i, sent, article.text, columns) for i, sent in enumerate(doc.sents))
    sentence_of = [0] * len(doc)
    for sentence in sentences:
        for token in sentence.tokens:
            sentence_of[token.i] = sentence.index
    entities, times = [], []
    for ent in doc.ents:
        if ent.label_ in TIME_LABELS:
            times.append(_span(ent, sentence_of, article.text))
        elif ent.label_ in WANTED_LABELS or ent.ent_id_:
            span = _span(ent, sentence_of, article.text)
            if span.text:
                entities.append(span)
    return AnalysedArticle(article, sentences, tuple(entities), tuple(times))


class _Columns:
    """A Doc's token attributes read once as arrays (spaCy's Token objects, made one per attribute read, cost
    more than the values), their string ids named through one look-up per distinct id."""

    def __init__(self, doc: Doc) -> None:
        # uint64; HEAD is relative to the token
        array = doc.to_array(["LEMMA", "POS", "TAG", "DEP", "HEAD", "IDX", "LENGTH", "IS_SPACE"])
        strings, names = doc.vocab.strings, {0: ""}
        self.lemma, self.pos, self.tag, self.dep = (
            [names[h] if h in names else names.setdefault(h, strings[h]) for h in column]
            for column in (array[:, 0].tolist(), array[:, 1].tolist(), array[:, 2].tolist(), array[:, 3].tolist()))
        self.head = [i + relative for i, relative in enumerate(array[:, 4].astype("int64").tolist())]
        self.idx, self.length, self.space = array[:, 5].tolist(), array[:, 6].tolist(), array[:, 7].tolist()


def _sentence(index: int, sent: SpacySpan, original: str, columns: _Columns) -> Sentence:
    c = columns
    tokens = tuple(
        Token(i, original[c.idx[i]:c.idx[i] + c.length[i]], c.lemma[i], c.pos[i], c.tag[i], c.dep[i], c.head[i],
              c.idx[i])
        for i in range(sent.start, sent.end) if not c.space[i]
    )
    raw = original[sent.start_char:sent.end_char]
    text = raw.strip()
    start = sent.start_char + (len(raw) - len(raw.lstrip()))
    return Sentence(index, start, start + len(text), text, sent.start, tokens)


def _span(ent: SpacySpan, sentence_of: list[int], original: str) -> Span:
    """An entity span, cut at the first line break (NER sometimes runs across a heading)."""
    text = original[ent.start_char:ent.end_char]
    end_token = ent.end
    if "\n" in text:
        text = text.split("\n", 1)[0]
        end_token = ent.start + max(1, sum(1 for t in ent if t.idx < ent.start_char + len(text)))
    text = text.strip()
    return Span(sentence_of[ent.start], ent.start_char, ent.start_char + len(text), text, ent.label_,
                ent.start, end_token, ent.ent_id_ or None)
