"""The records that flow between the stages: Article -> Mention -> Fact -> Brief.

Every record is a plain dataclass; ``to_dict`` turns any of them into JSON-ready dicts
with keys in declaration order, which is what keeps ``brief.json`` stable.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any


def to_dict(record: Any) -> Any:
    """Serialise a record (or a list/dict of them) to plain Python values, keys in field order."""
    if is_dataclass(record):
        return {f.name: to_dict(getattr(record, f.name)) for f in fields(record) if not f.metadata.get("internal")}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    return record


def source_number(source: str) -> int:
    """'S12' -> 12: sources sort by number, not as text."""
    return int(source[1:]) if source[1:].isdigit() else 0


def internal(default: Any = None, **kwargs: Any) -> Any:
    """A field the pipeline uses but ``brief.json`` does not show."""
    return field(default=default, metadata={"internal": True}, **kwargs)


# --- articles ---------------------------------------------------------------------------------

@dataclass
class Block:
    """One line-level unit of an article: a headline, subheading, bullet or paragraph."""
    kind: str          # "headline" | "subheading" | "bullet" | "paragraph" | "dateline"
    start: int         # character offsets into Article.text
    end: int
    text: str
    lead_in: int | None = None   # for a bullet: index of the paragraph ending in ":" that it continues


@dataclass
class Article:
    id: str            # "S1", "S2", ... in file-name order
    path: str
    title: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # what loading did (decoding, clean-up)
    outlet: str | None = None      # from the article's front matter, when it has one
    date: str | None = None        # ISO date (YYYY-MM-DD) of the report, where the article gives it
    url: str | None = None
    dated_by: str | None = None    # where the date was found: front matter | byline | dateline | opening text


# --- evidence and mentions ----------------------------------------------------------------------

@dataclass(frozen=True)
class Evidence:
    """The sentence that supports a mention, located in its article's text."""
    source: str
    start: int
    end: int
    text: str


@dataclass
class Quantity:
    """A number as the news wrote it: '745', 'more than 1,000', 'dozens', 'between 30 and 40'."""
    value: int
    value_max: int | None
    qualifier: str     # exact | at_least | about | up_to | range | vague
    text: str          # the original wording
    start: int = 0     # offsets into the string it was read from
    end: int = 0


@dataclass
class CasualtyMention:
    quantity: Quantity
    status: str        # killed | injured | missing | detained | affected
    group: str         # total | civilians | security_forces | armed_group | children | women | other
    group_text: str
    reported_by: str | None
    place: str | None
    evidence: Evidence
    projection: bool = False
    nationality: str | None = None        # the country of the people counted, when the figure names it
    superseded: bool = False              # an older figure the report sets aside ("had earlier given")
    remaining: bool = False               # those still in a state ("63 remain in hospital"), part of all
    part_of: int | None = internal()      # index of the total this figure breaks down, within its sentence
    implicit: bool = internal(False)      # read from a phrase for one person ("a man was shot")
    rise: bool = internal(False)          # told as risen to ("the toll rose to 137"): an update
    war_wide: bool = internal(False)      # a whole war's toll ("the conflict has killed 280,000")
    replaced: bool = internal(False)      # a figure the report says is wrong or old ("253, not 359"):
                                          # no figure of its own, it makes the others' same figure old
    unconfirmed: bool = internal(False)   # told as unconfirmed ("unconfirmed reports suggested 276"): it
                                          # places its report nowhere in time
    dated_until: str | None = internal()  # dated only by a recent period ("last week's quake"), its last day
                                          # (or a month alone, "--11", in an undated report): another
                                          # event's unless the event was reported by then
    revised_from: int | None = internal()  # the toll brought down to this figure ("revised down to 253 from
                                          # 359"): the figure it replaces, 0 when the report does not say
    besides: bool = internal(False)       # "79 other people", after a count of the same status: some of
                                          # the event's people, besides those counted; never all of them
    order: int = internal(0)              # position in the corpus, for stable ordering


@dataclass
class DisplacementMention:
    quantity: Quantity | None
    text: str
    places: list[str]
    evidence: Evidence
    kind: str = "fled"          # fled | evacuated | homeless | sheltering: how the text says people moved
    projection: bool = False    # "could displace 150,000": foreseen, not counted
    background: bool = False    # a count of an earlier period ("displaced since 2012")
    background_until: str | None = internal()  # dated only by a recent period ("last month"), its last day:
                                               # the event's own time if the event was reported by then
    one_site: bool = False      # the people of one site: "hundreds of patients were evacuated"
    order: int = internal(0)


@dataclass
class ActionMention:
    """Something an actor did or said, for the government response and international reactions.

    Whether it is a domestic response or a foreign reaction is decided when merging, once the
    countries the event happens in are known from all articles.
    """
    actor: str | None          # who acted, as written ("US Secretary of State Marco Rubio")
    speaker: str | None        # the person, when a person acted for a body
    verb: str                  # lemma of the action ("condemn", "deploy")
    kind: str                  # "response" (an authority's action) or "reaction" (a statement, aid, a call)
    text: str                  # the clause that says what was done
    evidence: Evidence
    country: str | None = None      # the country the actor speaks for, when the text says
    organisation: str | None = None # the international body the actor speaks for
    governmental: bool = False      # the actor is an authority (government, army, ministry, president ...)
    quote: str | None = None
    order: int = internal(0)


@dataclass
class FundingMention:
    """Money given, pledged or appealed for ("Japan pledged $5 million in emergency aid")."""
    donor: str | None          # who gives or appeals, as written
    speaker: str | None
    country: str | None        # the country the donor speaks for, when the text says
    organisation: str | None   # the international body the donor speaks for
    governmental: bool
    amount: int
    currency: str              # ISO code ("USD") or the currency's word ("rupees")
    qualifier: str             # exact | at_least | about | up_to
    kind: str                  # pledged | provided | appealed | raised
    per: str | None            # "family" for "1 million rupees to each family": not a total
    text: str
    evidence: Evidence
    order: int = internal(0)


@dataclass
class QuoteMention:
    speaker: str | None
    text: str
    evidence: Evidence
    order: int = internal(0)


@dataclass
class NameMention:
    """A place or an actor named in an article."""
    name: str
    label: str         # spaCy entity label
    evidence: Evidence
    country: str | None = None      # for a person: the country a title ties them to ("US Secretary ...")
    organisation: str | None = None # for a person: the body a title ties them to ("UN envoy")
    governmental: bool = False      # for a person: introduced with an office ("President", "army chief")
    bordering: bool = False         # for a place: named as what another borders ("which borders Uruguay")
    order: int = internal(0)


@dataclass
class SentenceMention:
    """A sentence of running text, a candidate for the situation overview."""
    text: str
    evidence: Evidence
    score: float
    order: int = internal(0)


@dataclass
class ArticleMentions:
    """Everything extracted from one article."""
    source: str
    casualties: list[CasualtyMention] = field(default_factory=list)
    displacement: list[DisplacementMention] = field(default_factory=list)
    actions: list[ActionMention] = field(default_factory=list)
    funding: list[FundingMention] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    locations: list[NameMention] = field(default_factory=list)
    actors: list[NameMention] = field(default_factory=list)
    sentences: list[SentenceMention] = field(default_factory=list)


# --- facts (merged across articles) -----------------------------------------------------------

@dataclass
class CasualtyFact:
    id: str
    count: int
    count_max: int | None
    qualifier: str
    status: str
    group: str
    group_text: str
    reported_by: str | None
    place: str | None
    nationality: str | None   # the country of the people counted, when not one of the event's
    wording: list[str]
    projection: bool
    single_source: bool
    part_of: str | None
    conflicts_with: list[str]  # figures of the same question from reports of the same time
    latest: bool       # the newest figure of its question (status, group, place, nationality)
    highest: bool      # the highest of figures that disagree
    superseded: bool   # a figure its report sets aside, or one the newer reports replace
    remaining: bool    # those still in a state ("63 remain in hospital"), a part of all
    as_of: str | None  # date of the newest report that gives it
    sources: list[str]
    evidence: list[Evidence]
    # an undated report's place in time, from its toll: just after the newest dated report whose
    # toll is below its own ("2023-03-15+"); for ordering only, never shown as a date
    placed_after: str | None = internal()
    # the death toll of the figure's reports (their largest), which orders reports of one place in time
    report_toll: int | None = internal()
    besides: bool = internal(False)      # counts others besides another figure's people ("79 other people")


@dataclass
class DisplacementFact:
    id: str
    count: int | None
    count_max: int | None
    qualifier: str | None
    text: str
    places: list[str]
    kind: str          # fled | evacuated | homeless | sheltering
    projection: bool   # foreseen, not counted
    background: bool   # a count of an earlier period
    one_site: bool     # the people of one site (patients, inmates, pupils): no event-wide figure
    as_of: str | None  # date of the newest report that gives it
    sources: list[str]
    evidence: list[Evidence]
    # an undated report's place in time, from its death toll ("2023-03-15+"), and that toll, as for casualties
    placed_after: str | None = internal()
    report_toll: int | None = internal()


@dataclass
class ActionFact:
    id: str
    actor: str | None
    speaker: str | None
    text: str
    actions: list[str]
    quote: str | None
    sources: list[str]
    evidence: list[Evidence]


@dataclass
class FundingFact:
    id: str
    donor: str | None          # the country or body, else the donor as written
    amount: int
    currency: str
    qualifier: str             # exact | at_least | about | up_to
    kind: str                  # pledged | provided | appealed | raised
    per: str | None            # the beneficiary an amount is for each of ("family"), when not a total
    domestic: bool             # the affected country's own money
    text: str
    sources: list[str]
    evidence: list[Evidence]


@dataclass
class QuoteFact:
    id: str
    speaker: str | None
    text: str
    sources: list[str]
    evidence: list[Evidence]


@dataclass
class NameFact:
    id: str
    name: str
    kind: str
    variants: list[str]
    mentions: int
    sources: list[str]
    evidence: list[Evidence]


@dataclass
class OverviewSentence:
    text: str
    sources: list[str]
    evidence: list[Evidence]


@dataclass
class Facts:
    casualties: list[CasualtyFact] = field(default_factory=list)
    displacement: list[DisplacementFact] = field(default_factory=list)
    government_response: list[ActionFact] = field(default_factory=list)
    international_reactions: list[ActionFact] = field(default_factory=list)
    funding: list[FundingFact] = field(default_factory=list)
    quotes: list[QuoteFact] = field(default_factory=list)
    locations: list[NameFact] = field(default_factory=list)
    actors: list[NameFact] = field(default_factory=list)
    overview: list[OverviewSentence] = field(default_factory=list)
    projections: list[CasualtyFact] = field(default_factory=list)
    event_countries: list[str] = field(default_factory=list)


# --- the brief --------------------------------------------------------------------------------

@dataclass
class SourceRef:
    id: str
    path: str
    title: str
    characters: int
    notes: list[str]
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    dated_by: str | None = None    # where the date was found: front matter | byline | dateline | opening text


@dataclass
class KeyFigure:
    label: str         # "Killed", "Injured", ...
    display: str       # "1,000+" / "at least 745"
    fact: str          # id of the CasualtyFact or DisplacementFact
    group_text: str
    reported_by: str | None
    disputed: bool
    single_source: bool
    sources: list[str]
    as_of: str | None = None     # date of the newest report behind the figure
    place: str | None = None     # the one country it counts, when no report counts the whole event


@dataclass
class Section:
    key: str           # overview | casualties | government_response | displacement | international_reactions | quotes | places_actors
    title: str
    items: list[dict[str, Any]]   # presentation-ready rows, each with its "sources"
    omitted: int       # how many facts the item limit left out


@dataclass
class Highlight:
    text: str          # one line, composed from facts
    sources: list[str]


@dataclass
class Bar:
    label: str
    value: int
    display: str
    share: float       # of the largest bar, 0-100
    sources: list[str]


@dataclass
class Chart:
    """A small bar chart the templates draw as SVG: the killed by group, from one breakdown."""
    title: str
    bars: list[Bar]
    note: str          # what the bars are and where they come from


@dataclass
class Brief:
    title: str
    subtitle: str | None
    organisation: str | None
    classification: str | None
    date: str | None             # of the brief: config.date or the newest article date, never the clock
    period: str | None           # the dates the articles cover, when their front matter gives them
    lead: str
    highlights: list[Highlight]
    key_figures: list[KeyFigure]
    chart: Chart | None
    sections: list[Section]
    sources: list[SourceRef]
    facts: Facts
