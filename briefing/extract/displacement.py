"""Displacement: people who fled, were displaced, evacuated or left homeless; how many, from and to where.

A sentence is a displacement item when a displacement word governs a count of people
("Thousands of civilians have fled their homes"), or, without a count, when it says where people
went ("many families have sought shelter at the ... base"). Counts are read like casualty figures.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..lexicons import words
from ..model import DisplacementMention
from ..nlp import ParsedArticle
from ..numbers import find_quantities, is_year
from .casualties import MODALS, counted_noun, counts_people, is_other_event, status_of
from .common import span_root, tokens_in

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

VERBS = words("displacement", "verbs")
OBJECT_VERBS = words("displacement", "object_verbs")
OBJECTS = words("displacement", "objects")
NOUNS = words("displacement", "nouns")
HOUSEHOLDS = words("displacement", "household_nouns")
DESTINATIONS = words("displacement", "destinations")
QUOTE_MARKS = set('"“”')


def extract(parsed: ParsedArticle) -> Iterator[DisplacementMention]:
    for pb, sent in parsed.sentences(kinds=("paragraph", "bullet", "headline")):
        cues = [t for t in sent if is_cue(t)]
        if not cues:
            continue
        evidence = parsed.evidence(pb, sent)
        places = sorted({e.text for e in sent.ents if e.label_ in ("GPE", "LOC", "FAC")},
                        key=lambda p: sent.text.find(p))
        counted = False
        for quantity in find_quantities(sent.text):
            tokens = tokens_in(sent, sent.start_char + quantity.start, sent.start_char + quantity.end)
            if not tokens or is_year(quantity):
                continue
            number = span_root(tokens)
            noun = counted_noun(number)
            if noun is not None and not counts_people(noun) and noun.lower_ not in NOUNS:
                continue
            if not any(_connected(number, noun, cue) for cue in cues):
                continue
            if is_other_event(number) or status_of(number, noun, False) is not None:
                continue         # an earlier period's figure, or people killed or hurt, not displaced
            if any(_foreseen(cue) for cue in cues):
                continue         # "could displace thousands more": a projection

            counted = True
            if noun is not None and noun.lemma_.lower() in HOUSEHOLDS:      # families, not people: no count
                quantity = None
            yield DisplacementMention(quantity=quantity, text=sent.text.strip(), places=places, evidence=evidence)
        if not counted and pb.block.kind != "headline" and not QUOTE_MARKS & set(sent.text) \
                and _has_destination(sent, cues) and _many_people_moved(cues):
            yield DisplacementMention(quantity=None, text=sent.text.strip(), places=places, evidence=evidence)


def _foreseen(cue: Token) -> bool:
    """A cue verb under a modal or a verb of fearing: 'could displace', 'warned ... would flee'."""
    return cue.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ in MODALS for c in cue.children)


def is_cue(token: Token) -> bool:
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in VERBS and token.pos_ in ("VERB", "ADJ", "NOUN"):
        return True
    if lower in NOUNS or lemma in NOUNS:
        return True
    if lemma in OBJECT_VERBS and token.pos_ == "VERB":
        objects = [c for c in token.children if c.dep_ in ("dobj", "prep")]
        for obj in objects:
            target = obj if obj.dep_ == "dobj" else next((c for c in obj.children if c.dep_ == "pobj"), None)
            if target is None:
                continue
            if target.lemma_.lower() in OBJECTS or target.lower_ in OBJECTS:
                return True
            if lemma == "leave" and obj.dep_ == "dobj" and target.ent_type_ == "GPE":
                return True
    return False


def _connected(number: Token, noun: Token | None, cue: Token) -> bool:
    """The count belongs to the displacement word: one governs the other, they are one phrase,
    or the word is the complement of the count's verb ("are believed to have lost their homes")."""
    for top in {number, noun} - {None}:
        if cue.i in {a.i for a in top.ancestors} or cue.i in {t.i for t in top.subtree}:
            return True
        if top.i in {a.i for a in cue.ancestors}:
            return True
    top = noun if noun is not None else number
    verb = next((a for a in top.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is not None and cue.head.i == verb.i and cue.dep_ in ("xcomp", "ccomp", "conj", "advcl"):
        return True
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return nxt is not None and nxt.i == cue.i


def _many_people_moved(cues: list[Token]) -> bool:
    """A count-less item needs people who moved, not one named person ('the former president fled')."""
    for cue in cues:
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and cue.dep_ in ("acl", "relcl", "amod"):
            subject = cue.head
        if subject is not None and subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ != "PERSON":
            return True
    return False


def _has_destination(sent: Span, cues: list[Token]) -> bool:
    for cue in cues:
        for token in cue.subtree:
            if token.dep_ == "pobj" and (token.lemma_.lower() in DESTINATIONS or token.ent_type_ in ("GPE", "FAC", "LOC")) \
                    and token.head.lower_ in ("to", "at", "into", "in", "across", "toward", "towards"):
                return True
    return False
