"""Places and actors named in an article, with what their introduction says about them.

Places are spaCy's GPE, LOC and FAC entities; actors its PERSON and ORG entities. Demonyms,
news outlets, headings and fragments are left out. For a person, the words that introduce them
("US Secretary of State Marco Rubio", "Volker Perthes, the UN envoy") give the country or body
they speak for and whether they hold an office; merging uses this to sort reactions from response.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..gazetteer import find_in_phrase, is_demonym, title_organisation
from ..lexicons import words
from ..model import NameMention
from ..nlp import ParsedArticle
from .common import person_name, sentence_ents

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

PLACE_LABELS = ("GPE", "LOC", "FAC")
ACTOR_LABELS = ("PERSON", "ORG")
OFFICE_TITLES = words("actors", "office_titles")
MEDIA = words("actors", "media_words")
FACILITIES = words("actors", "facility_nouns")
PLACE_NOUNS = words("actors", "place_nouns")
PORTFOLIO_WORDS = words("actors", "portfolio_words")
PEOPLE_PLURALS = tuple(sorted(words("actors", "people_plural_endings")))
HONORIFICS = {w.rstrip(".") for w in words("actors", "honorifics")}
BODY_NOUNS = words("actors", "institution_nouns")
GENERIC_ACRONYMS = words("actors", "generic_acronyms")
FORCE_BODIES = words("actors", "force_bodies")
SEATED_VERBS = words("actors", "seated_verbs")
ROLE_VERBS = words("actors", "role_verbs")
BORDER_VERBS = words("actors", "border_verbs")
BORDER_NOUNS = words("actors", "border_nouns")
# the roles in which a force acts or is spoken of as a body: "the army said", "deployed by the army", "the army's chief"
_BODY_ROLES = ("nsubj", "nsubjpass", "poss")
# "northern", "south-western": a name these qualify is a region's ("northern Maungdaw"), never a person's
REGION_ADJECTIVES = {w for w in words("world", "compass_words") if w.endswith("ern")}
# the words joining a head noun to its name: "Palace of Culture", "Palais des Nations"
_OF_WORDS = ("of", "de", "des", "del", "di", "du", "da")


def _introduced_in_subheadings(parsed: ParsedArticle) -> Iterator[NameMention]:
    """'US President Donald Trump' heading what he said: a subheading names a person with their office.
    Only such introductions are kept; other names of subheadings are section titles."""
    for pb, sent in parsed.sentences(kinds=("subheading",)):
        for ent in sentence_ents(sent):
            if ent.label_ != "PERSON" or not (name := person_name(clean_name(ent))):
                continue
            country, organisation, governmental = introduction(ent)
            if country or organisation:
                yield NameMention(name=name, label="PERSON", evidence=parsed.evidence(pb, sent), country=country,
                                  organisation=organisation, governmental=governmental)


def extract(parsed: ParsedArticle) -> Iterator[NameMention]:
    # words the article also writes in lower case are common nouns ("rescue teams" -> not "Teams")
    common = {t.lower_ for pb in parsed.blocks for t in pb.doc if t.text.islower()}
    yield from _introduced_in_subheadings(parsed)
    for pb, sent in parsed.sentences(kinds=("paragraph", "bullet", "headline")):
        evidence = parsed.evidence(pb, sent)
        for ent in sentence_ents(sent):
            if ent.label_ == "NORP":          # a people or faith: recorded so merging can drop look-alike names
                yield NameMention(name=clean_name(ent), label="NORP", evidence=evidence)
                continue
            if ent.label_ not in PLACE_LABELS + ACTOR_LABELS:
                continue
            name = clean_name(ent)
            if ent.label_ == "PERSON":
                name = person_name(name)
            if not name or not _plausible(name, ent) or (" " not in name and name.lower() in common):
                continue
            label = ent.label_
            if label == "ORG":
                name = known_body(ent) or name
            if label == "ORG" and _head_noun(name) in FACILITIES:
                label = "FAC"          # "Republican Palace": a site, not a body
            elif label in ACTOR_LABELS and _introduced_as_place(ent):
                label = "GPE"
            mention = NameMention(name=name, label=label, evidence=evidence,
                                  bordering=label in PLACE_LABELS and _named_as_bordering(ent))
            if ent.label_ == "PERSON":
                mention.country, mention.organisation, mention.governmental = introduction(ent)
            yield mention
        for name in _forces(sent):
            yield NameMention(name=name, label="ORG", evidence=evidence)


def _named_as_bordering(ent: Span) -> bool:
    """'Rio Grande do Sul, which borders Uruguay and Argentina', 'near the border with Iran': the
    place is named as what another place borders."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head                   # "Uruguay and Argentina": the first of the list
    head = token.head
    if token.dep_ == "dobj" and head.lemma_.lower() in BORDER_VERBS:
        return True
    return token.dep_ == "pobj" and head.lower_ in ("with", "of") and head.head.lemma_.lower() in BORDER_NOUNS


def _forces(sent: Span) -> Iterator[str]:
    """A country's forces named by common nouns, where they act: 'the Sudanese army said' -> 'Sudanese
    army'; 'security forces opened fire' -> 'security forces'."""
    for token in sent:
        if token.pos_ != "NOUN" or token.ent_type_:
            continue
        role = token.dep_ if token.dep_ != "pobj" or token.head.dep_ != "agent" else "nsubj"
        if role not in _BODY_ROLES:
            continue
        before = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.i == token.i - 1]
        head = " ".join(t.lower_ for t in [*before, token])
        if head not in FORCE_BODIES and token.lower_ not in FORCE_BODIES:
            continue
        words_ = head if head in FORCE_BODIES else token.lower_
        owner = next((c for c in token.lefts if c.dep_ in ("amod", "compound", "poss")
                      and (c.ent_type_ in ("NORP", "GPE") or is_demonym(c.text))), None)
        yield words_ if owner is None else f"{clean_name(owner)} {words_}"


def _head_noun(name: str) -> str:
    """The noun a name is built on: its last word, or the word before 'of' ('Palace of Culture')."""
    words_ = name.lower().split()
    linked = next((i for i, w in enumerate(words_) if w in _OF_WORDS and i > 0), None)
    return words_[linked - 1] if linked is not None else words_[-1]


def known_body(ent: Span) -> str | None:
    """A body the gazetteer knows by the whole noun phrase the model cut short: 'the Office of the
    United Nations' of '... High Commissioner for Refugees (UNHCR)' is UNHCR."""
    aside = {t.i for c in ent.root.children if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj")
             for t in c.subtree}
    inside = {t.i for t in ent.root.subtree} - aside
    end = ent.end
    while end < min(len(ent.doc), ent.start + 12) and end in inside:
        end += 1                      # the words right after the name that still belong to its phrase
    if end == ent.end:
        return None
    _, known = find_in_phrase(ent.doc[ent.start:end].text)
    return known


def clean_name(ent: Span) -> str:
    text = ent.text.strip()
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"(’s|'s|’|')$", "", text).strip()
    text = text.strip(" ,.;:()[]\"“”‘’-")
    if text.count("(") != text.count(")"):
        text = text.split("(")[0].strip()
    return text


def _plausible(name: str, ent: Span) -> bool:
    if any(ch.isdigit() for ch in name) or len(name) < 2 or len(name.split()) > 6:
        return False
    if "/" in name or " - " in name or re.match(r"(?i)(pro|anti|ex)-", name):   # credits, headings, "Pro-Assad"
        return False
    if not name[0].isupper() or name.isupper() and len(name) > 6:
        return False
    if len(ent) == 1 and ent[0].is_stop:     # "State", "Monday"-like single common words
        return False
    if len(ent) == 1 and ent.start == ent.sent.start and ent[0].tag_ in ("NN", "NNS") and ent.label_ in ACTOR_LABELS:
        return False                         # "Crows screeched", "Shelter is the most critical need": a common
                                             # noun capitalised to open the sentence
    doc = ent.doc
    if len(ent) == 1 and ent.start >= 2 and doc[ent.start - 1].lower_ == "of" \
            and doc[ent.start - 2].lower_ in OFFICE_TITLES:
        return False                         # the "State" of "Secretary of State"
    if is_demonym(name) or name.lower() in MEDIA or name.lower() in GENERIC_ACRONYMS or _is_portfolio(ent):
        return False
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.text in ("#", "@") and not before.whitespace_:
        return False                         # a hashtag or a handle, not a name
    if ent.label_ == "ORG" and len(ent) == 1 and not find_in_phrase(name)[1] and \
            name.lower().endswith(PEOPLE_PLURALS):
        return False                         # "Neighbours said", "Tattooists": people described, not a body
    if any(w.lower() in MEDIA for w in name.split()) and ent.label_ == "ORG":
        return False
    if ent.label_ in PLACE_LABELS and any(t.pos_ in ("VERB", "AUX") for t in ent):
        return False
    return True


def _is_portfolio(ent: Span) -> bool:
    """'Humanitarian Affairs' of 'Humanitarian Affairs Minister X', 'Disaster Management Mrs' of 'the
    Minister of ... Disaster Management Mrs X': part of a person's title, not a body."""
    doc = ent.doc
    words_ = [t.lower_.rstrip(".") for t in ent]
    if words_[-1] in HONORIFICS and ent.end < len(doc) and doc[ent.end].ent_type_ == "PERSON":
        return True
    if words_[-1] not in PORTFOLIO_WORDS or find_in_phrase(ent.text)[1]:
        return False
    after = doc[ent.end] if ent.end < len(doc) else None
    before = [t.lower_ for t in doc[max(ent.sent.start, ent.start - 6):ent.start]]
    return (after is not None and after.lower_ in OFFICE_TITLES) or any(
        w in OFFICE_TITLES for w in before[-6:]) and not any(w in BODY_NOUNS for w in [*before[-2:], words_[0]])


def _introduced_as_place(ent: Span) -> bool:
    """'the eastern city of X', 'X, his hometown', 'X province', 'northern X'."""
    root = ent.root
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in REGION_ADJECTIVES:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if root.dep_ == "appos" and root.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_NOUNS for c in root.children):
        return True
    # the same apposition when the parse misses it: "X, Assad's hometown,"
    doc, end = ent.doc, ent.end
    if end < len(doc) and doc[end].text == ",":
        for t in doc[end + 1:min(len(doc), end + 6)]:
            if t.lemma_.lower() in PLACE_NOUNS:
                return t.i + 1 >= len(doc) or doc[t.i + 1].is_punct
            if t.pos_ not in ("DET", "PROPN", "ADJ", "PART") and t.dep_ not in ("poss", "case", "amod", "compound"):
                return False
    return False


def introduction(ent: Span) -> tuple[str | None, str | None, bool]:
    """(country, international body, holds an office) from the words that introduce a person."""
    context = context_tokens(ent)
    governmental = any(t.lower_ in OFFICE_TITLES or t.lemma_.lower() in OFFICE_TITLES for t in context)
    text = " ".join(t.text for t in context)
    country, organisation = find_in_phrase(text)
    organisation = organisation or next((title_organisation(t.lower_) for t in context
                                         if title_organisation(t.lower_)), None)
    return country, organisation, governmental


def _leads_into(token: Token, inside: set[int]) -> bool:
    """The word hangs on the name, on a word that does, or is a compound with no head of its own nearby."""
    head = token
    for _ in range(3):
        if head.head.i in inside:
            return True
        if head.head.i == head.i or head.head.pos_ in ("VERB", "AUX") or head.head.i > max(inside):
            break
        head = head.head
    return token.dep_ == "compound" and token.head.i > max(inside)


def context_tokens(ent: Span) -> list[Token]:
    """Words before the name in its noun phrase, and an apposition on either side."""
    root = ent.root
    inside = set(range(ent.start, ent.end))
    before = ent.doc[max(ent.sent.start, ent.start - 6):ent.start]
    # not the words of another name's title before a comma: "Perthes, the UN envoy, said both Burhan ..."
    cut = max((t.i for t in before if t.text in (",", ";", ":")), default=before.start - 1)
    # (nor the words of another name's phrase: "U.S. President Barack Obama telephoned Correa")
    tokens: list[Token] = [t for t in before if t.i > cut and _leads_into(t, inside)]
    for child in root.children:
        if child.dep_ == "relcl" and child.lemma_.lower() not in ROLE_VERBS:
            continue                              # "Chakwera, who is attending a UN conference in Qatar"
        if child.dep_ in ("appos", "relcl"):      # "Volker Perthes, the UN envoy", "Griffiths, who heads the UN's ..."
            # where they sit is not whom they speak for: "the group's spokesman based in Qatar"
            elsewhere = {t.i for c in child.subtree if c.dep_ == "acl" and c.lemma_.lower() in SEATED_VERBS
                         for t in c.subtree}
            tokens.extend(t for t in child.subtree if t.i not in inside and t.i not in elsewhere)
    if root.dep_ == "appos":
        head = root.head
        tokens.extend(t for t in head.subtree if t.i not in inside and t.i < ent.start
                      and t.dep_ not in ("relcl",))
    return tokens
