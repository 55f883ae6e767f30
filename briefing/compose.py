"""Facts + config -> Brief: everything the templates show is decided here.

The sections come in the order and with the titles and limits of config.yaml. Each item is a
plain dict ready to present, with its ``sources``. The key figures use, for each status, the
best-attested total; where sources give other totals, the figure is marked as disputed and the
range is shown, never one figure picked silently.
"""
from __future__ import annotations

from collections import Counter

from .config import Config, SectionConfig
from .lexicons import words
from .headline import Headline, HeadlineFigure, choose_headline, event_wide
from .merge_figures import question
from .model import (Article, Bar, Brief, CasualtyFact, Chart, Facts, Highlight, KeyFigure, Section, SourceRef,
                    source_number, to_dict)
from .numbers import display, money, people

INSTITUTIONS = words("actors", "institution_nouns")
STATUS_LABELS = {"killed": "Killed", "injured": "Injured", "missing": "Missing", "detained": "Detained",
                 "affected": "Affected"}
GROUP_LABELS = {"total": "All", "civilians": "Civilians", "security_forces": "Security forces",
                "armed_group": "Armed groups", "children": "Children", "women": "Women", "other": "Others"}


def compose(facts: Facts, articles: list[Article], config: Config, headline: Headline | None = None) -> Brief:
    sources = [SourceRef(id=a.id, path=a.path, title=a.title, characters=len(a.text), notes=a.notes,
                         outlet=a.outlet, date=a.date, url=a.url, dated_by=a.dated_by) for a in articles]
    headline = headline or choose_headline(facts)
    shown = _sentences_shown(facts, config)
    sections = [compose_section(s, facts, shown) for s in config.enabled_sections]
    dates = sorted(a.date for a in articles if a.date)
    return Brief(
        title=config.title or default_title(facts),
        subtitle=config.subtitle,
        organisation=config.organisation,
        classification=config.classification,
        date=long_date(config.date or (dates[-1] if dates else None)),
        period=_period(dates),
        lead=compose_lead(facts, headline, dated=bool(dates)),
        highlights=compose_highlights(facts, headline),
        key_figures=compose_key_figures(headline),
        chart=compose_chart(facts, headline),
        sections=sections,
        sources=sources,
        facts=facts,
    )


def default_title(facts: Facts) -> str:
    where = " and ".join(facts.event_countries[:2]) if facts.event_countries else None
    return f"Situation brief: {where}" if where else "Situation brief"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def long_date(iso: str | None) -> str | None:
    """'2025-03-09' -> '9 March 2025' (fixed English month names: the same text on every machine)."""
    if not iso:
        return None
    year, month, day = (int(p) for p in iso.split("-"))
    return f"{day} {MONTHS[month - 1]} {year}"


def _period(dates: list[str]) -> str | None:
    if not dates:
        return None
    first, last = long_date(dates[0]), long_date(dates[-1])
    return first if first == last else f"{first} – {last}"


# --- highlights and chart ---------------------------------------------------------------------

def compose_highlights(facts: Facts, headline: Headline, limit: int = 5) -> list[Highlight]:
    """2 to 5 one-line summaries for the first page, composed from the facts (never a copied sentence,
    so no sentence appears twice): the toll and its breakdown, where sources differ, displacement,
    who acted at home and who reacted abroad."""
    lines: list[Highlight] = []
    killed = headline.get("killed")
    if killed is not None and killed.qualifier == "range":
        lines.append(Highlight(text=_sentence(_range_phrase(killed)), sources=killed.sources))
    elif killed is not None:
        parts = sorted(breakdown(facts, killed), key=lambda f: -f.count)[:3]
        text = f"{_counted(killed)} killed{_where(killed)}"
        if parts:
            text += ", among them " + ", ".join(f"{display(f.count, f.count_max, f.qualifier)} {f.group_text}"
                                                for f in parts)
        lines.append(Highlight(text=_sentence(text), sources=_union([killed, *parts])))
    differing = _differing(facts, headline)
    if differing is not None:
        lines.append(differing)
    displaced = headline.get("displaced")
    if displaced is not None:
        known = {p.name for p in facts.locations} | set(facts.event_countries)
        places = sorted({p for d in facts.displacement for p in d.places if p in known})[:4]
        text = f"{people(displaced.count, displaced.count_max, displaced.qualifier)} displaced"
        lines.append(Highlight(text=_sentence(text + (f"; places named: {', '.join(places)}" if places else "")),
                               sources=_union(facts.displacement)))
    if facts.government_response:
        names = {a.name for a in facts.actors}
        actors = Counter(f.actor for f in facts.government_response if f.actor in names)
        n = len(facts.government_response)
        text = f"{n} action{'s' if n != 1 else ''} by the authorities reported"
        if len(actors) == 1 and sum(actors.values()) == n:
            text += f", by {next(iter(actors))}"              # one actor took them all
        elif actors:
            text += f" ({', '.join(f'{k} by {a}' for a, k in actors.most_common(3))})"
        lines.append(Highlight(text=_sentence(text), sources=_union(facts.government_response)))
    reactions = facts.international_reactions
    if reactions:
        names = [r.actor for r in reactions[:3] if r.actor]
        text = (f"{len(reactions)} countries and international bodies reacted, among them {_and(names)}"
                if len(reactions) > len(names) else f"Reactions from {_and(names)}")
        lines.append(Highlight(text=_sentence(text), sources=_union(reactions)))
    return lines[:limit]


def _differing(facts: Facts, headline: Headline) -> Highlight | None:
    """Where reports of the same time disagree on a figure the headline does not already range over."""
    ranged = {f.status for f in headline.figures if f.qualifier == "range"}
    for fact in facts.casualties:
        if not fact.conflicts_with or fact.qualifier == "vague" or fact.status in ranged:
            continue
        rivals = [f for f in facts.casualties if f.id in fact.conflicts_with and f.qualifier != "vague"]
        counts = sorted({fact.count, *(f.count for f in rivals)})
        if len(counts) > 1:
            return Highlight(text=f"Sources differ on the number of {_people_word(fact)} {fact.status}: "
                                  f"from {counts[0]:,} to {counts[-1]:,}.", sources=_union([fact, *rivals]))
    return None


def breakdown(facts: Facts, figure: HeadlineFigure) -> list[CasualtyFact]:
    """The figures that break down the headline figure's fact ("including 745 civilians")."""
    return [f for f in facts.casualties if f.part_of == figure.fact and f.status == figure.status]


def _range_phrase(figure: HeadlineFigure) -> str:
    """'reports of the number killed range from 61 to 459'."""
    return f"reports of the number {figure.status} range from {figure.count:,} to {(figure.count_max or figure.count):,}"


def _counted(figure: HeadlineFigure) -> str:
    """'438 people'; a country's own nationals by name: '169 Afghans'."""
    if figure.nationality:
        return f"{display(figure.count, figure.count_max, figure.qualifier)} {figure.group_text}"
    return people(figure.count, figure.count_max, figure.qualifier)


def _where(figure: HeadlineFigure) -> str:
    return f" in {figure.place}" if figure.place else ""


def _source_phrase(reported_by: str) -> str:
    """'state emergency agency' -> 'the state emergency agency'; names, plurals and possessives
    ("Malawi's disaster department") as they are."""
    if "'s " in reported_by or "’s " in reported_by:
        return reported_by
    singular_noun = reported_by[:1].islower() and not reported_by.endswith("s")
    institution = any(w.lower() in INSTITUTIONS for w in reported_by.split()[1:])   # "the Interior Ministry"
    return f"the {reported_by}" if singular_noun or institution else reported_by


def _people_word(fact) -> str:
    """How a highlight names a group: 'civilians', but 'people' for everyone ('56 others' -> people)."""
    return "people" if fact.group == "total" else (fact.group_text or "people")


def _union(facts) -> list[str]:
    return sorted({s for f in facts for s in f.sources}, key=source_number)


def _and(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


def compose_chart(facts: Facts, headline: Headline) -> Chart | None:
    """The killed by group, from the breakdown of the headline total, when it has two groups or more."""
    killed = headline.get("killed")
    if killed is None or killed.qualifier == "range":
        return None
    parts = breakdown(facts, killed)
    if len(parts) < 2:
        return None
    parts.sort(key=lambda f: -f.count)
    top = parts[0].count or 1
    bars = [Bar(label=(f.group_text or GROUP_LABELS[f.group]).capitalize(), value=f.count,
                display=display(f.count, f.count_max, f.qualifier, short=True),
                share=round(100 * f.count / top, 1), sources=f.sources) for f in parts]
    return Chart(title="Killed by group", bars=bars,
                 note=f"Breakdown of {display(killed.count, killed.count_max, killed.qualifier)} killed"
                      + (f", as reported by {killed.reported_by}" if killed.reported_by else "") + ".")


# --- key figures and lead ---------------------------------------------------------------------

KEY_LABELS = {**STATUS_LABELS, "displaced": "Displaced"}


def compose_key_figures(headline: Headline) -> list[KeyFigure]:
    return [KeyFigure(label=KEY_LABELS[f.status], display=display(f.count, f.count_max, f.qualifier, short=True),
                      fact=f.fact, group_text=f.group_text, reported_by=f.reported_by, disputed=f.disputed,
                      single_source=f.single_source, sources=f.sources, as_of=long_date(f.as_of), place=f.place)
            for f in headline.figures]


def compose_lead(facts: Facts, headline: Headline, dated: bool = True) -> str:
    """One paragraph of the key figures, each as the sources give it; disagreement said, not hidden."""
    parts = []
    for figure in headline.figures:
        if figure.qualifier == "range":
            parts.append(_range_phrase(figure))
        else:
            who = f" according to {_source_phrase(figure.reported_by)}" if figure.reported_by else ""
            parts.append(f"{_counted(figure)} {figure.status}{_where(figure)}{who}")
    civilians = [f for f in facts.casualties if f.status == "killed" and f.group == "civilians" and f.latest
                 and f.qualifier != "vague" and event_wide(f)]
    if civilians and headline.get("killed") is not None:
        best = max(civilians, key=lambda f: (len(f.sources), f.count))
        parts.append(f"{display(best.count, best.count_max, best.qualifier)} of the dead are reported to be civilians")
    if not parts:
        return "The sources give no casualty figures that could be verified against the text."
    text = "; ".join(parts)
    text = text[0].upper() + text[1:] + ". Figures are as reported and subject to revision."
    if not dated:
        text += " The articles carry no dates, so each key figure is the highest reported for the whole event, which may not be the latest."
    return text


# --- sections ---------------------------------------------------------------------------------

def compose_section(config: SectionConfig, facts: Facts, shown: set[tuple[str, int]] = frozenset()) -> Section:
    rows = _overview_rows(facts, shown) if config.key == "overview" else SECTION_ROWS[config.key](facts)
    return Section(key=config.key, title=config.heading, items=rows[:config.limit],
                   omitted=max(0, len(rows) - config.limit))


def _sentences_shown(facts: Facts, config: Config) -> set[tuple[str, int]]:
    """(source, start) of the sentences that items of the other sections show or paraphrase."""
    limits = {s.key: s.limit for s in config.enabled_sections}
    shown_items = [*facts.government_response[:limits.get("government_response", 0)],
                   *facts.international_reactions[:limits.get("international_reactions", 0)],
                   *facts.displacement[:limits.get("displacement", 0)]]
    return {(e.source, e.start) for item in shown_items for e in item.evidence}


def _overview_rows(facts: Facts, shown: set[tuple[str, int]] = frozenset()) -> list[dict]:
    """The central sentences, none of which another section already shows: no sentence twice."""
    return [{"text": s.text, "sources": s.sources} for s in facts.overview
            if not any((e.source, e.start) in shown for e in s.evidence)]


def _casualty_rows(facts: Facts) -> list[dict]:
    """One row per question (status, group, place, nationality); where there are several figures the
    row lists each with its sources, the latest first ("459 [S6, latest]; 413 [S5, earlier report]"),
    never one picked silently."""
    groups: dict[tuple, list[CasualtyFact]] = {}
    for fact in facts.casualties:
        groups.setdefault(question(fact), []).append(fact)
    rows = []
    for (status, group, place, nationality), members in groups.items():
        ordered = sorted(members, key=lambda f: (f.latest, f.qualifier != "vague", f.as_of or "", len(f.sources),
                                                 f.count_max or f.count), reverse=True)
        best = ordered[0]
        rows.append({
            "id": best.id,
            "level": 1 if best.part_of else 0,
            "figure": display(best.count, best.count_max, best.qualifier),
            "status": STATUS_LABELS[status],
            "group": GROUP_LABELS[group],
            "group_text": best.group_text,
            "place": place or (f"{nationality} nationals" if nationality else None),
            "reported_by": best.reported_by,
            "single_source": len(members) == 1 and best.single_source,
            "figures": [{"figure": display(f.count, f.count_max, f.qualifier), "sources": f.sources,
                         "note": _figure_note(f, len(members))} for f in ordered],
            "sources": sorted({s for f in members for s in f.sources}, key=source_number),
        })
    # totals first, each followed by its breakdown
    order = {f.id: i for i, f in enumerate(facts.casualties)}
    parents = {f.id: f.part_of for f in facts.casualties}
    rows.sort(key=lambda r: (order.get(parents.get(r["id"]) or r["id"], 0), r["level"], order[r["id"]]))
    return rows


def _figure_note(fact: CasualtyFact, n_figures: int) -> str | None:
    if n_figures < 2:
        return None
    if fact.latest:
        return "latest" if not fact.conflicts_with else "latest, sources differ"
    if fact.superseded:
        return "earlier report"
    if fact.remaining:
        return "still held" if fact.status == "detained" else "still in care"
    return "highest" if fact.highest else None


def _response_rows(facts: Facts) -> list[dict]:
    return [{"actor": f.actor, "text": f.text, "sources": f.sources} for f in facts.government_response]


DISPLACEMENT_KINDS = {"fled": "fled", "homeless": "left homeless", "evacuated": "evacuated",
                      "sheltering": "sheltering"}


def _displacement_rows(facts: Facts) -> list[dict]:
    """Each item with how people moved; a projection or an earlier period's count says so."""
    return [{"figure": display(d.count, d.count_max, d.qualifier or "exact") if d.count is not None else None,
             "kind": "projected" if d.projection else "earlier period" if d.background else DISPLACEMENT_KINDS[d.kind],
             "text": d.text, "places": d.places, "sources": d.sources} for d in facts.displacement]


def _reaction_rows(facts: Facts) -> list[dict]:
    return [{"actor": f.actor, "speaker": f.speaker, "text": f.text, "quote": f.quote, "sources": f.sources}
            for f in facts.international_reactions]


FUNDING_KINDS = {"appealed": "appeal", "pledged": "pledged", "provided": "provided", "raised": "raised"}


def _funding_rows(facts: Facts) -> list[dict]:
    """Who gives or appeals for how much: the sum as written ('$5 million', '1 million rupees per family')."""
    return [{"donor": f.donor, "amount": money(f.amount, f.currency, f.qualifier) + (f" per {f.per}" if f.per else ""),
             "kind": FUNDING_KINDS[f.kind], "domestic": f.domestic, "text": f.text, "sources": f.sources}
            for f in facts.funding]


def _quote_rows(facts: Facts) -> list[dict]:
    """Quotes not already shown with an international reaction."""
    with_reactions = {f.quote for f in facts.international_reactions if f.quote}
    return [{"speaker": q.speaker or "Unattributed", "text": q.text, "sources": q.sources} for q in facts.quotes
            if q.text not in with_reactions]


def _names_rows(facts: Facts) -> list[dict]:
    rows = [{"kind": "Place", "name": n.name, "variants": [v for v in n.variants if v != n.name],
             "sources": n.sources} for n in facts.locations]
    rows += [{"kind": "Person" if n.kind == "person" else "Organisation", "name": n.name,
              "variants": [v for v in n.variants if v != n.name], "sources": n.sources} for n in facts.actors]
    return sorted(rows, key=lambda r: (-len(r["sources"]), r["kind"], r["name"]))


SECTION_ROWS = {
    "casualties": _casualty_rows,
    "government_response": _response_rows,
    "displacement": _displacement_rows,
    "international_reactions": _reaction_rows,
    "funding": _funding_rows,
    "quotes": _quote_rows,
    "places_actors": _names_rows,
}


def brief_to_json(brief: Brief) -> dict:
    """The machine-readable brief: presentation fields first, then every fact with its evidence."""
    data = to_dict(brief)
    data["facts"] = {k: v for k, v in data["facts"].items()}
    return {"schema": "briefing/brief-1", **data}
