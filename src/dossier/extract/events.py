"""Event mentions from the dependency parse: who did what to whom, where and when, coded in PLOVER.

Entry point: `event_mentions(analysed, mentions, lexicon)`, every event mention of one article, sentence by
sentence, in order (an event's `time_ref` is the index of an earlier mention of the same article). For each
sentence the pipeline runs, each step in its own module:

1. triggers (`trigger_words`): which words are events, and their PLOVER type and mode;
2. participants (`participants`): actors, targets and place from the parse; words naming nobody ("both
   sides", "the delegation") from what the article told before (`referents`);
3. coding by what the trigger acts on (`coding`), speakers, modality (`modality`: negated, future,
   hypothetical) and attribution (credited outlets are no parties);
4. times (`attach_time`): the date expression attached to each trigger or the clause above it;
5. one event per fact (`facts`, `framing`): frames that govern another clause ("agreed to", "asked X to"),
   background, conditions, topics, coordination;
6. what is kept: an event needs a party (two for a verb typed only by the dictionary's default); a definite
   noun of an event told before is dated by it (`referents.restated_event`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from dossier.extract.acts import doers_of_acts
from dossier.extract.attach_time import attach_times, occasion_of, ordinal_of
from dossier.extract.attribution import credited, outlet_mentions, source_mentions, without
from dossier.extract.campaigns import countered, mark_fought
from dossier.extract.causatives import caused_flight, flight_from_a_fall
from dossier.extract.coding import (
    backing_in_war,
    cooperation_ended,
    crowd_control,
    deadlines_to_go,
    decided_at_meetings,
    diplomatic_protests,
    force_sent_against,
    forces_expelled,
    ground_taken,
    intervening,
    laws_enacted,
    membership_left,
    negotiations_concluded,
    not_bound,
    orders_in_force,
    orders_to_go,
    out_of_place,
    protest_demands,
    protesters_acting,
    protests,
    recognition_withheld,
    relief,
    sessions_deciding,
    sides_of_outbreaks,
    support_pledged,
    third_parties,
    truces_agreed,
)
from dossier.extract.companions import delegation_of_the_visit, gone_along, joined, named_again
from dossier.extract.drafts import Draft
from dossier.extract.facts import (
    charges_rejected,
    fold_subordinates,
    force_described,
    gathering_named_again,
    merge_coordinated,
    merge_same_kind,
    nouns_in_place,
    parts_folded,
    spoken_to_nobody,
    without_background_clauses,
    without_background_mentions,
    without_conditions,
    without_foils,
    without_meanings,
    without_named_accords,
    without_negotiated,
    without_restated_participles,
    without_speech_settings,
    without_standing,
    without_states_left,
    without_topics,
    without_traffic,
)
from dossier.extract.framing import conditions_demanded, one_fact_per_frame
from dossier.extract.hosting import hosted_meetings
from dossier.extract.invitations import hoped_visits, own_time
from dossier.extract.modality import modality_of, past_perfect, tense_of
from dossier.extract.participants import (
    actors_of_event_subjects,
    companions_of,
    find_participants,
    joint_doers,
    pacts_reported,
    speaker_of,
    told_by_its_target,
    told_of_another,
)
from dossier.extract.redeploy import at_destination, forces_arriving, forces_on_the_move, moved_forces, redeployed
from dossier.extract.referents import counted_back_from_news, named_groups, referents_of, refers_back, restated_event
from dossier.extract.relations import standing_relations
from dossier.extract.syntax import (
    Mentioned,
    Parsed,
    names_joined_to_objects,
    subjects_of_joined_clauses,
    without_dateline,
)
from dossier.extract.trigger_words import attack_by_nobody_named, discarded, event_noun, find_triggers, ready_for
from dossier.extract.warnings import asserted_warnings, warnings
from dossier.lexicon import TriggerLexicon, frames
from dossier.models import ActorMention, AnalysedArticle, Article, EventMention, QuoteMention, Sentence, Span
from dossier.plover import EventType

FIRST_CLAIM = re.compile(r"\bfirst\b(?:\s+[\w-]+){0,3}?\s+(?:visit|trip|contact|engagement|meeting|talks|call|"
                         r"delegation|encounter)", re.IGNORECASE)


def event_mentions(analysed: AnalysedArticle, mentions: list[ActorMention], lexicon: TriggerLexicon,
                   quotes: Sequence[QuoteMention] = ()) -> list[EventMention]:
    """Every event mention of an article; `mentions` are its actor mentions (indices are kept), `quotes` its
    quotations (a first-person pronoun inside a direct quotation is its speaker)."""
    quoted = [(q.start, q.end, q.speaker) for q in quotes if q.kind == "direct" and q.speaker is not None]
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_sentence[mention.sentence].append(index)
    found: list[EventMention] = []
    times_by_sentence: dict[int, list[Span]] = defaultdict(list)
    for span in analysed.times:
        times_by_sentence[span.sentence].append(span)
    groups: dict[str, list[int]] = {}  # "delegation" -> the parties of the last delegation named with them
    sources = source_mentions(mentions, [analysed.article.outlet.value or ""])  # outlets, unnamed sources
    newsrooms = outlet_mentions(mentions, [analysed.article.outlet.value or ""])
    mentioned = Mentioned(mentions)  # pronouns found by binary search, not by scanning the article
    for whole in analysed.sentences:
        sentence, story = without_dateline(whole)  # "MOSCOW (AP) — ...": the place is no party
        sentence = names_joined_to_objects(sentence)  # "phoned him and Y on Sunday": Y is called too
        sentence = subjects_of_joined_clauses(sentence)  # "closed its border with X and Y recalled ...": Y recalls
        named = [i for i in by_sentence.get(sentence.index, []) if mentions[i].start >= story]
        parsed = Parsed(sentence, mentions, named, mentioned)
        parsed.quoted = quoted
        times = times_by_sentence.get(sentence.index, [])
        credits = credited(Parsed(whole, mentions, by_sentence.get(whole.index, []), mentioned)
                           if story > whole.start else parsed, mentions, sources)  # "(AP) —" credits AP
        if not headline(whole, analysed.article):  # the title restates what the body reports
            found += _sentence_events(analysed, parsed, mentions, times, lexicon, found, groups, credits, newsrooms)
        named_groups(parsed, mentions, groups)
    return found


def _sentence_events(analysed: AnalysedArticle, s: Parsed, mentions: list[ActorMention], times: list[Span],
                     lexicon: TriggerLexicon, before: list[EventMention],
                     groups: dict[str, list[int]] | None = None,
                     credits: tuple[int, ...] = (), newsrooms: frozenset[int] = frozenset()) -> list[EventMention]:
    """`before`: the events the article reported before this sentence; `groups`: the parties of the group
    nouns it named ("the Syrian delegation"); `credits`: the mentions the sentence's report is credited to,
    who are no parties; `newsrooms`: the mentions naming a news organisation (extract/attribution.py)."""
    seen = {e.type for e in before}
    first_index = len(before)
    drafts = [d for d in find_triggers(s, lexicon) if not refers_back(d, s, seen)]
    drafts += moved_forces(drafts, s, mentions)  # "the troops moved to the base": a redeployment
    drafts += forces_on_the_move(drafts, s)  # "columns raced south", "police drove through villages"
    drafts += protesters_acting(drafts, s)  # "protesters raised a banner": the protest
    drafts += warnings(drafts, s, mentions)  # "said any attack would be treated as an act of war": a threat
    drafts = deadlines_to_go(drafts, s)  # "gave the envoys 48 hours to leave": an expulsion
    if discarded(s, lexicon):
        return []
    along = gone_along(s, mentions)  # "X also attended the talks": no event of its own
    drafts = [d for d in drafts if all(d.trigger.i != a.word.i for a in along) and not named_again(d, along)]
    if not drafts and along:
        return _mentions_of(analysed, s, mentions, lexicon, joined(along, [], s, mentions, before), first_index,
                            credits, before)
    if not drafts:  # "X was a key backer of Y": a relation told as a state may be the sentence's one fact
        relations = standing_relations(s, mentions, [], times)
        for draft in relations:
            draft.actors, draft.targets = without(draft.actors, credits), without(draft.targets, credits)
        return _mentions_of(analysed, s, mentions, lexicon, relations, first_index, credits, before)
    for draft in drafts:
        find_participants(draft, s, mentions)
    s.referents = referents_of(s, mentions, before, groups or {}, drafts)
    for draft in drafts:
        if s.referents:  # "both sides agreed": again, now that the words naming nobody are known
            draft.actors, draft.targets, draft.location = [], [], None
            find_participants(draft, s, mentions)
    doers_of_acts(drafts, s)  # "X was sworn in": X is sworn in, no one swears X in
    at_destination(drafts, s, mentions)  # "some of the troops were to move to France's base": France's, there
    forces_arriving(drafts, s)  # "NATO troops arrived in Tuzla": no visit
    drafts = laws_enacted(drafts, s, mentions)  # "signed a law that declares the deal void": the voiding
    ground_taken(drafts, s, mentions)
    forces_expelled(drafts, s, mentions)  # "Mali forced out the French force": an expulsion, no fight
    countered(drafts, s, mentions, lexicon)  # "did not try to counter the rebel offensive": fighting it
    backing_in_war(drafts, s)
    drafts = intervening(drafts, s, mentions)  # "deployed troops to back X's war against Y": a use of force on Y
    force_sent_against(drafts, s)  # "sent jets against the rebels": an attack, not aid
    orders_in_force(drafts, s)  # "ordered the crossings closed": the closure, not a request
    relief(drafts, s)  # "handed over tons of medicine", "evacuated the wounded": humanitarian aid
    crowd_control(drafts, s)  # "dispersed the marchers with tear gas": force on a crowd (ASSAULT)
    drafts = cooperation_ended(drafts, s, mentions)  # "ended all development cooperation": a SANCTION
    third_parties(drafts, s, mentions)  # "received a team of inspectors": their entry allowed (RETREAT)
    membership_left(drafts, s, mentions)  # "withdrew from the bloc": SANCTION withdraw, no retreat
    drafts = out_of_place(drafts)  # "drove out 100,000 people": no party fought
    actors_of_event_subjects(drafts, s)
    protests(drafts, s)
    drafts = diplomatic_protests(drafts, s)  # "protested to Lima": a complaint (ACCUSE); "in protest": no event
    sides_of_outbreaks(drafts, s)  # "gunfire broke out between X and Y": both sides fight
    caused_flight(drafts, s, mentions)
    flight_from_a_fall(drafts, s, mentions)
    pacts_reported(drafts, s, mentions, before)
    for draft in drafts:
        if not joint_doers(draft.trigger, s):  # "X said A and B had agreed": A and B, not X
            tellers = speaker_of(draft.trigger, s, mentions)
            hit = told_by_its_target(tellers, draft.targets, mentions)  # "X said Y had attacked X's posts"
            hit += told_of_another(draft.trigger, s, tellers, draft.actors, mentions)  # "Chile said Peru took Arica"
            draft.actors += [t for t in tellers if t not in hit]
        draft.modality = modality_of(draft.trigger, s)
    asserted_warnings(drafts, s, mentions)  # the warning is made when said, whatever its clause's tense
    recognition_withheld(drafts, s)  # "said it did not recognise the decision": a rejection
    truces_agreed(drafts, s)  # "Peru and Chile declared a truce": agreed, not one side's concession
    not_bound(drafts, s, mentions)  # "nothing agreed there binds us": a rejection by us
    for draft in drafts:
        draft.actors, draft.targets = without(draft.actors, credits), without(draft.targets, credits)
    drafts = charges_rejected(drafts, s, mentions)  # "X said ..., a charge Y rejected": X's accusation too
    drafts = without_restated_participles(drafts, s, times, lexicon.nouns)  # "the ceasefire agreed in X"
    drafts = without_traffic(drafts, s)  # "airlines flying to Asia": no visit
    drafts = without_states_left(drafts, s, lexicon.nouns)  # "the blast left 20 people dead": no departure
    drafts = hoped_visits(drafts, s, mentions, times)  # "hoped X would attend": an invitation of X
    attach_times(drafts, s, times)
    own_time(drafts, s, times)  # "... would attend the summit in October": the summit's month, not the invitation's
    drafts = protest_demands(drafts, s)  # "rallied, demanding that X resign": one protest aimed at X
    mark_fought(drafts, s, mentions)  # "after X's troops took the valley from Y": a fact even as background
    drafts = parts_folded(nouns_in_place(drafts, s), s)  # "the visit included talks with X"
    decided_at_meetings(drafts, s)  # "the steps were agreed at a meeting of X": the meeting
    drafts = sessions_deciding(drafts, s)  # "the cabinet met and annulled the deal": the annulment
    negotiations_concluded(drafts, s)  # "had finished negotiating the text": an agreement reached
    drafts = merge_coordinated(drafts, s, mentions)
    drafts = without_meanings(one_fact_per_frame(drafts, s, mentions, lexicon), s, lexicon.nouns)
    drafts = orders_to_go(drafts, s)  # "told the envoys to leave": an expulsion, not a request
    drafts = conditions_demanded(drafts, s, mentions)  # "conditioned the easing on X's exit": a demand of X
    drafts = gathering_named_again(drafts, s)  # "when they met, the talks were hosted by X": one meeting
    drafts = without_topics(without_foils(without_conditions(without_background_clauses(drafts, s), s), s), s)
    drafts = merge_same_kind(fold_subordinates(force_described(drafts, s), s), s)
    drafts = without_background_mentions(drafts, s, lexicon.nouns)  # "conditioned on the expulsion of X"
    drafts = without_named_accords(drafts, s, mentions)  # "the 1991 Harbour Accord": a treaty's name
    drafts = without_speech_settings(drafts, s)  # "speaking at the summit, X said": where it was said
    drafts = without_negotiated(drafts, s)  # "in talks with X to deploy troops": what is negotiated
    drafts = redeployed(drafts, s, mentions)  # "withdrew its guns from A to the base at B": and moved them to B
    counted_back_from_news(drafts, s, before)  # "the talks come a day after X's call": the call, a day before
    support_pledged(drafts, s)  # "pledged to defend X's integrity": a stand for X (SUPPORT)
    drafts = hosted_meetings(drafts, s, mentions)  # "X hosted talks between A and B": A and B met, X hosted
    kept = [d for d in drafts if ((d.actors and d.targets) or (not d.bare and (d.actors or d.targets))
                                  or attack_by_nobody_named(d, s))
            and not _empty_promise(d, s, lexicon) and not newsgathering(d.actors, newsrooms)
            and not spoken_to_nobody(d)]  # "spoke to the nation": a statement
    kept = without_standing(kept, s)  # "said Western sanctions have lost all meaning": what is talked of
    kept += joined(along, kept, s, mentions, before)  # companions: of the sentence's meeting, else of one told before
    delegation_of_the_visit(kept, s, mentions, before)  # "X led a delegation that included Y": the visit told
    relations = standing_relations(s, mentions, kept, times)  # "X, which backed Y until 2024, took ...": a fact
    for draft in relations:
        draft.actors, draft.targets = without(draft.actors, credits), without(draft.targets, credits)
    return _mentions_of(analysed, s, mentions, lexicon, kept + relations, first_index, credits, before)


def _mentions_of(analysed: AnalysedArticle, s: Parsed, mentions: list[ActorMention], lexicon: TriggerLexicon,
                 kept: list[Draft], first_index: int, credits: tuple[int, ...],
                 before: list[EventMention]) -> list[EventMention]:
    """The sentence's event mentions from the drafts it keeps, in order; `first_index`: the index the first
    will have among the article's mentions."""
    events = []
    position = {id(d): first_index + k for k, d in enumerate(kept)}
    for draft in kept:
        if draft.time is None and draft.time_ref is None and draft.restates is None:
            draft.restates = restated_event(draft, s, mentions, before)  # dated by the event it names again
    for draft in kept:
        actors = tuple(dict.fromkeys(draft.actors))
        targets = tuple(dict.fromkeys(t for t in draft.targets if t not in actors))
        start = min(w.idx for w in draft.words)
        last = max(draft.words, key=lambda w: w.idx)
        end = last.idx + len(last.text)
        events.append(EventMention(
            analysed.article.id, s.sentence.index, analysed.article.text[start:end], start, end,
            None if draft.rule.kind else EventType(draft.rule.type), draft.rule.mode, draft.modality, actors, targets,
            draft.location, draft.time,
            lemma=draft.lemma or draft.trigger.lemma.lower(),
            tense="perfect" if draft.standing else tense_of(draft.trigger, s),  # a relation lasts: no day's news
            time_ref=(time_ref := position.get(id(draft.time_ref)) if draft.time_ref is not None else draft.restates),
            first_claim=draft.rule.type == EventType.CONSULT and bool(FIRST_CLAIM.search(s.sentence.text)),
            attribution=credits, ordinal=ordinal_of(draft.trigger, s, lexicon.nouns),
            occasion=occasion_of(draft, s, lexicon.nouns) if time_ref is None else None,
            companions=(*companions_of(actors + targets, s), *draft.along), passing=draft.passing,
            joins=draft.joins and time_ref is not None, kind=draft.rule.kind,
            earlier=past_perfect(draft.trigger, s)))
    return events


def headline(sentence: Sentence, article: Article) -> bool:
    """The sentence is the article's title, standing as the first line of its text ("Lima and Quito sign a
    truce after talks in Brasilia"): a headline restates in short what the body reports, so its words add no
    event of their own (PLOVER codes the story's sentences, not its heading)."""
    title = (article.title.value or "").strip()
    if not title or title.endswith("."):
        return False  # a first line ending as a sentence does is the story's lede, not a heading
    first = len(article.text) - len(article.text.lstrip())
    return article.text.startswith(title, first) and sentence.start >= first and \
        sentence.end <= first + len(title) + 1


def newsgathering(actors: Sequence[int], newsrooms: frozenset[int]) -> bool:
    """What only news organisations do ("agency reporters visited the base", "the broadcaster's crew toured
    the city") is how the story was gathered, not an event of the story; `newsrooms` are the mentions that
    name a news organisation (extract/attribution.py)."""
    return bool(actors) and all(a in newsrooms for a in actors)


def _empty_promise(draft: Draft, s: Parsed, lexicon: TriggerLexicon) -> bool:
    """'willing to set aside past grievances', 'a willingness to build ties': a readiness by nobody, or to do
    nothing that is an event and with nobody, is an attitude, not a promise (AGREE names who promises what, or
    to whom); 'its commitment to all previous agreements' promises the agreements."""
    word = draft.trigger
    table = frames()
    readiness = (word.pos == "ADJ" and table.adjectives.get(word.lemma.lower()) == "commitment") or (
        word.pos == "NOUN" and table.nouns.get(word.lemma.lower()) == "commitment")
    if not readiness:
        return False
    about = [o for p in s.kids(word, "prep") for o in s.kids(p, "pobj")]
    governs = draft.governs or any(event_noun(o, s, lexicon) for o in about) or bool(ready_for(word, s, lexicon))
    return not draft.actors or (not governs and not draft.targets)
