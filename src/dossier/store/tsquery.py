"""Search queries in FTS5's syntax (what `dossier search` documents) turned into PostgreSQL tsquery text.

The subset: words, "phrases", prefix*, AND, OR, NOT (upper case, FTS5's precedence NOT > AND > OR),
parentheses, and words side by side meaning AND. Anything else (column filters, NEAR, stray
punctuation, unbalanced quotes) is not FTS5 either: `ValueError`, and the caller searches the words.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r'\s*(?:(?P<phrase>"(?:[^"]|"")*")|(?P<paren>[()])|(?P<word>\w+)(?P<star>\*)?|(?P<other>\S))')
_WORD = re.compile(r"\w+")
_OPERATORS = {"AND", "OR", "NOT"}


def to_tsquery(query: str) -> str:
    """The tsquery text for an FTS5 query; ValueError when it is not one."""
    return _Parser(query).parse()


def plain_tsquery(query: str) -> str:
    """Every word of `query`, all required (what FTS5 does with a list of quoted words)."""
    return " & ".join(_lexeme(word) for word in _WORD.findall(query))


def _lexeme(word: str, prefix: bool = False) -> str:
    return f"'{word}'{':*' if prefix else ''}"  # words are \w+: nothing to escape


class _Parser:
    def __init__(self, query: str) -> None:
        self.tokens: list[tuple[str, str]] = []  # (kind, text)
        for match in _TOKEN.finditer(query.strip()):
            kind = match.lastgroup if match.lastgroup != "star" else "word"
            if kind == "other":
                raise ValueError(f"unexpected {match.group('other')!r}")
            word = match.group("word")
            if kind == "word" and word in _OPERATORS and not match.group("star"):
                self.tokens.append((word, word))
            else:
                self.tokens.append((str(kind), match.group(0).strip()))
        self.at = 0

    def parse(self) -> str:
        if not self.tokens:
            raise ValueError("empty query")
        text = self._or()
        if self.at < len(self.tokens):
            raise ValueError(f"unexpected {self.tokens[self.at][1]!r}")
        return text

    def _peek(self) -> str | None:
        return self.tokens[self.at][0] if self.at < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        if self.at >= len(self.tokens):
            raise ValueError("the query ends too early")
        self.at += 1
        return self.tokens[self.at - 1]

    def _or(self) -> str:
        parts = [self._and()]
        while self._peek() == "OR":
            self._take()
            parts.append(self._and())
        return " | ".join(parts)

    def _and(self) -> str:
        parts = [self._not()]
        while self._peek() in ("AND", "word", "phrase", "paren") and self.tokens[self.at][1] != ")":
            if self._peek() == "AND":
                self._take()
            parts.append(self._not())
        return " & ".join(parts)

    def _not(self) -> str:
        text = self._primary()
        while self._peek() == "NOT":
            self._take()
            text = f"{text} & !{self._primary()}"
        return text

    def _primary(self) -> str:
        kind, text = self._take()
        if kind == "word":
            return _lexeme(text.rstrip("*"), prefix=text.endswith("*"))
        if kind == "phrase":
            words = _WORD.findall(text)
            if not words:
                raise ValueError("an empty phrase")
            return f"({' <-> '.join(_lexeme(w) for w in words)})"
        if text == "(":
            inner = self._or()
            if self._take()[1] != ")":
                raise ValueError("a parenthesis is not closed")
            return f"({inner})"
        raise ValueError(f"unexpected {text!r}")
