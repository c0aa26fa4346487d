"""A new store gets the bundled pack whose actors its articles name, or none; the ingest summary says which."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.packs import AUTO_SHARE, load_pack, name_share, proper_names, select_pack
from tests.conftest import run_cli
from tests.helpers.articles import write_text

ON_THE_STORY = [
    "Interim President Ahmed al-Sharaa received Sergei Lavrov in Damascus on Monday. Al-Sharaa asked for the "
    "return of Bashar al-Assad, and Lavrov answered that the Hmeimim base and the Tartus port would be discussed.",
    "Asaad al-Shaibani flew to Moscow, where Mikhail Bogdanov and Alexander Lavrentyev met him. Shaibani said "
    "the future of Hmeimim was open.",
]
ANOTHER_STORY = [
    "Ukrainian President Volodymyr Zelensky met envoy Keith Kellogg in Kyiv on Tuesday. Andriy Yermak and Rustem "
    "Umerov joined them, and Zelensky said Kharkiv and Odesa needed more air defence.",
    "Vladimir Putin said on Wednesday that talks were possible. Dmitry Peskov told reporters no date was set, "
    "while drones struck Bryansk and Governor Alexander Bogomaz reported no casualties.",
]


def test_proper_names_leave_out_sentence_openers_headers_and_common_words() -> None:
    names = proper_names("TITLE: Talks resume\nThe minister met Rami Haddad. During the visit, Haddad's aides left.",
                         common=frozenset({"talks", "during"}))  # words the corpus writes in lower case
    assert "Rami Haddad" in names and "Haddad" in names
    assert not {"TITLE", "The", "During", "Talks"} & set(names)


def test_the_pack_whose_actors_the_articles_name_is_chosen() -> None:
    pack = load_pack("syria-russia")
    assert name_share(pack, ON_THE_STORY) >= AUTO_SHARE > name_share(pack, ANOTHER_STORY)
    chosen = select_pack(ON_THE_STORY)
    assert chosen.pack.name == "syria-russia" and chosen.how == "chosen" and "chosen" in chosen.describe()
    other = select_pack(ANOTHER_STORY)
    assert other.pack.name == "none" and other.best == "syria-russia" and "--pack forces one" in other.describe()
    assert select_pack([]).pack.name == "none"


def test_ingest_says_which_pack_it_chose(tmp_path: Path) -> None:
    other, story = tmp_path / "other", tmp_path / "story"
    other.mkdir()
    story.mkdir()
    for k, body in enumerate(ANOTHER_STORY):
        write_text(other, f"u{k}.txt", body)
    for k, body in enumerate(ON_THE_STORY):
        write_text(story, f"s{k}.txt", body)
    result = run_cli("ingest", str(other), "--db", str(tmp_path / "other.db"))
    assert result.returncode == 0, result.stderr
    assert "Pack: none (no bundled pack is about these articles" in result.stdout
    chosen = run_cli("ingest", str(story), "--db", str(tmp_path / "story.db"), "--json")
    summary = json.loads(chosen.stdout)
    assert summary["pack"] == "syria-russia" and summary["pack_chosen"] == "chosen"
    forced = run_cli("ingest", str(other), "--db", str(tmp_path / "forced.db"), "--pack", "syria-russia", "--json")
    assert json.loads(forced.stdout)["pack_chosen"] == "asked for"
    again = run_cli("ingest", str(story), "--db", str(tmp_path / "other.db"), "--json")
    assert json.loads(again.stdout)["pack"] == "none", "a store keeps the pack it was built with"
