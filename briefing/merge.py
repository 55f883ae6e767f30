"""Merge mentions across articles into facts.

- casualty figures and displacement counts: ``merge_figures`` (one fact per figure, breakdowns,
  progression over the reports' dates, sources that differ);
- places and actors: spelling variants are one name (``gazetteer.same_place`` / ``same_person``);
- actions: an authority of the affected country is government response, a foreign government or an
  international body is an international reaction (one entry per country or body);
- quotes: the same words from one speaker in several outlets are one quote.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache

from .gazetteer import (Towns, country_of, find_in_phrase, fold, is_demonym, name_key, organisation_of,
                        places_of_scope, same_person, same_place, separate_voices)
from .lexicons import words
from .merge_figures import (countries_of_scope, event_scope, merge_casualties, merge_displacement, most_common,
                            report_times, sources_of, unique_evidence)
from .model import (ActionFact, ActionMention, ArticleMentions, Facts, FundingFact, FundingMention, NameFact,
                    NameMention, OverviewSentence, QuoteFact, source_number)

STOPWORDS = words("overview", "stopwords")
STATEMENT_VERBS = words("actions", "light_verbs") | words("actions", "posting_verbs")
WORD_VERBS = words("actions", "word_verbs")
ACT_NOUNS = words("actions", "act_nouns")
WORLD_WORDS = words("actors", "world_words")
FORCE_BODIES = words("actors", "force_bodies")


def merge(all_mentions: list[ArticleMentions], towns: Towns | None = None,
          dates: dict[str, str | None] | None = None) -> Facts:
    """All articles' mentions -> the facts of the brief. ``towns`` is the town gazetteer to use
    (by default one read from GeoNames); ``dates`` the date of each source's report, where known."""
    towns = towns or Towns()
    event_countries = find_event_countries(all_mentions, towns)
    event_towns = towns.in_countries(event_countries)
    names = [n for m in all_mentions for n in [*m.locations, *m.actors]]
    # a town of the affected countries is a place whatever the model labelled it ("Aleppo" as a people)
    town_names = [replace(n, label="GPE") for n in names if fold(n.name) in event_towns]
    peoples = {fold(n.name).rstrip("s") for n in names if n.label == "NORP" and fold(n.name) not in event_towns}
    places = merge_places([n for m in all_mentions for n in m.locations if n.label != "NORP"
                           and not _is_people(n.name, peoples) and fold(n.name) not in event_towns] + town_names)
    actors = [n for m in all_mentions for n in m.actors if n.label != "NORP"
              and not _is_people(n.name, peoples) and fold(n.name) not in event_towns
              and not any(same_place(n.name, p.name) for p in places)]
    person_names = {n.name for n in actors if n.label == "PERSON"}
    names, people = merge_actors([n for n in actors if not _possessed(n.name, person_names)])
    places = [p for p in places if not _is_person(p, names, event_towns)]
    casualty_mentions = scope_articles(all_mentions, event_countries, event_towns)
    scope = event_scope(casualty_mentions, event_countries)
    times = report_times(casualty_mentions, dates or {}, scope)     # found once: casualties and displacement
    casualties, projections = merge_casualties(casualty_mentions, dates, scope, times)
    quotes = merge_quotes([q for m in all_mentions for q in m.quotes], people)
    response, reactions = merge_actions([a for m in all_mentions for a in m.actions], people,
                                        event_countries, quotes, dates)
    return Facts(
        casualties=casualties,
        displacement=merge_displacement([d for m in all_mentions for d in m.displacement], dates, similarity,
                                        times),
        government_response=response,
        international_reactions=reactions,
        funding=merge_funding([f for m in all_mentions for f in m.funding], people, event_countries),
        quotes=quotes,
        locations=places,
        actors=names,
        overview=merge_overview(all_mentions),
        projections=projections,
        event_countries=event_countries,
    )


def _possessed(name: str, person_names: set[str]) -> bool:
    """"Assad’s Ouster", "Sharaa’s Hayat": a fragment that starts with a person's possessive."""
    owner = re.match(r"^(.+?)(?:’s|'s)\s", name)
    return owner is not None and any(same_person(owner.group(1), p) for p in person_names)


def _is_person(place: NameFact, people: list[NameFact], towns: dict[str, str]) -> bool:
    """'Burhan' labelled a place in one sentence is the person named elsewhere; a country or town is not."""
    if country_of(place.name) or fold(place.name) in towns or place.kind != "place":
        return False
    return any(p.kind == "person" and same_person(place.name, p.name) for p in people)


def _is_people(name: str, peoples: set[str]) -> bool:
    """'Alawites', "Assad's Alawite": a name made of a word the model also reads as a people or faith."""
    last = fold(name).split()[-1].rstrip("s") if name.strip() else ""
    return last in peoples


# --- helpers ----------------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", fold(text)) if w not in STOPWORDS and len(w) > 2)


def similarity(a: str, b: str) -> float:
    wa, wb = content_words(a), content_words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


# --- places and actors ------------------------------------------------------------------------

def _name_facts(clusters: list[list[NameMention]], kind: str, prefix: str) -> list[NameFact]:
    facts = []
    for cluster in clusters:
        counts = Counter(n.name for n in cluster)
        # the fullest common form names the fact: "Ahmed al-Sharaa" over "Sharaa"
        name = sorted(counts, key=lambda v: (-len(name_key(v).split()), -counts[v], v))[0] if kind == "person" \
            else sorted(counts, key=lambda v: (-counts[v], v))[0]
        evidence = unique_evidence(n.evidence for n in cluster)
        facts.append(NameFact(id="", name=name, kind=kind, variants=sorted(counts), mentions=len(cluster),
                              sources=sources_of(evidence), evidence=evidence[:3]))
    facts.sort(key=lambda f: (-len(f.sources), -f.mentions, f.name))
    for i, fact in enumerate(facts, start=1):
        fact.id = f"{prefix}{i}"
    return facts


def merge_places(mentions: list[NameMention]) -> list[NameFact]:
    clusters: list[list[NameMention]] = []
    for m in mentions:
        for cluster in clusters:
            if any(same_place(m.name, other) for other in {c.name for c in cluster}):
                cluster.append(m)
                break
        else:
            clusters.append([m])
    return _name_facts(clusters, "place", "L")


def merge_actors(mentions: list[NameMention]) -> tuple[list[NameFact], People]:
    """People by surname and transliteration; organisations by name or acronym. Also returns what
    the articles say about each person, for sorting their actions and naming their quotes."""
    people = sorted([m for m in mentions if m.label == "PERSON"], key=lambda m: -len(m.name.split()))
    clusters: list[list[NameMention]] = []
    for m in people:
        for cluster in clusters:
            if same_person(m.name, cluster[0].name):
                cluster.append(m)
                break
        else:
            clusters.append([m])
    orgs: list[list[NameMention]] = []
    for m in sorted([m for m in mentions if m.label == "ORG"], key=lambda m: -len(m.name)):
        person = next((c for c in clusters if len(m.name.split()) == 1 and len(c[0].name.split()) > 1
                       and same_person(m.name, c[0].name)), None)
        if person is not None:           # "Sharaa" labelled as an organisation in one sentence
            person.append(m)
            continue
        for cluster in orgs:
            if _same_org(m.name, cluster[0].name):
                cluster.append(m)
                break
        else:
            orgs.append([m])
    facts = _name_facts(clusters, "person", "A") + _name_facts(orgs, "organisation", "A")
    facts.sort(key=lambda f: (-len(f.sources), -f.mentions, f.name))
    for i, fact in enumerate(facts, start=1):
        fact.id = f"A{i}"
    known: dict[str, Person] = {}
    for cluster in clusters:
        person = Person(country=most_common(m.country for m in cluster),
                        organisation=most_common(m.organisation for m in cluster),
                        governmental=any(m.governmental for m in cluster), name=cluster[0].name)
        for m in cluster:
            known[name_key(m.name)] = person
    return facts, People(facts, known)


@dataclass(frozen=True)
class Person:
    country: str | None          # the country the person speaks for, from their introductions
    organisation: str | None     # the international body they speak for
    governmental: bool           # holds an office
    name: str                    # the fullest form of the name


@dataclass
class People:
    """The people of the event by every variant of their name."""
    facts: list[NameFact]
    known: dict[str, Person]     # by name_key

    def describe(self, name: str) -> Person:
        """What the articles say about ``name``; an unknown name is just itself."""
        key = name_key(name)
        if key in self.known:
            return self.known[key]
        for fact in self.facts:
            if fact.kind == "person" and same_person(name, fact.name):
                return self.known.get(name_key(fact.name), Person(None, None, False, fact.name))
        return Person(None, None, False, name)


def _same_org(a: str, b: str) -> bool:
    ka, kb = name_key(a), name_key(b)
    if ka == kb:
        return True
    initials = "".join(w[0] for w in kb.split() if w not in ("of", "for", "the", "and"))
    if a.isupper() and len(a) >= 2 and fold(a).replace(" ", "") == initials:
        return True
    if _same_force(ka, kb) or _same_force(kb, ka):
        return True
    org_a, org_b = organisation_of(a), organisation_of(b)
    return org_a is not None and org_a == org_b


def _same_force(bare: str, owned: str) -> bool:
    """'army' is the 'Sudanese army' or 'Myanmar army' the other sentences name, not the 'Arakan Army'."""
    if bare not in FORCE_BODIES or not owned.endswith(" " + bare):
        return False
    owner = owned[:-len(bare) - 1]
    return bool(country_of(owner) or is_demonym(owner))


# What naming a country in a sentence where it reacts counts, against 1 for naming it elsewhere.
SPEAKER_WEIGHT = 0.25
# A country named this share as often as the most named one is affected when an article is about it alone.
SOLE_COUNTRY_SHARE = 0.2


def find_event_countries(all_mentions: list[ArticleMentions], towns: Towns | None = None) -> list[str]:
    """The countries the event happens in: those named most often, and above all in the sentences
    that give tolls or displacement (a country that only sends aid is named elsewhere)."""
    named = Counter(c for m in all_mentions for p in m.locations if not p.bordering and (c := country_of(p.name)))
    # towns of the most named countries: "Maiduguri" counts for Nigeria; a name that several of
    # them share goes to the one named most ("Rio Grande" in a brief on Brazil)
    most_named = sorted(named.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    known_towns = (towns or Towns()).in_countries(c for c, _ in most_named)
    known_towns = {**learned_regions(all_mentions), **known_towns}
    counts: Counter[str] = Counter()
    for mentions in all_mentions:
        hit = {(e.source, e.start) for e in [*(c.evidence for c in mentions.casualties),
                                             *(d.evidence for d in mentions.displacement)]}
        # the victims' own country ('a family from Nepal died') is not where the event is
        origins = {(c.evidence.source, c.evidence.start, c.nationality) for c in mentions.casualties}
        # a country that speaks ('Canada offered condolences') is named for its words, not as the place
        speaking = {(a.evidence.source, a.evidence.start, a.country) for a in mentions.actions
                    if a.kind == "reaction" and a.country}
        for place in mentions.locations:
            if place.bordering:
                continue                     # "which borders Uruguay": where the event is not
            country = country_of(place.name) or known_towns.get(fold(place.name))
            where = (place.evidence.source, place.evidence.start)
            if country:
                counts[country] += 4 if where in hit and (*where, country) not in origins \
                    else SPEAKER_WEIGHT if (*where, country) in speaking else 1
        for c in mentions.casualties:
            for country in countries_of_scope(c.place):
                counts[country] += 2
    if not counts:
        return []
    top = counts.most_common(1)[0][1]
    # a country that is the only one of an article giving figures is affected too, though named
    # less often ("Assam: death toll rises to 107" beside a neighbour's wider coverage)
    sole = {c for m in all_mentions if m.casualties or m.displacement
            for c in [_only_country(m, known_towns, set(counts))] if c}
    # so is one whose own dead several reports count ('259 in Zimbabwe' beside Mozambique's toll)
    tolled = _countries_with_own_dead(all_mentions)
    # (named more than once: one passing word, 'a family from Nepal', is no article's subject)
    return sorted(c for c, n in counts.items() if n >= 0.5 * top
                  or ((c in sole or c in tolled) and n >= SOLE_COUNTRY_SHARE * top and named[c] > 1))


def _countries_with_own_dead(all_mentions: list[ArticleMentions]) -> set[str]:
    """Countries whose own dead (a figure scoped to the one country) two or more reports give."""
    reports: dict[str, set[str]] = defaultdict(set)
    for m in all_mentions:
        for c in m.casualties:
            countries = countries_of_scope(c.place)
            if c.status == "killed" and len(countries) == 1 and not c.projection:
                reports[countries[0]].add(m.source)
    return {country for country, sources in reports.items() if len(sources) > 1}


def _only_country(article: ArticleMentions, places: dict[str, str], countries: set[str]) -> str | None:
    """The one country of ``countries`` an article names (by country, town or region), if only one."""
    # a town the model took for a body ('Hojai', 'Kokrajhar') still says where the article is
    named = {country_of(p.name) or places.get(fold(p.name)) for p in article.locations}
    named |= {places.get(fold(a.name)) for a in article.actors}
    named |= {c for m in article.casualties for c in countries_of_scope(m.place)}
    own = named & countries
    return next(iter(own)) if len(own) == 1 else None


def learned_regions(all_mentions: list[ArticleMentions]) -> dict[str, str]:
    """Folded region -> country, from figures whose phrase named both ('the Indian state of Assam')."""
    return {fold(c.place.split(", ")[0]): country for m in all_mentions for c in m.casualties
            if c.place and ", " in c.place and " and " not in c.place
            for country in countries_of_scope(c.place)[:1]}


def scope_articles(all_mentions: list[ArticleMentions], countries: list[str], towns: dict[str, str]) -> list[CasualtyMention]:
    """Every casualty mention, each article's own figures scoped to the one country it is about when
    the event spans several: in an article that names only Assam and its districts, 'the toll rose to
    107' is India's, not the whole event's. A region counts for the country its phrase named once
    anywhere ('the Indian state of Assam')."""
    mentions = [c for m in all_mentions for c in m.casualties]
    if len(countries) < 2:
        return mentions
    places = {**learned_regions(all_mentions), **towns}
    scoped: list[CasualtyMention] = []
    for article in all_mentions:
        only = _only_country(article, places, set(countries))
        scoped.extend(replace(c, place=c.place or _reporter_country(c, countries) or only)
                      for c in article.casualties)
    return scoped


def _reporter_country(mention: CasualtyMention, countries: list[str]) -> str | None:
    """'Malawi's disaster department said the toll rose to 225': one country's authority counts
    that country's dead, not those of every country the event spans."""
    country, organisation = find_in_phrase(mention.reported_by or "")
    return country if country in countries and organisation is None else None


# --- actions ----------------------------------------------------------------------------------

def merge_actions(mentions: list[ActionMention], people: People, event_countries: list[str],
                  quotes: list[QuoteFact], dates: dict[str, str | None] | None = None
                  ) -> tuple[list[ActionFact], list[ActionFact]]:
    response: list[tuple[ActionMention, str]] = []
    # one reaction per country or body; a body whose offices speak apart (the UN's envoys,
    # rapporteurs and chief) gives one per speaker
    reactions: dict[tuple[str, str | None], list[tuple[ActionMention, str | None]]] = defaultdict(list)
    told = _countries_told(mentions, people)
    for m in mentions:
        country, org, governmental, speaker = _speaks_for(m, people)
        if speaker and not country and not org:
            country = told.get(speaker)      # "Obama had directed his team ...", told elsewhere as in Washington
        if org:
            reactions[(org, speaker if separate_voices(org) else None)].append((m, speaker))
        elif country and country not in event_countries:
            reactions[(country, None)].append((m, speaker))
        elif governmental and m.verb not in STATEMENT_VERBS and not _of_the_world(m.actor):
            response.append((m, speaker or m.actor or ""))       # a domestic "said" is not a response
    response_facts = by_importance(_response_facts(response), dates, "G")
    reaction_facts = by_importance(_reaction_facts(_unvoiced_to_main_voice(reactions), quotes), dates, "R")
    return response_facts, reaction_facts


def _countries_told(mentions: list[ActionMention], people: People) -> dict[str, str]:
    """Each speaker's country as the sentences that tell their acts give it, when the articles'
    descriptions of the person do not: the country most of those sentences give."""
    told: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        if m.speaker and m.country and not m.organisation:
            told[people.describe(m.speaker).name][m.country] += 1
    return {speaker: counts.most_common(1)[0][0] for speaker, counts in told.items()}


def _of_the_world(actor: str | None) -> bool:
    """'Leaders around the world', 'the international community': no authority of the country."""
    text = f" {fold(actor or '')} "
    return any(f" {w} " in text for w in WORLD_WORDS)


def by_importance(facts: list[ActionFact], dates: dict[str, str | None] | None, prefix: str) -> list[ActionFact]:
    """The order a section shows when it must leave items out: acts before words, specific (figures,
    named places and units) before general, corroborated before single-source, newest before oldest;
    otherwise as the sources tell it. Ids follow the order."""
    def newest(fact: ActionFact) -> str:
        return max((dates or {}).get(s) or "" for s in fact.sources)

    def specific(fact: ActionFact) -> int:
        named = re.findall(r"(?<=\s)[A-Z][a-z]+", fact.text)
        return min(2, bool(re.search(r"\d", fact.text)) + bool(named))

    ranked = sorted(facts, key=newest, reverse=True)          # ties below keep the newest first
    ranked.sort(key=lambda f: (all(a in WORD_VERBS for a in f.actions), -specific(f), -len(f.sources),
                               -len(f.evidence)))
    for i, fact in enumerate(ranked, start=1):
        fact.id = f"{prefix}{i}"
    return ranked


def _speaks_for(m: ActionMention | FundingMention, people: People) -> tuple[str | None, str | None, bool, str | None]:
    """(country, body, is an authority, speaker) of a mention, completed by what the articles say of
    its speaker ("Ana Ruiz" introduced elsewhere as the UN's envoy)."""
    country, org, governmental, speaker = m.country, m.organisation, m.governmental, m.speaker
    if speaker:
        person = people.describe(speaker)
        country, org = country or person.country, org or person.organisation
        governmental, speaker = governmental or person.governmental, person.name
    return country, org, governmental, speaker


def _response_facts(items: list[tuple[ActionMention, str]]) -> list[ActionFact]:
    facts: list[ActionFact] = []
    for m, actor in items:
        for fact in facts:
            if similarity(fact.text, m.text) > 0.6 or _same_named_act(fact, m, actor):
                fact.evidence = unique_evidence([*fact.evidence, m.evidence])
                fact.sources = sources_of(fact.evidence)
                if m.verb not in fact.actions:
                    fact.actions.append(m.verb)
                break
        else:
            facts.append(ActionFact(id="", actor=actor or None, speaker=None, text=m.text, actions=[m.verb],
                                    quote=None, sources=[m.evidence.source], evidence=[m.evidence]))
    return facts


def _same_named_act(fact: ActionFact, m: ActionMention, actor: str) -> bool:
    """'set off a military crackdown', 'the army crackdown that followed': one act named by its noun,
    told in several sentences with no doer of its own."""
    return m.verb in ACT_NOUNS and not actor and not fact.actor and m.verb in fact.actions


def _unvoiced_to_main_voice(reactions: dict[tuple[str, str | None], list]) -> dict[tuple[str, str | None], list]:
    """A body's statements with no speaker ('the UN said') join its most quoted speaker's reaction."""
    for (body, voice), items in list(reactions.items()):
        voices = [k for k in reactions if k[0] == body and k[1] is not None]
        if voice is None and voices:
            main = max(voices, key=lambda k: (len(reactions[k]), k[1] or ""))
            reactions[main].extend(items)
            del reactions[(body, voice)]
    return reactions


def _reaction_facts(reactions: dict[tuple[str, str | None], list[tuple[ActionMention, str | None]]],
                    quotes: list[QuoteFact]) -> list[ActionFact]:
    facts = []
    for (actor, _), items in reactions.items():
        evidence = unique_evidence(m.evidence for m, _ in items)
        speaker = most_common(s for _, s in items)
        quote = next((q.text for q in quotes if speaker and q.speaker and same_person(q.speaker, speaker)), None)
        facts.append(ActionFact(id="", actor=actor, speaker=speaker, text=items[0][0].text,
                                actions=sorted({m.verb for m, _ in items}), quote=quote,
                                sources=sources_of(evidence), evidence=evidence))
    return facts


# --- funding ----------------------------------------------------------------------------------

FUNDING_ORDER = ("appealed", "pledged", "provided", "raised")


def merge_funding(mentions: list[FundingMention], people: People, event_countries: list[str]) -> list[FundingFact]:
    """One fact per donor, amount, currency and beneficiary; appeals first, then the largest sums."""
    facts: dict[tuple, FundingFact] = {}
    for m in mentions:
        country, org, governmental, _ = _speaks_for(m, people)
        donor = org or (country if governmental and country else None) or m.donor
        key = (fold(donor or ""), m.amount, m.currency, m.per)
        if key in facts:
            fact = facts[key]
            fact.evidence = unique_evidence([*fact.evidence, m.evidence])
            fact.sources = sources_of(fact.evidence)
            continue
        domestic = country in event_countries if country else (org is None and governmental)
        facts[key] = FundingFact(id="", donor=donor, amount=m.amount, currency=m.currency, qualifier=m.qualifier,
                                 kind=m.kind, per=m.per, domestic=domestic, text=m.text,
                                 sources=[m.evidence.source], evidence=[m.evidence])
    ordered = sorted(facts.values(), key=lambda f: (FUNDING_ORDER.index(f.kind), f.currency, -f.amount))
    for i, fact in enumerate(ordered, start=1):
        fact.id = f"F{i}"
    return ordered


# --- quotes -----------------------------------------------------------------------------------

def merge_quotes(mentions, people: People) -> list[QuoteFact]:
    facts: list[QuoteFact] = []
    for m in mentions:
        speaker = people.describe(m.speaker).name if m.speaker else None
        for fact in facts:
            if _same_speaker(fact.speaker, speaker) and (similarity(fact.text, m.text) > 0.5
                                                         or fold(m.text) in fold(fact.text)
                                                         or fold(fact.text) in fold(m.text)):
                if len(m.text) > len(fact.text):
                    fact.text = m.text
                fact.evidence = unique_evidence([*fact.evidence, m.evidence])
                fact.sources = sources_of(fact.evidence)
                break
        else:
            facts.append(QuoteFact(id="", speaker=speaker, text=m.text, sources=[m.evidence.source],
                                   evidence=[m.evidence]))
    for i, fact in enumerate(facts, start=1):
        fact.id = f"Q{i}"
    return facts


def _same_speaker(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return same_person(a, b) or name_key(a) == name_key(b)


# --- overview ---------------------------------------------------------------------------------

def _figures(text: str) -> set[str]:
    """The numbers a sentence gives ('745', '1,000'): two sentences with the same figures repeat each other."""
    return {n.replace(",", "") for n in re.findall(r"\d[\d,]*", text) if len(n.replace(",", "")) >= 2}


OVERVIEW_POOL = 300


def merge_overview(all_mentions: list[ArticleMentions], limit: int = 12) -> list[OverviewSentence]:
    """The most central, non-redundant sentences across sources, best first.

    Centrality compares every candidate with every other, so only the OVERVIEW_POOL sentences that
    score best on their own take part: the cost stays flat however many articles there are."""
    candidates = sorted(((s, m.source) for m in all_mentions for s in m.sentences),
                        key=lambda c: (-c[0].score, source_number(c[1]), c[0].evidence.start))[:OVERVIEW_POOL]
    scored = []
    for sentence, source in candidates:
        others = [similarity(sentence.text, o.text) for o, src in candidates if src != source]
        centrality = sum(sorted(others, reverse=True)[:3])
        scored.append((sentence.score + centrality, sentence))
    scored.sort(key=lambda x: (-x[0], x[1].evidence.source, x[1].evidence.start))
    chosen: list[OverviewSentence] = []
    for _, sentence in scored:
        twin = next((c for c in chosen if similarity(c.text, sentence.text) > 0.45
                     or len(_figures(c.text) & _figures(sentence.text)) >= 2), None)
        if twin is not None:
            twin.evidence = unique_evidence([*twin.evidence, sentence.evidence])
            twin.sources = sources_of(twin.evidence)
            continue
        if len(chosen) < limit:
            chosen.append(OverviewSentence(text=sentence.text, sources=[sentence.evidence.source],
                                           evidence=[sentence.evidence]))
    return chosen
