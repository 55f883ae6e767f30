"""Small helpers over spaCy tokens that several extractors share."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..gazetteer import country_of
from ..lexicons import words
from ..names import span

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Doc, Span, Token

HONORIFICS = words("actors", "honorifics")
# Words of a figure's qualifier or increment that the parse may hang on its noun ("More than 300 people",
# "a further 50 people").
COMPARATIVES = {"more", "than", "less", "fewer", "over", "least", "at", "some", "about", "around", "nearly",
                "almost", "up", "to", "close", "roughly", "approximately", "further", "additional", "another"}
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


YEAR = re.compile(r"((?:19|20)\d\d)(?:\.?[-–—]?[A-Z]+)?")       # "2011", "2011.-AFP" (a credit run on)


def is_year_token(token: Token) -> bool:
    return YEAR.fullmatch(token.text) is not None and token.ent_type_ in ("DATE", "")


def year_of(token: Token) -> int:
    """The year a year token names: 2011 of '2011.-AFP'."""
    return int(YEAR.fullmatch(token.text).group(1))


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The entities of a block, built once: ``doc.ents`` builds them all again on each read, and the
    extractors read them for every sentence. The names stage has settled them before extraction."""
    cached = doc.user_data.get("briefing_ents")
    if cached is None:
        cached = doc.user_data["briefing_ents"] = tuple(doc.ents)
    return cached


def sentence_ents(sent: Span) -> list[Span]:
    """The entities inside a sentence (``sent.ents`` reads every entity of the block)."""
    return [e for e in ents_of(sent.doc) if e.start >= sent.start and e.end <= sent.end]


def entity_of(token: Token) -> Span | None:
    """The entity a token is part of, found from the token's own IOB tags (reading ``doc.ents``
    builds every entity of the block, which costs a pass over it on each call)."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return span(doc, start, end, doc[start].ent_type_)


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
    keep = [t for t in keep if t is token or (not t.like_num and t.dep_ not in ("nummod", "quantmod")
                                              and t.lower_ not in COMPARATIVES)]
    keep.sort(key=lambda t: t.i)
    return " ".join(t.text for t in keep).replace(" - ", "-").replace(" 's", "'s").replace(" ’s", "’s")


def name_phrase(token: Token) -> str:
    """A name for who did or said something: the named entity around ``token``, or its noun phrase."""
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"):
        text = ent.text
        if text.count("(") > text.count(")"):
            text = text[:text.rfind("(")]
        return re.sub(r"^(the|The)\s+", "", text).strip(" ,")
    last = min(token.i + 6, len(token.doc) - 1)
    name_at_end = entity_of(token.doc[last])
    if name_at_end is not None and name_at_end.label_ == "PERSON":
        last = name_at_end.end - 1            # a name is not cut: "Under-Secretary-General for X Jean-Pierre Lacroix"
    words_ = [t for t in token.subtree if t.dep_ not in ("relcl", "acl", "appos", "det")
              and (t.dep_ != "punct" or t.text in ("-", "–") and t.whitespace_ == "")
              and t.i <= last and not _in_clause(t, token) and not BULLET.fullmatch(t.text)]
    words_.sort(key=lambda t: t.i)
    # as written: "counter-terrorism police", not "counter - terrorism police"
    text = "".join(t.text_with_ws if i + 1 < len(words_) and words_[i + 1].i == t.i + 1 else t.text + " "
                   for i, t in enumerate(words_)).replace(" ,", ",")
    return re.sub(r"^(the|a|an|The|A|An)\s+", "", text).strip(" ,")


BULLET = re.compile(r"[•·▪◦‣●■*]+")


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
                return _common_noun_in_lower_case(_inner_source(objects[0]))
    for token in sent:
        if token.lemma_.lower() in REPORTING and token.pos_ == "VERB":
            subjects = [c for c in token.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
            if subjects and _is_source(subjects[0]):
                return _common_noun_in_lower_case(subjects[0])
    return None


def _common_noun_in_lower_case(token: Token) -> str:
    """'Officials say ...' -> 'officials': only a name keeps the capital a sentence start gave it."""
    phrase = name_phrase(token)
    first = token.left_edge
    if first.i == first.sent.start and not first.ent_type_ and first.pos_ not in ("PROPN", "DET") \
            and phrase.startswith(first.text) and first.text[1:2].islower():
        return phrase[0].lower() + phrase[1:]
    return phrase


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


# Subordinators that open a background clause ("As the violence spread, ...", "when ...").
BACKGROUND_MARKS = {"as", "when", "after", "before", "because", "since", "although", "though", "if", "once",
                    "until"}
# Prepositions that place an act after another event ("after X phoned", "following clashes").
SEQUENCE_PREPS = {"after", "before", "following"}


CONSEQUENCE_VERBS = words("actions", "consequence_verbs")


def concise_clause(verb: Token, drop_subject: bool = False) -> str:
    """The clause a verb heads, without background clauses, as one short sentence.

    'As the violence spread, the army put out a video ...' -> 'The army put out a video ...';
    'Hopes rose on Tuesday, when a ceasefire was agreed after X phoned ...' -> 'A ceasefire was
    agreed on Tuesday.' A time expression of the governing clause is carried over when the clause
    has none of its own, so the item still says when.
    """
    skip: set[int] = set()
    for child in verb.children:
        if drop_subject and child.dep_ in ("nsubj", "nsubjpass", "aux"):     # the predicate alone
            skip.update(t.i for t in child.subtree)
            continue
        background = child.dep_ == "advcl" and (child.i < verb.i or any(
            m.dep_ == "mark" and m.lower_ in BACKGROUND_MARKS for m in child.children))
        sequence = child.dep_ == "prep" and child.lower_ in SEQUENCE_PREPS and not any(
            t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
        consequence = child.dep_ == "advcl" and child.lemma_.lower() in CONSEQUENCE_VERBS and child.tag_ == "VBG"
        discourse = child.dep_ == "advmod" and child.i == child.sent.start and child.i + 1 < len(child.doc) \
            and child.doc[child.i + 1].text == ","          # "However,", "Additionally,"
        own_clause = child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children)     # "..., and the police set up ..."
        if own_clause:
            skip.update(t.i for t in child.subtree)
            skip.update(c.i for c in verb.children if c.dep_ == "cc" and c.i < child.i)
            _skip_commas(child, skip)
            continue
        if background or sequence or consequence or discourse or child.dep_ in ("mark", "parataxis") \
                or child.tag_ == "WRB" or (
                child.dep_ == "prep" and child.i < verb.i and _is_frame(child)):
            skip.update(t.i for t in child.subtree)
            _skip_commas(child, skip)
        if child.dep_ in ("nsubj", "nsubjpass"):
            for aside in child.children:      # "The governor, speaking on local radio, ordered ..."
                if aside.dep_ == "acl" and aside.tag_ == "VBG" and aside.left_edge.i > 0 \
                        and aside.doc[aside.left_edge.i - 1].text == ",":
                    skip.update(t.i for t in aside.subtree)
                    _skip_commas(aside, skip)
    tokens = [t for t in verb.subtree if t.i not in skip]
    if not any(t.ent_type_ in ("DATE", "TIME") for t in tokens) or verb.dep_ == "relcl":
        tokens += [t for t in _borrowed_time(verb) if t.i not in {u.i for u in tokens}]
    tokens.sort(key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("cc", "mark") or tokens[0].tag_ == "WRB"):
        tokens.pop(0)
    while tokens and tokens[-1].is_punct and tokens[-1].text not in ")”\"":
        tokens.pop()
    if not tokens:
        return ""
    text = "".join(t.text_with_ws if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 else t.text + " "
                   for i, t in enumerate(tokens)).strip()
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"([,;:])(\s*[,;:])+", r"\1", text)
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "!", "?", "”", "\"")) else ".")


def _skip_commas(child: Token, skip: set[int]) -> None:
    """Drop the commas that set off a dropped clause: 'X, speaking at a mosque, urged' -> 'X urged'."""
    doc, left, right = child.doc, child.left_edge.i, child.right_edge.i
    before = left > 0 and doc[left - 1].text == ","
    after = right + 1 < len(doc) and doc[right + 1].text == ","
    if after:
        skip.add(right + 1)
    if before and (after or left - 1 > child.head.i):
        skip.add(left - 1)


def _is_frame(prep: Token) -> bool:
    """A leading 'In one interview,', 'In his televised address on Friday,': a frame, not the act."""
    return prep.lower_ in ("in", "during", "at", "with", "amid") and not any(
        t.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for t in prep.subtree)


def _borrowed_time(verb: Token) -> list[Token]:
    """Time words ('on Tuesday') attached to the clause that governs ``verb``."""
    if verb.dep_ == "relcl" and verb.head.ent_type_ in ("DATE", "TIME"):    # "on Tuesday, when ..."
        date = entity_of(verb.head)
        prep = [verb.head.head] if verb.head.dep_ == "pobj" else []
        return prep + (list(date) if date is not None else [verb.head])
    node = verb
    while node.dep_ in ("relcl", "advcl", "ccomp", "conj", "xcomp") and node.head.i != node.i:
        node = node.head
        for child in node.children:
            subtree = list(child.subtree)
            if child.i != verb.i and child.dep_ in ("prep", "npadvmod") and len(subtree) <= 4 \
                    and any(t.ent_type_ == "DATE" for t in subtree) and not any(t.i == verb.i for t in subtree):
                return subtree
    return []


def person_name(name: str) -> str:
    """'Gen Mohamed Hamdan Dagalo' -> 'Mohamed Hamdan Dagalo'; a country the model ran on into the name
    ('Atiya Abdulla Atiya Sudan') is cut too."""
    words_ = name.split()
    while len(words_) > 1 and words_[0].lower() in HONORIFICS:
        words_.pop(0)
    while len(words_) > 2 and country_of(words_[-1]):
        words_.pop()
    return " ".join(words_)
