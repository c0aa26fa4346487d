"""Inputs a hostile or careless world sends (issue 18, items 1, 2 and 5): none of them stops a run, each is one line.

The crash inputs (deep JSON, lone surrogates in text and title, the HTML that makes lxml assert, a file name that is
not UTF-8), the stalling ones (an element with 100,000 attributes), links out of the tree, unreadable folders and
UTF-16/32 JSON Lines, read by the real `dossier ingest` into a real store.
"""

from __future__ import annotations

import codecs
import json
import os
import time
from pathlib import Path

import pytest

from dossier.models import Article, Rejection
from dossier.read import discover, folder_notes, read_file
from dossier.read.html import MAX_ATTRIBUTES, guard_html
from dossier.read.normalise import article_id, valid_text
from dossier.store import open_store
from tests.conftest import run_cli
from tests.helpers.articles import BODIES, html_page, write_text
from tests.helpers.users import as_another_user, public_folder


def outcomes(path: Path) -> list[Article | Rejection]:
    return list(read_file(path))


def test_json_nested_ten_thousand_deep_is_one_rejected_line_and_the_next_line_is_read(tmp_path: Path) -> None:
    feed = tmp_path / "deep.jsonl"
    feed.write_text('{"text": ' + "[" * 10_000 + "]" * 10_000 + "}\n" + json.dumps({"text": BODIES[0]}) + "\n")
    first, second = outcomes(feed)
    assert isinstance(first, Rejection) and first.source_path.endswith("#L1") and "nested too deeply" in first.reason
    assert isinstance(second, Article) and second.text == BODIES[0]


def test_lone_surrogates_in_text_and_title_become_replacement_characters(tmp_path: Path) -> None:
    feed = tmp_path / "surrogates.jsonl"
    feed.write_text('{"text": "Talks resumed \\ud800 in the capital."}\n'
                    '{"title": "Envoy \\udfff arrives", "text": "' + BODIES[1].replace("\n", "\\n") + '"}\n')
    first, second = outcomes(feed)
    assert isinstance(first, Article) and first.text == "Talks resumed \ufffd in the capital."
    assert first.id == article_id(first.text)
    assert isinstance(second, Article) and second.title.value == "Envoy \ufffd arrives"
    assert valid_text("a\x00b\ud800") == "a\ufffdb\ufffd"


def test_a_page_that_makes_the_html_parser_assert_is_rejected_in_one_line(tmp_path: Path) -> None:
    page = tmp_path / "math.html"
    page.write_text("</html><math>")
    (rejected,) = outcomes(page)
    assert isinstance(rejected, Rejection) and "\n" not in rejected.reason
    assert "could not be read" in rejected.reason or "no main text" in rejected.reason


def test_an_element_with_100000_attributes_does_not_stall_the_reader(tmp_path: Path) -> None:
    crowded = " ".join(f"data-a{i}='v'" for i in range(100_000))
    page = tmp_path / "crowded.html"
    page.write_text(html_page("Crowded page", BODIES[2]).replace("<article>", f"<article {crowded}>"))
    started = time.perf_counter()
    (article,) = outcomes(page)
    assert time.perf_counter() - started < 10
    assert isinstance(article, Article) and "cargo plane" in article.text, "the text of the element stays"


def test_the_html_guard_strips_attributes_over_the_limit_and_refuses_absurd_nesting() -> None:
    many = " ".join(f"x{i}=1" for i in range(MAX_ATTRIBUTES + 1))
    assert guard_html(f"<div {many}>text</div>") == "<div>text</div>"
    few = "<div class='a' id='b'>text</div>"
    assert guard_html(few) == few
    assert guard_html("<p>one<p>two<br><img src=x>" * 400) == "<p>one<p>two<br><img src=x>" * 400, "flat elements"
    with pytest.raises(Exception, match="nested"):
        guard_html("<div>" * 300 + "deep" + "</div>" * 300)


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_its_bytes_escaped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(BODIES[3])
    (found,) = [p for p in discover([folder]) if isinstance(p, Path)]
    (article,) = outcomes(found)
    assert isinstance(article, Article) and article.source_path.endswith("caf\\xe9.txt")


@pytest.mark.parametrize(("codec", "bom"), [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE),
                                            ("utf-32-le", codecs.BOM_UTF32_LE), ("utf-32-be", codecs.BOM_UTF32_BE)])
def test_utf16_and_utf32_json_lines_are_decoded_before_they_are_split(tmp_path: Path, codec: str, bom: bytes) -> None:
    # "\u010a" (Ċ) is 0x0A 0x01 in UTF-16-LE: split on raw newline bytes, the first line would break in two.
    lines = [json.dumps({"text": "Ċ " + BODIES[0], "outlet": "Ċapital Post"}, ensure_ascii=False),
             json.dumps({"text": BODIES[1]}, ensure_ascii=False)]
    feed = tmp_path / "wide.jsonl"
    feed.write_bytes(bom + "\r\n".join(lines).encode(codec))
    read = outcomes(feed)
    assert [type(r) for r in read] == [Article, Article], read
    first = read[0]
    assert isinstance(first, Article) and first.outlet.value == "Ċapital Post" and first.text.startswith("Ċ Russian")


def test_links_out_of_the_tree_are_reported_and_not_followed(tmp_path: Path) -> None:
    folder, outside = tmp_path / "in", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    write_text(folder, "good.txt", BODIES[0])
    write_text(outside, "private.txt", BODIES[1])
    (folder / "leak.txt").symlink_to(outside / "private.txt")
    (folder / "status.txt").symlink_to("/proc/self/status")
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "same.txt").symlink_to(folder / "good.txt")  # inside the tree: read (the same article)
    (folder / "dangling.txt").symlink_to(folder / "missing.txt")
    found = list(discover([folder]))
    files = sorted(p.name for p in found if isinstance(p, Path))
    reasons = {Path(r.source_path).name: r.reason for r in found if isinstance(r, Rejection)}
    assert files == ["good.txt", "same.txt"]
    assert set(reasons) == {"leak.txt", "status.txt", "elsewhere", "dangling.txt"}
    assert "outside" in reasons["leak.txt"] and "not followed" in reasons["status.txt"]


def test_a_folders_own_notes_are_reported_not_read_as_articles(tmp_path: Path) -> None:
    """A corpus folder's README or LICENSE describes the articles (outlets, a date range): reading it as an article
    would add its dates and names to the story. Named on the command line, it is read: the user chose it."""
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    write_text(folder, "talks.txt", BODIES[0])
    (folder / "README.md").write_text("# Articles collected between March and June, from three outlets\n")
    (folder / "sub" / "LICENSE").write_text("Free to share for research.\n")
    (folder / "readme_first.txt").write_text("Notes on the collection.\n")
    found = list(discover([folder]))
    assert sorted(p.name for p in found if isinstance(p, Path)) == ["readme_first.txt", "talks.txt"]
    reasons = {Path(r.source_path).name: r.reason for r in found if isinstance(r, Rejection)}
    assert set(reasons) == {"README.md", "LICENSE"} and "not an article" in reasons["README.md"]
    assert [p.name for p in discover([folder / "README.md"]) if isinstance(p, Path)] == ["README.md"]
    assert not folder_notes("readme_first.txt") and folder_notes("CHANGELOG.txt")


def test_the_crash_inputs_do_not_stop_an_ingest(tmp_path: Path, db: Path) -> None:
    """The five crash inputs of the issue, in one folder with good articles, through the real command."""
    folder = tmp_path / "in"
    folder.mkdir()
    write_text(folder, "good.txt", BODIES[0])
    (folder / "deep.jsonl").write_text('{"text": ' + "[" * 10_000 + "]" * 10_000 + "}\n")
    (folder / "surrogate.jsonl").write_text('{"text": "Officials met \\ud800 again.", "title": "Title \\ud800"}\n')
    (folder / "math.html").write_text("</html><math>")
    (folder / os.fsdecode(b"r\xe9sum\xe9.txt")).write_text(BODIES[1])
    result = run_cli("ingest", str(folder), "--db", str(db), "--no-analyse", "--json")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 3, summary
    rejected = {Path(r["path"]).name for r in summary["rejected"]}
    assert rejected == {"deep.jsonl#L1", "math.html"}
    store = open_store(db, read_only=True)
    titles = {a.title.value for a in store.articles.page(limit=10)}
    store.close()
    assert "Title \ufffd" in titles
    verbose = run_cli("--verbose", "ingest", str(folder / "math.html"), "--db", str(db), "--no-analyse")
    assert "Traceback" in verbose.stderr, "--verbose logs the traceback of an unexpected failure"


def test_an_unreadable_folder_is_reported() -> None:
    with public_folder() as tmp:
        folder = tmp / "in"
        (folder / "locked").mkdir(parents=True)
        write_text(folder, "good.txt", BODIES[0])
        write_text(folder / "locked", "hidden.txt", BODIES[1])
        (folder / "locked").chmod(0)
        user = as_another_user(tmp / "out")
        result = run_cli("ingest", str(folder), "--db", str(tmp / "out" / "u.db"), "--no-analyse", "--json", **user)
        (folder / "locked").chmod(0o755)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["new"] == 1
    (rejection,) = summary["rejected"]
    assert rejection["path"].endswith("locked") and "cannot read folder" in rejection["reason"]
