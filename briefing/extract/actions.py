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

from ..gazetteer import find_in_phrase, title_organisation
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
CONTACT_NOUNS = words("actions", "contact_nouns")
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def extract(parsed: ParsedArticle) -> Iterator[ActionMention]:
    last_actor: Token | None = None
    for pb, sent in parsed.sentences(kinds=("paragraph", "bullet")):
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sent.text)]
        found: list[tuple[ActionMention, Token]] = []
        for token in sent:
            if token.pos_ != "VERB" or _inside(token, sent, quoted):
                continue
            lemma = token.lemma_.lower()
            if lemma not in RESPONSE and lemma not in REACTION:
                continue
            if lemma in PARTICLES and lemma not in LIGHT and lemma not in REACTION \
                    and not _has_particle(token, PARTICLES[lemma]):
                continue
            actor = _actor(token)
            if actor is not None and actor.pos_ == "PRON":
                earlier = [e.root for e in sent.ents if e.label_ in ("PERSON", "ORG", "GPE") and e.end <= actor.i]
                antecedent = earlier[-1] if earlier else last_actor
                actor = antecedent if actor.lower_ in ("he", "she", "it", "they") else None
            if actor is None:
                continue
            mention = _mention(parsed, pb, sent, token, actor)
            if mention is not None:
                found.append((mention, actor))
        # one item per sentence: its first action, or, when it only reports speech, the statement
        known = [f for f in found if f[0].country or f[0].organisation or f[0].governmental] or found
        actions_ = [f for f in known if f[0].verb not in LIGHT] or known
        if actions_:
            mention, last_actor = actions_[0]
            yield mention
        yield from _contact_mentions(parsed, pb, sent)
        for ent in sent.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE"):
                last_actor = ent.root


def _contact_mentions(parsed: ParsedArticle, pb, sent: Span) -> Iterator[ActionMention]:
    seen: set[str] = set()
    for token in contacts(sent):
        country, organisation = find_in_phrase(token.text)
        ent = entity_of(token)
        if ent is not None and ent.label_ == "PERSON":
            country, organisation = find_in_phrase(sent.doc[max(sent.start, ent.start - 4):ent.end].text)
        key = organisation or country
        if key is None or key in seen:
            continue
        seen.add(key)
        yield ActionMention(actor=key, speaker=ent.text if ent is not None and ent.label_ == "PERSON" else None,
                            verb="call", kind="reaction", text=sent.text.strip(), evidence=parsed.evidence(pb, sent),
                            country=country, organisation=organisation, governmental=True)


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
    phrase_tokens = sorted((t for t in actor.subtree if t.dep_ not in ("relcl", "acl") and abs(t.i - actor.i) <= 8),
                           key=lambda t: t.i)
    ent = entity_of(actor)
    speaker = ent.text if ent is not None and ent.label_ == "PERSON" else None
    governmental = any(t.lemma_.lower() in AUTHORITY or t.lower_ in AUTHORITY or t.lower_ in OFFICES
                       for t in phrase_tokens)
    country, organisation = find_in_phrase(" ".join(t.text for t in phrase_tokens))
    organisation = organisation or next((title_organisation(t.lower_) for t in phrase_tokens
                                         if title_organisation(t.lower_)), None)
    if ent is not None and ent.label_ == "GPE" and country:
        governmental = True          # "Turkey also intended to open hotels": the state acting
    return country, organisation, governmental, speaker


def contacts(sent: Span) -> Iterator[Token]:
    """Who reached out: 'took calls from X, Y and Z', 'condolences from X' -> the names of X, Y, Z."""
    for token in sent:
        if token.lower_ != "from" or token.dep_ != "prep":
            continue
        head = token.head
        related = [head] + [c for c in head.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
        if not any(t.lemma_.lower() in CONTACT_NOUNS for t in related):
            continue
        for obj in token.subtree:
            if obj.i != token.i and (obj.ent_type_ in ("PERSON", "GPE", "NORP", "ORG") or obj.pos_ == "PROPN"):
                yield obj
