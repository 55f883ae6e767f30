"""Figures: what a number in a sentence says, read by a few general mechanisms.

Casualty and displacement extraction read every count of a sentence through the same small
mechanisms, each a module of its own and tested on its own:

- ``counted``  what the number counts: its noun, "N of them", "including ...", a list of groups;
               whether that is people at all (not houses, ages or a road's number), and which group;
- ``status``   what happened to them: the predicate that governs the number, a verb ("were
               killed", "shot"), a noun ("the death toll", "in custody") or an adjective ("61 dead");
               and whether it is negated ("no one was hurt");
- ``time``     whether it is this event, now: not another event or period ("since 1950, when ..."),
               not a change ("23 more bodies", "rose by 14"), a rate ("each year") or a projection;
- ``scope``    what part of the event it covers: a place ("in Turkey alone"), a nationality.

Who reports a figure is ``common.reporter``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ...model import Quantity
from ...numbers import find_quantities, is_year
from ..common import span_root, tokens_in
from .counted import named_people, one_person_phrases
from .time import CHANGE_VERBS

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token


@dataclass
class Number:
    """One count in a sentence, located in its parse."""
    quantity: Quantity        # offsets relative to the sentence text
    tokens: list[Token]
    root: Token               # the token through which the number hangs in the parse
    implicit: bool = False    # read from a phrase for one person ("a man"), not written as a number
    named: bool = False       # that phrase is a person's name ("Joshua Van was shot")


def numbers_in(sent: Span) -> list[Number]:
    """Every count of a sentence, left to right: the numbers as written, then the phrases that
    count one person ("a man was shot", "a third was wounded")."""
    found: list[Number] = []
    for quantity in find_quantities(sent.text):
        tokens = tokens_in(sent, sent.start_char + quantity.start, sent.start_char + quantity.end)
        while len(tokens) > 1 and tokens[0].pos_ in ("VERB", "AUX"):
            tokens = tokens[1:]               # "nears 400", "surpassed 2,000": the verb is the clause's
        if len(tokens) > 1 and tokens[0].lower_ == "about" and tokens[0].dep_ == "prep":
            quantity, tokens = _without_about(quantity, tokens)   # "information about 48 deaths": exact
        if tokens and not is_year(quantity) and quantity.value != 0:
            found.append(Number(quantity, tokens, _root(tokens)))
    found = _split_ranges(found, sent)
    taken = {t.i for n in found for t in n.tokens}
    named = {t.i for t in named_people(sent)}
    for token in [*one_person_phrases(sent), *(sent.doc[i] for i in sorted(named))]:
        if token.i not in taken:
            taken.add(token.i)
            start = token.left_edge.idx if token.left_edge.i >= sent.start else token.idx
            start = min(start, token.idx) - sent.start_char
            end = token.idx + len(token.text) - sent.start_char
            quantity = Quantity(value=1, value_max=None, qualifier="exact", text=sent.text[start:end],
                                start=start, end=end)
            found.append(Number(quantity, [token], token, implicit=True, named=token.i in named))
    found.sort(key=lambda n: n.quantity.start)
    return found


# "from at least 30 dead to more than 60": a range whose first end carries the word for what it counts
SPLIT_RANGE = re.compile(r"^\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+to\s+$")


def _split_ranges(found: list[Number], sent: Span) -> list[Number]:
    """Join the two ends of a range split by its noun ('from 120 wounded to 140') into one figure,
    which the first end's words read; alone, the second end would be read as a figure of its own."""
    joined: list[Number] = []
    for number in found:
        first = joined[-1] if joined else None
        if first is not None and first.quantity.qualifier != "range" and number.quantity.qualifier != "range" \
                and sent.text[:first.quantity.start].rstrip().lower().endswith("from") \
                and SPLIT_RANGE.match(sent.text[first.quantity.end:number.quantity.start]):
            start = sent.text[:first.quantity.start].rstrip().lower().rfind("from")
            high = number.quantity.value_max or number.quantity.value
            moved = any(a.lemma_.lower() in CHANGE_VERBS for a in first.root.ancestors)   # "rose from 40 dead to 70"
            if high > first.quantity.value and not moved:
                quantity = replace(first.quantity, value_max=high, qualifier="range", start=start,
                                   end=number.quantity.end, text=sent.text[start:number.quantity.end])
                joined[-1] = Number(quantity, first.tokens, first.root)
                continue
        joined.append(number)
    return joined


def _without_about(quantity: Quantity, tokens: list[Token]) -> tuple[Quantity, list[Token]]:
    """'About' as a preposition ('details about 48 deaths') is no 'approximately'."""
    cut = tokens[1].idx - tokens[0].idx
    return replace(quantity, qualifier="exact", text=quantity.text[cut:], start=quantity.start + cut), tokens[1:]


def _root(tokens: list[Token]) -> Token:
    """The token through which a number hangs: its root, unless the parser hung a scale word on a
    modifier ('3.53 lakh affected persons': 'lakh' on 'affected') while the figure counts the noun."""
    root = span_root(tokens)
    digits = [t for t in tokens if t.like_num]
    if not root.like_num and root.pos_ in ("ADJ", "ADV") and digits:
        root = digits[-1]                    # "close to 200 wounded": the parser made "close" the phrase's head
    if root.dep_ == "npadvmod":
        counting = next((t for t in tokens if t.dep_ == "nummod"), None)
        if counting is not None:
            return counting
    return root
