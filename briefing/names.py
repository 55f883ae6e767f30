"""One name, one kind, within an article.

The small English model labels the same name differently from sentence to sentence ("Antonio
Guterres" a person, then "Guterres" an organisation) and labels some places as people ("X State").
Once an article is parsed, its entities are made consistent:
- a person's name is whole: the capitalised words before it that hang on it belong to it;
- a name an article gives in full as a person's ("Antonio Guterres") makes a later mention of that
  name or of its last word ("Guterres") a person too, labelled or not;
  (a surname that is also a month only where it is a subject: "May said", not "in May");
- a name the model calls a person whose last word is a place noun ("X State", "Y Province"), or
  that is a country, is a place.
Every stage after the parse (places, actors, quotes, actions) then reads the same kinds.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .gazetteer import country_of, organisation_of
from .lexicons import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

PLACE_SUFFIXES = words("actors", "place_suffixes")
NOT_NAME_WORDS = words("actors", "title_words") | words("actors", "office_titles") | words("actors", "honorifics")
RELABELLED = ("ORG", "GPE", "NORP", "LOC", "FAC")


def harmonise(docs: list[Doc]) -> None:
    """Make the entity labels of one article's blocks consistent (in place)."""
    people = _people(docs)
    for doc in docs:
        ents = [_whole_name(e) if e.label_ == "PERSON" else e for e in doc.ents]
        ents = [_as_place(e) for e in ents]
        ents = [_as_person(e, people) for e in ents]
        taken = {i for e in ents for i in range(e.start, e.end)}
        ents += [_span(doc, t.i, t.i + 1, "PERSON") for t in doc
                 if t.i not in taken and t.pos_ == "PROPN" and _known_surname(t.text, people)]
        doc.ents = filter_spans(ents)          # a name made whole may now cover a neighbouring one


def _whole_name(ent: Span) -> Span:
    """'Zeid Ra'ad Al Hussein' where the model saw 'Al Hussein'."""
    start = name_start(ent.doc, ent.start, ent.end, ent.sent.start)
    return ent if start == ent.start else _span(ent.doc, start, ent.end, "PERSON")


def name_start(doc: Doc, start: int, end: int, limit: int) -> int:
    """Where a person's name doc[start:end] really starts: the capitalised words before it that hang
    on it, up to a word of a title or body ('High Commissioner for Human Rights Ana Ruiz')."""
    while start > limit:
        word = doc[start - 1]
        if not (word.pos_ == "PROPN" and word.text[:1].isupper() and word.ent_type_ in ("", "PERSON")
                and start <= word.head.i < end and word.lower_ not in NOT_NAME_WORDS):
            break
        start -= 1
    return start


def _people(docs: list[Doc]) -> dict[str, str]:
    """Full names and last names of the people an article names in full, both folded to lower case."""
    people: dict[str, str] = {}
    for doc in docs:
        for ent in doc.ents:
            tokens = [t for t in ent if t.pos_ == "PROPN"]
            if ent.label_ != "PERSON" or len(tokens) < 2 or len(tokens) != len(ent):
                continue
            if _is_place_name(ent) or country_of(ent.text) or organisation_of(ent.text):
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
        return _span(ent.doc, ent.start, ent.end, "PERSON")
    return ent


def _as_place(ent: Span) -> Span:
    if ent.label_ == "PERSON" and (_is_place_name(ent) or country_of(ent.text)):
        return _span(ent.doc, ent.start, ent.end, "GPE")
    return ent


def _is_place_name(ent: Span) -> bool:
    """'X State', 'Y Province': a proper name ending in a capitalised place noun."""
    return len(ent) >= 2 and ent[-1].text[:1].isupper() and ent[-1].lower_ in PLACE_SUFFIXES


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    from spacy.tokens import Span
    return Span(doc, start, end, label=label)


def filter_spans(spans: list[Span]) -> list[Span]:
    from spacy.util import filter_spans as longest_first
    return longest_first(spans)
