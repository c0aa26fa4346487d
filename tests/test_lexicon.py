"""The trigger lexicon: the converter from the field's verb dictionary (PETRARCH2's CAMEO verbs, typed in
PLOVER through the CAMEO-to-PLOVER table and Dossier's policy), the derived file it writes, and the data files
Dossier keeps by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier.lexicon import frames, trigger_lexicon, verb_dictionary
from dossier.lexicon.build import OUTPUT, POLICY, Converter, build, dump, read_blocks, read_synsets, read_table

RESOURCES = Path(__file__).resolve().parents[2] / "shared" / "resources"
LEXICON = Path(__file__).resolve().parents[1] / "src" / "dossier" / "lexicon"

# A dictionary written for this test in the format of PETRARCH2's CAMEO.2.0.txt.
DICTIONARY = """\
&BEVERAGE_
+TEA
+COFFEE

---  PLEAD   [020]  ---
PLEAD
BESEECH [---]
+CRY_OUT {+CRIES_OUT +CRIED_OUT} [020]
- * (FOR {MEDICAL AID})                              [0233]   # PLEAD
- * &BEVERAGE                                        [018]    # PLEAD
- * UP                                               [---]    # PLEAD
- &MILITARY * (TO RETREAT)                           [0256]   # PLEAD

---  GRUMBLE   [---]  ---
GRUMBLE
- * (ABOUT EMBARGO)                                  [163]    # GRUMBLE
"""
TABLE = """\
02: REQUEST
0233: REQUEST, assist, humanitarian # not used: the policy lists 02x
10: REQUEST
018: SUPPORT, , diplomatic
163: COERCE, restrict, diplomatic
"""


def converter(tmp_path: Path) -> Converter:
    table = tmp_path / "table.txt"
    table.write_text(TABLE, encoding="utf-8")
    return Converter(read_table(table), yaml.safe_load(POLICY.read_text(encoding="utf-8")),
                     read_synsets(DICTIONARY.splitlines()))


def test_verb_blocks_become_plover_typed_verbs_phrasal_verbs_and_patterns(tmp_path: Path) -> None:
    blocks = read_blocks(DICTIONARY.splitlines(), converter(tmp_path))
    plead = blocks[0]
    assert plead["verbs"] == {"plead": ["REQUEST", None], "beseech": None}  # the block's code, or the verb's own
    assert plead["phrasal"] == {"cry out": ["REQUEST", None]}
    aid, tea, up, retreat = plead["patterns"]
    assert aid["pp"] == [{"p": "for", "o": {"w": ["aid"], "m": [["medical"]]}}] and aid["t"] == ["REQUEST", None]
    assert tea["o"] == {"w": ["coffee", "tea"], "syn": 1} and tea["t"] == ["SUPPORT", None]  # a synonym set
    assert up["p"] == "up" and up["t"] is None  # '---': no event
    assert "s" not in retreat and retreat["pp"] == [{"p": "to", "o": {"w": ["retreat"]}}], "an unknown set is no slot"
    assert retreat["t"] == ["REQUEST", None]
    grumble = blocks[1]
    assert grumble["patterns"][0]["t"] == ["SANCTION", "discontinue"], "the manual over the table for sanctions"


def test_codes_follow_the_policy_before_the_table(tmp_path: Path) -> None:
    convert = converter(tmp_path)
    assert convert.plover("010") is None, "a statement is no PLOVER event"
    assert convert.plover("016") == ["REJECT", None], "a denial is a rejection"
    assert convert.plover("0233") == ["REQUEST", None], "an appeal is a request"
    assert convert.plover("042:043") == convert.plover("042")
    assert convert.plover(":173") == convert.plover("173") and convert.plover("---") is None


@pytest.mark.skipif(not (RESOURCES / "petrarch2" / "CAMEO.2.0.txt").is_file(),
                    reason="../shared/resources is not beside this checkout")
def test_the_committed_lexicon_is_what_the_converter_makes() -> None:
    assert dump(build(RESOURCES)) == OUTPUT.read_text(encoding="utf-8"), \
        "cameo_verbs.json is stale: run python -m dossier.lexicon.build"


def test_the_derived_lexicon_is_indexed_by_verb_and_by_the_word_a_pattern_needs() -> None:
    dictionary = verb_dictionary()
    assert len(dictionary.verbs) > 1500 and sum(len(p) for p in dictionary.patterns.values()) > 1000
    asks = dictionary.patterns["ask"]
    assert any(p.trigger.type == "REQUEST" for p in asks.get("o:assistance", ()) + asks.get("r:for", ()))
    ordered = [p.specificity for found in asks.values() for p in found[:1]]
    assert all(isinstance(x, float) for x in ordered)
    assert "ask" in dictionary.verbs and ("ask", "for") in dictionary.phrasal
    lexicon = trigger_lexicon()
    assert lexicon.verbs["visit"].mode == "visit" and "visit" in lexicon.known, "Dossier's own list stays first"


class _NoDuplicates(yaml.SafeLoader):
    pass


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    duplicated = {k for k in keys if keys.count(k) > 1}
    assert not duplicated, f"duplicate keys {duplicated} at {node.start_mark}"
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_NoDuplicates.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("name", ["triggers.yaml", "frames.yaml", "cameo_policy.yaml", "stances.yaml"])
def test_lexicon_data_files_hold_no_duplicate_keys(name: str) -> None:
    """A repeated key silently replaces the first (a second `verbs:` under one type drops the first list)."""
    assert yaml.load((LEXICON / name).read_text(encoding="utf-8"), Loader=_NoDuplicates)


def test_frames_give_each_governing_word_its_class() -> None:
    table = frames()
    assert table.verbs["agree"][0] == "commitment" and table.verbs["urge"] == ("request",)
    assert "plan" in table.verbs["intend"] and table.adjectives["ready"] == "commitment"
    assert {"AID", "SUPPORT", "COOPERATE"} <= table.promised_when_future and "ASSAULT" in table.force
