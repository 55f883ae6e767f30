"""Displacement: people who fled, were displaced, evacuated or left homeless; how many, from and to where.

A count is a displacement figure when a displacement word governs it ("Thousands of civilians have
fled their homes", "the floods displaced 40,000", "123,000 refugees have reached Bangladesh",
"1,900 people are still in evacuation centres"). Counts are read through the same figure mechanisms
as casualties (what a number counts, when, whether foreseen). Each figure says how people moved
(``kind``: fled, homeless, evacuated, sheltering), is marked when only foreseen ("could displace
150,000") or of an earlier period ("displaced since 2012"), and keeps the places it names.
Without a count, a sentence is kept when it says where many people went ("families have sought
shelter at the base").
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..lexicons import lexicon, words
from ..model import DisplacementMention, Quantity
from ..nlp import ParsedArticle
from .figures import Number, numbers_in
from .figures.counted import (HOUSEHOLDS, counted_noun, counts_people, counts_things, household_members,
                              is_not_a_count, misparsed_subject_of)
from .figures.scope import sentence_places
from .figures.status import is_forced_out, is_shelter_place, status_of
from .figures.time import (MODALS, headline_names_a_hazard, is_change, is_other_event, is_projection, is_rate,
                           is_war_wide, recent_past_end)

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Token

LEX = lexicon("displacement")
FLED_VERBS = words("displacement", "fled_verbs")
FORCED_VERBS = words("displacement", "forced_verbs")
ARRIVAL_VERBS = words("displacement", "arrival_verbs")
EVACUATION_VERBS = words("displacement", "evacuation_verbs")
ESCAPE_VERBS = words("displacement", "escape_verbs")
ATTEMPT_VERBS = words("displacement", "attempt_verbs")
MOVING_VERBS = words("displacement", "moving_verbs")
TOLL_VERBS = words("casualties", "growth_verbs") | words("casualties", "toll_verbs")
SHELTER_VERBS = words("displacement", "shelter_verbs")
OBJECT_CUES = {(verb, obj): kind for kind, verbs in LEX["object_cues"].items()
               for verb, objects in verbs.items() for obj in objects}
NOUN_KINDS = {w: kind for kind, ws in LEX["nouns"].items() for w in ws}
SITE_OCCUPANTS = words("displacement", "site_occupant_nouns")
DESTINATIONS = words("displacement", "destinations")
PROJECTION_VERBS = words("displacement", "projection_verbs") | words("casualties", "projection_verbs")
STAYING_VERBS = words("displacement", "staying_verbs")
OUTDOORS = words("displacement", "outdoors")
LACKING_HOMES = words("displacement", "lacking_homes")
AFFECTING_VERBS = words("displacement", "affecting_verbs")
QUOTE_MARKS = set('"“”')
PLACE_LABELS = ("GPE", "LOC", "FAC")


def extract(parsed: ParsedArticle) -> Iterator[DisplacementMention]:
    hazard = headline_names_a_hazard(parsed)     # a quake's report: a war's displaced are background
    for pb, sent in parsed.sentences():
        cues = [(t, kind) for t in sent if (kind := cue_kind(t)) is not None]
        if not cues:
            continue
        evidence = parsed.evidence(pb, sent)
        places = sentence_places(sent)
        counted = False
        for number in numbers_in(sent):
            reading = _read(number, cues, parsed.article.date, hazard)
            if reading is not None:
                counted = True
                yield DisplacementMention(quantity=reading.quantity, text=sent.text.strip(), places=places,
                                          evidence=evidence, kind=reading.kind, projection=reading.projection,
                                          background=reading.background, one_site=reading.one_site,
                                          background_until=reading.background_until)
        if not counted and pb.block.kind not in ("headline", "subheading") and not QUOTE_MARKS & set(sent.text) \
                and _has_destination(cues) and _many_people_moved(cues) and not _foreseen_sentence(cues):
            yield DisplacementMention(quantity=None, text=sent.text.strip(), places=places, evidence=evidence,
                                      kind=min((k for _, k in cues), key=KIND_RANK.get))


KIND_RANK = {"fled": 0, "homeless": 1, "evacuated": 2, "sheltering": 3}
# Every word that can be a cue, to pass over all others at once.
CUE_WORDS = (FLED_VERBS | FORCED_VERBS | ARRIVAL_VERBS | EVACUATION_VERBS | SHELTER_VERBS | ESCAPE_VERBS | MOVING_VERBS
             | STAYING_VERBS | frozenset(NOUN_KINDS) | {verb for verb, _ in OBJECT_CUES} | LACKING_HOMES)


@dataclass
class Reading:
    quantity: Quantity | None     # None for households: "300 families" are not 300 people
    kind: str
    projection: bool
    background: bool
    one_site: bool = False
    background_until: str | None = None


def _read(number: Number, cues: list[tuple[Token, str]], report: str | None, hazard: bool = False) -> Reading | None:
    """The number as a count of displaced people, or None. In the report of a natural hazard
    (``hazard``), the people a whole war displaced are of an earlier period."""
    if number.implicit or is_not_a_count(number):
        return None
    root = number.root
    noun = counted_noun(root)
    if (noun is not None and not _people_or_units(noun)) or (noun is None and counts_things(root)):
        return None
    verb = misparsed_subject_of(root)          # "... in relief camps and 15 are reported missing"
    linked = [(cue, kind) for cue, kind in cues if not _or_affected(cue) and not _attempted(cue) and (
        _connected(root, noun, cue) if verb is None else cue.i == verb.i or verb.i in {a.i for a in cue.ancestors})]
    households = household_members(noun)          # "4,000 families, affecting 20,000 people": the families'
    if households is not None and not linked:      # members, displaced when the families are
        linked = [(cue, kind) for cue, kind in cues if _connected(households, households, cue)]
    if not linked or is_rate(root) or (status_of(root, noun) is not None and households is None):
        return None          # not displaced, or people killed or hurt, or a yearly rate
    if is_change(number.tokens[0], root, noun, True, {t.i for t in number.tokens}):
        return None          # "rose by 4,000"
    kind = _kind(linked)
    quantity = None if noun is not None and noun.lemma_.lower() in HOUSEHOLDS else number.quantity
    projection = any(_foreseen(c) for c, _ in linked) or is_projection(root, noun)
    year = int(report[:4]) if report else None
    background = is_other_event(root, year) or hazard and any(is_war_wide(root, noun, c) for c, _ in linked)
    return Reading(quantity=quantity, kind=kind, projection=projection, background=background,
                   one_site=noun is not None and noun.lower_ in SITE_OCCUPANTS,
                   background_until=recent_past_end(root, report) if background else None)


def _or_affected(cue: Token) -> bool:
    """'displaced or otherwise affected': a count of everyone touched, not of the displaced."""
    return any(c.lemma_.lower() in AFFECTING_VERBS and not any(
        g.dep_ in ("dobj", "nsubj", "nsubjpass") for g in c.children) for c in cue.conjuncts)   # not "and affected 20,000"


def _kind(linked: list[tuple[Token, str]]) -> str:
    """How the people counted moved: 'fled' when a word of flight says so; an evacuation named
    beside a weaker verb ('left Sudan in evacuations') is an evacuation."""
    kinds = {k for _, k in linked}
    strong = any(k == "fled" and cue.lemma_.lower() not in WEAK_FLIGHT for cue, k in linked)
    if "evacuated" in kinds and not strong:
        return "evacuated"
    return min(kinds, key=KIND_RANK.get)


WEAK_FLIGHT = {"leave", "abandon"}


def _people_or_units(noun: Token) -> bool:
    """People ('civilians', '27,400 Rohingya'), a word for the displaced ('refugees') or households."""
    word = NOUN_KINDS.get(noun.lower_) or NOUN_KINDS.get(noun.lemma_.lower())
    return counts_people(noun) or word not in (None, "sheltering") or noun.lemma_.lower() in HOUSEHOLDS


def cue_kind(token: Token) -> str | None:
    """How the word says people moved, when it is a displacement word: fled, homeless, evacuated,
    sheltering."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma not in CUE_WORDS and lower not in CUE_WORDS:
        return None
    if token.pos_ == "VERB" or token.tag_ in ("VBN", "VBD", "VBG") or lemma == "be":   # "are now in camps"
        if lemma in FLED_VERBS:
            return "fled"
        if lemma in EVACUATION_VERBS:
            return "evacuated"
        if is_forced_out(token):
            return "fled"
        if lemma in ESCAPE_VERBS and any(c.lower_ in ("from", "away") for c in token.children):
            return "fled"                  # "have run from the fighting"
        moves_people = not any(c.dep_ == "dobj" and not counts_people(c) for c in token.children)   # not "took shelter"
        if lemma in MOVING_VERBS and moves_people and (any(c.lower_ in ("out", "away") for c in token.children)
                                      or _in_shelter(token, preps=("to", "into")) or _reaches_a_place(token)):
            return "evacuated"             # "have been moved out of the area", "shifted to relief camps"
        if lemma in ARRIVAL_VERBS and (_reaches_a_place(token) or token.dep_ in ("amod", "acl")):
            return "fled"                  # "crossed into Chad", "newly arrived refugees"
        if lemma in SHELTER_VERBS and (lemma in ("strand", "maroon", "camp") or _in_shelter(token)):
            return "sheltering"            # "sheltering in schools", "accommodated at evacuation centres"
        if lemma in FORCED_VERBS and _in_shelter(token, preps=("into",)):
            return "sheltering"            # "forced into temporary shelters"
        for child in token.children:
            target = child if child.dep_ == "dobj" else next((c for c in child.children if c.dep_ == "pobj"), None) \
                if child.dep_ == "prep" and child.lower_ != "without" else None    # "left without homes": homeless
            if target is not None and (lemma, target.lemma_.lower()) in OBJECT_CUES:
                return OBJECT_CUES[(lemma, target.lemma_.lower())]
            if lemma == "leave" and child.dep_ == "dobj" and child.ent_type_ == "GPE":
                return "fled"              # "left Sudan"
        if lemma in STAYING_VERBS and (_in_shelter(token, preps=("in", "into", "at", "inside", "under", "on"))
                                       or any(c.dep_ == "dobj" and is_shelter_place(c) for c in token.children)):
            return "sheltering"            # "1,900 people are still in evacuation centres", "occupying shelters"
    if token.pos_ == "NOUN" and lemma in LACKING_HOMES and _lacked(token):
        return "homeless"                  # "left tens of thousands without shelter", "in need of shelter"
    if token.pos_ in ("NOUN", "PROPN", "ADJ"):
        kind = NOUN_KINDS.get(lower) or NOUN_KINDS.get(lemma)
        if kind == "sheltering":
            return kind if token.head.lemma_.lower() in ("take", "seek", "find", "in") else None
        if kind == "fled" and _in_shelter(token):
            return "sheltering"            # "670,000 refugees now in camps": a stock, not a flight
        return kind
    return None


def _lacked(noun: Token) -> bool:
    head = noun.head
    if head.lower_ == "without" and noun.dep_ == "pobj":
        return True
    return head.lower_ == "of" and head.head.lemma_.lower() == "need" and head.head.head.lower_ == "in"


def _reaches_a_place(verb: Token) -> bool:
    """'crossed into Bangladesh', 'arrived in the camps', 'reached the border'; not 'flee the
    country', whose object is the place left."""
    leaves = verb.lemma_.lower() in FLED_VERBS | ESCAPE_VERBS | WEAK_FLIGHT
    for child in verb.children:
        target = child if child.dep_ == "dobj" and not leaves else next((c for c in child.children if c.dep_ == "pobj"), None) \
            if child.dep_ == "prep" and child.lower_ in ("in", "into", "at", "to", "over", "across") else None
        if target is not None and (target.ent_type_ in PLACE_LABELS or target.lemma_.lower() in DESTINATIONS):
            return True
    return False


def _in_shelter(verb: Token, preps: tuple[str, ...] = ("in", "at", "inside", "under", "on")) -> bool:
    """'in evacuation centres', 'at schools', 'in tents', 'in the open', 'outdoors'."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            if any(g.dep_ == "pobj" and (is_shelter_place(g) or g.lower_ in OUTDOORS)
                   for g in child.children):
                return True
        if child.dep_ == "advmod" and child.lower_ in OUTDOORS and verb.lemma_.lower() in STAYING_VERBS:
            return True
    return False


def _attempted(cue: Token) -> bool:
    """'Hundreds were trying to escape', 'as people struggled to get out': an attempt that goes
    nowhere is no flight (a crowd at a gate, people trapped by a fire); 'thousands have tried to flee
    to Egypt' tells where they went."""
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in ATTEMPT_VERBS and not _reaches_a_place(cue)


def _foreseen(cue: Token) -> bool:
    """A cue under a modal or a verb of fearing: 'could displace', 'bracing for an exodus', 'expected to flee'."""
    for token in [cue, *cue.ancestors][:4]:
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in MODALS for c in token.children):
            return True
        if token.lemma_.lower() in PROJECTION_VERBS:
            return True
        if token.dep_ == "advcl":
            return False      # "sleeping in the streets, thousands braced against aftershocks": what is, beside it
    return False


def _foreseen_sentence(cues: list[tuple[Token, str]]) -> bool:
    return any(_foreseen(c) for c, _ in cues)


def _connected(number: Token, noun: Token | None, cue: Token) -> bool:
    """The count belongs to the displacement word: they are one phrase ("270,000 refugees", "an exodus
    of 270,000"), the word is the count's verb or governs it within its clause, or the word is a
    complement of that verb ("are believed to have lost their homes", "left Sudan in evacuations").
    A verb of another clause joined by 'and' is not the count's."""
    for token in {number, noun} - {None}:
        if cue.i in {t.i for t in token.subtree} or token.i in {a.i for a in cue.ancestors}:
            return True
    top = noun if noun is not None else number
    verb = None
    for head in top.ancestors:                # up to the count's own clause verb
        if head.i == cue.i:
            return True
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("aux", "auxpass"):   # "were" misread as the head
            verb = head
            break
    if verb is None:
        return False
    if cue.dep_ == "conj" and cue.head.dep_ == "advcl" and cue.head.head.i == verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return True       # "shell-shocked and sleeping in the streets, tens of thousands braced ..."
    if cue.head.i == verb.i and cue.dep_ in ("xcomp", "ccomp", "advcl", "oprd", "acomp", "dobj", "conj") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") or (cue.dep_ == "conj" and c.dep_ == "dobj")
                        for c in cue.children):     # not "pulled 40 out and evacuated the rest"
        return True       # not a clause with a subject of its own: "8,300 homes damaged, while 40,000 were displaced"
    if cue.dep_ in ("pcomp", "amod") and cue.head.lower_ == "as" and cue.head.head.i == verb.i:
        return True                           # "were registered as displaced", "are listed as homeless"
    if cue.dep_ == "pobj" and _prepositions_up_to(cue, verb):
        return True                           # "left 300,000 (in need (of shelter))"
    if verb.dep_ == "xcomp" and verb.head.i == cue.i:
        return True                           # "forced 5,000 people to leave"
    if verb.lemma_.lower() in TOLL_VERBS and any(
            s.dep_ in ("nsubj", "nsubjpass") and cue.i in {t.i for t in s.subtree} for s in verb.children):
        return True                           # "the number of people who have fled has climbed to 10,000"
    nxt = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    return nxt is not None and nxt.i == cue.i


def _prepositions_up_to(token: Token, verb: Token) -> bool:
    """The token hangs on the verb through prepositional phrases only."""
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
        if token.i == verb.i:
            return True
    return False


def _many_people_moved(cues: list[tuple[Token, str]]) -> bool:
    """A count-less item needs people who moved, not one named person ('the former president fled')."""
    for cue, _ in cues:
        subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None and cue.dep_ in ("acl", "relcl", "amod"):
            subject = cue.head
        if subject is not None and subject.tag_ in ("NNS", "NNPS") and subject.ent_type_ != "PERSON" \
                and (counts_people(subject) or subject.lower_ in NOUN_KINDS):
            return True
    return False


def _has_destination(cues: list[tuple[Token, str]]) -> bool:
    """Where people went or stay: 'to a base', 'in the camps', 'in the open'."""
    if any(kind == "sheltering" and cue.pos_ == "VERB" and _in_shelter(cue) for cue, kind in cues):
        return True
    for cue, _ in cues:
        for token in cue.subtree:
            if token.dep_ == "pobj" and (token.lemma_.lower() in DESTINATIONS or token.ent_type_ in PLACE_LABELS) \
                    and token.head.lower_ in ("to", "at", "into", "in", "across", "toward", "towards"):
                return True
    return False
