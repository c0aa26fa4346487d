"""Domain packs: the story-specific knowledge (actors, issues, extra event triggers) kept as a data file.

A pack is YAML (format in docs/packs.md). `load_pack` validates it and fails with one clear
line naming the file and the field. The engine runs without a pack (`--pack none`).
"""

from __future__ import annotations

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
