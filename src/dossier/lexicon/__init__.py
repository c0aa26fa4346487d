"""Domain-neutral knowledge kept as data: countries (from countryinfo plus our additions), titles, places'
other names (exonyms, renamings), news organisations and the words that credit a report, roles.

Every story uses these, with or without a domain pack.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from anyascii import anyascii

from dossier import plover
from dossier.errors import DossierError
from dossier.lexicon.cached import CACHE_ENV as CACHE_ENV
from dossier.lexicon.cached import built_cache as built_cache
from dossier.lexicon.cached import cache_folder as cache_folder
from dossier.plover import NOT_AN_EVENT, EventType, Mode

# libyaml's safe loader where PyYAML was built with it (the same documents, about ten times faster), else PyYAML's.
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(name: str) -> Any:
    return yaml.load(resources.files("dossier.lexicon").joinpath(name).read_text(encoding="utf-8"),
                     Loader=SAFE_LOADER)


@cache
def once_table() -> dict[str, Any]:
    """`once.yaml` parsed once per process: the one reader extraction and resolution share (its kinds, `power`,
    word lists). Read-only: callers build their own views from it."""
    return load_yaml("once.yaml") or {}


@cache
def once_words(key: str) -> frozenset[str]:
    """A word list of `once.yaml` (`companions`, `flights`, `taken_by`), lower-cased."""
    return frozenset(str(w).lower() for w in once_table().get(key, ()))


@cache
def along_words(key: str) -> frozenset[str]:
    """A word list of `companions.yaml` (`attend`, `present`, `accompany`, `travel`, `include`, `represent`,
    `groups`, `gatherings`, `observers`), lower-cased: the words of a clause naming who went along to a gathering."""
    return frozenset(str(w).lower() for w in (load_yaml("companions.yaml") or {}).get(key) or ())


@cache
def campaign_nouns() -> frozenset[str]:
    """Nouns of a use of force lasting days (`campaigns.yaml`, `campaigns`): a source naming one dates it by any of
    its days (resolution: `rules.one_campaign`)."""
    return frozenset(str(w).lower() for w in (load_yaml("campaigns.yaml") or {}).get("campaigns") or ())


REDEPLOY = "redeploy"  # the word every redeployment is recorded under, whatever verb tells it (extract/redeploy.py):
# resolution joins a planned and a made move to one named place by it, and keeps moves apart from patrols


@cache
def invitation_words() -> frozenset[str]:
    """The trigger words of an invitation said outright ("invited X", "an invitation"; a hope that X comes is
    recorded under the first): `invitations.yaml`, `words`. Resolution and summaries tell invitations by them."""
    return frozenset(str(w).lower() for w in (load_yaml("invitations.yaml") or {}).get("words") or ())


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    return frozenset(t.lower() for t in load_yaml("titles.yaml")["titles"])


@dataclass(frozen=True, slots=True)
class Genders:
    """What tells a person's gender (`genders.yaml`): titles ("Mrs"), nouns ("spokeswoman") and common first
    names, each lower case -> "male" or "female"."""

    titles: dict[str, str]
    nouns: dict[str, str]
    given_names: dict[str, str]


@lru_cache(maxsize=1)
def genders() -> Genders:
    data = load_yaml("genders.yaml")

    def table(key: str) -> dict[str, str]:
        return {str(w).lower(): gender for gender in ("male", "female") for w in data[key][gender]}

    return Genders(table("titles"), table("nouns"), table("given_names"))


@dataclass(frozen=True, slots=True)
class Country:
    name: str
    capital: str | None
    surface_forms: tuple[str, ...]  # name, other names and demonyms, as written
    demonym: str | None = None


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Country knowledge, keyed by lower-cased surface form (exact-case for short acronyms)."""

    countries: dict[str, Country]  # surface form -> country
    capitals: dict[str, Country]  # capital city -> country
    seats: dict[str, Country]  # seat of government ("Kremlin") -> country
    regions: dict[str, str]  # lower-cased region or adjective ("european") -> region name ("Europe")
    blocs: dict[str, str]  # lower-cased surface form ("western powers") -> bloc name ("The West")
    organisations: dict[str, str]  # surface form ("E.U.", lower-cased unless an acronym) -> name
    facility_nouns: tuple[tuple[str, ...], ...]  # ("naval", "port"), ("airport",): longest first
    place_nouns: frozenset[str] = frozenset()  # "province", "exclave": the name before one is a place
    # generic form ("security council") -> the words one of which the article must contain for the form to
    # name the international organisation ("United Nations", "UN"): many states have a Security Council
    generic_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    area_nouns: frozenset[str] = frozenset()  # "province", "region": a region's name is written with or without one
    # a one-word short form of one state that other states' names contain ("congo": the Republic of the Congo's
    # short form, a word of the Democratic Republic of the Congo's name) -> (its owner, the other states)
    shared_forms: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    facility_heads: frozenset[str] = frozenset()  # "palace", "monument": a name ending in one is a facility

    def country(self, surface: str) -> Country | None:
        """The country a name stands for; a name known only with its article ('the Emirates') also without it,
        as a mention's name is written once its article is stripped."""
        return self.countries.get(surface) or self.countries.get(low := surface.lower()) \
            or (self.countries.get(f"the {low}") if not low.startswith("the ") else None)

    def organisation(self, surface: str) -> str | None:
        return self.organisations.get(surface) or self.organisations.get(surface.lower())

    def states_sharing(self, name: str, country: str) -> tuple[str, ...]:
        """The other states a name may mean that writes `country` only by a short form their names share ('Congo',
        'eastern Congo': the Democratic Republic of the Congo too); none for a form naming `country` in full."""
        if self.country(name) is not None and name.lower() not in self.shared_forms:
            return ()
        for word in name.lower().replace("-", " ").split():
            owner, others = self.shared_forms.get(word, ("", ()))
            if owner == country:
                return others
        return ()

    def names_in_full(self, surface: str, country: str) -> bool:
        """`surface` names `country` by a form of its own: not a short form other states share, not its demonym."""
        found = self.country(surface)
        return found is not None and found.name == country and surface.lower() not in self.shared_forms \
            and surface.lower() != (found.demonym or "").lower()

    def demonym(self, country_name: str) -> str:
        country = self.country(country_name)
        return (country.demonym if country and country.demonym else None) or country_name


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import countryinfo  # imported here: only the analyse stage needs it

    extra = load_yaml("places.yaml")
    countries: dict[str, Country] = {}
    capitals: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    population: dict[str, int] = {}
    for info in (c.info() for c in countryinfo.all_countries()):
        name = info["name"]
        population[name] = int(info.get("population") or 0)
        forms = [name, *[s for s in info.get("altSpellings", []) if _is_name(s)]]
        if info.get("demonym"):
            forms.append(info["demonym"])
        forms += extra["country_aliases"].get(name, [])
        forms += [v for f in forms if (v := without_inner_article(f)) is not None]
        capital = info.get("capital") or None
        if isinstance(capital, list):  # a few countries list several capitals
            capital = capital[0] if capital else None
        country = Country(name, capital, tuple(dict.fromkeys(forms)), info.get("demonym") or None)
        by_name[name] = country
        if capital:
            capitals[capital.lower()] = country
    for name, forms in extra["former_states"].items():
        by_name[name] = Country(name, None, (name, *forms), forms[0] if forms else None)
    for names in place_names().values():  # Burma is Myanmar, Türkiye is Turkey
        known = next((by_name[f] for f in names if f in by_name), None)
        if known is not None:
            every = tuple(dict.fromkeys((*known.surface_forms, *names)))
            by_name[known.name] = Country(known.name, known.capital, every, known.demonym)
    # A form shared by several countries ("French": France and its territories) means the most populous.
    for country in sorted(by_name.values(), key=lambda c: population.get(c.name, 0)):
        for form in country.surface_forms:
            countries[form if _acronym(form) else form.lower()] = country
    for names in place_names().values():  # Kyiv is Kiev, Astana is Nur-Sultan
        capital_of = next((capitals[f.lower()] for f in names if f.lower() in capitals), None)
        if capital_of is not None:
            for other in names:
                capitals.setdefault(other.lower(), capital_of)
    for table in (capitals, countries):  # written without its accents ("Chisinau", "Bogota", "Cote d'Ivoire")
        for form, country in list(table.items()):
            table.setdefault(anyascii(form) if _acronym(form) else anyascii(form).lower(), country)
    seats = {seat.lower(): by_name[name] for seat, name in extra["seats_of_government"].items()}
    regions = {form.lower(): name for name, forms in extra["regions"].items() for form in (name, *forms)}
    blocs = {form.lower(): name for name, forms in extra["blocs"].items() for form in (name, *forms)}
    organisations = {(form if _acronym(form) else form.lower()): name
                     for name, forms in extra["organisations"].items() for form in (name, *forms)}
    for form, name in news().organisations.items():
        organisations.setdefault(form, name)  # agencies and outlets are organisations ("AP": the Associated Press)
    nouns = tuple(sorted((tuple(n.split()) for n in extra["facility_nouns"]), key=len, reverse=True))
    generic = {form.lower(): tuple(needs) for form, needs in (extra.get("generic_organisation_forms") or {}).items()}
    return Gazetteer(countries, capitals, seats, regions, blocs, organisations, nouns,
                     frozenset(w.lower() for w in extra.get("place_nouns") or ()), generic,
                     frozenset(w.lower() for w in extra.get("area_nouns") or ()), shared_forms(by_name.values()),
                     frozenset(w.lower() for w in extra.get("facility_heads") or ()))


def without_inner_article(form: str) -> str | None:
    """A state's long form written without the 'the' after its 'of' ('Democratic Republic of the Vale' ->
    'Democratic Republic of Vale'): texts write it both ways. None when the form has no such 'the'."""
    words = form.split(" ")
    for k in range(len(words) - 2):
        if words[k] == "of" and words[k + 1] == "the":
            return " ".join(words[:k + 1] + words[k + 2:])
    return None


def shared_forms(countries: Iterable[Country]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """One-word short forms that other states' names contain, lower-cased -> (the state whose short form it is,
    the other states): 'Congo' shortens the Republic of the Congo and is a word of the Democratic Republic of the
    Congo's name, so a text naming only the latter in full means it by 'Congo'. Only a word of the state's own long
    name; never a state's own name ('Sudan', beside 'South Sudan'), nor its demonym."""
    every = list(countries)
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    for country in every:
        for form in country.surface_forms:
            if " " in form or form in (country.name, country.demonym) or not _has_word(country.name, form):
                continue
            others = tuple(other.name for other in every if other.name not in (country.name, form) and any(
                _has_word(long, form) for long in other.surface_forms if long != other.demonym))
            if others:
                found[form.lower()] = (country.name, others)
    return found


def _has_word(long: str, word: str) -> bool:
    """`word` is one of the words of a longer name ('Congo' in 'Republic of the Congo', 'Congo-Kinshasa')."""
    words = long.lower().replace("-", " ").split()
    return len(words) > 1 and word.lower() in words


def _acronym(form: str) -> bool:
    """Short capitalised forms (US, UK, UAE) only match with their own case, never 'us'."""
    letters = form.replace(".", "")
    return letters.isupper() and len(letters) <= 4


def _is_name(spelling: str) -> bool:
    """Drop ISO codes (TR, SYR) and non-Latin native forms from countryinfo's alternative spellings."""
    return len(spelling) > 3 and spelling.isascii() and ", " not in spelling


@lru_cache(maxsize=1)
def compass() -> dict[str, str]:
    """Compass words ('northeastern') -> the form a region of a country is named with ('northeast')."""
    data: dict[str, str] = load_yaml("places.yaml")["compass"]
    return data


@lru_cache(maxsize=1)
def place_names() -> dict[str, tuple[str, ...]]:
    """Each place known by several names (exonyms, renamings): shown name -> all its names, shown name first."""
    return {name: (name, *(others or [])) for name, others in load_yaml("exonyms.yaml")["places"].items()}


@dataclass(frozen=True, slots=True)
class News:
    """News organisations and the words that credit a report (lexicon `news.yaml`)."""

    organisations: dict[str, str]  # surface form (lower-cased unless an acronym) -> name
    name_endings: tuple[tuple[str, ...], ...]  # lower-cased word sequences ending an outlet's name ("news agency")
    name_starts: frozenset[str]  # lower-cased first words of an outlet's name ("daily")
    outlet_nouns: frozenset[str]  # "agency", "state media": an outlet described, not named
    unnamed_singular: frozenset[str]  # "source", "official": an unnamed person
    unnamed_plural: frozenset[str]
    partitive: frozenset[str]  # "member", "one": their of-phrase belongs to the description
    unnamed_titles: frozenset[str]  # "minister": may be a named person's title ("the minister said")
    reporting_verbs: frozenset[str]
    reporting_nouns: frozenset[str]
    credit_words: frozenset[str]

    def organisation(self, surface: str) -> str | None:
        return self.organisations.get(surface) or self.organisations.get(surface.lower())


@lru_cache(maxsize=1)
def news() -> News:
    data = load_yaml("news.yaml")
    organisations = {(form if _acronym(form) else form.lower()): name
                     for name, forms in data["organisations"].items() for form in (name, *(forms or []))}
    sources = data["unnamed_sources"]
    return News(
        organisations,
        tuple(sorted((tuple(e.lower().split()) for e in data["name_endings"]), key=len, reverse=True)),
        frozenset(w.lower() for w in data["name_starts"]),
        frozenset(w.lower() for w in data["outlet_nouns"]),
        frozenset(sources["singular"]),
        frozenset(sources["plural"]),
        frozenset(sources["partitive"]),
        frozenset(sources["titles"]),
        frozenset(data["reporting_verbs"]),
        frozenset(data["reporting_nouns"]),
        frozenset(data["credit_words"]),
    )


@dataclass(frozen=True, slots=True)
class Roles:
    """Roles held for a country and the words for each (lexicon `roles.yaml`)."""

    words: dict[str, str]  # lower-cased role phrase ("interim president", "top diplomat") -> role id
    modifiers: frozenset[str]
    not_current: frozenset[str]
    state_bodies: tuple[tuple[str, ...], ...]  # ("foreign", "office"), ("ministry",): longest first
    body_heads: frozenset[str] = frozenset()  # last words of bodies' names ("department", "party")
    militaries: frozenset[tuple[str, ...]] = frozenset()  # ("armed", "forces"): a state's military after its name

    def role(self, phrase: str) -> str | None:
        return self.words.get(phrase.lower())


@lru_cache(maxsize=1)
def roles() -> Roles:
    data = load_yaml("roles.yaml")
    words = {phrase.lower(): role for role, phrases in data["roles"].items() for phrase in phrases}
    bodies = tuple(sorted((tuple(b.lower().split()) for b in data["state_bodies"]), key=len, reverse=True))
    return Roles(words, frozenset(data["modifiers"]), frozenset(data["not_current"]), bodies,
                 body_heads=frozenset(w.lower() for w in data.get("body_heads", ())),
                 militaries=frozenset(tuple(m.lower().split()) for m in data.get("state_militaries", ())))


@lru_cache(maxsize=1)
def armed_group_names() -> frozenset[str]:
    """Folded names of non-state armed groups known by name (lexicon `armed_groups.yaml`)."""
    return frozenset(armed_key(name) for names in load_yaml("armed_groups.yaml")["groups"] for name in names)


_ARMED_KEY_DROP = re.compile(r"[^a-z0-9 ]")


def armed_key(name: str) -> str:
    """A group's name folded for `armed_group_names`: lower case, ASCII, hyphens as spaces, apostrophes and
    other marks dropped, a leading "the" and "al" dropped ('The al-Shabaab' -> 'shabaab')."""
    words = _ARMED_KEY_DROP.sub("", anyascii(name).lower().replace("-", " ")).split()
    while words and words[0] in ("the", "al") and len(words) > 1:
        words = words[1:]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str  # an EventType, or NOT_AN_EVENT for a phrase that is no event ("strike a tone"), or UNTYPED_ACT
    mode: Mode | None
    kind: str | None = None  # an act PLOVER does not type (`acts.yaml` kinds): its type is UNTYPED_ACT


UNTYPED_ACT = "ACT"  # the type of a trigger of an act PLOVER does not type (extract/acts.py); its event has none


NO_EVENT = Trigger(NOT_AN_EVENT, None)  # a phrase that looks like a trigger but reports no event


@dataclass(frozen=True, slots=True)
class Slot:
    """A noun in a verb pattern: its head (any of `words`, lemma or word as written) and modifiers that must
    hang from it (each any of a set)."""

    words: frozenset[str]
    modifiers: tuple[frozenset[str], ...] = ()
    synonyms: bool = False  # the head is a synonym set (&WEAPON), not a word written out


@dataclass(frozen=True, slots=True)
class VerbPattern:
    """What surrounds a verb in one of the dictionary's patterns ("ask (FOR {FINANCIAL AID})"), and what
    the verb then reports (`NO_EVENT` for statements and non-events)."""

    trigger: Trigger
    particle: str | None = None
    object: Slot | None = None
    subject: Slot | None = None
    preps: tuple[tuple[str, Slot | None], ...] = ()
    code: str = ""  # the CAMEO code it came from
    rank: int = 0  # its place in the dictionary: the first of two equally specific patterns wins

    @property
    def names_a_thing(self) -> bool:
        """The pattern names a noun (an object, a subject, a preposition's object), not only a particle or a
        bare preposition ("fly (TO)" tells nothing about what happens)."""
        return self.object is not None or self.subject is not None or any(s is not None for _, s in self.preps)

    @property
    def specificity(self) -> float:
        """How much of the sentence the pattern pins down; a word written out counts more than a synonym set
        ("set FIRE" before "set &CEASEFIRE")."""
        slots = [self.object, self.subject, *(slot for _, slot in self.preps)]
        found = float(self.particle is not None) + len(self.preps)
        for slot in slots:
            if slot is not None:
                found += len(slot.modifiers) + (0.5 if slot.synonyms else 1.0)
        return found

    def needs(self) -> list[str]:
        """The words that must be present for the pattern to match: the index it is filed under."""
        if self.object is not None:
            return [f"o:{w}" for w in self.object.words]
        if self.particle is not None:
            return [f"p:{self.particle}"]
        if self.preps:
            return [f"r:{self.preps[0][0]}"]
        assert self.subject is not None
        return [f"s:{w}" for w in self.subject.words]


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    verbs: dict[str, Trigger]  # lemma -> trigger (Dossier's own list and the pack's)
    nouns: dict[str, Trigger]  # lemma, or "compound lemma" ("phone call") -> trigger
    phrases: dict[tuple[str, str], Trigger]  # (verb lemma, object lemma or particle) -> trigger
    patterns: dict[str, dict[str, tuple[VerbPattern, ...]]] = field(default_factory=dict)  # lemma -> key -> ..
    dictionary_verbs: dict[str, Trigger] = field(default_factory=dict)  # lemma -> the dictionary's default
    dictionary_phrasal: dict[tuple[str, str], Trigger] = field(default_factory=dict)  # ("ask", "for") -> ...
    discards: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # first word -> word runs
    # that mark a sentence as no political event ("world cup", "tropical storm")
    known: frozenset[str] = frozenset()  # verbs Dossier's own list types: the dictionary only refines them


def trigger_lexicon(extra: dict[str, list[str]] | None = None) -> TriggerLexicon:
    """Dossier's own triggers (`triggers.yaml`), the pack's (`{type: [lemma or "verb object", ...]}`), and
    the field's verb dictionary (`cameo_verbs.json`, derived by `python -m dossier.lexicon.build`)."""
    verbs: dict[str, Trigger] = {}
    nouns: dict[str, Trigger] = {}
    phrases: dict[tuple[str, str], Trigger] = {}
    for event_type, groups in _triggers().items():  # "NONE" holds words and phrases that are no event
        for lemma, mode in (groups.get("verbs") or {}).items():
            verbs.setdefault(lemma, Trigger(event_type, Mode(mode) if mode else None))
        for lemma, mode in (groups.get("nouns") or {}).items():
            nouns.setdefault(lemma, Trigger(event_type, Mode(mode) if mode else None))
        for phrase, mode in (groups.get("phrases") or {}).items():
            verb, obj = phrase.split(" ", 1)
            phrases.setdefault((verb, obj), Trigger(event_type, Mode(mode) if mode else None))
    for event_type, words in (extra or {}).items():
        if event_type not in TRIGGER_TYPES:
            raise DossierError(f"pack triggers: {event_type!r} is not a PLOVER type ({', '.join(EventType)})")
        for word in words:
            parts = " ".join(w for w in word.lower().split() if w not in ("the", "a", "an")).split(" ", 1)
            if len(parts) == 2:
                phrases[(parts[0], parts[1])] = Trigger(event_type, None)
            else:
                verbs[parts[0]] = Trigger(event_type, None)
    dictionary = verb_dictionary()
    return TriggerLexicon(verbs, nouns, phrases, dictionary.patterns, dictionary.verbs, dictionary.phrasal,
                          dictionary.discards, frozenset(verbs) | {verb for verb, _ in phrases})


@dataclass(frozen=True, slots=True)
class VerbDictionary:
    verbs: dict[str, Trigger]
    phrasal: dict[tuple[str, str], Trigger]
    patterns: dict[str, dict[str, tuple[VerbPattern, ...]]]
    discards: dict[str, tuple[tuple[str, ...], ...]]


@lru_cache(maxsize=1)
def verb_dictionary() -> VerbDictionary:
    """The derived CAMEO verb dictionary, typed in PLOVER, indexed by verb lemma and by the word each pattern
    needs. Building it from `cameo_verbs.json` takes a good part of a second, paid by every command that extracts
    (one article's `dossier ingest` too): the built index is kept in the user's cache folder (`built_cache`) under
    the hash of the data file and of the code that builds it, and read back from there."""
    raw = resources.files("dossier.lexicon").joinpath("cameo_verbs.json").read_bytes()
    return built_cache("verb_dictionary", [raw, _BUILDER], VerbDictionary, lambda: _verb_dictionary(raw))


def _verb_dictionary(raw: bytes) -> VerbDictionary:
    data = json.loads(raw.decode("utf-8"))
    verbs: dict[str, Trigger] = {}
    phrasal: dict[tuple[str, str], Trigger] = {}
    patterns: dict[str, dict[str, list[VerbPattern]]] = {}
    rank = 0
    for block in data["blocks"]:
        built = [_pattern(p, rank + k) for k, p in enumerate(block["patterns"])]
        rank += len(built)
        indexed: dict[str, list[VerbPattern]] = {}
        for pattern in built:
            for key in pattern.needs():
                indexed.setdefault(key, []).append(pattern)
        for lemma, trigger in block["verbs"].items():
            verbs.setdefault(lemma, _trigger(trigger))
            into = patterns.setdefault(lemma, {})
            for key, found in indexed.items():
                into.setdefault(key, []).extend(found)
        for phrase, trigger in block["phrasal"].items():
            verb, particle = phrase.split(" ", 1)
            phrasal.setdefault((verb, particle), _trigger(trigger))
    ordered = {lemma: {key: tuple(sorted(found, key=lambda p: (-p.specificity, p.rank)))
                       for key, found in by_key.items()} for lemma, by_key in patterns.items()}
    runs: dict[str, list[tuple[str, ...]]] = {}
    for phrase in data["discards"]:
        run = tuple(phrase.split())
        runs.setdefault(run[0], []).append(run)
    discards = {first: tuple(found) for first, found in runs.items()}
    return VerbDictionary(verbs, phrasal, ordered, discards)


# The code whose output is kept: the records and the build (this module's source) and the types and modes they
# hold (plover.py). A changed module is a new key.
_BUILDER = Path(__file__).read_bytes() + Path(plover.__file__).read_bytes()


def _trigger(value: list[str | None] | None) -> Trigger:
    if not value or value[0] is None:
        return NO_EVENT
    if value[0] not in TRIGGER_TYPES:
        raise ValueError(f"cameo_verbs.json: {value[0]!r} is not a PLOVER type ({', '.join(EventType)})")
    return Trigger(value[0], Mode(value[1]) if value[1] else None)


def _slot(value: dict[str, Any] | None) -> Slot | None:
    if not value:
        return None
    return Slot(frozenset(value["w"]), tuple(frozenset(m) for m in value.get("m", []) if not set(m) <= _ARTICLES),
                bool(value.get("syn")))


_ARTICLES = {"a", "an", "the"}


def _pattern(value: dict[str, Any], rank: int) -> VerbPattern:
    return VerbPattern(_trigger(value.get("t")), value.get("p"), _slot(value.get("o")), _slot(value.get("s")),
                       tuple((pp["p"], _slot(pp.get("o"))) for pp in value.get("pp", [])), value.get("code", ""),
                       rank)


TRIGGER_TYPES = {*EventType, NOT_AN_EVENT}


@lru_cache(maxsize=1)
def _triggers() -> dict[str, dict[str, dict[str, str | None]]]:
    data: dict[str, dict[str, dict[str, str | None]]] = load_yaml("triggers.yaml")
    check_triggers(data)
    return data


def check_triggers(data: dict[str, dict[str, dict[str, str | None]]]) -> None:
    """Every type of the trigger lexicon is a PLOVER type (or NOT_AN_EVENT), every mode a `Mode`."""
    modes = set(Mode)
    for event_type, groups in data.items():
        if event_type not in TRIGGER_TYPES:
            raise ValueError(f"triggers.yaml: {event_type!r} is not a PLOVER type ({', '.join(EventType)})")
        for group, words in (groups or {}).items():
            for word, mode in (words or {}).items():
                if mode is not None and mode not in modes:
                    raise ValueError(f"triggers.yaml: {event_type}.{group}.{word}: unknown mode {mode!r}"
                                     f" ({', '.join(Mode)})")


@lru_cache(maxsize=1)
def stance_words() -> dict[tuple[str, str], str]:
    """(part of speech, lemma or "verb particle") -> stance: ("VERB", "call for") -> "demand"."""
    found: dict[tuple[str, str], str] = {}
    for stance, groups in load_yaml("stances.yaml").items():
        for pos, key in (("VERB", "verbs"), ("NOUN", "nouns"), ("ADJ", "adjectives")):
            for word in groups.get(key) or []:
                found.setdefault((pos, word), stance)
    return found


@dataclass(frozen=True, slots=True)
class Warnings:
    """Words of a warning told as what any act of the other side is or will meet (`extract/warnings.py`)."""

    quantifiers: frozenset[str] = frozenset()  # "any attempt", "every act"
    labels: frozenset[str] = frozenset()  # "an act of war": what the act is called ...
    label_heads: frozenset[str] = frozenset()  # ... by a noun of these
    naming: frozenset[str] = frozenset()  # "would be treated as": verbs that call it so
    answering: frozenset[str] = frozenset()  # "will be answered", "would respond to any attack"


@dataclass(frozen=True, slots=True)
class Frames:
    """Words that govern another event's clause, by class (`frames.yaml`)."""

    verbs: dict[str, tuple[str, ...]]  # lemma -> classes, in order of preference
    adjectives: dict[str, str]
    nouns: dict[str, str]
    obligation: tuple[tuple[str, ...], ...]
    cooperation: frozenset[str]
    force: frozenset[str]
    promised_when_future: frozenset[str]
    background_preps: frozenset[str]
    hosting: frozenset[str]
    background_marks: frozenset[str]
    guests: frozenset[str]  # "welcomed his counterpart": a party received
    undergone: frozenset[str]  # "Assad's fall": the possessor undergoes it
    suffering: frozenset[str]  # "lost his brother in an air strike": no part in doing it
    engaged: frozenset[str]  # "were engaged in ethnic cleansing": took part
    protesters: frozenset[str] = frozenset()  # "protesters tore down a fence": force done in a protest
    discussing: frozenset[str] = frozenset()  # "discussed lifting sanctions": the lifting is a topic
    focusing: frozenset[str] = frozenset()  # "the talks focused on lifting sanctions": likewise
    capturing: frozenset[str] = frozenset()  # "seized the town": verbs that take ground ...
    ground: frozenset[str] = frozenset()  # ... and the nouns of ground they take
    partitive: frozenset[str] = frozenset()  # "swathes of the north": the ground is the "of" phrase
    bases: frozenset[str] = frozenset()  # "took over the airport as a base": forces stationed there
    backing: frozenset[str] = frozenset()  # "backed the army in the war": words of backing ...
    wars: frozenset[str] = frozenset()  # ... and the wars that make it military help
    views: frozenset[str] = frozenset()  # "we agree that ...": in the present, a view shared, no pact
    munitions: frozenset[str] = frozenset()  # "shells landed near a school": no visitor
    signifying: frozenset[str] = frozenset()  # "the visit signalled a readiness to ...": what it means
    results: frozenset[str] = frozenset()  # "deployed ships, preventing the rebels from ...": its outcome
    including: frozenset[str] = frozenset()  # "the visit included talks with X": a part of the visit
    standing: frozenset[str] = frozenset()  # "said sanctions have lost meaning": a state a statement talks of ...
    standing_changes: frozenset[str] = frozenset()  # ... and the verbs that tell it change ("the sanctions ended")
    interventions: frozenset[str] = frozenset()  # "Moscow's intervention": one state's use of force in a war
    sending: frozenset[str] = frozenset()  # "sent jets against X": verbs of sending ...
    forces: frozenset[str] = frozenset()  # ... and the forces whose sending against someone is an attack
    ordering: frozenset[str] = frozenset()  # "ordered the crossings closed": an order that does the act ...
    ordered_states: frozenset[str] = frozenset()  # ... the state the ordered thing is put in ...
    ordered_restrictions: frozenset[str] = frozenset()  # ... or the restriction ordered ("the closure of")
    stops: frozenset[str] = frozenset()  # "ready for a halt to the fighting": an end to an event
    telling_to_go: frozenset[str] = frozenset()  # "told the envoys to leave": verbs of ordering people out ...
    going: frozenset[str] = frozenset()  # ... the verbs of leaving they govern ...
    sent_out: frozenset[str] = frozenset()  # ... and the people (no party) so sent out: a restriction ...
    envoys: frozenset[str] = frozenset()  # ... envoys so sent out: an expulsion
    readying: frozenset[str] = frozenset()  # "ordered the activation of a standby force": forces readied
    withheld: frozenset[str] = frozenset()  # "did not recognise the decision": a refusal, REJECT
    third_parties: frozenset[str] = frozenset()  # observers, peacekeepers: whose entry is a RETREAT ...
    third_party_groups: frozenset[str] = frozenset()  # ... "a team of inspectors" ...
    admitting: frozenset[str] = frozenset()  # ... the verbs letting them in ...
    leaving: frozenset[str] = frozenset()  # ... taking them out (SANCTION withdraw) ...
    leaving_particles: frozenset[str] = frozenset()  # ... "pulled out", "called back" ...
    arriving: frozenset[str] = frozenset()  # ... and bringing peacekeepers (AID)
    quitting: frozenset[str] = frozenset()  # "left the bloc": a member leaving the body it names (SANCTION) ...
    withdrawing: frozenset[str] = frozenset()  # ... or names in a "from"/"of" phrase ("withdrew from X") ...
    member_bodies: frozenset[str] = frozenset()  # ... or by a noun of a body of members ("the alliance")
    peacekeepers: frozenset[str] = frozenset()
    warnings: Warnings = field(default_factory=Warnings)
    giving: frozenset[str] = frozenset()  # "handed over medicine": verbs of giving ...
    relief_goods: frozenset[str] = frozenset()  # ... goods of relief (AID) ...
    amounts: frozenset[str] = frozenset()  # ... told by an amount ("200 tons of grain") ...
    evacuating: frozenset[str] = frozenset()  # ... and verbs taking people to safety ...
    needy: frozenset[str] = frozenset()  # ... the people in need they take (AID)
    done_to: frozenset[str] = frozenset()  # "the blockade of the port": its "of" phrase undergoes it
    stances_held: frozenset[str] = frozenset()  # "is opposed to the plan": its subject opposes it
    choosing: frozenset[str] = frozenset()  # "chose Cairo for his first trip": the place is where it goes
    wishing: frozenset[str] = frozenset()  # "want Moscow to release the funds": a request of Moscow
    informing: frozenset[str] = frozenset()  # "declined to comment": a refusal to tell is no rejection ...
    informing_giving: frozenset[str] = frozenset()  # ... nor one to give ...
    information: frozenset[str] = frozenset()  # ... what is told ("declined to give a price")
    conditioning: frozenset[str] = frozenset()  # "conditioned X on Y", "X will depend on Y": neither X nor Y done
    describing: frozenset[str] = frozenset()  # "described the visit as a sign of ...": no intent to visit
    onsets: frozenset[str] = frozenset()  # "gunfire broke out between X and Y": verbs of fighting's onset ...
    outbreaks: frozenset[str] = frozenset()  # ... and the nouns of fighting that break out
    crowd_control: frozenset[str] = frozenset()  # "dispersed them with tear gas": ASSAULT crowd-control
    warning: frozenset[str] = frozenset()  # "warned it would not recognise X": a refusal said, REJECT
    truces: frozenset[str] = frozenset()  # "declared a truce": one side's concession; "between X and Y": agreed
    committing: frozenset[str] = frozenset()  # "had committed genocide": verbs of doing a crime ...
    crimes: frozenset[str] = frozenset()  # ... and the crimes done (a charge when reported)
    threatened_when_future: frozenset[str] = frozenset()  # "said it would strike": force whose plan threatens


FRAME_CLASSES = ("commitment", "request", "reject", "threaten", "permission", "advocacy", "assistance",
                 "plan", "aspect", "speech")


@lru_cache(maxsize=1)
def frames() -> Frames:
    data = load_yaml("frames.yaml")
    verbs: dict[str, list[str]] = {}
    adjectives: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for kind in FRAME_CLASSES:
        for lemma in (data.get(kind) or {}).get("verbs") or []:
            verbs.setdefault(lemma, []).append(kind)
        for lemma in (data.get(kind) or {}).get("adjectives") or []:
            adjectives.setdefault(lemma, kind)
        for lemma in (data.get(kind) or {}).get("nouns") or []:
            nouns.setdefault(lemma, kind)
    return Frames({k: tuple(v) for k, v in verbs.items()}, adjectives, nouns,
                  tuple(tuple(o.split()) for o in data["obligation"]), frozenset(data["cooperation"]),
                  frozenset(data["force"]), frozenset(data["promised_when_future"]),
                  frozenset(data["background_preps"]), frozenset(data["hosting"]),
                  frozenset(data["background_marks"]), frozenset(data["guests"]),
                  frozenset(data["undergone"]), frozenset(data["suffering"]),
                  frozenset(data["engaged"]), frozenset(data.get("protesters") or ()),
                  frozenset((data.get("topics") or {}).get("discussing") or ()),
                  frozenset((data.get("topics") or {}).get("focusing") or ()),
                  frozenset((data.get("capture") or {}).get("verbs") or ()),
                  frozenset((data.get("capture") or {}).get("ground") or ()),
                  frozenset((data.get("capture") or {}).get("partitive") or ()),
                  frozenset((data.get("capture") or {}).get("bases") or ()),
                  frozenset((data.get("backing") or {}).get("words") or ()),
                  frozenset((data.get("backing") or {}).get("wars") or ()),
                  frozenset(data.get("views") or ()), frozenset(data.get("munitions") or ()),
                  frozenset(data.get("signifying") or ()), frozenset(data.get("results") or ()),
                  frozenset(data.get("including") or ()),
                  frozenset(str(w).lower() for w in (data.get("standing") or {}).get("nouns") or ()),
                  frozenset(str(w).lower() for w in (data.get("standing") or {}).get("changes") or ()),
                  frozenset(str(w).lower() for w in (data.get("backing") or {}).get("interventions") or ()),
                  frozenset((data.get("sending") or {}).get("verbs") or ()),
                  frozenset((data.get("sending") or {}).get("forces") or ()),
                  frozenset((data.get("ordering") or {}).get("verbs") or ()),
                  frozenset((data.get("ordering") or {}).get("states") or ()),
                  frozenset((data.get("ordering") or {}).get("nouns") or ()),
                  frozenset((data.get("commitment") or {}).get("stops") or ()),
                  telling_to_go=_words(data, "ordering", "to_go"), going=_words(data, "ordering", "going"),
                  sent_out=_words(data, "ordering", "sent_out"), envoys=_words(data, "ordering", "envoys"),
                  readying=_words(data, "ordering", "readying"),
                  withheld=_words(data, "withheld", "verbs"),
                  third_parties=_words(data, "third_parties", "words"),
                  third_party_groups=_words(data, "third_parties", "groups"),
                  admitting=_words(data, "third_parties", "admitting"),
                  leaving=_words(data, "third_parties", "leaving"),
                  leaving_particles=_words(data, "third_parties", "leaving_particles"),
                  arriving=_words(data, "third_parties", "arriving"),
                  quitting=_words(data, "membership", "quitting"),
                  withdrawing=_words(data, "membership", "withdrawing"),
                  member_bodies=_words(data, "membership", "bodies"),
                  peacekeepers=_words(data, "third_parties", "peacekeepers"),
                  warnings=Warnings(*(_words(data, "warnings", k) for k in
                                      ("quantifiers", "labels", "label_heads", "naming", "answering"))),
                  giving=_words(data, "relief", "giving"), relief_goods=_words(data, "relief", "goods"),
                  amounts=_words(data, "relief", "amounts"), evacuating=_words(data, "relief", "evacuating"),
                  needy=_words(data, "relief", "needy"),
                  done_to=frozenset(str(w).lower() for w in data.get("done_to") or ()),
                  stances_held=frozenset(str(w).lower() for w in data.get("stances_held") or ()),
                  threatened_when_future=frozenset(data.get("threatened_when_future") or ()),
                  choosing=_words(data, "choosing", "verbs"),
                  wishing=_words(data, "wishing", "verbs"),
                  informing=_words(data, "informing", "verbs"),
                  informing_giving=_words(data, "informing", "giving"),
                  information=_words(data, "informing", "information"),
                  conditioning=frozenset(data.get("conditioning") or ()),
                  describing=frozenset(data.get("describing") or ()),
                  onsets=_words(data, "outbreaks", "verbs"),
                  outbreaks=_words(data, "outbreaks", "nouns"),
                  crowd_control=_words(data, "crowd_control", "weapons"),
                  warning=_words(data, "threaten", "warning"),
                  truces=_words(data, "truces", "nouns"),
                  committing=_words(data, "crimes", "verbs"), crimes=_words(data, "crimes", "nouns"))


def _words(data: dict[str, Any], group: str, key: str) -> frozenset[str]:
    """The lower-cased words of one list of a group of `frames.yaml` ("relief": {"goods": [...]})."""
    return frozenset(str(w).lower() for w in (data.get(group) or {}).get(key) or ())


@dataclass(frozen=True, slots=True)
class References:
    """Words that refer to actors named before (`references.yaml`)."""

    parties: frozenset[str]  # "both sides", "the two presidents": the parties of an event told before
    parties_alone: frozenset[str]  # ... also with a plain "the" ("between the sides")
    people: frozenset[str]  # "the two presidents": people of each side, not states
    counts: frozenset[str]  # "both", "two"
    groups: frozenset[str]  # "the delegation": the last one named with its party
    partitives: frozenset[str]  # "ten days of war games", "a round of talks": the event is the governed noun
    performatives: frozenset[str]  # "I want to congratulate you": congratulates
    postings: frozenset[str]  # "envoy for Syria": Syria is no party
    means: frozenset[str]  # "with the assistance of X": X is no party
    pacts: frozenset[str] = frozenset()  # "noted an agreement": made between the sides of the last event
    utterances: frozenset[str] = frozenset()  # "issued a statement demanding X": said by its issuer
    quantities: frozenset[str] = frozenset()  # "most of the sanctions": the sanctions are what is acted on
    forces: frozenset[str] = frozenset()  # "X sent jets against Y after the two armies clashed": X's and Y's
    numbers: tuple[tuple[str, int], ...] = ()  # "three" -> 3: "the three men" are three people named just before
    states: frozenset[str] = frozenset()  # "the two countries": states, as "the two presidents" are people
    portfolios: frozenset[str] = frozenset()  # "the two foreign ministers": people holding that office, no others
    leaders: frozenset[str] = frozenset()  # "President X": a title no holder of such an office is named by
    kin: frozenset[str] = frozenset()  # "X, Y's father,": Y is whom X is related to, no party of X's acts
    armed: frozenset[str] = frozenset()  # "the group attacked": the named group the article named just before


@lru_cache(maxsize=1)
def references() -> References:
    data = load_yaml("references.yaml")
    return References(frozenset(data["parties"]["nouns"]), frozenset(data["parties"]["alone"]),
                      frozenset(data["parties"]["people"]),
                      frozenset(data["counts"]), frozenset(data["groups"]), frozenset(data["partitives"]),
                      frozenset(data["performatives"]), frozenset(data["postings"]),
                      frozenset(data["means"]), frozenset(data.get("pacts") or ()),
                      frozenset(data.get("utterances") or ()),
                      frozenset(data.get("quantities") or ()),
                      frozenset(data["parties"].get("forces") or ()),
                      tuple((str(w), int(n)) for w, n in (data.get("numbers") or {}).items()),
                      frozenset(data["parties"].get("states") or ()),
                      frozenset(data["parties"].get("portfolios") or ()),
                      frozenset(data["parties"].get("leaders") or ()), frozenset(data.get("kin") or ()),
                      frozenset(data.get("armed") or ()))


@dataclass(frozen=True, slots=True)
class ActPhrase:
    """How a summary says an act PLOVER does not type (`acts.yaml` kinds): of its actors with its targets, of its
    actors alone, of its targets alone."""

    active: str
    objectless: str
    passive: str


@dataclass(frozen=True, slots=True)
class Acts:
    """`acts.yaml`: the kinds of act PLOVER does not type and the words that tell them (extract/acts.py)."""

    kinds: dict[str, ActPhrase]
    verbs: dict[str, str]  # lemma -> kind: a verb whose object is given a post it names
    sworn: dict[str, tuple[str, frozenset[str]]]  # lemma -> (kind, the particles or objects it needs; none: alone)
    reflexive: dict[str, str]  # lemma -> kind: "declared himself head"
    objects: dict[tuple[str, str], str]  # (verb lemma, object lemma) -> kind
    posts: frozenset[str]


@lru_cache(maxsize=1)
def acts() -> Acts:
    data = load_yaml("acts.yaml")
    kinds = {name: ActPhrase(str(v["active"]), str(v["objectless"]), str(v["passive"]))
             for name, v in data["kinds"].items()}
    verbs: dict[str, str] = {}
    sworn: dict[str, tuple[str, frozenset[str]]] = {}
    reflexive: dict[str, str] = {}
    objects: dict[tuple[str, str], str] = {}
    for kind, groups in data["triggers"].items():
        if kind not in kinds:
            raise ValueError(f"acts.yaml: {kind!r} is not one of its kinds ({', '.join(kinds)})")
        verbs |= dict.fromkeys(groups.get("verbs", []), kind)
        sworn |= {verb: (kind, frozenset(words)) for verb, words in groups.get("sworn", {}).items()}
        reflexive |= dict.fromkeys(groups.get("self", []), kind)
        objects |= {(verb, obj): kind for verb, objs in groups.get("objects", {}).items() for obj in objs}
    return Acts(kinds, verbs, sworn, reflexive, objects, frozenset(str(p).lower() for p in data["posts"]))


def act_kinds() -> tuple[str, ...]:
    """The closed list of acts PLOVER does not type (`acts.yaml`), in its order."""
    return tuple(acts().kinds)
