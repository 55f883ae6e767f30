"""One name, one kind, within an article.

The small English model labels the same name differently from sentence to sentence ("Antonio
Guterres" a person, then "Guterres" an organisation) and labels some places as people ("X State").
Once an article is parsed, its entities are made consistent:
- a person's name is whole: the capitalised words before it that hang on it belong to it;
- a name an article gives in full as a person's ("Antonio Guterres") makes a later mention of that
  name or of its last word ("Guterres") a person too, labelled or not;
  (a surname that is also a month only where it is a subject: "May said", not "in May");
- a name the model calls a person whose last word is a place noun ("X State", "Y Province"), or
  that is a country, is a place;
- a country's name cut short before its "of" phrase ("Democratic Republic" of "the Democratic
  Republic of the Congo") is made whole;
- a name the article itself calls a place ("X province", "the province of X", "X, the worst-hit
  state") is a place wherever it stands, labelled or not.
Every stage after the parse (places, actors, quotes, actions) then reads the same kinds.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import country_of, organisation_of
from .lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

PLACE_SUFFIXES = words("actors", "place_suffixes")
PLACE_NOUNS = words("actors", "place_nouns")
BODY_FREE_PLACE_SUFFIXES = words("actors", "body_free_place_suffixes")
COURTESY_TITLES = words("actors", "courtesy_titles")
ROLE_WORDS = words("actors", "role_words")
NAME_PARTICLES = words("actors", "name_particles")
FACILITIES = words("actors", "facility_nouns")
NOT_NAME_WORDS = (words("actors", "title_words") | words("actors", "office_titles") | words("actors", "honorifics")
                  | words("actors", "portfolio_words"))
RELABELLED = ("ORG", "GPE", "NORP", "LOC", "FAC")
# Labels the model gives a place's name by mistake.
PLACE_RELABELLED = ("ORG", "PERSON", "PRODUCT", "NORP", "WORK_OF_ART", "EVENT", "LAW")


def harmonise(docs: list[Doc]) -> None:
    """Make the entity labels of one article's blocks consistent (in place)."""
    people = _people(docs)
    places = _places(docs, people)
    for doc in docs:
        ents = [part for e in doc.ents for part in _split_at_courtesy_title(e)]
        ents = [_without_role(_whole_name(e)) if e.label_ == "PERSON" else e for e in ents]
        ents = [part for e in ents for part in _listed_places(e, places)]
        ents = [_as_place(_whole_country(e), places) for e in ents]
        ents = [_as_person(e, people) for e in ents]
        taken = {i for e in ents for i in range(e.start, e.end)}
        ents += [span(doc, t.i, t.i + 1, "PERSON") for t in doc
                 if t.i not in taken and t.pos_ == "PROPN" and _known_surname(t.text, people)]
        if places:
            kept = {i for e in ents if e.label_ not in PLACE_RELABELLED for i in range(e.start, e.end)}
            ents += _unlabelled_places(doc, places, kept)
        doc.ents = filter_spans(ents)          # a name made whole may now cover a neighbouring one


def _whole_country(ent: Span) -> Span:
    """'Democratic Republic' of 'the Democratic Republic of the Congo': a country's name the model cut
    short before its 'of' phrase is made whole, when the whole is a country's name."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "of":
        return ent
    end = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
    while end < min(len(doc), ent.end + 5) and doc[end].pos_ == "PROPN":
        end += 1
    whole = doc[ent.start:end]
    return span(doc, ent.start, end, "GPE") if end > ent.end + 1 and country_of(whole.text) else ent


def _split_at_courtesy_title(ent: Span) -> list[Span]:
    """'Disaster Management Mrs Ana Ruiz' labelled as one body: a courtesy title inside a name starts
    a person's name; the words before it are the title's, and no name at all."""
    if ent.label_ == "PERSON":
        return [ent]
    at = next((t.i for t in ent if t.i > ent.start and t.lower_.rstrip(".") in COURTESY_TITLES), None)
    if at is None or at + 1 >= ent.end or not all(t.pos_ in ("PROPN", "PUNCT") for t in ent.doc[at + 1:ent.end]):
        return [ent]
    return [span(ent.doc, at + 1, ent.end, "PERSON")]


def _whole_name(ent: Span) -> Span:
    """'Zeid Ra'ad Al Hussein' where the model saw 'Al Hussein', or 'Aung San' of 'Aung San Suu Kyi'."""
    start = name_start(ent.doc, ent.start, ent.end, ent.sent.start)
    end = _name_end(ent.doc, ent.end, ent.sent.end)
    return ent if (start, end) == (ent.start, ent.end) else span(ent.doc, start, end, "PERSON")


def _without_role(ent: Span) -> Span:
    """'Rescuer Maria Lopez', 'Witness Omar Ali': a word of what the person does is no part of the name."""
    start = ent.start
    while start < ent.end - 1 and (ent.doc[start].lower_ in ROLE_WORDS or ent.doc[start].lower_ in NOT_NAME_WORDS):
        start += 1
    return ent if start == ent.start else span(ent.doc, start, ent.end, "PERSON")


def _name_end(doc: Doc, end: int, limit: int) -> int:
    """Where a name really ends: its last word is a compound of the unlabelled capitalised word after it,
    a particle ('von der') before the rest of the name, or the first half of a hyphenated given name
    ('Suk' of 'Suk-yeol')."""
    while end < limit:
        word = doc[end]
        if word.text == "-" and end + 1 < limit and not doc[end - 1].whitespace_ and not word.whitespace_ \
                and doc[end + 1].tag_ == "NNP" and doc[end + 1].is_alpha:
            end += 2                         # "Yoon Suk-yeol" where the model saw "Yoon Suk"
            continue
        if doc[end - 1].lower_ in NAME_PARTICLES and doc[end - 1].text.islower() and word.is_alpha \
                and (word.text[:1].isupper() or word.lower_ in NAME_PARTICLES and word.text.islower()):
            end += 1                         # "Ursula von der" and "Leyen", whatever the model took it for
            continue
        if not (doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end and word.pos_ == "PROPN"
                and word.text[:1].isupper() and not word.ent_type_ and word.lower_ not in NOT_NAME_WORDS):
            break
        end += 1
    return end


def name_start(doc: Doc, start: int, end: int, limit: int) -> int:
    """Where a person's name doc[start:end] really starts: the capitalised words before it that hang
    on it, up to a word of a title or body ('High Commissioner for Human Rights Ana Ruiz')."""
    while start > limit:
        word = doc[start - 1]
        if _joins_a_name(doc, start - 1) and start - 1 > limit:
            start -= 2                       # "Jean-Pierre Lacroix": the hyphen joins one name
            continue
        if not (word.pos_ == "PROPN" and word.text[:1].isupper() and word.ent_type_ in ("", "PERSON")
                and start <= word.head.i < end and word.lower_ not in NOT_NAME_WORDS):
            break
        start -= 1
    return start


def _joins_a_name(doc: Doc, i: int) -> bool:
    """A hyphen between two capitalised words with no space ('Jean-Pierre')."""
    return doc[i].text == "-" and 0 < i < len(doc) - 1 and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].text[:1].isupper() and doc[i + 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN"


def _people(docs: list[Doc]) -> dict[str, str]:
    """Full names and last names of the people an article names in full, both folded to lower case."""
    people: dict[str, str] = {}
    for doc in docs:
        for ent in doc.ents:
            tokens = [t for t in ent if t.pos_ == "PROPN"]
            joined = sum(1 for t in ent if _joins_a_name(t.doc, t.i))
            if ent.label_ != "PERSON" or len(tokens) < 2 or len(tokens) + joined != len(ent):
                continue
            if _is_place_name(ent) or country_of(ent.text) or organisation_of(ent.text) or ent[-1].lower_ in FACILITIES:
                continue
            full = ent.text.lower()
            people[full] = ent.text
            people.setdefault(ent[-1].lower_, ent.text)
    return people


def _known_surname(text: str, people: dict[str, str]) -> bool:
    return text[:1].isupper() and text.lower() in people and " " not in text \
        and not country_of(text) and not organisation_of(text)


def _as_person(ent: Span, people: dict[str, str]) -> Span:
    # a surname that is also a word of time ("May said") is a person only as a subject
    as_subject = ent.label_ == "DATE" and len(ent) == 1 and ent.root.dep_ in ("nsubj", "nsubjpass")
    if ent.label_ not in RELABELLED and not as_subject:
        return ent
    text = ent.text.lower().removesuffix("'s").removesuffix("’s")
    if text in people and not country_of(ent.text) and not organisation_of(ent.text):
        return span(ent.doc, ent.start, ent.end, "PERSON")
    return ent


def _as_place(ent: Span, places: set[str]) -> Span:
    named_country = country_of(_bare(ent.text))         # the country's own name, not "the Kremlin"
    if ent.label_ in PLACE_RELABELLED and (named_country and _bare(named_country) == _bare(ent.text)
                                           or ent.label_ == "PERSON" and (_is_place_name(ent) or named_country)):
        return span(ent.doc, ent.start, ent.end, "GPE")       # "Mozambique's toll" labelled a body
    if ent.label_ in ("ORG", "FAC") and _is_place_name(ent) and ent[-1].lower_ in BODY_FREE_PLACE_SUFFIXES:
        return span(ent.doc, ent.start, ent.end, "GPE")       # "Kherson Oblast" labelled a body
    if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].text[:1].isupper() and ent[-1].lower_ in FACILITIES:
        return span(ent.doc, ent.start, ent.end, "FAC")       # "Manchester Arena", "Kisumu Hospital"
    if ent.label_ in PLACE_RELABELLED and _bare(ent.text) in places:
        return span(ent.doc, ent.start, ent.end, "GPE")
    return ent


def _listed_places(ent: Span, places: set[str]) -> list[Span]:
    """'Maungdaw, Buthidaung' taken for one body: a list of names one of which is a place the
    article names is a list of places."""
    cuts = [t.i for t in ent if t.text == ","]
    if not cuts or ent.label_ not in PLACE_RELABELLED:
        return [ent]
    bounds = [ent.start, *cuts, ent.end]
    parts = [(a + (a != ent.start), b) for a, b in zip(bounds, bounds[1:])]
    parts = [(a, b) for a, b in parts if b > a]
    after = ent.doc[ent.end:ent.end + 3]          # "..., and Marun townships": the list's last name
    listed_on = len(after) >= 2 and after[0].lower_ in (",", "and", "or") and any(
        _bare(t.text) in places for t in after[1:])
    if not listed_on and not any(_bare(ent.doc[a:b].text) in places for a, b in parts):
        return [ent]
    return [span(ent.doc, a, b, "GPE") for a, b in parts]


def _places(docs: list[Doc], people: dict[str, str]) -> set[str]:
    """Names (lower case) an article itself calls places: 'X province', 'the province of X', 'X, the
    worst-hit state'. A name the article also gives as a person's, or a known body, is left alone."""
    places: set[str] = set()
    for doc in docs:
        for token in doc:
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and after.pos_ == "PROPN" and _compounds_onto(token, after, token.i):
                continue                              # not the last word of the name
            if _called_a_place(token):
                name = " ".join(t.text for t in compound_name(token)).lower()
                if name not in people and not organisation_of(name):
                    places.add(name)
    return places


def _called_a_place(token: Token) -> bool:
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.pos_ == "NOUN" and after.text.islower() and after.lemma_ in PLACE_SUFFIXES:
        return True                                   # "... and X districts", however it is parsed
    while token.dep_ == "conj" and token.head.pos_ == "PROPN" and token.head.i != token.i:
        token = token.head                            # "the states of X, Y and Z": each of the list
    head = token.head
    if token.dep_ in ("compound", "nmod") and head.lemma_.lower() in PLACE_NOUNS and head.pos_ == "NOUN":
        return True                                   # "X province", "X and Y states" (lower-case place nouns)
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
        return head.head.i < token.i and not head.head.text[:1].isupper()     # "the province of X"
    return any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS and c.i > token.i for c in token.children)


def compound_name(token: Token) -> list[Token]:
    """'Khyber Pakhtunkhwa' for 'Pakhtunkhwa': the capitalised words compounded onto it."""
    start = token.i
    while start > 0 and _compounds_onto(token.doc[start - 1], token, start):
        start -= 1
    return list(token.doc[start:token.i + 1])


def _compounds_onto(word: Token, last: Token, start: int) -> bool:
    """'Khyber' in 'Khyber Pakhtunkhwa (province)': a capitalised word hung on the name or beside it."""
    return word.pos_ == "PROPN" and word.dep_ == "compound" and word.text[:1].isupper() \
        and (word.head.i in range(start, last.i + 1) or word.head.i == last.head.i)


def _unlabelled_places(doc: Doc, places: set[str], taken: set[int]) -> list[Span]:
    """The places' names where the model gave them no label or cut them into pieces ('Dera' and
    'Khan' for one place): the longer span wins when overlaps are filtered."""
    found = []
    for token in doc:
        if token.i in taken or token.pos_ != "PROPN" or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN"):
            continue
        words_ = compound_name(token)
        if _bare(" ".join(t.text for t in words_)) in places and not any(t.i in taken for t in words_):
            found.append(span(doc, words_[0].i, token.i + 1, "GPE"))
    return found


def _bare(text: str) -> str:
    return text.lower().removesuffix("'s").removesuffix("’s")


def _is_place_name(ent: Span) -> bool:
    """'X State', 'Y Province': a proper name ending in a capitalised place noun."""
    return len(ent) >= 2 and ent[-1].text[:1].isupper() and ent[-1].lower_ in PLACE_SUFFIXES


def span(doc: Doc, start: int, end: int, label: str) -> Span:
    """A labelled span (spaCy is imported only when a text is parsed)."""
    from spacy.tokens import Span
    return Span(doc, start, end, label=label)


def filter_spans(spans: list[Span]) -> list[Span]:
    from spacy.util import filter_spans as longest_first
    return longest_first(spans)
