"""Names as comparable keys: transliteration-aware folding, titles stripped, consonant skeletons.

"President Al-Shara", "Ahmad al-Sharaa" and "al Sharaa" fold to the surname token "sharaa"
or "shara", whose consonant skeleton is "shr"; skeletons are blocking keys (cheap, exact
lookups) and Jaro-Winkler similarity on the folded tokens confirms a match inside a block.
A place's other names (exonyms and renamings, lexicon `exonyms.yaml`: Peking, Kiev, Burma)
fold to the name it is shown by; transliteration habits (-sky/-skyy/-skiy, y/i, e/ye, French
"j" for "zh", German "sch") fall away in the skeleton.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import JaroWinkler

from dossier.lexicon import genders, place_names, titles

# Arabic definite-article particles as they appear in transliterated names: al-, el-, and the
# assimilated forms before "sun letters" (ash-Shaibani, ad-Din, ar-Rahman, ...).
ARTICLE_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "at", "ar", "az", "an", "adh", "ath", "ul"})
# Particles that belong to the surname that follows them ("Abu Qasra", "bin Salman", "van Rompuy").
SURNAME_PARTICLES = frozenset({"abu", "abou", "bin", "ibn", "bint", "umm", "van", "von", "de", "del", "da", "di",
                               "le", "la", "der", "den"})
SAME_TOKEN = 0.85  # Jaro-Winkler floor for two folded tokens with the same skeleton
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'", "ʻ": "'", "ʿ": "'", "ʾ": "'"})
_POSSESSIVE = re.compile(r"'s\b|s'$")
_NON_WORD = re.compile(r"[^a-z0-9' ]+")
_VOWELS = frozenset("aeiouy")
_DIGRAPHS = (("tch", "ch"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("ph", "f"),
             ("dh", "d"), ("gh", "g"), ("x", "ks"), ("q", "k"), ("ck", "k"), ("c", "k"), ("w", "v"), ("'", ""))
CLOSE_TOKEN = 0.8  # Jaro-Winkler floor when the consonants agree one for one ("Hemeimeem", "Hmeimim")
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&"})


@lru_cache(maxsize=65536)  # names recur in every article that mentions them
def fold(text: str) -> str:
    """ASCII, lower case, apostrophes unified, possessive and punctuation removed, spaces collapsed; a
    place's other name becomes the name it is shown by ('Peking' -> 'beijing', 'Kiev' -> 'kyiv')."""
    ascii_text = anyascii(text.translate(_APOSTROPHES)).lower()
    ascii_text = _POSSESSIVE.sub("", ascii_text).replace("-", " ")
    folded = " ".join(_NON_WORD.sub(" ", ascii_text).split())
    return _other_names().get(folded, folded)


@lru_cache(maxsize=1)
def _other_names() -> dict[str, str]:
    """Folded other name -> folded shown name, for places known by several names."""
    def plain(text: str) -> str:
        ascii_text = _POSSESSIVE.sub("", anyascii(text.translate(_APOSTROPHES)).lower()).replace("-", " ")
        return " ".join(_NON_WORD.sub(" ", ascii_text).split())

    return {plain(form): plain(forms[0]) for forms in place_names().values() for form in forms[1:]}


def initials(text: str) -> str:
    """The acronym a name is shortened to: 'Syrian Democratic Forces' -> 'SDF', 'League of Arab States' ->
    'LAS'; '' unless it has two or more capitalised words."""
    words = [w for w in re.split(r"[\s\-/]+", text.strip()) if w and w.lower() not in _MINOR_WORDS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words).upper()


# Words an acronym may take a letter from or leave out ("ECOWAS": Economic Community of West African States;
# "AES": Alliance des Etats du Sahel), English and French.
_LINK_WORDS = _MINOR_WORDS | {"des", "du", "et", "l", "d", "en", "pour"}


def spells_out(acronym: str, name: str) -> bool:
    """`name` is what `acronym` shortens: each capitalised word gives its first letter in order, a linking word
    ('of', 'des', 'du') gives its own or none ('ECOWAS' and 'Economic Community of West African States', 'AES' and
    'Alliance des Etats du Sahel', 'LAS' and 'League of Arab States'); two capitalised words at least."""
    letters = acronym.replace(".", "").upper()
    words = [re.sub(r"^[ldLD]['’]", "", w).strip("()[],.;:'’\"") for w in re.split(r"[\s\-/]+", name.strip())]
    words = [w for w in words if w]
    if len(letters) < 2 or not letters.isalpha() \
            or sum(1 for w in words if w.lower() not in _LINK_WORDS and w[:1].isupper()) < 2:
        return False

    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        word = words[j]
        if word.lower() in _LINK_WORDS:
            return match(i, j + 1) or (i < len(letters) and letters[i] == word[0].upper() and match(i + 1, j + 1))
        return word[:1].isupper() and i < len(letters) and letters[i] == word[0].upper() and match(i + 1, j + 1)

    return match(0, 0)


def cased_initials(text: str) -> str:
    """The acronym of a name with a lower-case word inside, that word's letter kept small: 'Ruritania-occupied
    Vale' -> 'RoV', 'Bund für Heimat' -> 'BfH'; '' when every word is capitalised (see `initials`), when it
    opens in lower case, or when it has fewer than two capitalised words."""
    words = [w for w in re.split(r"[\s\-/]+", text.strip()) if w and w.lower() not in _MINOR_WORDS]
    letters = "".join(w[0] for w in words if w[0].isalpha())
    if len(letters) != len(words) or not letters[:1].isupper() or letters.isupper() \
            or sum(c.isupper() for c in letters) < 2:
        return ""
    return letters


@lru_cache(maxsize=65536)  # asked again for every alias whenever a person's name is shown (Entity.name)
def strip_titles(text: str) -> str:
    """Drop leading titles and articles: 'Deputy Foreign Minister Mikhail Bogdanov' -> 'Mikhail Bogdanov'."""
    words = text.split()
    changed = True
    while words and changed:
        changed = False
        if words[0].lower() in ("the", "a", "an") and len(words) > 1:
            words, changed = words[1:], True
            continue
        for size in range(min(4, len(words)), 0, -1):
            if " ".join(words[:size]).lower().rstrip(",") in titles():
                words, changed = words[size:], True
                break
    return " ".join(words)


@lru_cache(maxsize=65536)
def name_tokens(text: str) -> tuple[str, ...]:
    """The folded tokens of a personal name, Arabic articles dropped, surname particles joined.

    'Asaad Hassan al-Shibani' -> ('asaad', 'hassan', 'shibani'); 'Murhaf Abu Qasra' -> ('murhaf', 'abu qasra').
    """
    words = [w for w in fold(strip_titles(text)).split() if w not in ARTICLE_PARTICLES]
    tokens: list[str] = []
    for word in words:
        if tokens and tokens[-1] in SURNAME_PARTICLES:
            tokens[-1] = f"{tokens[-1]} {word}"
        else:
            tokens.append(word)
    if tokens and tokens[-1] in SURNAME_PARTICLES and len(tokens) > 1:
        tokens = tokens[:-1]
    return tuple(tokens)


@lru_cache(maxsize=65536)
def skeleton(token: str) -> str:
    """Consonant skeleton: vowel and doubling variants collapse ('Hmeimim', 'Hmeymim', 'Khmeimim' -> 'hm')."""
    word = token.replace(" ", "")
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    if not word:
        return ""
    head = "@" if word[0] in _VOWELS else word[0]  # Ibrahim/Ebrahim, Usama/Osama
    out = [head]
    for ch in word[1:]:
        if ch in _VOWELS or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


def name_key(text: str) -> str:
    """Skeleton of a whole (non-personal) name: the blocking key for places, organisations, groups."""
    return " ".join(skeleton(t) for t in fold(strip_titles(text)).split() if t not in ARTICLE_PARTICLES)


def same_token(a: str, b: str) -> bool:
    """Two folded name tokens are spellings of one name: same skeleton and close spelling, or the same
    consonants one for one (three or more, in words of six letters or more) and a looser spelling
    ('hemeimeem', 'hmeimim'; not 'hussein', 'hassan')."""
    if a == b:
        return True
    if skeleton(a) != skeleton(b):
        return False
    similarity = JaroWinkler.similarity(a, b)
    if similarity >= SAME_TOKEN:
        return True
    consonants = _consonants(a)
    return similarity >= CLOSE_TOKEN and min(len(a), len(b)) >= 6 and len(consonants) >= 3 \
        and consonants == _consonants(b)


@lru_cache(maxsize=65536)
def _consonants(token: str) -> str:
    """The consonants in order, a doubled letter once, a letter repeated across a vowel kept: 'hmeimim' -> 'hmm'."""
    word = token.replace(" ", "")
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    out: list[str] = []
    previous = ""
    for ch in word:
        if ch not in _VOWELS and ch != previous:
            out.append(ch)
        previous = ch
    return "".join(out)


def inserted_consonants(a: str, b: str) -> bool:
    """Two folded surnames of five letters or more of which one is the other with one or two consonants written
    inside it, a transliteration's extra letters ('tiani', 'tchiani'; 'bazoum', 'bazhoum'); never a letter added
    at either end ('hassan', 'hassani') nor a vowel ('sall', 'saall')."""
    short, long = sorted((a, b), key=len)
    extra = len(long) - len(short)
    if not 1 <= extra <= 2 or len(short) < 5:
        return False
    for at in range(1, len(short)):
        if long[:at] == short[:at] and long[at + extra:] == short[at:]:
            return not set(long[at:at + extra]) & _VOWELS and long[at:at + extra].isalpha()
    return False


def same_name(a: str, b: str) -> bool:
    """Two whole (non-personal) names are spellings of one: token by token, or as one folded string."""
    fa, fb = fold(strip_titles(a)), fold(strip_titles(b))
    if fa == fb:
        return True
    ta = [t for t in fa.split() if t not in ARTICLE_PARTICLES]
    tb = [t for t in fb.split() if t not in ARTICLE_PARTICLES]
    return len(ta) == len(tb) and all(same_token(x, y) for x, y in zip(ta, tb, strict=True))


# First words of place names, never a given name: "New Delhi", "North Waziristan", "San Remo", and the
# Arabic ones of villages and landmarks ("Beit" house, "Jisr" bridge, "Tell" mound, "Khirbet" ruin, "Deir"
# monastery, "Kafr" hamlet, "Ain" spring, "Ras" headland, "Wadi" valley, "Jabal" mountain).
_PLACE_FIRST_WORDS = frozenset({"new", "old", "north", "south", "east", "west", "northern", "southern", "eastern",
                                "western", "central", "upper", "lower", "greater", "saint", "st", "san", "santa",
                                "port", "fort", "mount", "lake", "cape", "gulf", "beit", "bayt", "jisr", "tell",
                                "tal", "khirbet", "khirbat", "maarat", "maaret", "deir", "dayr", "kafr", "kfar", "ain",
                                "ein", "ras", "bab", "wadi", "jabal", "jebel", "marj", "qasr", "tel", "kiryat",
                                "ramat", "givat"})


# Qualifiers a place's name can be written with or without when only one such place is meant ("New Delhi" and
# "Delhi"); compass words are left out: "South Sudan" and "Sudan", "North Waziristan" and "Waziristan" differ.
DROPPED_PLACE_QUALIFIERS = frozenset({"new", "greater", "metropolitan"})


def place_without_qualifier(name: str) -> str | None:
    """The rest of a place name that opens with a qualifier a text may drop ('New Delhi' -> 'Delhi'), if it
    has one and the rest is a capitalised name; None otherwise ('Delhi', 'North Korea', 'New')."""
    first, _, rest = name.strip().partition(" ")
    if first.lower() not in DROPPED_PLACE_QUALIFIERS or not first[:1].isupper() or not rest[:1].isupper():
        return None
    return rest


def body_without_parent(name: str, parents: Callable[[str], object]) -> str | None:
    """The name of a body after the acronym of the organisation it belongs to ('OSCE Minsk Group' -> 'Minsk
    Group', 'UNEP Ozone Secretariat' -> 'Ozone Secretariat'), if it opens with one that `parents` accepts and the
    rest is a capitalised name of two words or more; None otherwise ('Minsk Group'; 'US Senate' where `parents`
    takes no country)."""
    first, _, rest = name.strip().partition(" ")
    words = rest.split()
    if not (first.isupper() and first.isalpha() and parents(first)) or len(words) < 2 \
            or not all(w[:1].isupper() for w in words if w not in ("of", "for", "and", "the", "on")):
        return None
    return rest


def full_name_ending(text: str, surname: str) -> tuple[str, ...] | None:
    """The name tokens of `text` when it reads as a person's full name (two or three capitalised words, the
    first no place word) whose last word is `surname` however spelt: 'Ajit Doval' for 'doval'; None for
    'New Delhi' and 'Delhi', for 'Indian Army' and 'Army', or for 'Doval' alone."""
    tokens = name_tokens(text)
    if not 2 <= len(tokens) <= 3 or not same_token(tokens[-1], surname) or tokens[0] in _PLACE_FIRST_WORDS:
        return None
    words = strip_titles(text).split()
    particles = ARTICLE_PARTICLES | SURNAME_PARTICLES
    if not all(w[:1].isupper() or re.split(r"[-\s]", w.lower())[0] in particles for w in words):
        return None
    return tokens


def surname_as_written(full: str) -> str | None:
    """The words of a person's full name as written that spell the surname alone, an Arabic article before it
    dropped: 'Emmanuel Macron' -> 'Macron', 'Bashar al-Assad' -> 'Assad', 'Murhaf Abu Qasra' -> 'Abu Qasra';
    None for a name of one word."""
    tokens = name_tokens(full)
    words = strip_titles(full).split()
    if len(tokens) < 2:
        return None
    for size in range(1, len(words)):
        tail = words[-size:]
        if name_tokens(" ".join(tail)) == tokens[-1:]:
            first, _, rest = tail[0].partition("-")
            if rest and first.lower() in ARTICLE_PARTICLES:
                tail = [rest, *tail[1:]]
            return " ".join(tail)
    return None


def gender_of_name(text: str) -> str | None:
    """'male', 'female' or None, from a person's name as written: a title or a gendered noun among its words
    ('Mrs Ann Lee', 'spokeswoman Ann Lee', 'Mr. Lee') before its first name ('Ann Lee'); a first name is read
    only in a name of two words or more ('Lee' alone tells nothing)."""
    words = [w.strip(".,").lower() for w in text.split()]
    table = genders()
    for word in words:
        found = table.titles.get(word) or table.nouns.get(word)
        if found is not None:
            return found
    named = strip_titles(text).split()
    if len(named) < 2:
        return None
    return table.given_names.get(named[0].strip(".,").lower())
