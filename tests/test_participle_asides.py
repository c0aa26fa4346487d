"""A participle set off by commas after a sentence's subject ("the leaders of X and Y, meeting in Z on Monday,
called for ...") tells an act of its own, done by that subject; the finite verb after it keeps its own type, whether
the parser hangs the participle on the subject or makes it the root with the finite verb its conjunct.
Sentences written for these tests."""

from __future__ import annotations

from dossier.extract.syntax import Parsed, finite_after_aside, relative_object
from dossier.extract.syntax import people as names_people
from dossier.models import Sentence, Token
from tests.helpers.pipeline import extraction, pipeline

MISREAD = ("Leaders of the West African Trade Community and the Central African Monetary Community, meeting in "
           "Accra on 3 March, had called for an immediate truce and for direct talks with all sides.")


def _events(text: str) -> list[tuple[str, str, set[str]]]:
    found = extraction(text, None, "none")
    return [(str(e.type), e.trigger, {found.mentions[i].name for i in e.actors}) for e in found.events]


def test_a_meeting_told_as_an_aside_of_the_subject_is_its_own_event() -> None:
    events = _events("The foreign ministers of Peru and Chile, meeting in Lima on Monday, had called for a halt to "
                     "the raids.")
    assert [(kind, actors) for kind, _, actors in events] == [("CONSULT", {"Peru", "Chile"}),
                                                              ("REQUEST", {"Peru", "Chile"})]


def test_people_named_by_their_parties_meet_together_whatever_the_noun() -> None:
    """Not only "ministers" and "leaders": any noun whose "of" phrase names the parties ('the negotiating teams of
    X and Y, meeting in Z') names their people, all of whom meet, not only the party named last."""
    events = _events("The negotiating teams of Peru and Chile, meeting in Lima on Monday, called for a halt to the "
                     "raids.")
    assert [(kind, actors) for kind, _, actors in events] == [("CONSULT", {"Peru", "Chile"}),
                                                              ("REQUEST", {"Peru", "Chile"})]


def test_the_finite_verb_keeps_its_type_when_the_parser_makes_the_aside_the_root() -> None:
    events = _events(MISREAD)
    kinds = {kind: trigger for kind, trigger, _ in events}
    assert set(kinds) == {"CONSULT", "REQUEST"}
    assert kinds["CONSULT"] == "meeting" and kinds["REQUEST"].startswith("called for")


def _parsed(text: str) -> tuple[Parsed, dict[str, Token]]:
    nlp, _ = pipeline("none")
    doc = nlp(text)
    tokens = tuple(Token(w.i, w.text, w.lemma_, w.pos_, w.tag_, w.dep_, w.head.i, w.idx) for w in doc)
    return Parsed(Sentence(0, 0, len(text), text, 0, tokens), [], []), {t.text: t for t in tokens}


def test_only_a_finite_verb_after_a_bare_participle_is_read_as_the_main_clause() -> None:
    s, words = _parsed(MISREAD)
    assert words["called"].dep == "conj" and finite_after_aside(words["called"], s)
    s, words = _parsed("Peru was meeting Chile and called for talks.")  # two finite verbs coordinated
    assert not finite_after_aside(words["called"], s)


def test_a_participle_on_things_tells_no_meeting() -> None:
    assert _events("Airlines flying to Asia raised their fares.") == []
    assert not names_people(_token("airline")) and names_people(_token("minister"))


def _token(lemma: str) -> Token:
    return Token(0, lemma, lemma, "NOUN", "NN", "nsubj", 0, 0)


def test_a_relative_clause_acting_on_its_noun_is_its_own_act() -> None:
    events = _events("Lima walked out of the talks, blaming sanctions that the European Union had imposed the "
                     "same day on its officers.")
    kinds = {kind: actors for kind, _, actors in events}
    assert kinds.get("SANCTION") == {"European Union"}  # the bloc's act, not Lima's walk-out
    assert "Lima" not in kinds["SANCTION"]


def test_a_relative_clause_whose_pronoun_is_its_subject_stays_a_description() -> None:
    s, words = _parsed("The envoy who met Chile's president returned home.")
    assert relative_object(words["met"], s) is None
    s, words = _parsed("Peru lifted the curbs that Chile imposed in 1992.")
    antecedent = relative_object(words["imposed"], s)
    assert antecedent is not None and antecedent.text == "curbs"


def test_a_relative_clause_act_of_the_same_kind_is_not_merged_into_the_main_one() -> None:
    events = _events("Peru scrapped the tariffs which Chile had imposed on its wine.")
    assert sorted(sorted(actors) for _, _, actors in events) == [["Chile"], ["Peru"]]


def test_a_relative_clause_verb_typed_without_its_noun_stays_a_description() -> None:
    events = _events("India fired missiles at sites in Pakistan that it linked to the militants.")
    assert [kind for kind, _, _ in events] == ["ASSAULT"]


def test_wanting_a_party_to_be_undone_is_a_demand_about_it() -> None:
    events = _events("Quito wants the Andean Commission, which mediated between Peru and Chile for years, to be "
                     "formally dissolved.")
    assert [kind for kind, _, _ in events] == ["REQUEST"]  # the clause on the commission is no meeting of its own
    found = extraction("Lima wants the Andean Commission to be dissolved.", None, "none")
    assert [(str(e.type), {found.mentions[i].name for i in e.targets}) for e in found.events] == [
        ("REQUEST", {"Andean Commission"})]
