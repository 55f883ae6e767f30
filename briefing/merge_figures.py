"""Figures merged across reports: casualty figures and displacement counts.

- one fact per figure: the same count, status and group from several outlets is one fact with all
  its sources; a figure that names no group ("Forty killed in market blast") is the same figure
  that names one ("40 civilians were killed"); a vague word ("dozens") that rounds a figure its own
  report gives ("at least 22") is that figure, not another one;
- scope: a place or nationality that is the whole event (the event's only country, its own town)
  is no scope; a part of the event keeps its place and never stands for the whole;
- breakdowns: figures of one breakdown point to their total (``part_of``, by fact id);
- progression: of the figures that answer one question (status, group, place, nationality), the
  newest report's is ``latest``; older reports' figures are earlier figures, not a disagreement.
  Without dates, a toll only grows: the largest figure is the latest. Figures of other reports of
  the same time that disagree point to each other (``conflicts_with``): sources differ. Two figures
  of one report for one question are two scopes the parse could not tell apart, not a dispute.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from .gazetteer import country_of, find_in_phrase, fold, is_town_of, places_of_scope, takes_in
from .model import CasualtyFact, CasualtyMention, DisplacementFact, DisplacementMention, Evidence, source_number
from .numbers import VAGUE

STATUS_ORDER = ("killed", "injured", "missing", "detained", "affected")
# What a figure that names no group counts: "Forty killed", "40 people died".
UNNAMED = {"", "people", "persons", "dead", "deaths", "bodies", "lives", "victims", "others", "casualties"}
# The largest count each vague word can stand for: "dozens" is 12 to 99, "hundreds" 100 to 999.
VAGUE_SPAN = {value: value * 10 - 1 for value in set(VAGUE.values())}


@dataclass(frozen=True)
class EventScope:
    """What 'the whole event' is: its countries, and the places that stand for all of it."""
    countries: tuple[str, ...]
    places: frozenset[str]       # folded names of places that are the whole event
    reported: frozenset[str] = frozenset()   # other countries that several reports give figures for

    def place(self, place: str | None) -> str | None:
        if place is None or fold(place) in self.places or takes_in(place, self.countries):
            return None                  # the whole event, or more: "700 killed across southern Africa"
        listed = places_of_scope(place)
        if len(listed) > 1:              # "in Turkey and Syria" is the whole; "in India and China" is not
            countries = {country_of(p) for p in listed}
            # a list that takes in every country of an event across several is all of it, and more
            whole = countries == set(self.countries) or (len(self.countries) > 1 and countries >= set(self.countries))
            return None if not self.countries or whole else place
        only = self.countries[0] if len(self.countries) == 1 else None
        return None if only and country_of(place) == only and not is_town_of(place, only) else place

    def elsewhere(self, place: str | None) -> bool:
        """A place in countries the event is not in, and that no second report gives figures for:
        '3,000 killed in Morocco' in a brief on Libya's floods is another event's toll."""
        if place is None or not self.countries:
            return False
        listed = places_of_scope(place) or [place]
        countries = set(countries_of_scope(place))
        return len(countries) == len(listed) and not countries & {*self.countries, *self.reported}

    def nationality(self, country: str | None) -> str | None:
        return None if country is None or country in self.countries else country


def event_scope(mentions: list[CasualtyMention], countries: list[str]) -> EventScope:
    """The event's only country is the whole event; so is a town or region that scopes at least half
    of the figures given for one place, when the event has one country ('killed in Manchester')."""
    places = {fold(c) for c in countries} if len(countries) == 1 else set()
    # a place named with another country ("Assam, India") is never the whole of this one's event
    named = Counter(fold(m.place) for m in mentions if m.place and _town_or_region(m.place)
                    and find_in_phrase(m.place)[0] in (None, *countries))
    scoped = sum(1 for m in mentions if m.place)
    if len(countries) == 1 and named:
        place, n = named.most_common(1)[0]
        if n * 2 >= scoped and not _smaller_than_the_whole(place, mentions):
            places.add(place)
    reports: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        for country in countries_of_scope(m.place):
            reports[country].add(m.evidence.source)
    return EventScope(tuple(countries), frozenset(places), frozenset(c for c, s in reports.items() if len(s) > 1))


def countries_of_scope(place: str | None) -> list[str]:
    """'India and China' -> both; 'Assam, India' -> India (the country its phrase named)."""
    if not place:
        return []
    return [c for p in places_of_scope(place) if (c := country_of(p) or find_in_phrase(p)[0])]


def _town_or_region(place: str) -> bool:
    country = country_of(place)
    return country is None or is_town_of(place, country)       # a capital is a town too


def _smaller_than_the_whole(place: str, mentions: list[CasualtyMention]) -> bool:
    """'Kathmandu suffered 920 fatalities' beside a national toll of 6,621: a place whose largest
    toll is well below the largest figure given for no place is a part of the event, not all of it."""
    def largest(of_place: bool) -> int:
        return max((m.quantity.value for m in mentions if m.status == "killed" and not m.projection
                    and (m.place is not None and fold(m.place) == place) == of_place), default=0)
    return 0 < largest(True) and largest(True) * 2 < largest(False)     # only arrests there: no measure


# --- casualties -------------------------------------------------------------------------------

def merge_casualties(mentions: list[CasualtyMention], dates: dict[str, str | None] | None = None,
                     scope: EventScope | None = None, times: ReportTimes | None = None
                     ) -> tuple[list[CasualtyFact], list[CasualtyFact]]:
    """One fact per figure; projections apart. ``dates`` gives each source's report date; ``times``
    the reports' tolls and places in time, when ``report_times`` has already found them."""
    dates = dates or {}
    mentions = _of_the_event(mentions, dates, scope or EventScope((), frozenset()))
    replaced = [m for m in mentions if m.replaced]
    mentions = [m for m in mentions if not m.replaced]
    key_of = _figure_keys(mentions)
    clusters: dict[tuple, list[int]] = defaultdict(list)
    for i in range(len(mentions)):
        clusters[key_of[i]].append(i)
    ordered = sorted(clusters.items(), key=lambda kv: (kv[0][0], STATUS_ORDER.index(kv[0][3]), kv[0][4] != "total",
                                                       -kv[0][1], kv[0][4]))
    facts: list[CasualtyFact] = []
    projections: list[CasualtyFact] = []
    fact_of: dict[int, CasualtyFact] = {}
    if times is None:
        tolls = report_tolls(mentions)
        times = ReportTimes(tolls, _undated_reports_placed(tolls, dates, mentions))
    tolls, placed = times.tolls, times.placed
    for key, members in ordered:
        target = projections if key[0] else facts
        fact = _casualty_fact(f"{'P' if key[0] else 'C'}{len(target) + 1}", key[4], [mentions[i] for i in members],
                              dates)
        if fact.as_of is None:
            fact.placed_after = max((placed[s] for s in fact.sources if s in placed), default=None)
        fact.report_toll = max((tolls[s] for s in fact.sources if s in tolls), default=None)
        target.append(fact)
        fact_of.update((i, fact) for i in members)
    _link_parts(mentions, fact_of)
    for fact in facts:
        fact.superseded = fact.superseded or _replaced_by_a_report(fact, replaced, dates)
    _brought_down(facts, [(m, fact_of[i]) for i, m in enumerate(mentions) if m.revised_from is not None], dates)
    _mark_progression(facts, reports_before(mentions, dates))
    return facts, projections


def _of_the_event(mentions: list[CasualtyMention], dates: dict[str, str | None],
                  scope: EventScope) -> list[CasualtyMention]:
    """The mentions of the event's own time and places, each scoped to the part it counts ('None' for
    the whole event). Where reports count foreigners, the event's own nationals are a part too."""
    first = first_report(dates)
    mentions = [m for m in mentions if not before_the_event(m.dated_until, first)]
    foreigners = {m.status for m in mentions if scope.nationality(m.nationality)}
    return [replace(m, place=scope.place(m.place),
                    nationality=m.nationality if m.status in foreigners else scope.nationality(m.nationality))
            for m in mentions if not scope.elsewhere(m.place)]


@dataclass(frozen=True)
class ReportTimes:
    """Each report's death toll, and where each undated one stands in time by it."""
    tolls: dict[str, int]
    placed: dict[str, str]


def report_times(mentions: list[CasualtyMention], dates: dict[str, str | None], scope: EventScope) -> ReportTimes:
    """The reports' tolls and places in time, for ordering the figures of other kinds."""
    of_the_event = [m for m in _of_the_event(mentions, dates, scope) if not m.replaced]
    tolls = report_tolls(of_the_event)
    return ReportTimes(tolls, _undated_reports_placed(tolls, dates, of_the_event))


def first_report(dates: dict[str, str | None]) -> str | None:
    """The date of the event's oldest dated report."""
    return min((d for d in dates.values() if d), default=None)


def before_the_event(day: str | None, first: str | None) -> bool:
    """A recent period that ended on ``day`` ('last week', told by a report of the 22nd) is before the
    event when no report of the event (the first of ``first``) is as old: it is another event's time.
    A month told by an undated report ('--11') is before it unless it is the first report's month.
    With no dated report, no report tells otherwise."""
    if day is not None and day.startswith("--"):
        return first is None or int(day[2:]) != int(first[5:7])
    return day is not None and (first is None or day < first)


def _replaced_by_a_report(fact: CasualtyFact, replaced: list[CasualtyMention], dates: dict[str, str | None]) -> bool:
    """A report that gives the figure only to replace it ('253, not 359 as reported'; 'down from 70')
    makes it old wherever it is told, unless it is told later than that report."""
    for m in replaced:
        told = dates.get(m.evidence.source)
        if m.quantity.value == fact.count and m.status == fact.status and m.place == fact.place \
                and _groups_meet(m.group, fact.group) \
                and (told is None or fact.as_of is None or fact.as_of <= told):
            return True
    return False


def _groups_meet(a: str, b: str) -> bool:
    """Two figures' groups can count the same people: the same group, or everyone and a group."""
    return a == b or "total" in (a, b)


def _brought_down(facts: list[CasualtyFact], revisions: list[tuple[CasualtyMention, CasualtyFact]],
                  dates: dict[str, str | None]) -> None:
    """A toll brought down ('revised down to 253 from 359', '3,958 instead of 11,300') says the larger
    counts were wrong: a toll otherwise only grows. Figures of its question above the new one, told no
    later than it, are old; so is an undated report's figure nearer the old count than the new one."""
    for mention, revised in revisions:
        told, new = dates.get(mention.evidence.source), mention.quantity.value
        above = [f for f in facts if f is not revised and figure_size(f) > new and f.status == revised.status
                 and _groups_meet(f.group, revised.group)
                 and f.place == revised.place and f.nationality == revised.nationality]
        old = mention.revised_from or max((figure_size(f) for f in above), default=new)
        for fact in above:
            if fact.as_of and told:
                fact.superseded = fact.superseded or fact.as_of <= told
            else:
                fact.superseded = fact.superseded or figure_size(fact) * 2 >= new + old


def reports_before(mentions: list[CasualtyMention], dates: dict[str, str | None]) -> dict[str, set[str]]:
    """For each report known to be later than others of its own day, the reports it is later than:
    those of its day, and every report of earlier days. A toll only grows: a report that tells the
    death toll as risen to a figure above every toll another report of that day gives ('rose to 137'
    beside 'rose to 133') was written after it. So a figure that a report of that day only carried
    forward from an earlier one ('the blast that killed 158', told two days before) is overtaken too.
    Reports with no such rival are left out: their date alone orders them."""
    tolls: dict[str, list[CasualtyMention]] = defaultdict(list)
    for m in mentions:
        if m.status == "killed" and m.group == "total" and m.place is None and m.nationality is None \
                and not (m.projection or m.superseded or m.remaining) and m.part_of is None \
                and m.quantity.qualifier != "vague" and dates.get(m.evidence.source):
            tolls[m.evidence.source].append(m)
    later: dict[str, set[str]] = defaultdict(set)
    for source, own in tolls.items():
        rises = [m.quantity.value for m in own if m.rise]
        if not rises:
            continue
        for other, theirs in tolls.items():
            top = max(m.quantity.value_max or m.quantity.value for m in theirs)
            if other != source and dates[other] == dates[source] and top < max(rises) <= RIVAL_RATIO * top:
                later[source].add(other)
    for source in later:
        later[source].update(s for s, d in dates.items() if d and d < dates[source])
    return later


def _figure_keys(mentions: list[CasualtyMention]) -> list[tuple]:
    """The figure each mention gives: (projection, count, count_max, status, group). A figure that
    names no group takes the key of the one figure that names a group for the same count; a vague
    word takes the key of the figure it rounds in its own report."""
    keys = [(m.projection, m.quantity.value, m.quantity.value_max, m.status, m.group) for m in mentions]
    named: dict[tuple, set[tuple]] = defaultdict(set)          # (projection, count, count_max, status) -> keys
    named_places: dict[tuple, set[str | None]] = defaultdict(set)
    for key, m in zip(keys, mentions):
        if key[4] != "total":
            named[key[:4]].add(key)
            named_places[key].add(fold(m.place) if m.place else None)
    exact_by_report: dict[tuple, list[int]] = defaultdict(list)  # (source, status, group) -> exact figures
    for i, m in enumerate(mentions):
        if m.quantity.qualifier != "vague" and not m.projection and m.part_of is None:
            exact_by_report[(m.evidence.source, m.status, m.group)].append(i)
    for i, m in enumerate(mentions):          # "Forty killed" is the body's "40 civilians were killed"
        if m.quantity.qualifier != "vague" and m.group == "total" and m.group_text.lower() in UNNAMED \
                and len(named[keys[i][:4]]) == 1:
            target = next(iter(named[keys[i][:4]]))
            if not m.place or named_places[target] <= {fold(m.place), None}:   # not three of another place
                keys[i] = target
    for i, m in enumerate(mentions):          # "dozens" in the report that says "at least 22"
        if m.quantity.qualifier == "vague" and not m.projection:
            low, high = m.quantity.value, VAGUE_SPAN.get(m.quantity.value, m.quantity.value)
            rounded = [j for j in exact_by_report[(m.evidence.source, m.status, m.group)]
                       if low <= mentions[j].quantity.value <= high]
            if rounded:
                keys[i] = keys[max(rounded, key=lambda j: mentions[j].quantity.value)]
    return _with_places(keys, mentions)


def _with_places(keys: list[tuple], mentions: list[CasualtyMention]) -> list[tuple]:
    """Reports that give one count for two places give two figures ('three died in Kamrup', 'three in
    Rangpur division'); within one report, the same count told twice is one figure whatever place
    each telling names. A figure that names no place is the one placed figure of its count, if one."""
    by_report: dict[tuple, str] = {}
    for key, m in zip(keys, mentions):
        if m.place:
            by_report.setdefault((key, m.evidence.source), fold(m.place))
    placed = [by_report.get((key, m.evidence.source)) for key, m in zip(keys, mentions)]
    places: dict[tuple, set[str]] = defaultdict(set)
    for key, place in zip(keys, placed):
        if place:
            places[key].add(place)
    return [(*key, place or (next(iter(places[key])) if len(places[key]) == 1 else None))
            for key, place in zip(keys, placed)]


def _casualty_fact(fact_id: str, group: str, items: list[CasualtyMention], dates: dict[str, str | None]
                   ) -> CasualtyFact:
    evidence = unique_evidence(m.evidence for m in items)
    sources = sources_of(evidence)
    exact = [m for m in items if m.quantity.qualifier != "vague"] or items
    first = exact[0].quantity
    # a report that names a figure only to set it aside ('had originally said 2,000') does not date it
    standing = [m for m in items if not m.superseded] or items
    return CasualtyFact(
        id=fact_id, count=first.value, count_max=first.value_max,
        qualifier=_conservative_qualifier(Counter(m.quantity.qualifier for m in exact)),
        status=items[0].status, group=group,
        group_text=most_common(m.group_text for m in items if m.group == group) or "",
        reported_by=most_common(m.reported_by for m in items),
        place=most_common(m.place for m in items), nationality=most_common(m.nationality for m in items),
        wording=sorted({m.quantity.text for m in items}, key=lambda w: (w.lower(), w)),
        projection=items[0].projection, single_source=len(sources) == 1,
        part_of=None, conflicts_with=[], latest=False, highest=False,
        superseded=all(m.superseded for m in items), remaining=all(m.remaining for m in items),
        as_of=newest(dates.get(m.evidence.source) for m in standing), sources=sources, evidence=evidence,
        besides=all(m.besides or m.remaining for m in items))     # each report counts a part, one way or another


def _undated_reports_placed(tolls: dict[str, int], dates: dict[str, str | None],
                            mentions: list[CasualtyMention] = ()) -> dict[str, str]:
    """Where each undated report stands in time, told by its event-wide death toll (which only
    grows): a report whose toll is that of the reports of one day is of that day's stage of the count
    ('2023-03-15+'), even if a later report revised the toll down; one whose toll is above that of a
    report of 15 March, and not below an earlier one's, was written after it. A report below every
    dated toll is not placed, unless it tells a dated report's figure as an older one ('the governor
    had spoken of 220 dead, but ...'): it was written after that report.
    The place orders the counts that fall (the missing) and tells reports of other times apart."""
    dated = {s: t for s, t in tolls.items() if dates.get(s)}
    told, older = _deaths_told(mentions)
    placed: dict[str, str] = {}
    for source in sorted({*tolls, *older}, key=source_number):
        if dates.get(source):
            continue
        toll = tolls.get(source, 0)
        after = [dates[s] for s, counts in told.items() if dates.get(s) and counts & older.get(source, set())]
        same = [dates[s] for s, t in dated.items() if t == toll]
        below = [dates[s] for s, t in dated.items() if t < toll]
        if after:
            placed[source] = max(after) + "+"
        elif len(set(same)) == 1:    # a stage of the count one day's reports gave (not a toll that held for days)
            placed[source] = same[0] + "+"
        elif below and not any(t > toll and dates[s] <= max(below) for s, t in dated.items()):
            placed[source] = max(below) + "+"
    return placed


def _deaths_told(mentions: Iterable[CasualtyMention]) -> tuple[dict[str, set[int]], dict[str, set[int]]]:
    """The counts of the dead each report gives as its own, and those it sets aside as older."""
    told: dict[str, set[int]] = defaultdict(set)
    older: dict[str, set[int]] = defaultdict(set)
    for m in mentions:
        if m.status == "killed" and m.group == "total" and not m.projection:
            (older if m.superseded else told)[m.evidence.source].add(m.quantity.value)
    return told, older


def report_tolls(mentions: list[CasualtyMention]) -> dict[str, int]:
    """Each report's event-wide death toll, its largest. As a toll only grows, of two reports of one
    place in time the one with the higher toll was written later."""
    largest: dict[str, int] = {}
    for m in mentions:
        if m.status == "killed" and m.group == "total" and m.place is None and not m.projection \
                and not m.superseded and not m.unconfirmed and m.quantity.qualifier != "vague":
            source = m.evidence.source
            largest[source] = max(largest.get(source, 0), m.quantity.value_max or m.quantity.value)
    return largest


def _conservative_qualifier(qualifiers: Counter) -> str:
    """Where outlets word one figure differently ('more than' vs 'about'), keep the most common wording."""
    return sorted(qualifiers.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _link_parts(mentions: list[CasualtyMention], fact_of: dict[int, CasualtyFact]) -> None:
    """A breakdown figure points to the total of its sentence, by the total's fact id."""
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, m in enumerate(mentions):
        by_sentence[(m.evidence.source, m.evidence.start)].append(i)
    for items in by_sentence.values():
        for i in items:
            m = mentions[i]
            if m.part_of is None or m.part_of >= len(items):
                continue
            part, whole = fact_of[i], fact_of[items[m.part_of]]
            if part is not whole and not part.projection and whole.part_of != part.id:
                part.part_of = whole.id


def question(fact: CasualtyFact) -> tuple:
    """The question a figure answers: how many of whom, where, had what happen to them."""
    return fact.status, fact.group, fact.place, fact.nationality


def _mark_progression(facts: list[CasualtyFact], later: dict[str, set[str]] | None = None) -> None:
    """Per question: the latest figure(s), earlier ones, and figures of the same time that disagree.
    ``later`` orders reports (see ``reports_before``)."""
    later = later or {}
    by_question: dict[tuple, list[CasualtyFact]] = defaultdict(list)
    by_id = {f.id: f for f in facts}
    for fact in facts:
        whole = by_id.get(fact.part_of) if fact.part_of else None
        share = whole is not None and question(whole)[:2] == question(fact)[:2]   # "1,404 of them critically"
        if not share:
            by_question[question(fact)].append(fact)
    for same in by_question.values():
        for fact in same:
            fact.superseded = fact.superseded or _overtaken(fact, same, later)
        standing = [f for f in same if not f.superseded and not f.remaining and not f.besides] or same
        for fact in latest_toll(standing):
            fact.latest = True
        counted = [f for f in same if f.qualifier != "vague" and not _overtaken(f, same, later)]
        for fact in counted:
            rivals = [o for o in counted if o is not fact and o.count != fact.count and same_time(o, fact)
                      and not set(o.sources) & set(fact.sources)      # a report does not differ from itself
                      and rival_sizes(o, fact) and not bound_below(o, fact) and not bound_below(fact, o)]
            fact.conflicts_with = sorted((o.id for o in rivals), key=lambda x: int(x[1:]))
        rivalling = [f for f in counted if f.conflicts_with]
        if rivalling:
            max(rivalling, key=lambda f: (f.count_max or f.count, f.count)).highest = True
        for fact in same:
            if not fact.latest and fact.as_of and any(o.latest and o.as_of and o.as_of > fact.as_of for o in same):
                fact.superseded = True        # a newer report gives a newer figure


def _overtaken(fact: CasualtyFact, same: list[CasualtyFact], later: dict[str, set[str]]) -> bool:
    """A figure of reports that a later report of the figure's newest day gives a figure for, on the same
    question."""
    return any(o.as_of == fact.as_of and o.count != fact.count
               and all(any(s in later.get(t, ()) for t in o.sources) for s in fact.sources) for o in same)


# Two readings of one count differ by less than this; a figure many times another counts something else
# (an incident, a part), whatever the parse could tell.
RIVAL_RATIO = 3


def bound_below(a: CasualtyFact, b: CasualtyFact) -> bool:
    """'More than 200' says what 'about 300' says: a lower bound below another figure agrees with it."""
    return a.qualifier == "at_least" and a.count < (b.count_max or b.count)


def rival_sizes(a: CasualtyFact, b: CasualtyFact) -> bool:
    low, high = sorted((a.count_max or a.count, b.count_max or b.count))
    return high <= RIVAL_RATIO * max(low, 1)


def latest_of(facts: list) -> list:
    """The newest report's figures when every figure is dated; otherwise the largest (a toll only
    grows; a vague word counts only when nothing else is given). Casualty or displacement facts."""
    if not facts:
        return []
    counted = [f for f in facts if f.qualifier != "vague"] or facts
    if all(f.as_of for f in counted):
        newest_date = max(f.as_of for f in counted)
        return [f for f in counted if f.as_of == newest_date]
    if all(when(f) for f in counted):       # every undated report placed in time by its death toll
        newest_date = max(when(f) for f in counted)
        return _of_one_time([f for f in counted if when(f) == newest_date], newest_date)
    # the missing are found as days go on: the largest count may be the oldest, so an undated report
    # counts only where its toll places it in time
    if getattr(counted[0], "status", None) in SHRINKING_STATUSES:
        placed = [f for f in counted if when(f)]
        if placed:
            newest_date = max(when(f) for f in placed)
            return _highest_report_toll([f for f in placed if when(f) == newest_date])
        if all(f.report_toll is not None for f in counted):
            return _highest_report_toll(counted)     # no report dated or placed: the tolls alone order them
    top = max(counted, key=lambda f: (f.count_max or f.count, f.count, len(f.sources)))
    return [top]


def when(fact) -> str | None:
    """When a figure was told: its report's date, or, for an undated report, the date its death toll
    places it after ('2023-03-15+', which sorts after the day itself)."""
    return fact.as_of or getattr(fact, "placed_after", None)


def _of_one_time(facts: list, time: str) -> list:
    """The figures of one time: all reports of one day (they may differ); of undated reports placed
    after one day, the one its death toll puts last."""
    return _highest_report_toll(facts) if time.endswith("+") else facts


def _highest_report_toll(facts: list) -> list:
    """Of figures of one place in time (or of reports never placed), those of the report with the
    highest death toll, the latest written; all of them when a report gives no toll."""
    if any(f.report_toll is None for f in facts):
        return facts
    top = max(f.report_toll for f in facts)
    return [f for f in facts if f.report_toll == top]


# Statuses whose count only grows as an event goes on: the dead stay dead, the arrested stay counted.
GROWING_STATUSES = ("killed", "injured", "detained")
# ... and the count that falls as the missing are found or counted among the dead.
SHRINKING_STATUSES = ("missing",)


def latest_toll(facts: list[CasualtyFact]) -> list[CasualtyFact]:
    """The newest report's figures of one question, unless they are a fraction of what older reports
    already counted: a toll only grows, so '15 were now considered dead' beside an earlier 'above 750'
    counts a part or another incident, and the newest figure that holds up is the toll. It takes as many
    reports as the newer figure has, and a stray figure sets nothing aside."""
    counted = [f for f in facts if f.qualifier != "vague"]
    if not counted or counted[0].status not in GROWING_STATUSES or not all(when(f) for f in counted):
        return latest_of(facts)
    witnesses = [f for f in counted if not _stray(f, counted)]
    for date in sorted({when(f) for f in counted}, reverse=True):
        newest = _of_one_time([f for f in counted if when(f) == date], date)
        top = max(figure_size(f) for f in newest)
        larger = {s for f in witnesses if when(f) < date and figure_size(f) > RIVAL_RATIO * top for s in f.sources}
        if len(larger) < len({s for f in newest for s in f.sources}):
            return newest
    return latest_of(facts)


def _stray(fact: CasualtyFact, facts: list[CasualtyFact]) -> bool:
    """Many times every other figure of its own day: another event's toll read as this one's."""
    peers = [figure_size(f) for f in facts if f is not fact and f.as_of == fact.as_of]
    return bool(peers) and figure_size(fact) > RIVAL_RATIO * max(peers)


def figure_size(fact: CasualtyFact) -> int:
    """How many a figure counts at most: the top of a range, or the count."""
    return fact.count_max or fact.count


def same_time(a: CasualtyFact, b: CasualtyFact) -> bool:
    """Reports of the same day, or reports whose dates are not known (then they cannot be ordered);
    an undated report that its toll places in time is ordered by that place."""
    when_a, when_b = a.as_of or a.placed_after, b.as_of or b.placed_after
    return not (when_a and when_b) or when_a == when_b


# --- displacement -----------------------------------------------------------------------------

KIND_ORDER = ("fled", "homeless", "evacuated", "sheltering")


def merge_displacement(mentions: list[DisplacementMention], dates: dict[str, str | None] | None = None,
                       similar: Callable[[str, str], float] = lambda a, b: float(a == b),
                       times: ReportTimes | None = None) -> list[DisplacementFact]:
    """One item per count (or, without a count, per sentence said again); largest counts first.
    A count dated only to a recent period ('last month') that ends after the event's first report is
    the event's own, not background. ``times`` puts undated reports in time (``report_times``)."""
    dates, times = dates or {}, times or ReportTimes({}, {})
    first = first_report(dates)
    mentions = [replace(m, background=False) if m.background and m.background_until
                and not before_the_event(m.background_until, first) else m for m in mentions]
    merged: list[list[DisplacementMention]] = []
    for m in mentions:
        for group in merged:
            first = group[0]
            if m.quantity is not None and first.quantity is not None and m.projection == first.projection:
                if (m.quantity.value, m.quantity.value_max) == (first.quantity.value, first.quantity.value_max):
                    group.append(m)
                    break
            elif m.quantity is None and first.quantity is None and similar(m.text, first.text) > 0.5:
                group.append(m)
                break
        else:
            merged.append([m])
    facts = [_displacement_fact(group, dates) for group in merged]
    for fact in facts:
        if fact.as_of is None:
            fact.placed_after = max((times.placed[s] for s in fact.sources if s in times.placed), default=None)
        fact.report_toll = max((times.tolls[s] for s in fact.sources if s in times.tolls), default=None)
    facts.sort(key=lambda f: (f.projection, f.count is None, -(f.count or 0)))
    for i, fact in enumerate(facts, start=1):
        fact.id = f"D{i}"
    return facts


def _displacement_fact(group: list[DisplacementMention], dates: dict[str, str | None]) -> DisplacementFact:
    first = group[0]
    evidence = unique_evidence(m.evidence for m in group)
    sources = sources_of(evidence)
    q = first.quantity
    kind = min((m.kind for m in group), key=KIND_ORDER.index)
    return DisplacementFact(
        id="", count=q.value if q else None, count_max=q.value_max if q else None,
        qualifier=q.qualifier if q else None, text=first.text,
        places=sorted({p for m in group for p in m.places}), kind=kind,
        projection=first.projection, background=all(m.background for m in group),
        one_site=all(m.one_site for m in group),
        as_of=newest(dates.get(s) for s in sources), sources=sources, evidence=evidence)


# --- helpers ----------------------------------------------------------------------------------

def sources_of(evidence: Iterable[Evidence]) -> list[str]:
    return sorted({e.source for e in evidence}, key=source_number)


def unique_evidence(evidence: Iterable[Evidence]) -> list[Evidence]:
    seen: dict[tuple[str, int, int], Evidence] = {}
    for e in evidence:
        seen.setdefault((e.source, e.start, e.end), e)
    return sorted(seen.values(), key=lambda e: (source_number(e.source), e.start))


def most_common(values: Iterable[str | None]) -> str | None:
    counted = Counter(v for v in values if v)
    if not counted:
        return None
    return sorted(counted.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]


def newest(dates: Iterable[str | None]) -> str | None:
    known = [d for d in dates if d]
    return max(known) if known else None
