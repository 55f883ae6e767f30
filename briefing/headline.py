"""The headline figures, chosen once: the key figures, the lead, the highlights and the chart all read them.

For each status (killed, injured, missing, detained, displaced) the headline is the event-wide
total of the newest reports (the ``latest`` figure that merging found for the question): never a
figure for one place or nationality, a part of a breakdown, a figure a report sets aside or a newer
report replaces, a change or a projection. When reports of the same time disagree, both figures
are shown. A status with only vague arrests ("dozens were detained") or several groups and no
total gets no key figure: no figure is better than a wrong one.
"""
from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import fold
from .merge_figures import KIND_ORDER, UNNAMED, bound_below, countries_of_scope, figure_size, latest_of, rival_sizes
from .model import CasualtyFact, DisplacementFact, Facts, source_number

TOLL_STATUSES = ("killed", "injured", "missing", "detained")
# How many times larger a count of people sheltering, evacuated or homeless must be than the count
# of people who fled to stand in for it in the headline.
FLIGHT_OUTWEIGHED = 10


@dataclass
class HeadlineFigure:
    status: str                 # killed | injured | missing | detained | displaced
    count: int
    count_max: int | None       # the top of a range: the figure's own, or that of reports that disagree
    qualifier: str              # exact | at_least | about | up_to | range | vague
    facts: list[str]            # ids of the facts behind it, the chosen one first
    group_text: str
    reported_by: str | None
    as_of: str | None           # date of the newest report behind it
    sources: list[str]
    single_source: bool
    disputed: bool              # reports of the same time give other figures
    place: str | None = None    # the country it counts, where no figure counts the whole event
    nationality: str | None = None   # the event country's own nationals, where foreigners died too

    @property
    def fact(self) -> str:
        return self.facts[0]


@dataclass
class Headline:
    figures: list[HeadlineFigure]

    def get(self, status: str) -> HeadlineFigure | None:
        return next((f for f in self.figures if f.status == status), None)


def choose_headline(facts: Facts) -> Headline:
    figures = [f for status in TOLL_STATUSES
               if (f := _toll(facts.casualties, status, facts.event_countries)) is not None]
    displaced = _displaced(facts.displacement)
    return Headline(figures + ([displaced] if displaced is not None else []))


def event_wide(fact: CasualtyFact) -> bool:
    """A total for the whole event, standing now: not a part, a place, a nationality or an old figure."""
    return (fact.part_of is None and fact.place is None and fact.nationality is None and not fact.projection
            and not fact.superseded and not fact.remaining and not fact.besides)


def _toll(casualties: list[CasualtyFact], status: str, countries: list[str]) -> HeadlineFigure | None:
    wide = [f for f in casualties if f.status == status and event_wide(f)]
    totals = [f for f in wide if f.group == "total"]
    if not totals and len({f.group for f in wide}) == 1:
        totals = wide                        # one group and nothing else: "40 civilians were killed"
    totals = _unless_below_a_group(totals, wide)
    pool = _one_per_report([f for f in totals if f.latest])
    parts = _parts_inside(casualties, status, countries)
    pool = [f for f in pool if not any(_outgrows(p, f) for p in parts)]
    country_names = {fold(c) for c in countries}
    whole_countries = [p for p in parts if p.nationality and not p.place or fold(p.place or "") in country_names]
    if not pool and whole_countries and (len(countries) > 1 or not any(p.place for p in whole_countries)):
        # no report sums the event up: the largest country's toll ('438 in Malawi', '169 Afghans'),
        # said as that country's
        pool = [max(whole_countries, key=figure_size)]
    if status == "detained":
        pool = [f for f in pool if f.qualifier != "vague"]     # "dozens were arrested" is no key figure
    if not pool:
        return None
    top = max(pool, key=figure_size)
    pool = [f for f in pool if rival_sizes(f, top)]     # '1 dead' in one town is no reading of '2,000'
    pool = [f for f in pool if not any(bound_below(f, o) for o in pool)]   # 'over 200' beside 'about 300'
    pool.sort(key=lambda f: (-len(f.sources), f.count))
    chosen = pool[0]
    disputed = len(pool) > 1 or bool(chosen.conflicts_with)
    count, count_max, qualifier = chosen.count, chosen.count_max, chosen.qualifier
    if len(pool) > 1:
        count, count_max, qualifier = min(f.count for f in pool), max(f.count_max or f.count for f in pool), "range"
    sources = sorted({s for f in pool for s in f.sources}, key=source_number)
    return HeadlineFigure(status=status, count=count, count_max=count_max, qualifier=qualifier,
                          facts=[f.id for f in pool], group_text=_group_text(chosen),
                          reported_by=chosen.reported_by, as_of=max((f.as_of for f in pool if f.as_of), default=None),
                          sources=sources, single_source=len(sources) == 1, disputed=disputed,
                          place=chosen.place, nationality=chosen.nationality)


def _group_text(fact: CasualtyFact) -> str:
    """What the figure counts, in words: 'people', 'civilians'; a nationality said ('Afghans')."""
    text = fact.group_text or "people"
    if fact.nationality and text.lower() in UNNAMED:
        return f"people from {fact.nationality}"
    return text


def _parts_inside(casualties: list[CasualtyFact], status: str, countries: list[str]) -> list[CasualtyFact]:
    """The standing totals of one part of the event: a country of it, a town or region in one, or
    the event country's own nationals where foreigners died too."""
    def inside(fact: CasualtyFact) -> bool:
        named = countries_of_scope(fact.place)
        if fact.nationality:
            return fact.nationality in countries and (not fact.place or set(named) <= set(countries))
        # a town the gazetteer does not know is taken to be where the event is
        return set(named) <= set(countries) and fact.place != "elsewhere"
    return [f for f in casualties if f.status == status and f.group == "total" and f.latest
            and (f.place or f.nationality) and f.part_of is None and not f.projection and not f.superseded
            and not f.remaining and f.qualifier != "vague" and inside(f)]


def _outgrows(part: CasualtyFact, whole: CasualtyFact) -> bool:
    """Another report's part larger than the whole, and not older: the 'whole' is an older or a
    partial count ('225 killed' undated, beside '438 killed in Malawi' of the same storm). Within
    one report the two are scopes the parse could not tell apart, and the whole stands."""
    older = part.as_of and whole.as_of and part.as_of < whole.as_of
    other_report = not set(part.sources) & set(whole.sources)
    return figure_size(part) > figure_size(whole) and not older and other_report


def _unless_below_a_group(totals: list[CasualtyFact], wide: list[CasualtyFact]) -> list[CasualtyFact]:
    """A total below a group of the same time is no event-wide total ('14 deaths' in the camps beside
    '72 civilians killed'): the group stands in when it is the only one above it; with several, no
    figure is the whole and none is shown."""
    latest = [f for f in totals if f.latest]
    if not latest:
        return totals
    top, newest = max(figure_size(f) for f in latest), max((f.as_of for f in latest if f.as_of), default=None)
    above = [f for f in wide if f.group != "total" and f.latest and f.qualifier != "vague" and figure_size(f) > top
             and not (newest and f.as_of and f.as_of < newest)]
    if not above:
        return totals
    return [max(above, key=figure_size)] if len({f.group for f in above}) == 1 else []


def _one_per_report(facts: list[CasualtyFact]) -> list[CasualtyFact]:
    """A report that gives a figure twice gives one figure: its largest ('nearly 3,000 killed' beside
    '2,000 bodies retrieved'), in its most precise form ('413 people have died ... over 400').
    Reports that disagree keep a figure each."""
    kept: list[CasualtyFact] = []
    for fact in sorted(facts, key=lambda f: (-figure_size(f), f.qualifier != "exact")):
        if not any(set(fact.sources) <= set(k.sources) for k in kept):
            kept.append(_most_precise(fact, facts))
    return kept


# An exact figure this close to a rounded one of the same report is the same count, precisely
PRECISE_WITHIN = 0.1


def _most_precise(fact: CasualtyFact, facts: list[CasualtyFact]) -> CasualtyFact:
    if fact.qualifier == "exact":
        return fact
    close = [f for f in facts if f.qualifier == "exact" and set(f.sources) <= set(fact.sources)
             and abs(figure_size(f) - figure_size(fact)) <= PRECISE_WITHIN * figure_size(fact)]
    return max(close, key=figure_size, default=fact)


def _displaced(items: list[DisplacementFact]) -> HeadlineFigure | None:
    """The people who fled, by the newest reports. When no report says how many fled, or the figure of
    flight is a handful beside a figure of people homeless, evacuated or sheltering many times larger
    ('26 people took refuge on the first floor' beside '1 million in relief camps'), the largest of
    those stands in; so does another report's precise count above a flight told only in a vague word
    ('thousands')."""
    counted = [d for d in items if d.count is not None and not (d.projection or d.background or d.one_site)]
    if not counted:
        return None
    fled = [d for d in counted if d.kind == KIND_ORDER[0]]
    chosen = max(latest_of(counted), key=_largest)
    if fled:
        flight = max(latest_of(fled), key=_largest)
        vague_below = flight.qualifier == "vague" and chosen.qualifier != "vague" \
            and _largest(chosen) > _largest(flight) and not set(chosen.sources) & set(flight.sources)
        if _largest(chosen)[0] < FLIGHT_OUTWEIGHED * _largest(flight)[0] and not vague_below:
            chosen = flight             # but one report's "thousands displaced" is no reading beside another's
                                        # "6,759 moved to camps"
    return HeadlineFigure(status="displaced", count=chosen.count, count_max=chosen.count_max,
                          qualifier=chosen.qualifier or "exact", facts=[chosen.id], group_text="people",
                          reported_by=None, as_of=chosen.as_of, sources=chosen.sources,
                          single_source=len(chosen.sources) == 1, disputed=False)


def _largest(item: DisplacementFact) -> tuple[int, int]:
    return item.count_max or item.count, len(item.sources)
