"""Candidate sentences for the situation overview: running-text sentences that say what happened.

Each sentence gets a score from what it holds (a toll, a place, an event word) and where it stands
(leads first); merging adds how central it is across sources and removes near-repeats.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..lexicons import words
from ..model import SentenceMention
from ..nlp import ParsedArticle
from .common import sentence_ents
from .figures import numbers_in
from .figures.counted import counted_noun
from .figures.status import status_of
from .figures.time import is_other_event

EVENT_WORDS = words("overview", "event_words")


def extract(parsed: ParsedArticle) -> Iterator[SentenceMention]:
    """Each sentence of running text, scored; a sentence that tells of another event or period (its
    tolls are another time's: "In 1991, a cyclone killed 140,000") is no overview of this one."""
    position = 0
    year = int(parsed.article.date[:4]) if parsed.article.date else None
    for pb, sent in parsed.sentences(kinds=("paragraph",)):
        text = sent.text.strip()
        n_words = len(text.split())
        if n_words < 8 or n_words > 60 or any(q in text for q in ("“", "”", '"')) or text.endswith("?"):
            continue
        if any(is_other_event(n.root, year) and status_of(n.root, counted_noun(n.root)) is not None
               for n in numbers_in(sent) if not n.implicit):
            continue
        score = 1.0 / (1 + 0.35 * position)
        if any(t.like_num for t in sent):
            score += 0.3
        if any(e.label_ in ("GPE", "LOC") for e in sentence_ents(sent)):
            score += 0.2
        if any(t.lemma_.lower() in EVENT_WORDS for t in sent):
            score += 0.3
        if sent[0].pos_ in ("PRON", "CCONJ") or sent[0].lower_ in ("this", "that", "these", "however", "but", "yet"):
            score -= 0.6        # leans on the sentence before it
        position += 1
        yield SentenceMention(text=text, evidence=parsed.evidence(pb, sent), score=round(score, 4))
