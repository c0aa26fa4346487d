"""An article with no date that tells an act by a weekday ("Norway and Chile signed the accord on Wednesday") is
dated by the one day a dated article gives the same act of the same parties on that weekday
(`resolve/events/dating.same_act_days`); an agreement and its signing are one act when no act of the mention's own
type is dated (`dating.same_act`). Sentences, names and articles written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dossier.packs import load_pack
from dossier.resolve.events.dating import same_act
from tests.helpers.articles import write_text
from tests.helpers.stores import Location, build_store, mention_dates

SIGNING = frozenset({"sign", "initial"})


def test_an_agreement_and_the_signing_of_it_can_be_one_act() -> None:
    assert same_act("AGREE", "agree", "AGREE", {"agree"}, SIGNING)
    assert same_act("AGREE", "agree", "SUPPORT", {"sign"}, SIGNING), "the text signed is the agreement made"
    assert same_act("SUPPORT", "sign", "AGREE", {"agree"}, SIGNING)
    assert not same_act("AGREE", "agree", "SUPPORT", {"praise", "thank"}, SIGNING), "praise is no signing"
    assert not same_act("SUPPORT", "welcome", "AGREE", {"agree"}, SIGNING)
    assert not same_act("CONSULT", "meet", "SUPPORT", {"sign"}, SIGNING)


def _dates(tmp_path: Path, new_db: Callable[[str], Location], name: str, articles: dict[str, tuple[str, str | None]]
           ) -> Location:
    corpus = tmp_path / name
    corpus.mkdir()
    for file, (body, published) in articles.items():
        header = {"source": file.split(".")[0].split("_")[1].title() + " Post"}
        if published is not None:
            header["published"] = published
        write_text(corpus, file, body, **header)
    return build_store(new_db(name), corpus, load_pack(None))


def test_a_weekday_in_an_undated_article_takes_the_day_a_dated_article_gives_the_same_act(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = _dates(tmp_path, new_db, "same_act", {
        "a_harbour.txt": ("Norway and Chile signed a fisheries accord in Oslo on Wednesday, officials said.",
                          "2031-05-16"),
        "b_tide.txt": ("Norway and Chile signed a fisheries accord on Wednesday after two years of talks.\n\n"
                     "Fishermen in both countries welcomed the deal.", None),
    })
    told = mention_dates(db, "b_tide.txt")
    assert told.get("signed") == "2031-05-14", told  # 14 May 2031 is a Wednesday


def test_an_agreement_on_a_weekday_takes_the_day_the_same_parties_signed_it(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = _dates(tmp_path, new_db, "agreement", {
        "a_capital.txt": ("The pact was signed on Tuesday by the foreign ministers of Latvia and Moldova.",
                        "2031-09-11"),
        "b_review.txt": ("Latvia and Moldova agreed on Tuesday to end their customs dispute.", None),
    })
    told = mention_dates(db, "b_review.txt")
    assert told.get("agreed") == "2031-09-09", told  # 9 September 2031 is a Tuesday


def test_another_weekday_or_two_days_that_fit_date_nothing(
        tmp_path: Path, new_db: Callable[[str], Location]) -> None:
    db = _dates(tmp_path, new_db, "ambiguous", {
        "a_oslo.txt": ("Norway and Chile signed a fisheries accord in Oslo on Wednesday.", "2031-05-16"),
        "b_santiago.txt": ("Norway and Chile signed a shipping accord in Santiago on Wednesday.", "2031-10-03"),
        "c_wednesday.txt": ("Norway and Chile signed an accord on Wednesday.", None),
        "d_friday.txt": ("Norway and Chile signed an accord on Friday.", None),
    })  # read in this order: the undated ones after both dated ones
    assert mention_dates(db, "c_wednesday.txt").get("signed") is None, "two Wednesdays: nothing tells which"
    assert mention_dates(db, "d_friday.txt").get("signed") is None, "no signing of theirs on a Friday"
