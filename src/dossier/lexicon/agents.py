"""Generic agents: the nouns that name a kind of actor without naming one ("police", "protesters",
"rebels", "opposition supporters"), each with the sector it belongs to.

The list is the field's: PETRARCH2's agents dictionary (Phoenix.agents.txt, MIT, Open Event Data Alliance),
converted by `python -m dossier.lexicon.agents [RESOURCES]` into `agents.json` (see agents.NOTICE), with
Dossier's own choices in `agents.yaml` (which sectors make actors, words left to other rules, additions).

Dictionary lines look like `RIOT_POLICE {} [~COP]`: words joined by `_`, an optional `{...}` of irregular
plurals (`{}`: no plural, a mass noun), and the CAMEO agent code; `!PERSON!` stands for each word of the
substitution set it names (`POLICE!PERSON!` -> policeman, policemen, ...). Regular plurals are implied.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from dossier.lexicon.build import resources_folder

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "agents.json"
_SET = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_ENTRY = re.compile(r"^([^\s{\[#]+)\s*(\{[^}]*\})?\s*\[~?([A-Z]+)[\]}]")


@dataclass(frozen=True, slots=True)
class Agent:
    """A generic agent noun phrase: its CAMEO code ('OPPEDU') and sector name ('opposition')."""

    code: str
    sector: str
    mass: bool = False  # no plural ('police'): a group whatever its number


def plural(word: str) -> str:
    """The regular English plural of a noun phrase's last word: 'rebel' -> 'rebels', 'militia' ->
    'militias', 'party' -> 'parties', 'witness' -> 'witnesses'."""
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def convert(text: str) -> dict[str, list[Any]]:
    """Dictionary text -> {phrase (lower case, words spaced): [code, mass]} for singulars and plurals."""
    sets: dict[str, list[str]] = {}
    found: dict[str, list[Any]] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if (substitution := _SET.match(line)) is not None:
            sets[substitution.group(1)] = [w.strip() for w in substitution.group(2).split(",") if w.strip()]
            continue
        entry = _ENTRY.match(line)
        if entry is None:
            continue
        phrase, plurals, code = entry.group(1), entry.group(2), entry.group(3)
        irregular = [p.strip() for p in (plurals or "")[1:-1].split(",") if p.strip()]
        mass = plurals is not None and not irregular
        for form in _expand(phrase, sets):
            words = form.replace("_", " ").lower().strip()
            if not words or not re.fullmatch(r"[a-z][a-z' .-]*", words):
                continue
            found.setdefault(words, [code, mass])
            if not mass and not irregular and not form.endswith("!"):
                found.setdefault(plural(words), [code, False])
        for form in irregular:
            found.setdefault(form.replace("_", " ").lower().strip(), [code, False])
    return found


def _expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """'POLICE!PERSON!' -> ['POLICEMAN', 'POLICEMEN', ...]; a phrase with no set stays itself."""
    match = re.search(r"!(\w+)!", phrase)
    if match is None:
        return [phrase]
    before, after = phrase[:match.start()], phrase[match.end():]
    return [f for word in sets.get(match.group(1), []) for f in _expand(before + word + after, sets)]


def build(resources_dir: Path) -> dict[str, Any]:
    text = (resources_dir / "petrarch2" / "Phoenix.agents.txt").read_text(encoding="utf-8", errors="replace")
    return {
        "about": "Derived by `python -m dossier.lexicon.agents` from PETRARCH2's agents dictionary"
                 " (Phoenix.agents.txt, MIT, Open Event Data Alliance); see agents.NOTICE. Do not edit: rebuild."
                 " phrase -> [CAMEO agent code, mass noun].",
        "agents": dict(sorted(convert(text).items())),
    }


@dataclass(frozen=True, slots=True)
class Agents:
    phrases: dict[str, Agent]  # lower-cased phrase ("riot police", "protesters") -> agent
    longest: int  # words in the longest phrase

    def find(self, words: list[str]) -> tuple[int, Agent] | None:
        """The longest phrase that ends `words` (lower case, last word the head): (its length, agent)."""
        for n in range(min(self.longest, len(words)), 0, -1):
            agent = self.phrases.get(" ".join(words[-n:]))
            if agent is not None:
                return n, agent
        return None


@lru_cache(maxsize=1)
def agents() -> Agents:
    """The generic agents that make actors: the derived dictionary, less the sectors and words Dossier leaves
    to other rules, plus its own additions (`agents.yaml`)."""
    data = json.loads(resources.files("dossier.lexicon").joinpath("agents.json").read_text(encoding="utf-8"))
    policy = yaml.safe_load(resources.files("dossier.lexicon").joinpath("agents.yaml").read_text(encoding="utf-8"))
    sectors: dict[str, str] = policy["sectors"]
    excluded = {form for w in policy.get("excluded") or [] for form in (w.lower(), plural(w.lower()))}
    phrases: dict[str, Agent] = {}
    for phrase, (code, mass) in data["agents"].items():
        sector = sectors.get(code[:3])
        if sector is None or phrase in excluded or phrase.split()[-1] in excluded:
            continue
        phrases[phrase] = Agent(code, sector, bool(mass))
    for code, words in (policy.get("additions") or {}).items():
        for word in words:
            phrases[word.lower()] = Agent(code, sectors[code[:3]], False)
            phrases.setdefault(plural(word.lower()), Agent(code, sectors[code[:3]], False))
    for code, words in (policy.get("mass_additions") or {}).items():
        for word in words:
            phrases[word.lower()] = Agent(code, sectors[code[:3]], True)
    return Agents(phrases, max((len(p.split()) for p in phrases), default=1))


def dump(data: dict[str, Any]) -> str:
    """JSON with one phrase a line, so that a rebuild's changes read as a diff."""
    lines = [f"  {json.dumps(phrase)}: {json.dumps(value)}" for phrase, value in data["agents"].items()]
    return "{\n" + f'"about": {json.dumps(data["about"])},\n"agents": {{\n' + ",\n".join(lines) + "\n}}\n"


def main(argv: list[str]) -> int:
    resources_dir = resources_folder(argv, "petrarch2/Phoenix.agents.txt", "PETRARCH2 agents dictionary")
    if resources_dir is None:
        return 2
    data = build(resources_dir)
    OUTPUT.write_text(dump(data), encoding="utf-8")
    print(f"{OUTPUT.name}: {len(data['agents'])} phrases")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
