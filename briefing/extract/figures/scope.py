"""What part of the event a figure covers: a place, or the people of one nationality.

A figure scoped to one town, province or country of several ("912 died in Turkey alone",
"deaths in Hatay province rose to 3,300", "12 Kenyans were among the dead") is a part of the
event, kept with its place or nationality, and never competes with the event-wide total. A
figure over several places ("in Turkey and Syria") is not scoped to either. Whether a place or a
nationality is the whole event is decided when merging, once the event's countries are known.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ...gazetteer import country_of, country_of_demonym, is_demonym, join_places
from ...lexicons import words
from ..common import entity_of, ents_of, sentence_ents

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

    from ...nlp import ParsedArticle

PLACE_NOUNS = words("actors", "place_nouns")
REGION_NOUNS = words("actors", "region_nouns")
FOREIGNERS = words("casualties", "foreigner_nouns")
FOREIGN = "foreign"          # the nationality of people counted only as not of the country
PART_NOUNS = words("actors", "part_nouns")
PLACE_LABELS = ("GPE", "LOC")
SCOPE_PREPS = ("in", "across", "inside")
# Verbs whose 'from' names where the people counted were: "1,021 deaths were reported from Sindhupalchok".
REPORTING_FROM = ("report", "record", "register", "confirm")
# Words of a part of a figure: in "half of the 1,058 deaths" the figure is the whole.
WHOLE_OF = words("casualties", "share_nouns")
FIGURE_NOUNS = words("casualties", "figure_nouns")


def place_of(number: Token, noun: Token | None, cue: Token | None) -> str | None:
    """The one place a figure is scoped to, if its phrase, its clause or its status noun names one."""
    for own in (noun, number):            # the figure's own phrase first: "in X, 40 died, and 12 in Y"
        places = _places_in_preps(own) if own is not None else []
        if places:
            return scope_of_list(places)
    holders = [t for t in (noun, cue) if t is not None]
    for head in [number, *number.ancestors]:
        if head.lower_ == "of" and head.head.lower_ in WHOLE_OF:
            return None              # "X accounts for half of the 1,058 deaths": the whole, not X's
        if head.lower_ == "of" and head.dep_ == "prep" and head.i == head.sent.start and head.head.pos_ in ("VERB", "AUX"):
            return None              # "Of the 410 killed, 200 were in the capital": the whole the share is of
        holders.append(head)
        if head.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in head.children):   # "with X accounting for"
            if head.dep_ == "relcl" and place_name(head.head):     # "in X province, where 1,293 were killed"
                return scope_of_list(_names_of_list(head.head))
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != number.i]
            for subject in subjects:
                if place_name(subject):             # "Sindh accounts for 402 deaths"
                    return place_name(subject)
            holders.extend(subjects)
            # "the number of missing people in Wajima soaring to 281": the people the figure counts
            holders.extend(g for subject in subjects if subject.lemma_.lower() in FIGURE_NOUNS
                           for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                           for g in c.children if g.dep_ == "pobj")
            break
    holders.extend(_opening_scope_of(holders))
    for holder in holders:
        if any(c.dep_ == "advmod" and c.lower_ == "elsewhere" for c in holder.children):
            return "elsewhere"       # "killed 170 people elsewhere in the country": the rest, not the whole
        owner = next((c for c in holder.children if c.dep_ == "poss" and place_name(c)), None)
        if owner is not None and holder.pos_ == "NOUN":
            return place_name(owner)     # "Mozambique's death toll is already at 84"
        places = _places_in_preps(holder) or _places_of_the_source(holder)
        if places:
            return scope_of_list(places)
    return None


def _opening_scope_of(holders: list[Token]) -> list[Token]:
    """'In Khyber Pakhtunkhwa, 289 people were killed and 348 injured': a clause joined to another
    shares the place phrase that opens the sentence before both."""
    verb = next((h for h in holders if h.pos_ in ("VERB", "AUX") and h.dep_ == "conj"), None)
    if verb is None:
        return []
    first = verb.head
    opens = any(c.dep_ == "prep" and c.i == first.sent.start for c in first.children)
    return [first] if opens else []


def _places_of_the_source(verb: Token) -> list[str]:
    """'According to police officials in the state of Assam, 17 people have died': officials of a
    place give that place's figure."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    sources = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "according"
               for t in c.children if t.lower_ == "to" for o in t.children if o.dep_ == "pobj"]
    return [p for o in sources for p in _places_in_preps(o)]


def scope_of_list(places: list[str]) -> str | None:
    """One place is the scope; a list with a country in it ('in neighbouring India and China') is
    kept whole, for merging to tell whether it is the event's own countries ('in Turkey and Syria');
    a list of towns or regions is not scoped to any of them."""
    if len(places) == 1:
        return places[0]
    if any(country_of(p) for p in places):
        return join_places(places)
    return None


def _names_of_list(token: Token) -> list[str]:
    names: list[str] = []
    for place in [token, *token.conjuncts]:
        name = place_name(place)
        if name and name not in names:
            names.append(name)
    return names


def place_beside(first: Token, last: Token, parallel: bool = False) -> str | None:
    """The place a bare figure of a list is set beside: 'followed by X with 264', 'Y seven', 'Z (95)',
    '95 in Z'. The figure's words run from ``first`` to ``last``. ``parallel``: the list's first
    figure was a place's, so a name the model did not label a place stands for one ('X has 347
    deaths, Y 264 and Z 238')."""
    doc, sent = first.doc, first.sent
    at = first.i - 1
    if at >= sent.start and doc[at].lower_ in ("with", "(", ":"):
        at -= 1
    if at >= sent.start:
        ent = entity_of(doc[at])
        if ent is not None and ent.end == at + 1 and ent.label_ in PLACE_LABELS:
            return ent.text
        if parallel and doc[at].pos_ == "PROPN" and (ent is None or ent.label_ not in ("DATE", "TIME")):
            return " ".join(t.text for t in doc[at].subtree if t.pos_ == "PROPN" and t.i <= at) or doc[at].text
    after = doc[last.i + 1:min(sent.end, last.i + 3)]
    if len(after) == 2 and after[0].lower_ in ("in", "("):
        ent = entity_of(after[1])
        if ent is not None and ent.start == after[1].i and ent.label_ in PLACE_LABELS:
            return ent.text
    return None


def _places_in_preps(token: Token) -> list[str]:
    """Places named by the 'in' / 'across' phrases of a token: 'in Turkey and Syria' -> both."""
    preps = SCOPE_PREPS + (("from",) if token.lemma_.lower() in REPORTING_FROM else ())
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        places: list[str] = []
        for obj in objects:
            # a number listed after the place is another figure with its own place: "in X and two in Y"
            for place in [obj, *(c for c in obj.conjuncts if not c.like_num)]:
                name = place_name(place) or _nested_place(place) or _the_region_named(place)
                if name and name not in places:
                    places.append(name)
        if places:
            return places
    return []


def _the_region_named(noun: Token) -> str | None:
    """'The provincial government of Sindh said 347 people had died in the province': 'the province'
    is the one region the sentence names (none when it names none, or several)."""
    if noun.lower_ not in REGION_NOUNS or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
            or any(c.dep_ in ("prep", "compound", "amod") for c in noun.children):
        return None
    regions = {name for t in noun.sent if t.ent_type_ in ("GPE", "LOC") and t.i != noun.i
               and (name := place_name(t)) and not country_of(name)}
    return regions.pop() if len(regions) == 1 else None


def _nested_place(token: Token) -> str | None:
    """'across the border in Syria', 'in the north of the country': a place one phrase further in."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                name = place_name(obj)
                if name:
                    return name
    return None


def place_name(token: Token) -> str | None:
    """The place a noun names: a place entity, or 'X province' built on one; with the country its
    phrase names when that is another ('the Indian state of Assam', 'Assam in India': 'Assam, India'),
    so that a part of a neighbouring country is never taken for the event's own place."""
    name = _bare_place_name(token)
    if name is None or country_of(name):
        return name
    country = _country_of_phrase(token)
    return f"{name}, {country}" if country and country not in name else name


def _country_of_phrase(token: Token) -> str | None:
    nouns = [token, *([token.head.head] if token.dep_ == "pobj" and token.head.lower_ == "of" else []),
             *(o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
               if o.dep_ == "pobj")]                  # "Assam" of "the state of Assam in India"
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP" and is_demonym(child.text):
                return country_of_demonym(child.text)
            if child.dep_ == "prep" and child.lower_ == "in":
                country = next((country_of(o.text) for o in child.children if o.dep_ == "pobj"), None)
                if country:
                    return country
    return None


def _bare_place_name(token: Token) -> str | None:
    ent = entity_of(token)
    if ent is not None and ent.label_ in (*PLACE_LABELS, "FAC"):
        return ent.text
    if token.lemma_.lower() in PLACE_NOUNS:
        of_place = [entity_of(o) for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for o in c.children if o.dep_ == "pobj" and entity_of(o) is not None]
        if of_place and of_place[0].label_ in PLACE_LABELS:
            return of_place[0].text           # "the neighbouring Indian state of Assam"
        named = [entity_of(c) for c in token.children if c.dep_ in ("compound", "amod") and entity_of(c)]
        described = any(c.lower_ == "the" for c in token.children) and token.is_lower
        if named and not (described and named[0].label_ in ("LOC", "NORP")):   # "Hatay province", not "the
                                                                               # Mediterranean city": a description
            return f"{named[0].text} {token.text}"
    if token.lower_ in PART_NOUNS and any(c.lower_ == "the" for c in token.children) and token.dep_ == "pobj":
        return f"the {token.lower_}"          # "in the capital", "in the north"
    return None


def nationality_of(noun: Token | None, cue: Token | None) -> str | None:
    """The country of the people counted, when the figure names it: '12 Kenyans', 'three French
    nationals', 'the number of British casualties'."""
    heads = [cue.head] if cue is not None and cue.dep_ in ("acl", "relcl", "amod") else []   # "foreigners killed"
    for token in (noun, cue, *heads):
        if token is None:
            continue
        if token.lemma_.lower() in FOREIGNERS or (token.pos_ == "NOUN" and any(
                c.dep_ == "amod" and c.lower_ == "foreign" for c in token.children)):
            return FOREIGN               # "nine foreigners", "foreign nationals": a part, like a nationality
        words = " ".join([*(c.text for c in token.lefts if c.dep_ == "compound" and c.text[:1].isupper()),
                          token.text])         # "South Koreans", "New Zealanders"
        for name in dict.fromkeys([words, token.text]):
            if token.pos_ in ("PROPN", "NOUN") and is_demonym(name) and token.text[:1].isupper():
                return country_of_demonym(name.rstrip("s")) or country_of_demonym(name)
        for child in token.children:
            if child.dep_ in ("amod", "compound") and child.ent_type_ == "NORP" and is_demonym(child.text):
                return country_of_demonym(child.text)
            if child.dep_ == "compound" and child.ent_type_ == "GPE" and country_of(child.text):
                return country_of(child.text)          # "one U.S. citizen", "two Japan nationals"
            if child.dep_ == "prep" and child.lower_ == "from" and token is noun:     # "30 soldiers from Egypt"
                country = next((country_of(g.text) for g in child.children if g.dep_ == "pobj"
                                and g.ent_type_ == "GPE" and country_of(g.text)), None)
                if country:
                    return country
    return None


def section_places(parsed: ParsedArticle) -> dict[int, str]:
    """The place a block stands under when a heading names only a place ('MOZAMBIQUE', then 'People
    killed: 501'), by block index. A heading of words ('Timeline') ends the section; a heading that
    gives a figure ('People killed: 501') is part of it."""
    places: dict[int, str] = {}
    current: str | None = None
    for pb in parsed.blocks:
        if pb.block.kind == "subheading":
            text = pb.block.text.strip(" :.-")
            ents = [e for e in ents_of(pb.doc) if e.label_ in PLACE_LABELS]
            whole = ents[0].text if len(ents) == 1 and len(ents[0].text) >= len(text) - 1 else None
            if country_of(text) or whole:
                current = country_of(text) or whole
            elif not any(ch.isdigit() for ch in text):
                current = None
        elif pb.block.kind == "headline":
            current = None
        if current is not None:
            places[pb.index] = current
    return places


def sentence_places(sent: Span) -> list[str]:
    return sorted({e.text for e in sentence_ents(sent) if e.label_ in (*PLACE_LABELS, "FAC")}, key=lambda p: sent.text.find(p))
