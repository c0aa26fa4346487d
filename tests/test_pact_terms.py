"""Two acts in one sentence: a pact and its terms. A relative clause on a pact opened by "under / by which", with a
party of its own as subject and a verb in the future or the conditional, tells what the pact binds that party to
(PLOVER AGREE), a fact of its own beside the signing or the approval. Every sentence here is written for these
tests."""

from __future__ import annotations

from tests.helpers.pipeline import events


def test_the_terms_of_a_pact_signed_are_a_promise_of_their_own() -> None:
    found = events("Uganda signed a ten-year defence accord with Turkey in March under which Ankara will help "
                   "train the Ugandan army.")
    assert sorted(e.type for e in found) == ["AGREE", "SUPPORT"]
    assert next(e for e in found if e.type == "AGREE").actors == {"Ankara"}


def test_the_terms_of_a_pact_approved_are_a_promise_of_their_own() -> None:
    found = events("In May, Kenya's parliament approved a five-year trade agreement with Japan, under which Tokyo "
                   "will help build a port and train Kenyan engineers.")
    assert [e.trigger for e in found] == ["approved a five-year trade agreement", "help"]


def test_a_relative_clause_telling_what_a_pact_did_or_with_no_party_stays_a_description() -> None:
    found = events("Kenya signed an accord with Japan, which helped build the port.")
    assert [e.type for e in found] == ["SUPPORT"]
    assert events("The deal, under which the rebels would be disarmed, was signed in May.") == []
