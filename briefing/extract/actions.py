"""Actions of authorities and reactions of other countries and bodies.

For every action verb (lexicons/actions.yaml) outside a quotation, the actor is its subject, the
agent of a passive ("was established by ..."), or, for a pronoun, the last actor named. What the
actor is, an authority of the affected country, a foreign government or an international body,
is recorded from the words that name it; merging decides where the item belongs once it knows
which countries the event happens in.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..gazetteer import country_of, country_of_demonym, organisation_of, title_organisation
from ..lexicons import lexicon, words
from ..model import ActionMention
from ..nlp import ParsedArticle
from .common import entity_of, name_phrase

RESPONSE = words("actions", "response_verbs")
REACTION = words("actions", "reaction_verbs")
LIGHT = words("actions", "light_verbs")
PARTICLES = lexicon("actions")["particles"]
AUTHORITY = words("actors", "authority_nouns")
OFFICES = words("actors", "office_titles")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def extract(parsed: ParsedArticle) -> Iterator[ActionMention]:
    last_actor: Token | None = None
    for pb, sent in parsed.sentences(kinds=("paragraph", "bullet")):
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sent.text)]
        used = False
        for token in sent:
            if used:
                break
            if token.pos_ != "VERB" or _inside(token, sent, quoted):
                continue
            lemma = token.lemma_.lower()
            if lemma not in RESPONSE and lemma not in REACTION:
                continue
            if lemma in PARTICLES and lemma in LIGHT and not _has_particle(token, PARTICLES[lemma]):
                continue
            if lemma in LIGHT and not _has_particle(token, PARTICLES.get(lemma, [])):
                continue
            actor = _actor(token)
            if actor is not None and actor.pos_ == "PRON":
                actor = last_actor if actor.lower_ in ("he", "she", "it", "they") else None
            if actor is None:
                continue
            mention = _mention(parsed, pb, sent, token, actor)
            if mention is None:
                continue
            used = True
            last_actor = actor
            yield mention
        for ent in sent.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE"):
                last_actor = ent.root


def _inside(token: Token, sent: Span, quoted: list[tuple[int, int]]) -> bool:
    at = token.idx - sent.start_char
    return any(s <= at < e for s, e in quoted)


def _has_particle(verb: Token, particles: list[str]) -> bool:
    return any(c.lower_ in particles for c in verb.children)


def _actor(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    for child in verb.children:
        if child.dep_ == "nsubjpass" and child.lemma_.lower() in AUTHORITY:
            return child
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _actor(verb.head)
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):   # "forces ... being deployed"
        return None
    return None


def _mention(parsed: ParsedArticle, pb, sent: Span, verb: Token, actor: Token) -> ActionMention | None:
    name = name_phrase(actor)
    if not name or len(name.split()) > 12:
        return None
    country, organisation, governmental, speaker = describe_actor(actor)
    kind = "reaction" if verb.lemma_.lower() in REACTION and verb.lemma_.lower() not in RESPONSE else "response"
    if verb.lemma_.lower() in REACTION and (country or organisation):
        kind = "reaction"
    return ActionMention(actor=name, speaker=speaker, verb=verb.lemma_.lower(), kind=kind,
                         text=sent.text.strip(), evidence=parsed.evidence(pb, sent), country=country,
                         organisation=organisation, governmental=governmental)


def describe_actor(actor: Token) -> tuple[str | None, str | None, bool, str | None]:
    """(country, international body, is an authority, person speaking) from the actor's noun phrase."""
    phrase_tokens = [t for t in actor.subtree if t.dep_ not in ("relcl", "acl") and abs(t.i - actor.i) <= 8]
    ent = entity_of(actor)
    speaker = ent.text if ent is not None and ent.label_ == "PERSON" else None
    country = organisation = None
    governmental = False
    for token in phrase_tokens:
        if token.lemma_.lower() in AUTHORITY or token.lower_ in AUTHORITY or token.lower_ in OFFICES:
            governmental = True
            organisation = organisation or title_organisation(token.lower_)
        if token.pos_ in ("PROPN", "ADJ", "NOUN") and token.ent_type_ in ("GPE", "NORP", ""):
            country = country or country_of_demonym(token.text)
    text = " ".join(t.text for t in sorted(phrase_tokens, key=lambda t: t.i))
    if ent is not None and ent.label_ in ("GPE",):
        country = country_of(ent.text) or country
        governmental = True
    if ent is not None and ent.label_ == "ORG":
        organisation = organisation_of(ent.text) or organisation
    for candidate in re.findall(r"\b[A-Z][\w.’'-]*(?:\s+(?:[A-Z][\w.’'-]*|for|of|on|and))*", text):
        organisation = organisation or organisation_of(candidate.strip())
        country = country or country_of(candidate.strip())
    return country, organisation, governmental, speaker
