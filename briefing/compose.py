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
from .model import (Article, Bar, Brief, CasualtyFact, Chart, DisplacementFact, Facts, Highlight, KeyFigure,
                    Section, SourceRef, source_number, to_dict)
from .numbers import display, people

INSTITUTIONS = words("actors", "institution_nouns")
STATUS_LABELS = {"killed": "Killed", "injured": "Injured", "missing": "Missing", "detained": "Detained",
                 "affected": "Casualties (killed or injured)"}
GROUP_LABELS = {"total": "All", "civilians": "Civilians", "security_forces": "Security forces",
                "armed_group": "Armed groups", "children": "Children", "women": "Women", "other": "Others"}


def compose(facts: Facts, articles: list[Article], config: Config) -> Brief:
    sources = [SourceRef(id=a.id, path=a.path, title=a.title, characters=len(a.text), notes=a.notes,
                         outlet=a.outlet, date=a.date, url=a.url) for a in articles]
    key_figures = compose_key_figures(facts)
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
        lead=compose_lead(facts, key_figures),
        highlights=compose_highlights(facts, key_figures),
        key_figures=key_figures,
        chart=compose_chart(facts),
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

def compose_highlights(facts: Facts, key_figures: list[KeyFigure], limit: int = 5) -> list[Highlight]:
    """2 to 5 one-line summaries for the first page, composed from the facts (never a copied sentence,
    so no sentence appears twice): the toll and its breakdown, where sources differ, displacement,
    who acted at home and who reacted abroad."""
    lines: list[Highlight] = []
    killed = next((k for k in key_figures if k.label == STATUS_LABELS["killed"]), None)
    best = next((f for f in facts.casualties if killed and f.id == killed.fact), None)
    if best is not None and killed.disputed and "–" in killed.display:
        lines.append(Highlight(text=_sentence(_range_phrase("killed", killed)), sources=killed.sources))
    elif best is not None:
        parts = sorted((f for f in facts.casualties if f.part_of == best.id and f.status == "killed"),
                       key=lambda f: -f.count)[:3]
        text = f"{people(best.count, best.count_max, best.qualifier)} killed"
        if parts:
            text += ", among them " + ", ".join(f"{display(f.count, f.count_max, f.qualifier)} {f.group_text}"
                                                for f in parts)
        lines.append(Highlight(text=_sentence(text), sources=_union([best, *parts])))
    differing = next((f for f in facts.casualties if f.conflicts_with and f.qualifier != "vague"
                      and not (best is not None and (f.status, f.group) == (best.status, best.group))), None)
    if differing is not None:
        rivals = [f for f in facts.casualties if f.id in differing.conflicts_with and f.qualifier != "vague"]
        counts = sorted({differing.count, *(f.count for f in rivals)})
        if len(counts) > 1:
            what = _people_word(differing)
            lines.append(Highlight(text=f"Sources differ on the number of {what} {differing.status}: "
                                        f"from {counts[0]:,} to {counts[-1]:,}.",
                                   sources=_union([differing, *rivals])))
    displaced = _headline_displacement(facts.displacement)
    if displaced is not None:
        known = {p.name for p in facts.locations} | set(facts.event_countries)
        places = sorted({p for d in facts.displacement for p in d.places if p in known})[:4]
        text = f"{people(displaced.count, displaced.count_max, displaced.qualifier or 'exact')} displaced"
        lines.append(Highlight(text=_sentence(text + (f"; places named: {', '.join(places)}" if places else "")),
                               sources=_union(facts.displacement)))
    if facts.government_response:
        names = {a.name for a in facts.actors}
        actors = Counter(f.actor for f in facts.government_response if f.actor in names)
        named = [a for a, _ in actors.most_common(3)]
        text = f"{len(facts.government_response)} actions by the authorities reported" + (
            f", by {_and(named)} among others" if len(actors) > 3 else f", by {_and(named)}" if named else "")
        lines.append(Highlight(text=_sentence(text), sources=_union(facts.government_response)))
    reactions = facts.international_reactions
    if reactions:
        names = [r.actor for r in reactions[:3] if r.actor]
        text = (f"{len(reactions)} countries and international bodies reacted, among them {_and(names)}"
                if len(reactions) > len(names) else f"Reactions from {_and(names)}")
        lines.append(Highlight(text=_sentence(text), sources=_union(reactions)))
    return lines[:limit]


def _range_phrase(status: str, figure: KeyFigure) -> str:
    """'reports of the number killed range from 61 to 459', from a disputed key figure's range."""
    low, high = figure.display.split("–")
    return f"reports of the number {status} range from {low} to {high}"


def _source_phrase(reported_by: str) -> str:
    """'state emergency agency' -> 'the state emergency agency'; names and plurals as they are."""
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


def compose_chart(facts: Facts) -> Chart | None:
    """The killed by group, from the breakdown of the headline total, when it has two groups or more."""
    totals = [f for f in facts.casualties if f.status == "killed" and f.group == "total"]
    best = headline_fact(totals)
    if best is None:
        return None
    parts = [f for f in facts.casualties if f.part_of == best.id and f.status == "killed"]
    if len(parts) < 2:
        return None
    parts.sort(key=lambda f: -f.count)
    top = parts[0].count or 1
    bars = [Bar(label=(f.group_text or GROUP_LABELS[f.group]).capitalize(), value=f.count,
                display=display(f.count, f.count_max, f.qualifier, short=True),
                share=round(100 * f.count / top, 1), sources=f.sources) for f in parts]
    return Chart(title="Killed by group", bars=bars,
                 note=f"Breakdown of {display(best.count, best.count_max, best.qualifier)} killed"
                      + (f", as reported by {best.reported_by}" if best.reported_by else "") + ".")


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
        totals = [f for f in facts.casualties if f.status == status and f.group == "total" and f.part_of is None]
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
                                                key=source_number)))
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
            highest = next((f for f in facts.casualties if f.status == fact.status and f.group == "total"
                            and f.highest), None)
            by = f" ({highest.reported_by})" if highest is not None and highest.reported_by else ""
            parts.append(_range_phrase(verb, figure) + by)
        else:
            who = f" according to {_source_phrase(fact.reported_by)}" if fact.reported_by else ""
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
    """One row per status, group and place; where sources disagree the row lists every figure with its
    sources, best-attested first ("745 [S1, S2, S5]; 973 [S3, highest]"), never one picked silently."""
    groups: dict[tuple, list[CasualtyFact]] = {}
    for fact in facts.casualties:
        groups.setdefault((fact.status, fact.group, fact.place), []).append(fact)
    rows = []
    for (status, group, place), members in groups.items():
        best = headline_fact(members)
        ordered = [best, *sorted((m for m in members if m is not best), key=lambda f: (-len(f.sources), f.count))]
        rows.append({
            "id": best.id,
            "level": 1 if best.part_of else 0,
            "figure": display(best.count, best.count_max, best.qualifier),
            "status": STATUS_LABELS[status],
            "group": GROUP_LABELS[group],
            "group_text": best.group_text,
            "place": place,
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
        return "later report"
    return "highest" if fact.highest else None


def _response_rows(facts: Facts) -> list[dict]:
    return [{"actor": f.actor, "text": f.text, "sources": f.sources} for f in facts.government_response]


def _displacement_rows(facts: Facts) -> list[dict]:
    return [{"figure": display(d.count, d.count_max, d.qualifier or "exact") if d.count is not None else None,
             "text": d.text, "places": d.places, "sources": d.sources} for d in facts.displacement]


def _reaction_rows(facts: Facts) -> list[dict]:
    return [{"actor": f.actor, "speaker": f.speaker, "text": f.text, "quote": f.quote, "sources": f.sources}
            for f in facts.international_reactions]


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
    "quotes": _quote_rows,
    "places_actors": _names_rows,
}


def brief_to_json(brief: Brief) -> dict:
    """The machine-readable brief: presentation fields first, then every fact with its evidence."""
    data = to_dict(brief)
    data["facts"] = {k: v for k, v in data["facts"].items()}
    return {"schema": "briefing/brief-1", **data}
