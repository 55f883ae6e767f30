"""Direct quotations and who said them.

Quotes are found in the text of each paragraph (straight or curly double quotes; a quote left open
at the end of a paragraph runs to its end, as news copy does for quotes over several paragraphs).
The speaker is the subject of a speech verb in the same sentence ("..., Türk said", "said Amany
Sayed", "Ms Abass said: ..."); a pronoun or a title ("he", "the UN chief") is resolved to the last
person named before it; a paragraph that only continues a quote keeps the previous speaker.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..gazetteer import name_key, organisation_of
from ..lexicons import words
from ..model import Evidence, QuoteMention
from ..nlp import ParsedArticle
from .common import entity_of, name_phrase

SPEECH_VERBS = words("quotes", "speech_verbs")
OFFICE_TITLES = words("actors", "office_titles")
QUOTE = re.compile(r"“([^“”]{2,2000}?)(?:”|$)|\"([^\"]{2,2000}?)(?:\"|$)", re.M)
MIN_WORDS = 2


@dataclass
class _Person:
    name: str
    context: str     # the words that introduced them, lower case


def extract(parsed: ParsedArticle) -> Iterator[QuoteMention]:
    people: list[_Person] = []
    previous_speaker: str | None = None
    previous_block_quoted = False
    for pb in parsed.blocks:
        if pb.block.kind not in ("paragraph", "bullet"):
            continue
        doc = pb.doc
        text = doc.text
        found_here = False
        for match in QUOTE.finditer(text):
            body = (match.group(1) or match.group(2) or "").strip()
            start, end = match.span()
            if len(body.split()) < MIN_WORDS:
                continue
            speaker = _speaker(doc, start, end, people)
            if speaker is None and start <= 1 and previous_block_quoted:
                speaker = previous_speaker           # a paragraph that continues the last quote
            if speaker is None:
                if len(body.split()) < 4:
                    continue                         # a short unattributed phrase is a scare quote
            elif len(body.split()) < 4 and not _names_person(doc, start, end):
                pass
            found_here = True
            previous_speaker = speaker
            evidence = Evidence(parsed.source, pb.block.start + start, pb.block.start + end,
                                parsed.article.text[pb.block.start + start: pb.block.start + end])
            yield QuoteMention(speaker=speaker, text=_tidy(body), evidence=evidence)
        _remember_people(doc, people)
        previous_block_quoted = found_here and text.rstrip()[-1:] in "”\"" or found_here and text.count("“") > text.count("”")


def _tidy(body: str) -> str:
    body = body.strip().rstrip(",")
    return " ".join(body.split())


def _speaker(doc: Doc, start: int, end: int, people: list[_Person]) -> str | None:
    """Who said the quote at [start, end) of the block: from the sentences around it."""
    sents = [s for s in doc.sents if s.start_char < end + 2 and s.end_char > start - 1]
    if not sents:
        return None
    outside = [t for s in sents for t in s if not (start <= t.idx < end)]
    # the next sentence can carry the attribution of a quote that ends a sentence ("... ." he said.)
    following = [s for s in doc.sents if s.start_char >= end][:1]
    candidates = outside + ([t for t in following[0] if t.idx < _quote_start_after(doc.text, end)]
                            if following else [])
    for token in candidates:
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ == "VERB":
            subject = _subject(token)
            if subject is not None:
                return _resolve(subject, people, doc)
    local = _people_in(doc, sents[0].start_char, start)
    if local:
        return local[-1]
    root = sents[0].root
    subject = _subject(root)
    if subject is not None and (entity_of(subject) is not None and entity_of(subject).label_ == "PERSON"):
        return _resolve(subject, people, doc)
    return None


def _quote_start_after(text: str, end: int) -> int:
    nxt = min([i for i in (text.find("“", end), text.find('"', end)) if i >= 0], default=len(text))
    return nxt


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _resolve(subject: Token, people: list[_Person], doc: Doc) -> str | None:
    ent = entity_of(subject)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
        name = name_phrase(subject)
        return _longest_known(name, people)
    lower = subject.lower_
    if subject.pos_ == "PRON":
        if lower in ("he", "she"):
            before = _people_in(doc, 0, subject.idx)
            if before:
                return before[-1]
            return people[-1].name if people else None
        return None
    # "the president", "the UN chief", "the spokeswoman": the last person introduced so
    phrase = name_phrase(subject)
    words_ = {w.lower() for w in re.findall(r"[\w-]+", phrase)}
    org = organisation_of(phrase)
    local = [_Person(p, "") for p in _people_in(doc, 0, subject.idx)]
    for person in reversed(people + local):
        if words_ & set(person.context.split()) or (org and org.lower() in person.context):
            return person.name
    if words_ & OFFICE_TITLES and (people or local):
        return (people + local)[-1].name
    return phrase or None


def _longest_known(name: str, people: list[_Person]) -> str:
    key = name_key(name)
    for person in reversed(people):
        if name_key(person.name).endswith(key) and len(person.name) > len(name):
            return person.name
    return name


def _people_in(doc: Doc, start: int, end: int) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON" and start <= e.start_char and e.end_char <= end]


def _names_person(doc: Doc, start: int, end: int) -> bool:
    return any(e.label_ == "PERSON" for e in doc.ents if not (start <= e.start_char < end))


def _remember_people(doc: Doc, people: list[_Person]) -> None:
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        left = doc[max(ent.sent.start, ent.start - 6):ent.start].text
        right = ""
        for child in ent.root.children:
            if child.dep_ == "appos":
                right = " ".join(t.text for t in child.subtree)
        if ent.root.dep_ == "appos":
            right += " " + ent.root.head.text + " " + " ".join(t.text for t in ent.root.head.lefts)
        context = f"{left} {right}".lower()
        for candidate in re.findall(r"\b(?:UN|U\.N\.|[A-Z]{2,6})\b", left + " " + right):
            found = organisation_of(candidate)
            if found:
                context += " " + found.lower()
        people.append(_Person(ent.text.replace("’s", "").replace("'s", ""), context))
