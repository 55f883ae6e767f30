"""Money given, pledged or appealed for: who, how much, in what currency, and what it is.

An amount is read from the text (a currency symbol or word with a number: "$5 million", "3 billion
rupees", "£1m"), found in the parse, and kept only when a verb or noun of giving, pledging or
appealing governs it ("pledged $5 million", "a donation of $200,000", "an appeal for $160 million").
Losses, costs and prices ("damage of $30 billion") are no funding, nor is money a verb of another
kind governs first ("estimated at $3 billion"). The donor is the subject or agent of that verb, or
the "from" of the noun ("a pledge of £1m came from the council"), described as actions describe
actors; merging decides whether it is the affected country's own money or another's.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..lexicons import lexicon, words
from ..model import FundingMention
from ..nlp import ParsedArticle
from ..numbers import QUALIFIERS, parse_number
from .actions import actor_of, describe_actor
from .common import concise_clause, name_phrase

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

LEX = lexicon("funding")
KINDS = {"pledged": words("funding", "pledged"), "provided": words("funding", "provided"),
         "appealed": words("funding", "appealed"), "raised": words("funding", "raised")}
KIND_NOUNS = {"pledged": words("funding", "pledged_nouns"), "provided": words("funding", "provided_nouns"),
              "appealed": words("funding", "appealed_nouns")}
NOT_FUNDING = words("funding", "not_funding")
_SCALE = r"(?:million|billion|thousand|lakhs?|crores?|bn|m|k)\b"
_NUMBER = r"\d[\d,]*(?:\.\d+)?"


@dataclass
class Amount:
    value: int
    currency: str
    start: int          # character offsets in the text searched
    end: int
    per: str | None     # "each family": an amount per beneficiary, not a total
    qualifier: str      # exact | at_least | about | up_to ("more than $5 million")


@cache
def _money_pattern() -> re.Pattern[str]:
    symbols = "|".join(re.escape(s) for s in sorted(LEX["symbols"], key=len, reverse=True))
    currency_words = "|".join(re.escape(w) for w in sorted(LEX["words"], key=len, reverse=True))
    return re.compile(
        rf"(?:(?P<sym>{symbols})\s?(?P<n1>{_NUMBER})(?:\s*-?\s*(?P<s1>{_SCALE}))?)"
        rf"|(?:\b(?P<n2>{_NUMBER})(?:\s*-?\s*(?P<s2>{_SCALE}))?\s+(?P<word>{currency_words})\b)",
        re.IGNORECASE)


# What stands between an amount and the same amount in another currency.
_CONVERSION = re.compile(r"\s*[(\[,]?\s*(?:or\s+)?(?:about|around|roughly|approximately|approx\.|some|nearly|almost|"
                         r"over|more than|equivalent to|the equivalent of|worth)?\s*", re.IGNORECASE)
_PER = re.compile(r"\s*(?:to\s+|for\s+)?(?:each|every|per)\s+(\w+)", re.IGNORECASE)


def find_amounts(text: str) -> list[Amount]:
    """Every amount of money in a text, with its currency: '$5 million' -> 5,000,000 USD."""
    found = []
    for match in _money_pattern().finditer(text):
        number, scale = match.group("n1") or match.group("n2"), match.group("s1") or match.group("s2")
        value = parse_number(f"{number} {scale}" if scale else number)
        if value is None or value == 0:
            continue
        symbol = match.group("sym")           # as written, or upper-cased: "usd" is "USD"
        currency = (LEX["symbols"].get(symbol) or LEX["symbols"].get(symbol.upper(), "")) if symbol \
            else LEX["words"].get(match.group("word").lower(), "")
        if found and _CONVERSION.fullmatch(text[found[-1].end:match.start()]):
            continue                          # "20 million yuan (about $3.4 million)": the same money
        per = _PER.match(text, match.end())
        found.append(Amount(value, str(currency), match.start(), match.end(), per.group(1).lower() if per else None,
                            _qualifier(text[:match.start()])))
    return found


def _qualifier(before: str) -> str:
    """'more than' -> at_least: the qualifier written right before an amount."""
    tail = " ".join(before.lower().split()[-3:])
    return next((kind for phrase, kind in sorted(QUALIFIERS.items(), key=lambda q: -len(q[0]))
                 if tail == phrase or tail.endswith(" " + phrase)), "exact")


def extract(parsed: ParsedArticle) -> Iterator[FundingMention]:
    for pb, sent in parsed.sentences(kinds=("paragraph", "bullet")):
        for amount in find_amounts(sent.text):
            span = sent.doc.char_span(sent.start_char + amount.start, sent.start_char + amount.end,
                                      alignment_mode="expand")
            if span is None:
                continue
            kind, governor = what_it_is(span)
            if kind is None:
                continue
            donor = _donor(governor)
            country, organisation, governmental, speaker = describe_actor(donor) if donor is not None \
                else (None, None, False, None)
            clause = _clause_of(governor)
            yield FundingMention(donor=_donor_name(donor), speaker=speaker,
                                 country=country, organisation=organisation, governmental=governmental,
                                 amount=amount.value, currency=amount.currency, qualifier=amount.qualifier,
                                 kind=kind, per=amount.per,
                                 text=concise_clause(clause) if clause is not None else sent.text.strip(),
                                 evidence=parsed.evidence(pb, sent))


def what_it_is(span: Span) -> tuple[str | None, Token | None]:
    """(pledged | provided | appealed, the word that says so), from the words that govern the amount;
    (None, None) for a loss, a cost or money another verb governs."""
    root = span.root
    if root.lemma_.lower() in NOT_FUNDING or any(c.lower_ in NOT_FUNDING for c in root.children):
        return None, None
    if root.dep_ == "compound" and root.head.lemma_.lower() in NOT_FUNDING:
        return None, None                     # "a $2 billion dam" is no gift
    noun: tuple[str, Token] | None = None     # "a donation of $200,000", "an appeal for $160 million"
    for node in [root, *root.ancestors]:
        lemma = node.lemma_.lower()
        if node.pos_ in ("NOUN", "PROPN"):
            if lemma in NOT_FUNDING:
                return None, None             # "losses of $30 billion", "in exchange for a £50 donation"
            kind = next((k for k, nouns in KIND_NOUNS.items() if lemma in nouns), None)
            if kind is not None and node is not root and noun is None:
                noun = (kind, node)
        if node.pos_ == "VERB" and node not in span:     # ("£1m": the model may take "m" for a verb)
            # the verb says what the money is ("promised a donation" is a pledge), else the noun
            kind = next((k for k, verbs in KINDS.items() if lemma in verbs), None)
            if kind is not None:
                return kind, (noun[1] if noun else node)
            return noun if noun else (None, None)
    return noun if noun else (None, None)


def _donor(governor: Token) -> Token | None:
    """Who gives: the subject or agent of the verb, or the 'from' of a gift noun ("released $5m from
    its fund" names where the money comes from, not who gives it)."""
    given = _from_object(governor) if governor.pos_ != "VERB" else None
    if given is not None:
        return given
    owner = next((c for c in governor.children if c.dep_ == "poss"), None)
    if owner is not None and owner.pos_ != "PRON":
        return owner                          # "Japan's pledge of $5 million"
    verb = governor if governor.pos_ == "VERB" else next((a for a in governor.ancestors if a.pos_ == "VERB"), None)
    if verb is None:
        return None
    given = _from_object(verb) if verb is not governor else None     # "a pledge of £1m has come from the council"
    if given is not None:
        return given
    doer = actor_of(verb)
    return doer if doer is not None and doer.pos_ != "PRON" else None


def _from_object(token: Token) -> Token | None:
    return next((o for c in token.children if c.dep_ == "prep" and c.lower_ == "from"
                 for o in c.children if o.dep_ == "pobj"), None)


def _donor_name(donor: Token | None) -> str | None:
    """'Manchester City and Manchester United': the donor with those it is listed with."""
    if donor is None:
        return None
    return " and ".join(name_phrase(t) for t in [donor, *donor.conjuncts])


def _clause_of(governor: Token) -> Token | None:
    return governor if governor.pos_ == "VERB" else next((a for a in governor.ancestors if a.pos_ == "VERB"), None)
