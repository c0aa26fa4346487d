"""Domain packs: the story-specific knowledge (actors, issues, extra event triggers) kept as a data file.

A pack is YAML (format in docs/packs.md). `load_pack` validates it and fails with one clear
line naming the file and the field. The engine runs without a pack (`--pack none`).

A new store is given the bundled pack its articles are about, or none (`select_pack`): the share of
the articles' proper names that are the pack's actors (countries, capitals and seats of government,
which every story names, left out) must reach `AUTO_SHARE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from dossier.errors import DossierError
from dossier.models import EntityType

NO_PACK = "none"
DEFAULT_PACK = "syria-russia"
_ID = r"^[a-z0-9][a-z0-9_]*$"


def _not_blank(text: str) -> str:
    if not text.strip():
        raise ValueError("must not be empty or blank")
    return text


Text = Annotated[str, AfterValidator(_not_blank)]  # a name, alias, keyword or trigger: blank would match anything


def _event_types() -> frozenset[str]:
    """PLOVER's types as the trigger lexicon knows them, and NONE (phrases that are no event)."""
    from dossier.lexicon import load_yaml

    return frozenset(load_yaml("triggers.yaml"))


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackActor(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    name: Text
    type: EntityType
    aliases: list[Text] = []
    wikidata: Annotated[str | None, Field(pattern=r"^Q\d+$")] = None
    denotes: str | None = None  # the actor this one stands for when it acts ("Kremlin" -> russia)
    note: str | None = None


class PackIssue(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    label: Text
    keywords: list[Text] = []
    anchors: list[str] = []  # actor ids whose mention ties a sentence to this issue


class Pack(_Strict):
    name: Text
    label: str = ""
    version: int = 1
    actors: list[PackActor] = []
    issues: list[PackIssue] = []
    triggers: dict[str, list[Text]] = {}

    @field_validator("triggers")
    @classmethod
    def _known_types(cls, triggers: dict[str, list[str]]) -> dict[str, list[str]]:
        known = _event_types()
        unknown = sorted(set(triggers) - known)
        if unknown:
            raise ValueError(f"unknown PLOVER type {', '.join(map(repr, unknown))} (known: {', '.join(sorted(known))})")
        return triggers

    @model_validator(mode="after")
    def _references_resolve(self) -> Pack:
        ids = [a.id for a in self.actors]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"actor ids used twice: {', '.join(duplicates)}")
        known = set(ids)
        for actor in self.actors:
            if actor.denotes and actor.denotes not in known:
                raise ValueError(f"actor {actor.id!r} denotes unknown actor {actor.denotes!r}")
        for issue in self.issues:
            missing = [a for a in issue.anchors if a not in known]
            if missing:
                raise ValueError(f"issue {issue.id!r} is anchored on unknown actors: {', '.join(missing)}")
        return self

    def actor(self, actor_id: str) -> PackActor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def without_aliases(self) -> Pack:
        """The same pack knowing only canonical names: how well does resolution do on its own?"""
        return self.model_copy(update={"actors": [a.model_copy(update={"aliases": []}) for a in self.actors]})


EMPTY_PACK = Pack(name=NO_PACK, label="no pack")


def bundled_packs() -> list[str]:
    folder = resources.files("dossier.packs")
    return sorted(entry.name.removesuffix(".yaml") for entry in folder.iterdir() if entry.name.endswith(".yaml"))


def load_pack(name_or_path: str | None) -> Pack:
    """A bundled pack by name, a pack file by path, or the empty pack for None/'none'."""
    if not name_or_path or name_or_path == NO_PACK:
        return EMPTY_PACK
    path = Path(name_or_path)
    if name_or_path in bundled_packs():
        source = resources.files("dossier.packs").joinpath(f"{name_or_path}.yaml")
        text, where = source.read_text(encoding="utf-8"), f"{name_or_path}.yaml"
    elif path.is_file():
        text, where = _read_pack_file(path), str(path)
    else:
        raise DossierError(f"no pack named {name_or_path!r} and no such file (bundled: {', '.join(bundled_packs())})")
    return parse_pack(text, where)


def _read_pack_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as bad:
        raise DossierError(f"pack {path}: not UTF-8 text (byte {bad.object[bad.start]:#04x} at position"
                           f" {bad.start}); save it as UTF-8") from None
    except OSError as bad:
        raise DossierError(f"pack {path}: cannot read it: {bad.strerror or bad}") from None


# --- the pack kept with a store -----------------------------------------------------------------------
# A store keeps its pack's content, not just its name: a store built with `--pack FILE` is self-contained, and the
# next ingest, analysis and the web app find the pack without the file.


PACK_CONTENT = "pack_content"  # the store's meta key


def pack_content(pack: Pack) -> str:
    """The pack as stored with a store (JSON, the same text its fingerprint is taken of)."""
    return pack.model_dump_json()


def stored_pack(content: str | None, where: str = "the store") -> Pack | None:
    """The pack a store keeps, or None when it keeps none (a store built before packs were kept)."""
    if not content:
        return None
    try:
        return Pack.model_validate_json(content)
    except ValidationError as bad:
        raise DossierError(f"the pack kept in {where} is not valid any more ({_first_problem(bad)}); run"
                           " `dossier reprocess --pack NAME|FILE` to analyse it with another") from None


def _first_problem(bad: ValidationError) -> str:
    first = bad.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "pack"
    more = f" (and {bad.error_count() - 1} more problems)" if bad.error_count() > 1 else ""
    return f"{field}: {str(first['msg']).removeprefix('Value error, ')}{more}"


def parse_pack(text: str, where: str) -> Pack:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as bad:
        mark = getattr(bad, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        raise DossierError(f"pack {where}{line}: not valid YAML ({getattr(bad, 'problem', bad)})") from None
    if not isinstance(data, dict):
        raise DossierError(f"pack {where}: expected a mapping with name, actors, issues, triggers")
    try:
        return Pack.model_validate(data)
    except ValidationError as bad:
        raise DossierError(f"pack {where}: {_first_problem(bad)}") from None


# --- choosing a pack for a new store ------------------------------------------------------------------

AUTO_SHARE = 0.4  # share of the articles' proper names a bundled pack must know to be chosen
AUTO_SAMPLE = 200  # articles looked at
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:al|el|bin|ibn|abu|de|van|von|der|la|le)[- ])?[A-Z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z-]+\b")
_STARTERS = frozenset({  # function words that open a sentence, header keys, calendar words: never names
    "a", "an", "the", "in", "on", "at", "as", "after", "before", "but", "and", "or", "for", "if", "it", "its", "he",
    "she", "his", "her", "they", "their", "we", "i", "this", "that", "these", "those", "when", "while", "with",
    "without", "from", "by", "to", "of", "so", "yet", "also", "meanwhile", "however", "there", "here", "what",
    "who", "why", "how", "mr", "mrs", "ms", "dr", "our", "your", "my", "title", "url", "source", "published",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


@dataclass(frozen=True, slots=True)
class PackChoice:
    """The pack chosen for a store and why: `share` is the share of the articles' proper names that are its
    actors; `how` says who chose (asked for, the store's, chosen from the articles)."""

    pack: Pack
    share: float
    how: str
    best: str | None = None  # the bundled pack that came closest, when none was chosen

    def describe(self) -> str:
        if self.how == "chosen":
            return f"{self.pack.name} (chosen: {self.share:.0%} of the names in the articles are its actors)"
        if self.how == "none fits":
            closest = f"; closest {self.best} with {self.share:.0%}" if self.best else ""
            return f"none (no bundled pack is about these articles{closest}; --pack forces one)"
        return f"{self.pack.name} ({self.how})"


def proper_names(text: str, common: frozenset[str] = frozenset()) -> list[str]:
    """Runs of capitalised words ('President Vladimir Putin', 'Hmeimim'), possessives dropped; left out: function
    words that open a sentence, words in capitals (headers, datelines), and a lone word that `common` holds
    (written in lower case elsewhere: 'During', 'Talks')."""
    found = []
    for match in _NAME.finditer(text):
        words = [_POSSESSIVE.sub("", w) for w in match.group(0).split()]
        words = [w for w in words if len(w) > 1 and not (w.isupper() and len(w) > 5)]
        while words and words[0].lower() in _STARTERS:
            words = words[1:]
        if not words or (len(words) == 1 and words[0].lower() in common):
            continue
        found.append(" ".join(words))
    return found


def name_share(pack: Pack, texts: Iterable[str]) -> float:
    """The share of the texts' proper names that are the pack's actors. Names every story uses (countries,
    their people and capitals, seats of government, news organisations) count on neither side."""
    known = _aliases(pack)
    sample = list(texts)
    common = frozenset(w for text in sample for w in _LOWER_WORD.findall(text))
    total = hits = 0
    for text in sample:
        for name in proper_names(text, common):
            if _common_place(name):
                continue
            total += 1
            hits += _knows(name, known)
    return hits / total if total else 0.0


def select_pack(texts: Iterable[str], candidates: Iterable[str] | None = None) -> PackChoice:
    """The bundled pack whose actors the texts name most, if it reaches `AUTO_SHARE`; else no pack."""
    sample = list(texts)
    scored = [(name_share(load_pack(name), sample), name) for name in (candidates or bundled_packs())]
    if not scored:
        return PackChoice(EMPTY_PACK, 0.0, "none fits")
    share, best = max(scored)
    if share >= AUTO_SHARE:
        return PackChoice(load_pack(best), share, "chosen")
    return PackChoice(EMPTY_PACK, share, "none fits", best)


def _aliases(pack: Pack) -> frozenset[str]:
    return frozenset(alias.lower().removeprefix("the ") for actor in pack.actors
                     for alias in (actor.name, *actor.aliases) if not _common_place(alias))


def _knows(name: str, known: frozenset[str]) -> bool:
    words = name.lower().split()
    return any(" ".join(words[i:j]) in known for i in range(len(words)) for j in range(i + 1, len(words) + 1))


def _common_place(name: str) -> bool:
    from dossier.lexicon import gazetteer, news  # loaded only when a pack is chosen

    places = gazetteer()
    bare = name.removeprefix("the ").removeprefix("The ")
    return places.country(bare) is not None or bare.lower() in places.capitals or bare.lower() in places.seats \
        or news().organisation(bare) is not None or places.organisation(bare) is not None
