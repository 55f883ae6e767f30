"""Small helpers over spaCy tokens that several extractors share."""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Span, Token

from ..lexicons import words

REPORTING = words("casualties", "reporting_verbs")
REPORTER_NOUNS = words("casualties", "reporter_nouns")
CONTAINER_NOUNS = words("casualties", "report_nouns")


def tokens_in(span: Span, start: int, end: int) -> list[Token]:
    """Tokens of ``span`` that overlap the character range [start, end) of its doc."""
    return [t for t in span if t.idx < end and t.idx + len(t.text) > start]


def span_root(tokens: list[Token]) -> Token:
    """The token of a group whose head lies outside the group (the last such one)."""
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    return roots[-1] if roots else tokens[-1]


def is_year_token(token: Token) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", token.text)) and token.ent_type_ in ("DATE", "")


def entity_of(token: Token) -> Span | None:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def noun_phrase(token: Token, drop: Iterable[str] = ("det", "poss", "case", "punct", "cc", "conj", "relcl",
                                                      "acl", "appos", "advmod", "prep")) -> str:
    """The words of a noun phrase headed by ``token``, without articles, clauses or appositions."""
    drop = set(drop)
    keep = [token]
    stack = [c for c in token.children if c.dep_ not in drop]
    while stack:
        child = stack.pop()
        keep.append(child)
        stack.extend(c for c in child.children if c.dep_ not in drop | {"nummod", "quantmod"})
    keep = [t for t in keep if not t.like_num and t.dep_ not in ("nummod", "quantmod")]
    keep.sort(key=lambda t: t.i)
    return " ".join(t.text for t in keep).replace(" - ", "-").replace(" 's", "'s")


def name_phrase(token: Token) -> str:
    """A name for who did or said something: the named entity around ``token``, or its noun phrase."""
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
        text = ent.text
        if text.count("(") > text.count(")"):
            text = text[:text.rfind("(")]
        return re.sub(r"^(the|The)\s+", "", text).strip(" ,")
    words_ = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct", "det")
              and t.i <= token.i + 6 and not _in_clause(t, token)]
    words_.sort(key=lambda t: t.i)
    text = " ".join(t.text for t in words_).replace(" 's", "'s").replace(" ,", ",")
    return re.sub(r"^(the|a|an|The|A|An)\s+", "", text).strip()


def _in_clause(t: Token, top: Token) -> bool:
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "appos", "advcl"):
            return True
        t = t.head
    return False


def reporter(sent: Span) -> str | None:
    """Who the sentence attributes its content to: 'according to X', 'X said', 'X reported that'."""
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            objects = [c for c in token.doc[token.i + 1].children if c.dep_ == "pobj"]
            if objects and _is_source(_inner_source(objects[0])):
                return name_phrase(_inner_source(objects[0]))
    for token in sent:
        if token.lemma_.lower() in REPORTING and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subjects and _is_source(subjects[0]):
                return name_phrase(subjects[0])
    return None


def _inner_source(token: Token) -> Token:
    """'a tweet from the White Helmets', 'figures from the health ministry': the source, not the medium."""
    if token.lemma_.lower() in CONTAINER_NOUNS:
        for child in token.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
    return token


def _is_source(token: Token) -> bool:
    """A subject that can be a source of figures: a named person or body, or a noun such as 'monitor'."""
    if any(t.like_num for t in token.lefts) or token.like_num:
        return False
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return token.lemma_.lower() in REPORTER_NOUNS or token.lower_ in REPORTER_NOUNS
