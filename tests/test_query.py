"""The query layer: filters parsed and validated once (the same errors for every front end), records shaped once
(the same JSON as the command line prints)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from dossier.cli.common import error_line
from dossier.errors import DossierError
from dossier.query import BadFilter, Dossier, NotFound, QueryError, Records, plain
from dossier.query.filters import (
    EVENT_TYPES,
    TimelineFilter,
    date_filter,
    entity_type_filter,
    event_type_filter,
    limit_filter,
    offset_filter,
)
from dossier.query.records import Article, Ref, Stance
from dossier.store import open_store
from tests.conftest import run_cli

# --- filters, without a store -------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "iso"), [
    ("2025", "2025"), ("2025-07", "2025-07"), ("2025-07-31", "2025-07-31"), ("2025-7-3", "2025-07-03"),
    ("31 July 2025", "2025-07-31"), ("July 2025", "2025-07"), (None, None), ("", None),
])
def test_dates_keep_the_precision_given(typed: str | None, iso: str | None) -> None:
    assert date_filter(typed, "since") == iso


@pytest.mark.parametrize("typed", ["soon", "2025-13", "yesterday-ish", "the day after"])
def test_a_bad_date_names_its_filter_and_the_forms_that_work(typed: str) -> None:
    with pytest.raises(BadFilter) as caught:
        date_filter(typed, "until")
    problem = caught.value
    assert problem.field == "until" and problem.status == 400
    assert str(problem) == f"until: {typed!r} is not a date; write 2025, 2025-07 or 2025-07-31"
    assert isinstance(problem, DossierError)


def test_types_in_any_case_and_unknown_ones_refused() -> None:
    assert event_type_filter("consult") == "CONSULT" and event_type_filter(None) is None
    assert entity_type_filter("person") == "PERSON" and entity_type_filter("") is None
    assert len(EVENT_TYPES) == 16 and EVENT_TYPES[0] == "AGREE" and EVENT_TYPES[-1] == "ASSAULT"
    with pytest.raises(BadFilter, match=r"^type: 'party' is not a PLOVER type; use one of AGREE, CONSULT"):
        event_type_filter("party")
    with pytest.raises(BadFilter, match=r"^type: 'robot' is not an actor type; use one of PERSON, STATE"):
        entity_type_filter("robot")


def test_limits_and_offsets() -> None:
    assert limit_filter(None) is None and limit_filter(5) == 5 and offset_filter(0) == 0
    with pytest.raises(BadFilter, match=r"^limit: 0 is not a limit"):
        limit_filter(0)
    with pytest.raises(BadFilter, match=r"^offset: -1 is not an offset"):
        offset_filter(-1)


def test_each_front_end_words_where_to_look() -> None:
    unknown = BadFilter("no actor called 'Nobody'", field="actor", listing="entities")
    assert str(unknown) == "actor: no actor called 'Nobody'"
    assert error_line(unknown) == "--actor: no actor called 'Nobody'; `dossier entities` lists them"
    missing = NotFound("no event 'ev9'", listing="timeline")
    assert missing.status == 404 and isinstance(missing, LookupError)
    assert error_line(missing) == "no event 'ev9'; `dossier timeline` lists them"
    assert error_line(DossierError("plain trouble")) == "plain trouble"


# --- records, without a store -------------------------------------------------------------------------


def test_records_are_their_json() -> None:
    stance = Stance("sergei_lavrov", "Sergei Lavrov", "demand", False, "demands", None)
    assert stance.to_dict() == {"actor": "sergei_lavrov", "name": "Sergei Lavrov", "stance": "demand",
                                "negated": False, "label": "demands", "date": None}
    with pytest.raises(AttributeError):
        stance.label = "offers"  # type: ignore[misc]  # frozen
    listed = Records([stance, stance])
    assert listed.to_dicts() == [stance.to_dict()] * 2
    assert plain({"stances": listed, "ref": Ref("russia", "Russia", "STATE")}) == {
        "stances": [stance.to_dict()] * 2, "ref": {"id": "russia", "name": "Russia", "type": "STATE"}}


def test_to_pandas_gives_the_json_columns() -> None:
    pandas = pytest.importorskip("pandas")
    frame = Records([Stance("a", "A", "offer", False, "offers", "2025-07"),
                     Stance("b", "B", "reject", True, "does not reject", None)]).to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["actor", "name", "stance", "negated", "label", "date"]
    assert frame["label"].tolist() == ["offers", "does not reject"]


def test_to_pandas_without_pandas_says_how_to_get_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ImportError, match=r"pip install 'dossier\[pandas\]'") as caught:
        Records([Stance("a", "A", "offer", False, "offers", None)]).to_pandas()
    assert isinstance(caught.value, DossierError) and "\n" not in str(caught.value)


# --- over a real store --------------------------------------------------------------------------------


@pytest.fixture
def d(example_db: Path) -> Iterator[Dossier]:
    opened = Dossier(open_store(example_db, read_only=True), owned=True)
    yield opened
    opened.close()


def test_actor_and_issue_filters_check_the_store(d: Dossier) -> None:
    parsed = TimelineFilter.parse(d.store, actor="al Sharaa", issue="russian_bases", since="2025-07",
                                  type="consult", all=True)
    assert (parsed.actor, parsed.issue, parsed.since, parsed.type) == ("ahmed_al_sharaa", "russian_bases", "2025-07",
                                                                       "CONSULT")
    assert parsed.modalities is None and TimelineFilter().modalities == ("asserted", "future")
    assert TimelineFilter.parse(d.store, actor="russia").actor == "russia", "an id is an actor too"
    with pytest.raises(BadFilter) as nobody:
        d.timeline(actor="Napoleon")
    assert (nobody.value.field, nobody.value.listing) == ("actor", "entities")
    with pytest.raises(BadFilter, match=r"^issue: no issue 'moon_landing'; use one of .*russian_bases"):
        d.timeline(issue="moon_landing")
    with pytest.raises(BadFilter, match=r"^speaker: no actor called"):
        d.quotes(speaker="Napoleon")


def test_unknown_ids_are_not_found(d: Dossier) -> None:
    for ask, listing in ((lambda: d.event("ev999999"), "timeline"), (lambda: d.entity("Napoleon"), "entities"),
                         (lambda: d.article("0000000000000000"), "articles"),
                         (lambda: d.issue("moon_landing"), "issues")):
        with pytest.raises(NotFound) as caught:
            ask()
        assert caught.value.listing == listing and isinstance(caught.value, QueryError)


def test_records_match_the_command_line_json(d: Dossier, example_db: Path) -> None:
    def cli(*args: str) -> object:
        result = run_cli(*args, "--db", str(example_db), "--json")
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    assert d.timeline(actor="Bogdanov").to_dicts() == cli("timeline", "--actor", "Bogdanov")
    assert d.event("ev0").to_dict() == cli("event", "ev0")
    assert d.entities(type="person").to_dicts() == cli("entities", "--type", "person")
    assert d.issue("russian_bases").to_dict() == cli("issue", "russian_bases")
    assert d.stats().to_dict() == cli("stats")


def test_lists_page_and_details_hold_typed_records(d: Dossier) -> None:
    everything = d.timeline(undated=True, all=True)
    assert d.timeline(undated=True, all=True, limit=3, offset=2) == everything[2:5]
    assert len(d.conflicts(limit=2)) == 2 and d.conflicts(offset=1) == d.conflicts()[1:]
    article = d.articles(limit=1)[0]
    assert isinstance(article, Article) and article.published_precision == "day"
    text = d.article(article.id)
    assert text.to_dict() == {**article.to_dict(), "text": text.text, "sentences": text.sentences.to_dicts(),
                              "events": text.events.to_dicts(), "mentions": text.mentions.to_dicts()}
    event = d.event(next(e.id for e in everything if e.conflict))
    assert event.conflicts and event.conflicts[0].explanation.startswith("sources disagree on ")
    assert all(item.sentence[item.trigger_start - item.sentence_start:].startswith(item.trigger)
               for item in event.evidence)
    assert "sentence_start" not in event.evidence[0].to_dict(), "what only the pages need stays out of the JSON"
    sharaa = d.entity("Ahmad al-Sharaa", limit=2)
    assert sharaa.id == "ahmed_al_sharaa" and len(sharaa.mentions_in) == 2 and sharaa.events > 0
    assert sharaa.article_ids == sorted({m.article for m in sharaa.mentions_in}), "the page's articles"
    assert len(d.entity("Ahmad al-Sharaa").article_ids) == sharaa.articles, "every article, unpaged"
    everyone = d.entities()
    assert d.entities(limit=3, offset=2) == everyone[2:5] and d.entities(type="PERSON", limit=2) == \
        [e for e in everyone if e.type == "PERSON"][:2]
    disputed = next(e for e in everything if e.conflict)
    whole = d.event(disputed.id)
    assert d.event(disputed.id, limit=1, offset=1).evidence == whole.evidence[1:2], "an event's evidence is paged"
    board = d.issue("russian_bases")
    paged = d.issue("russian_bases", limit=2, offset=1)
    assert (paged.positions, paged.events, paged.quotes) == (board.positions[1:3], board.events[1:3],
                                                             board.quotes[1:3]), "an issue's three lists are paged"
    assert d.positions(actor="Lavrov", limit=1, offset=1) == d.positions(actor="Lavrov")[1:2]
