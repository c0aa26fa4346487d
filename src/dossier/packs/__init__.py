"""Domain packs: the story-specific knowledge (actors, issues, extra event triggers) kept as a data file.

A pack is YAML (format in docs/packs.md). `load_pack` validates it and fails with one clear
line naming the file and the field. The engine runs without a pack (`--pack none`).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dossier.errors import DossierError
from dossier.models import EntityType
from dossier.plover import EventType

NO_PACK = "none"
DEFAULT_PACK = "syria-russia"
_ID = r"^[a-z0-9][a-z0-9_]*$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PackActor(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    name: Annotated[str, Field(min_length=1)]
    type: EntityType
    aliases: list[str] = []
    wikidata: Annotated[str | None, Field(pattern=r"^Q\d+$")] = None
    denotes: str | None = None  # the actor this one stands for when it acts ("Kremlin" -> russia)
    note: str | None = None


class PackIssue(_Strict):
    id: Annotated[str, Field(pattern=_ID)]
    label: Annotated[str, Field(min_length=1)]
    keywords: list[str] = []
    anchors: list[str] = []  # actor ids whose mention ties a sentence to this issue


class Pack(_Strict):
    name: Annotated[str, Field(min_length=1)]
    label: str = ""
    version: int = 1
    actors: list[PackActor] = []
    issues: list[PackIssue] = []
    triggers: dict[EventType, list[str]] = {}  # PLOVER type -> lemmas or "verb object" phrases

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
        text, where = path.read_text(encoding="utf-8"), str(path)
    else:
        raise DossierError(f"no pack named {name_or_path!r} and no such file (bundled: {', '.join(bundled_packs())})")
    return parse_pack(text, where)


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
        first = bad.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "pack"
        more = f" (and {bad.error_count() - 1} more problems)" if bad.error_count() > 1 else ""
        raise DossierError(f"pack {where}: {field}: {first['msg']}{more}") from None
