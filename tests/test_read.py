"""The read stage: every reader, metadata with its origin, encodings, and the real seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.models import Article, Origin, PartialDate, Rejection
from dossier.read import read_file
from dossier.read.html import read_html
from dossier.read.metadata import read_metadata
from dossier.read.normalise import article_id
from tests.helpers.articles import BODIES, html_page, write_jsonl, write_text


def only_article(path: Path) -> Article:
    outcomes = list(read_file(path))
    assert len(outcomes) == 1 and isinstance(outcomes[0], Article), outcomes
    return outcomes[0]


def test_text_with_header_takes_every_field_from_it(tmp_path: Path) -> None:
    path = write_text(tmp_path, "a.txt", BODIES[0], title="Diplomats return", source="Volga Herald",
                      url="https://volga.test/a", published="1 August 2025")
    article = only_article(path)
    assert (article.title.value, article.title.origin) == ("Diplomats return", Origin.METADATA)
    assert (article.outlet.value, article.outlet.origin) == ("Volga Herald", Origin.METADATA)
    assert (article.url.value, article.url.origin) == ("https://volga.test/a", Origin.METADATA)
    assert article.published == PartialDate(2025, 8, 1) and article.published_origin is Origin.METADATA
    assert article.text == BODIES[0], "the header is not part of the article text"


@pytest.mark.parametrize(
    ("stated", "expected"),
    [("2025-02-14T09:30:00Z", "2025-02-14"), ("July 2025", "2025-07"), ("2025", "2025"),
     ("August 1, 2025", "2025-08-01"), ("09.02.2026", "2026-02-09")],
)
def test_header_dates_keep_their_precision(tmp_path: Path, stated: str, expected: str) -> None:
    article = only_article(write_text(tmp_path, "a.txt", BODIES[1], published=stated))
    assert article.published is not None and article.published.iso() == expected


def test_text_without_header_finds_title_credit_and_timestamp(tmp_path: Path) -> None:
    title = "Moscow and Damascus test a new footing"
    body = f"{title}\n\n{BODIES[1]}\n\n09:15 16.10.2025 •\n\nSOURCE: Bosphorus Daily"
    article = only_article(write_text(tmp_path, "b.txt", body))
    assert (article.title.value, article.title.origin) == ("Moscow and Damascus test a new footing", Origin.TEXT)
    assert (article.outlet.value, article.outlet.origin) == ("Bosphorus Daily", Origin.TEXT)
    assert article.published == PartialDate(2025, 10, 16) and article.published_origin is Origin.TEXT
    assert article.published_as_stated == "09:15 16.10.2025"


def test_text_that_states_nothing_leaves_fields_unknown(tmp_path: Path) -> None:
    body = ("Yesterday the foreign minister said that talks would resume three hours ago, "
            "and the visitors were received with honours at the palace in the capital, as officials had promised "
            "to the press on several occasions before the trip began.")
    article = only_article(write_text(tmp_path, "c.txt", body))
    assert article.title.origin is Origin.UNKNOWN, "a long opening paragraph is not a title"
    assert article.outlet.origin is Origin.UNKNOWN
    assert article.published is None and article.published_origin is Origin.UNKNOWN


def test_title_skips_stray_glyphs_and_section_labels() -> None:
    assert read_metadata("×\n\nA real headline here\n\nBody text follows.").title.value == "A real headline here"
    labelled = read_metadata("Introduction:\nFrom alliance to bargaining\nBody.")
    assert labelled.title.value == "From alliance to bargaining"


def test_relative_dateline_is_not_a_publication_date() -> None:
    meta = read_metadata("Headline of the day\n3 hours ago\n\nSomething happened in Damascus.")
    assert meta.published is None and meta.published_origin is Origin.UNKNOWN


def test_markdown_heading_is_the_title(tmp_path: Path) -> None:
    article = only_article(write_text(tmp_path, "m.md", "# Wheat for Latakia\n\n" + BODIES[2]))
    assert article.title.value == "Wheat for Latakia" and article.title.origin is Origin.TEXT


def test_html_main_text_and_metadata_via_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(html_page("Ankara watches", BODIES[3]), encoding="utf-8")
    article = only_article(path)
    assert article.title.value == "Ankara watches" and article.title.origin is Origin.METADATA
    assert article.outlet.value == "Levant Ledger"
    assert article.published == PartialDate(2025, 8, 2)
    assert "coastal bases" in article.text
    assert "Sign in" not in article.text and "newsletter" not in article.text, "boilerplate is left out"


def test_jsonl_reads_each_line_and_rejects_bad_ones_by_line(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path, "feed.jsonl", [
        {"text": BODIES[0], "title": "One", "outlet": "Gulf Ledger", "published": "2025-01-30"},
        "{not json",
        {"title": "no text here"},
        {"text": BODIES[1]},
    ])
    outcomes = list(read_file(path))
    articles = [o for o in outcomes if isinstance(o, Article)]
    rejections = [o for o in outcomes if isinstance(o, Rejection)]
    assert [a.title.value for a in articles] == ["One", None]
    assert articles[0].outlet.origin is Origin.METADATA and articles[1].outlet.origin is Origin.UNKNOWN
    assert [r.source_path.rsplit("#", 1)[1] for r in rejections] == ["L2", "L3"]
    assert "not valid JSON" in rejections[0].reason and '"text"' in rejections[1].reason


@pytest.mark.parametrize("encoding", ["cp1256", "latin-1"])
def test_legacy_encodings_are_detected_and_decoded(tmp_path: Path, encoding: str) -> None:
    body = {
        "cp1256": "التقى وزير الخارجية السوري بنظيره الروسي في موسكو لبحث مستقبل القواعد العسكرية. "
                  "وقال الوزير إن بلاده تريد علاقات متوازنة مع جميع الدول التي تحترم سيادتها.",
        "latin-1": "Le ministre syrien a rencontré son homologue russe à Moscou pour évoquer l'avenir "
                   "des bases militaires. La délégation a été reçue au Kremlin après les entretiens.",
    }[encoding]
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(body.encode(encoding))
    assert only_article(path).text == body


def test_article_id_ignores_whitespace_and_case() -> None:
    assert article_id("Assad  fled\nto Moscow.") == article_id("assad fled to moscow.")
    assert article_id("Assad fled to Moscow.") != article_id("Assad fled to Damascus.")


EXPECTED_SEED_METADATA = {
    # file prefix: (outlet, published) as the text itself supports them, None where it says nothing
    "000": (None, None),
    "001": (None, None),
    "002": ("TRT World", None),
    "003": ("The International Affairs", "2026-02-09"),
    "004": (None, None),
}


def test_seed_metadata_is_what_each_text_supports(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        article = only_article(path)
        outlet, published = EXPECTED_SEED_METADATA[path.name[:3]]
        assert article.outlet.value == outlet, path.name
        assert (article.published.iso() if article.published else None) == published, path.name
        assert article.title.origin is Origin.TEXT, path.name
        assert (article.outlet.origin is Origin.UNKNOWN) == (outlet is None)
        assert (article.published_origin is Origin.UNKNOWN) == (published is None)


@pytest.mark.parametrize(("url", "expected"), [
    ("https://volga.test/news/2025/07/31/diplomats-return", "2025-07-31"),
    ("https://volga.test/archive/2025/02/diplomats-return?ref=home", "2025-02"),  # a month: kept a month
    ("https://volga.test/news/123456-diplomats-return", None),
    ("https://volga.test/2025/13/40/not-a-date", None),
])
def test_an_undated_article_takes_the_date_its_address_gives(tmp_path: Path, url: str, expected: str | None) -> None:
    article = only_article(write_text(tmp_path, "a.txt", BODIES[0], title="Diplomats return", url=url))
    assert (article.published.iso() if article.published else None) == expected
    assert (article.published_origin is Origin.METADATA) == (expected is not None)
    dated = only_article(write_text(tmp_path, "b.txt", BODIES[0], url=url, published="1 August 2025"))
    assert dated.published == PartialDate(2025, 8, 1), "a stated date wins over the address"


def _undated_page(title: str, body: str, canonical: str | None = None) -> bytes:
    """A page that states no publication date (no meta tag, no time element)."""
    page = html_page(title, body).replace("<meta property='article:published_time' content='2025-08-02T08:00:00Z'>", "")
    assert "published_time" not in page
    if canonical:
        page = page.replace("</head>", f"<link rel='canonical' href='{canonical}'></head>")
    return page.encode("utf-8")


@pytest.mark.parametrize(("canonical", "read_from", "expected"), [
    (None, "https://volga.test/world/2025/07/31/diplomats-return", "2025-07-31"),  # the address it was read from
    ("https://volga.test/archive/2025/02/diplomats-return", "https://volga.test/p?id=7", "2025-02"),  # canonical
    (None, "https://volga.test/world/diplomats-return", None),
    (None, "/home/analyst/2025/07/31/page.html", None),  # a folder on disk dates nothing
])
def test_an_html_page_with_no_date_takes_the_date_its_address_gives(canonical: str | None, read_from: str,
                                                                     expected: str | None) -> None:
    article = read_html(_undated_page("Diplomats return", BODIES[3], canonical), read_from)
    assert (article.published.iso() if article.published else None) == expected
    assert (article.published_origin is Origin.METADATA) == (expected is not None)
    stated = read_html(html_page("Diplomats return", BODIES[3]).encode("utf-8"), read_from)
    assert stated.published == PartialDate(2025, 8, 2), "a date the page states wins over its address"


def test_a_headerless_article_signed_under_its_title_or_on_its_last_line_names_its_outlet() -> None:
    from dossier.read.metadata import signed_outlet
    italic = "# Rivers run low\n\n*Harbour Gazette analysis*\n\nThe dams hold less water than last year."
    assert signed_outlet(italic) == "Harbour Gazette"
    assert signed_outlet("# Rivers run low\n\n_Harbour Gazette_\n\nThe dams hold less.") == "Harbour Gazette"
    assert signed_outlet("# Rivers run low\n\n*By Ann Lee*\n\nThe dams hold less.") is None
    assert signed_outlet("# Rivers run low\n\n*A long look at why the dams hold less*\n\nText.") is None
    last = ("Dams hold less water\n\nLAKETOWN (Harbour Gazette) - The dams hold less.\n\nFarmers worry.\n\n"
            "Harbour Gazette")
    assert signed_outlet(last) == "Harbour Gazette"
    assert signed_outlet(last.replace("Harbour Gazette", "Ann Lee")) == "Ann Lee"  # named in the text too
    assert signed_outlet("Dams hold less\n\nThe dams hold less.\n\nFarmers worry.\n\nContact us") is None
    signed = "Dams hold less\n\nThe dams hold less.\n\nFarmers worry.\n\nHarbour Gazette"
    assert signed_outlet(signed) == "Harbour Gazette"
    assert signed_outlet("Dams hold less\n\nThe dams hold less.\n\nFarmers worry.\n\nAnn Lee") is None
    assert signed_outlet("Dams hold less\n\nThe dams hold less.\n\nHarbour Gazette. All rights reserved.") \
        == "Harbour Gazette"
    assert signed_outlet("# Dams hold less\n\nThe dams hold less.\n\nFarmers worry.\n\n*Harbour Gazette analysis*") \
        == "Harbour Gazette"


def test_mostly_control_counts_every_kind_of_control_character() -> None:
    """The binary check counts ASCII controls by a pattern and the other characters by their category: C0 and
    C1 controls, private-use and unassigned characters count; tab, line feed and form feed, letters and curly
    quotes do not. The same verdicts as reading every character's category."""
    import unicodedata

    from dossier.read.decode import _mostly_control

    def by_category(text: str) -> bool:
        bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\t\f")
        return bad > max(8, len(text) // 20)

    prose = "The envoy arrived on Monday, “briefly”, and left.\n\tThen\f"
    samples = [prose * 5, prose + "\x01\x02\x0b\x0d" * 10, prose + "\x85\x9f" * 10, prose + "\ue000" * 20,
               prose + "\U000e0080" * 20, "\x00\x7f" * 30, "é" * 100]
    assert [_mostly_control(t) for t in samples] == [by_category(t) for t in samples]
    assert [_mostly_control(t) for t in samples] == [False, True, True, True, True, True, False]


@pytest.mark.parametrize(("line", "date", "outlet"), [
    ("Harbour Gazette | Port Town | 3 March 2025", "2025-03-03", "Harbour Gazette"),
    ("By Ann Lee | Harbour Gazette | March 3, 2025", "2025-03-03", "Harbour Gazette"),
    ("Lakeside Daily News • 3 March 2025", "2025-03-03", "Lakeside Daily News"),
    ("Port Town | 3 March 2025", "2025-03-03", None),  # a lone name beside the date may be a place
    ("Updated: 3 March 2025 | Harbour Gazette", "2025-03-03", "Harbour Gazette"),
    ("Harbour Gazette | 3 March 2025 | 10:45 GMT", "2025-03-03", "Harbour Gazette"),  # a clock time is no name
    ("Port Town | 3 March 2025 | 10:45", "2025-03-03", None),
    ("Published: 3 March 2025 | Updated: 5 March 2025", "2025-03-03", None),  # first published, not updated
])
def test_a_byline_line_states_the_day_and_the_outlet(line: str, date: str, outlet: str | None) -> None:
    from dossier.read.metadata import byline
    found = byline(line)
    assert found is not None and str(found.date) == date and found.outlet == outlet


@pytest.mark.parametrize("line", [
    "Home | World | Africa",  # a menu: no date
    "Dams fail after 3 storms | 3 March 2025",  # a part with digits is no name
    "Talks end | 3 March 2025 | 4 March 2025",  # two dates: which one?
    "Rivers run low as the dams hold less - 3 March 2025",  # a dash parts a title, never a byline
])
def test_a_line_that_is_no_byline_states_nothing(line: str) -> None:
    from dossier.read.metadata import byline
    assert byline(line) is None


def test_a_headerless_article_is_dated_and_credited_by_its_byline_never_by_its_body() -> None:
    text = ("Dams hold less as the dry season starts\nHarbour Gazette | Port Town | 3 March 2025\n\n"
            "PORT TOWN - The dams held less water on Sunday than in 1 January 2020, the ministry said.")
    meta = read_metadata(text)
    assert str(meta.published) == "2025-03-03" and meta.outlet.value == "Harbour Gazette"
    assert meta.published_origin is Origin.TEXT
    undated = read_metadata("Dams hold less\n\nThe dams held less water on 2 March 2025 than a year before.")
    assert undated.published is None


def test_a_wire_dateline_with_its_year_dates_the_article_and_names_its_agency() -> None:
    meta = read_metadata("Dams hold less\n\nPORT TOWN, 3 March 2025 (Harbour Wire) - The dams held less water.")
    assert str(meta.published) == "2025-03-03" and meta.outlet.value == "Harbour Wire"
    yearless = read_metadata("Dams hold less\n\nPORT TOWN, March 3 (Harbour Wire) - The dams held less water.")
    assert yearless.published is None  # a year the text does not give is not guessed
    plain = read_metadata("Dams hold less\n\nPort Town, Northland, March 3, 2025 — The dams held less water.")
    assert str(plain.published) == "2025-03-03" and plain.outlet.value is None
    recalled = read_metadata("Dams hold less\n\nThe dams, built in March 2019 - the wettest spring - hold less.")
    assert recalled.published is None  # a date in a sentence is no dateline
    told = read_metadata("Dams hold less\n\nLakeport, in March 2019 - the wettest spring - flooded twice.")
    assert told.published is None  # "in March 2019" tells when, it states no day of filing
