"""Derive Dossier's verb lexicon (`cameo_verbs.json`) from the event-data field's own resources.

    python -m dossier.lexicon.build [RESOURCES]      # RESOURCES: default ../shared/resources

Sources (see `cameo_verbs.NOTICE`): PETRARCH2's CAMEO verb dictionary (`petrarch2/CAMEO.2.0.txt`, MIT,
Open Event Data Alliance), its discards list (`petrarch2/Phoenix.discards.txt`, MIT), and the CAMEO-to-PLOVER
table (`plover/CAMEO2PLOVER-2021.txt`, CC BY-SA 4.0, Open Event Data Alliance). Where the table is silent or
differs from the PLOVER manual, `cameo_policy.yaml` says what Dossier does.

The dictionary is a list of verb blocks: synonymous verbs (each with an optional code of its own), a default
CAMEO code for the block, and patterns refining it by what surrounds the verb: a particle ("set UP"), an
object noun phrase ("ask for {FINANCIAL AID}"), prepositional phrases ("appeal (FOR CALM)"), a subject
("&MILITARY * EXERCISES"). Synonym sets (&CURRENCY) are expanded; codes become PLOVER type and mode. The
output keeps, per block, the verbs, their default trigger, and each pattern's slots as sets of words.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "cameo_verbs.json"
POLICY = HERE / "cameo_policy.yaml"

PARTICLES = {"up", "down", "out", "off", "in", "on", "over", "back", "away", "forward", "aside", "through", "around",
             "ahead", "together", "along", "apart", "about", "across", "by", "behind"}
PREPOSITIONS = {"to", "for", "from", "with", "against", "into", "onto", "toward", "towards", "at", "of", "on", "in",
                "by", "over", "under", "upon", "about", "between", "among", "through", "across", "behind", "before",
                "after", "near", "as", "beyond", "within", "without", "during", "since", "until", "like"}
_TOKEN = re.compile(r"\{[^}]*\}|\([^()]*(?:\{[^}]*\}[^()]*)*\)|\S+")
Slot = dict[str, Any]  # {"w": [head words], "m": [[modifier words], ...]}


def _clean(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in lines:
        line = _clean(raw).strip()
        if line.startswith("&"):
            current = synsets.setdefault(line.rstrip("_").upper(), [])
        elif line.startswith("+") and current is not None:
            current.append(line[1:].rstrip("_").replace("_", " ").lower())
        elif line.startswith("---"):
            break
        elif line and not line.startswith("+"):
            current = None
    return synsets


def read_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode) from the CAMEO-to-PLOVER table."""
    table: dict[str, tuple[str, str | None]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = _clean(raw).strip()
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
        if m and len(m.group(1)) > 2:
            table.setdefault(m.group(1), (m.group(2), (m.group(3) or "").strip() or None))
    return table


class Converter:
    def __init__(self, table: dict[str, tuple[str, str | None]], policy: dict[str, Any],
                 synsets: dict[str, list[str]]) -> None:
        self.table = table
        self.codes: dict[str, Any] = {str(k): v for k, v in (policy.get("codes") or {}).items()}
        self.modes: dict[str, list[str]] = policy.get("modes_kept") or {}
        self.synsets = synsets

    def plover(self, code: str | None) -> list[str | None] | None:
        """A CAMEO code ('0344', '042:043', ':173', '---') -> [PLOVER type, mode], or None (no event)."""
        if not code:
            return None
        first = next((part for part in code.split(":") if part.strip("-! ")), "")
        digits = re.sub(r"\D", "", first)
        if not digits:
            return None
        for k in range(len(digits), 1, -1):  # the most precise code the policy or the table knows
            prefix = digits[:k]
            if prefix in self.codes:
                chosen = self.codes[prefix]
                if chosen is None:
                    return None
                kind, mode = (chosen, None) if isinstance(chosen, str) else (chosen[0], chosen[1])
                return [kind, mode if mode in self.modes.get(kind, []) else None]
            if prefix in self.table:
                kind, mode = self.table[prefix]
                return [kind, mode if mode in self.modes.get(kind, []) else None]
        return None

    def is_synset(self, tokens: list[str]) -> bool:
        return any(t.strip("{}").startswith("&") for t in tokens)

    def words(self, token: str) -> list[str]:
        """A pattern word or synset -> its lower-case alternatives."""
        token = token.strip("_")
        if token.startswith("&"):
            found = self.synsets.get(token.rstrip("_").upper())
            return sorted({_head(p) for p in found}) if found else []
        return [token.replace("_", " ").lower()]

    def noun_phrase(self, tokens: list[str]) -> Slot | None:
        """['{FINANCIAL', 'AID}'] or ['AID'] or ['&CURRENCY'] -> head alternatives and modifiers."""
        words = [t for t in " ".join(tokens).replace("{", " ").replace("}", " ").split()
                 if t not in ("$", "+", "^", "%")]
        if not words:
            return None
        head = self.words(words[-1])
        if not head:
            return None
        mods = [alternatives for w in words[:-1] if (alternatives := self.words(w))]
        slot: Slot = {"w": head, "m": mods} if mods else {"w": head}
        if words[-1].startswith("&"):
            slot["syn"] = 1  # a synonym set: less telling than a word written out
        return slot

    def pattern(self, text: str) -> dict[str, Any] | None:
        m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]", text)
        if not m or "*" not in m.group(1):
            return None
        before, after = m.group(1).split("*", 1)
        found: dict[str, Any] = {}
        subject = self.noun_phrase([t for t in _TOKEN.findall(before) if not t.startswith("(")])
        if subject:
            found["s"] = subject
        preps = []
        for token in _TOKEN.findall(after):
            if token in ("$", "+", "^", "%"):
                continue
            if token.startswith("("):
                inner = [t for t in _TOKEN.findall(token[1:-1]) if t not in ("$", "+", "^", "%")]
                if inner:
                    np = self.noun_phrase(inner[1:])
                    preps.append({"p": inner[0].lower(), **({"o": np} if np else {})})
                continue
            word = token.lower()
            if "o" not in found and "p" not in found and not preps and word in PARTICLES:
                found["p"] = word  # "set UP", "put DOWN riot"
            elif "o" in found and word in PREPOSITIONS:
                preps.append({"p": word})  # "troop * TOWARD +"
            elif "o" not in found and not preps and (np := self.noun_phrase([token])):
                found["o"] = np
        if preps:
            found["pp"] = preps
        if not {"s", "p", "o", "pp"} & set(found):
            return None
        found["code"] = m.group(2).strip()
        found["t"] = self.plover(found["code"])
        return found


def _head(phrase: str) -> str:
    """'weapons of mass destruction' -> 'weapons'; 'armoured cars' -> 'cars'."""
    words = phrase.split()
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


def read_blocks(lines: list[str], converter: Converter) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    block: dict[str, Any] | None = None
    for raw in lines:
        text = _clean(raw).strip()
        if not text:
            continue
        header = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]", text)
        if header:
            block = {"name": header.group(1), "code": header.group(2).strip(), "verbs": {}, "phrasal": {},
                     "patterns": []}
            block["default"] = converter.plover(block["code"])
            blocks.append(block)
            continue
        if block is None or text.startswith(("~", "&")):
            continue
        if text.startswith("-"):
            found = converter.pattern(text)
            if found is not None:
                block["patterns"].append(found)
            continue
        own = re.search(r"\[([^\]]*)\]", text)
        form = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text).split()
        if not form:
            continue
        trigger = converter.plover(own.group(1).strip()) if own else block["default"]
        word = form[0]
        if "_" in word:  # "+ASK_FOR": the verb marked with '+' and a particle or preposition after it
            parts = word.split("_")
            marked = next((k for k, p in enumerate(parts) if p.startswith("+")), 0)
            verb = parts[marked].lstrip("+").lower()
            rest = [p.lower() for p in parts[marked + 1:]]
            if verb and len(rest) == 1:
                block["phrasal"][f"{verb} {rest[0]}"] = trigger
            continue
        block["verbs"][word.lstrip("+").lower()] = trigger
    return [b for b in blocks if b["verbs"] or b["phrasal"]]


TIME_WORDS = {"ago", "later", "earlier", "year", "years", "month", "months", "week", "weeks", "day", "days",
              "decade", "decades", "century", "january", "february", "march", "april", "may", "june", "july",
              "august", "september", "october", "november", "december"}


def read_discards(path: Path) -> list[str]:
    """Phrases that mark a sentence as no political event (sports, weather, entertainment). Phrases of time
    ("1945", "years ago", "april 1942") are left out: PETRARCH used them to skip history, which Dossier dates
    instead."""
    found = set()
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = _clean(raw).split(";", 1)[0].strip().lstrip("+")
        phrase = " ".join(line.replace("_", " ").lower().split())
        if phrase and not any(w.isdigit() or w in TIME_WORDS for w in phrase.split()):
            found.add(phrase)
    return sorted(found)


def build(resources: Path) -> dict[str, Any]:
    verbs_file = resources / "petrarch2" / "CAMEO.2.0.txt"
    lines = verbs_file.read_text(encoding="utf-8", errors="replace").splitlines()
    policy = yaml.safe_load(POLICY.read_text(encoding="utf-8"))
    converter = Converter(read_table(resources / "plover" / "CAMEO2PLOVER-2021.txt"), policy, read_synsets(lines))
    blocks = read_blocks(lines, converter)
    return {
        "about": "Derived by `python -m dossier.lexicon.build` from PETRARCH2's CAMEO verb dictionary (MIT) and the"
                 " CAMEO-to-PLOVER table (CC BY-SA 4.0), Open Event Data Alliance; see cameo_verbs.NOTICE."
                 " Do not edit: rebuild.",
        "blocks": blocks,
        "discards": read_discards(resources / "petrarch2" / "Phoenix.discards.txt"),
    }


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=True, sort_keys=False, separators=(",", ":")) + "\n"


def resources_folder(argv: list[str], needed: str, what: str) -> Path | None:
    """The folder of the field's resources a converter reads: its argument, else ../shared/resources beside the
    checkout; None, said on standard error, when `needed` (a path inside it) is not there."""
    folder = Path(argv[0]) if argv else HERE.parents[3].parent / "shared" / "resources"
    if (folder / needed).is_file():
        return folder
    print(f"no {what} under {folder}", file=sys.stderr)
    return None


def main(argv: list[str]) -> int:
    resources = resources_folder(argv, "petrarch2/CAMEO.2.0.txt", "PETRARCH2 dictionary")
    if resources is None:
        return 2
    data = build(resources)
    OUTPUT.write_text(dump(data), encoding="utf-8")
    patterns = sum(len(b["patterns"]) for b in data["blocks"])
    verbs = sum(len(b["verbs"]) + len(b["phrasal"]) for b in data["blocks"])
    print(f"{OUTPUT.name}: {len(data['blocks'])} blocks, {verbs} verbs, {patterns} patterns,"
          f" {len(data['discards'])} discards")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
