"""Facts + config -> Brief: everything the templates show is decided here.

The sections come in the order and with the titles and limits of config.yaml. Each item is a
plain dict ready to present, with its ``sources``. The key figures use, for each status, the
best-attested total; where sources give other totals, the figure is marked as disputed and the
range is shown, never one figure picked silently.
"""
from __future__ import annotations

from .config import Config, SectionConfig
from .model import (Article, Brief, CasualtyFact, DisplacementFact, Facts, KeyFigure, Section, SourceRef,
                    to_dict)
from .numbers import display, people

STATUS_LABELS = {"killed": "Killed", "injured": "Injured", "missing": "Missing", "detained": "Detained",
                 "affected": "Casualties (killed or injured)"}
GROUP_LABELS = {"total": "All", "civilians": "Civilians", "security_forces": "Security forces",
                "armed_group": "Armed groups", "children": "Children", "women": "Women", "other": "Others"}


def compose(facts: Facts, articles: list[Article], config: Config) -> Brief:
    sources = [SourceRef(id=a.id, path=a.path, title=a.title, characters=len(a.text), notes=a.notes)
               for a in articles]
    key_figures = compose_key_figures(facts)
    shown = _sentences_shown(facts, config)
    sections = [compose_section(s, facts, shown) for s in config.enabled_sections]
    return Brief(
        title=config.title or default_title(facts),
        subtitle=config.subtitle,
        organisation=config.organisation,
        classification=config.classification,
        lead=compose_lead(facts, key_figures),
        key_figures=key_figures,
        sections=sections,
        sources=sources,
        facts=facts,
    )


def default_title(facts: Facts) -> str:
    where = " and ".join(facts.event_countries[:2]) if facts.event_countries else None
    return f"Situation brief: {where}" if where else "Situation brief"


# --- key figures and lead ---------------------------------------------------------------------

def headline_fact(candidates: list[CasualtyFact]) -> CasualtyFact | None:
    """The best-attested figure (most sources); among equals, one not scoped to a single place,
    then the lowest: the conservative reading."""
    if not candidates:
        return None
    return sorted(candidates, key=lambda f: (-len(f.sources), f.qualifier == "vague", f.place is not None,
                                             f.count))[0]


def compose_key_figures(facts: Facts) -> list[KeyFigure]:
    figures = []
    for status in ("killed", "injured", "missing", "detained"):
        totals = [f for f in facts.casualties if f.status == status and f.group == "total"]
        best = headline_fact(totals)
        if best is None:
            continue
        # other whole-event totals (not those scoped to one place) that disagree with it
        others = [f for f in totals if f is not best and f.qualifier != "vague" and f.place is None]
        disputed = bool(others) and len(best.sources) < 2
        shown = display(best.count, best.count_max, best.qualifier, short=True)
        if disputed:
            counts = sorted({best.count, *(f.count for f in others)})
            shown = f"{counts[0]:,}–{counts[-1]:,}"
        figures.append(KeyFigure(label=STATUS_LABELS[status], display=shown, fact=best.id,
                                 group_text=best.group_text or "people", reported_by=best.reported_by,
                                 disputed=disputed or bool(best.conflicts_with), single_source=best.single_source,
                                 sources=sorted({s for f in [best, *(others if disputed else [])] for s in f.sources},
                                                key=lambda s: int(s[1:]))))
    displaced = _headline_displacement(facts.displacement)
    if displaced is not None and displaced.count is not None:
        figures.append(KeyFigure(label="Displaced", display=display(displaced.count, displaced.count_max,
                                                                    displaced.qualifier or "exact", short=True),
                                 fact=displaced.id, group_text="people", reported_by=None, disputed=False,
                                 single_source=len(displaced.sources) == 1, sources=displaced.sources))
    return figures


def _headline_displacement(items: list[DisplacementFact]) -> DisplacementFact | None:
    counted = [d for d in items if d.count is not None]
    if not counted:
        return None
    return sorted(counted, key=lambda d: (-len(d.sources), -(d.count or 0)))[0]


def compose_lead(facts: Facts, key_figures: list[KeyFigure]) -> str:
    """One paragraph of the key figures, each as the sources give it; disagreement said, not hidden."""
    parts = []
    for figure in key_figures:
        fact = next((f for f in facts.casualties if f.id == figure.fact), None)
        if fact is None:
            continue
        verb = fact.status
        if figure.disputed and len(fact.sources) < 2:
            low, high = figure.display.split("–")
            highest = next((f for f in facts.casualties if f.status == fact.status and f.group == "total"
                            and f.highest), None)
            by = f" ({highest.reported_by})" if highest is not None and highest.reported_by else ""
            parts.append(f"reports of the number {verb} range from {low} to {high}{by}")
        else:
            who = f" according to {fact.reported_by}" if fact.reported_by else ""
            parts.append(f"{people(fact.count, fact.count_max, fact.qualifier)} {verb}{who}")
    civilians = [f for f in facts.casualties if f.status == "killed" and f.group == "civilians"
                 and f.qualifier != "vague"]
    if civilians:
        best = headline_fact(civilians)
        parts.append(f"{display(best.count, best.count_max, best.qualifier)} of the dead are reported to be civilians")
    displaced = _headline_displacement(facts.displacement)
    if displaced is not None and displaced.count is not None:
        parts.append(f"{people(displaced.count, displaced.count_max, displaced.qualifier or 'exact')} displaced")
    if not parts:
        return "The sources give no casualty figures that could be verified against the text."
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + ". Figures are as reported and subject to revision."


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
    by_id = {f.id: f for f in facts.casualties}
    rows = []
    ordered = [f for f in facts.casualties if f.part_of is None]
    for fact in ordered:
        rows.append(_casualty_row(fact, by_id, level=0))
        rows.extend(_casualty_row(p, by_id, level=1) for p in facts.casualties if p.part_of == fact.id)
    return rows


def _casualty_row(fact: CasualtyFact, by_id: dict[str, CasualtyFact], level: int) -> dict:
    others = [by_id[c] for c in fact.conflicts_with if c in by_id]
    return {
        "id": fact.id,
        "level": level,
        "figure": display(fact.count, fact.count_max, fact.qualifier),
        "status": STATUS_LABELS[fact.status],
        "group": GROUP_LABELS[fact.group],
        "group_text": fact.group_text,
        "place": fact.place,
        "reported_by": fact.reported_by,
        "single_source": fact.single_source,
        "latest": fact.latest and bool(others),
        "highest": fact.highest,
        "conflicts": [{"figure": display(o.count, o.count_max, o.qualifier), "sources": o.sources} for o in others],
        "sources": fact.sources,
    }


def _response_rows(facts: Facts) -> list[dict]:
    return [{"actor": f.actor, "text": f.text, "sources": f.sources} for f in facts.government_response]


def _displacement_rows(facts: Facts) -> list[dict]:
    return [{"figure": display(d.count, d.count_max, d.qualifier or "exact") if d.count is not None else None,
             "text": d.text, "places": d.places, "sources": d.sources} for d in facts.displacement]


def _reaction_rows(facts: Facts) -> list[dict]:
    return [{"actor": f.actor, "speaker": f.speaker, "text": f.text, "quote": f.quote, "sources": f.sources}
            for f in facts.international_reactions]


def _quote_rows(facts: Facts) -> list[dict]:
    return [{"speaker": q.speaker or "Unattributed", "text": q.text, "sources": q.sources} for q in facts.quotes]


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
    "quotes": _quote_rows,
    "places_actors": _names_rows,
}


def brief_to_json(brief: Brief) -> dict:
    """The machine-readable brief: presentation fields first, then every fact with its evidence."""
    data = to_dict(brief)
    data["facts"] = {k: v for k, v in data["facts"].items()}
    return {"schema": "briefing/brief-1", **data}
