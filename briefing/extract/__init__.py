"""Per-article extraction: one module per kind of fact, each a function over a parsed article."""
from __future__ import annotations

from ..model import ArticleMentions
from ..nlp import ParsedArticle
from . import actions, casualties, displacement, entities, funding, overview, quotes

PLACE_LABELS = entities.PLACE_LABELS


def extract_article(parsed: ParsedArticle) -> ArticleMentions:
    """Everything one article says, as mentions with evidence."""
    names = list(entities.extract(parsed))
    return ArticleMentions(
        source=parsed.source,
        casualties=list(casualties.extract(parsed)),
        displacement=list(displacement.extract(parsed)),
        actions=list(actions.extract(parsed)),
        funding=list(funding.extract(parsed)),
        quotes=list(quotes.extract(parsed)),
        locations=[n for n in names if n.label in PLACE_LABELS or n.label == "NORP"],
        actors=[n for n in names if n.label not in PLACE_LABELS],
        sentences=list(overview.extract(parsed)),
    )
