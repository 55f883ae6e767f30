"""Whether a figure is this event's, now: not another event or period, a change, a rate or a projection.

- another event or period: the figure's clause hangs on a year or an earlier event ("since 1950,
  when a quake killed 6,200", "the 1998 floods, which left 3,000 dead"), is compared with it
  ("worse than ..."), or is dated before it ("since 2009", "last month", "the five-year war");
- a change: "an increase of 23", "rose by 14 to 96" (14), "23 more bodies were found";
- a rate: "600 gun deaths each year";
- a projection: "could rise to 20,000", "fears the toll may reach 1,000";
- superseded: "down from an earlier figure of 70"; set aside: "had earlier given a figure of".

``year`` is the year of the report when known: a year that is the report's own is this event's.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ...dates import WEEKDAYS
from ...lexicons import lexicon, words
from ..common import is_year_token, year_of
from .counted import counts_people

if TYPE_CHECKING:          # spaCy is imported by the pipeline only when a text must be parsed
    from spacy.tokens import Span, Token

    from ...nlp import ParsedArticle

MODALS = words("casualties", "modals")
PROJECTION_VERBS = words("casualties", "projection_verbs")
GROWTH_VERBS = words("casualties", "growth_verbs")
RISE_VERBS = words("casualties", "rise_verbs")
PAST_MARKERS = words("casualties", "past_markers")
LONG_SPANS = words("casualties", "long_spans")
RECORD_ORDINALS = words("casualties", "record_ordinals")
PERCEPTION_VERBS = words("casualties", "perception_verbs")
PAST_TIMES = words("casualties", "past_times")
LONG_PAST = words("casualties", "long_past_times")
SUPERSEDED = words("casualties", "superseded_words")
CHANGE_NOUNS = words("casualties", "change_nouns")
CHANGE_VERBS = words("casualties", "change_verbs")
INCREMENTS = words("casualties", "increment_words")
RATES = words("casualties", "rate_words")
# "600 deaths each year" (but "a month later", "a year ago" date the clause; they are no rate)
RATE = re.compile(" (?:" + "|".join(re.escape(r) for r in sorted(RATES, key=len, reverse=True))
                  + ") (?!later |ago |earlier |after |before )")
PERIOD_NOUNS = words("casualties", "period_nouns")
NATURAL_HAZARDS = words("casualties", "natural_hazard_nouns")
COMPARISONS = words("casualties", "comparison_words")
EARLIER = words("casualties", "earlier_words")
RETRACTING = words("casualties", "retracting_verbs")
LOWERING = words("casualties", "lowering_verbs")
UNCONFIRMED = words("casualties", "unconfirmed_words")
REPORTS = words("casualties", "report_nouns") | words("casualties", "figure_nouns")
# Recent periods of the past times, and the last day of each from a report's date: "displaced last
# month" may still be the event's own time when other reports of it are older than that day.
RECENT_PAST_ENDS = {
    "last month": lambda day: day.replace(day=1) - timedelta(days=1),
    "last week": lambda day: day - timedelta(days=day.weekday() + 1),
}
WHOLE_EVENTS = words("casualties", "whole_event_nouns")
TOPIC_PREPOSITIONS = words("casualties", "topic_prepositions")
TOPIC_NOUNS = words("casualties", "topic_nouns")
PRESENT_TIMES = words("casualties", "present_times")
RELATIVE_TIMES = words("casualties", "relative_times")
FIGURE_NOUNS = words("casualties", "figure_nouns")
REMAINING = words("casualties", "remaining_words")
CONDITION_NOUNS = words("casualties", "condition_nouns")
CONDITION_ADJECTIVES = words("casualties", "condition_adjectives")
_PERIODS = lexicon("casualties")["increment_periods"]
INCREMENT_PERIODS = frozenset(f"{p} the {t} {s}" for p in _PERIODS["prepositions"] for t in _PERIODS["times"]
                              for s in _PERIODS["spans"]) | frozenset(_PERIODS["phrases"])
EVENT_NOUNS = words("casualties", "event_nouns")
UNRELATED_MARKS = words("casualties", "unrelated_marks")
CLAUSE_DEPS = ("relcl", "advcl", "acl")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def is_other_event(number: Token, year: int | None = None) -> bool:
    """The figure belongs to another event or period than the one reported."""
    if _opens_with_other_year(number, year) or _goes_on_telling_another_time(number, year) \
            or _told_as_unrelated(number) \
            or _trails_a_dated_clause(number, year) \
            or _in_a_clause_about_a_dated_event(number, year) or any(
                _dated_before(verb, year) or _in_that_event(verb, year) or _subject_lost_to_a_dated_phrase(verb, year)
                or _of_an_event_of_another_time(verb, year) for verb in clause_verbs(number)):
        return True
    for head in number.ancestors:
        if _is_other_year(head, year) or head.lower_ in COMPARISONS \
                or head.lower_ in PAST_MARKERS and not _since_a_day_of_the_week(head, year):
            return True
        if _long_after(head):
            return True
        if head.pos_ in ("NOUN", "PROPN") and any(_is_other_year(c, year) for c in head.children):
            return True
        if head.pos_ in ("VERB", "AUX"):
            if head.dep_ in CLAUSE_DEPS and _names_other_time(head.head, year):
                return True          # "since 1950, when ...", "the 1998 floods, which left ..."
            if _dated_by_prep(head, year) or _when_after_year(head, year):
                return True
            if head.dep_ in CLAUSE_DEPS and head.head.dep_ == "pobj" and _dated_by_prep(head.head.head.head, year):
                return True          # "burst its banks in 2010 in floods that killed ..."
    return False


def recent_past_end(number: Token, report: str | None) -> str | None:
    """'were displaced in Goma last month' in a report of 4 February, 'the toll from last week's
    quake': the last day of the recent period the figure's clause is dated to ('2025-01-31'), when that
    is all that dates it (no year, no 'since'); None otherwise or when the report is undated."""
    sent = number.sent
    if report is None or any(is_year_token(t) or t.lower_ in PAST_MARKERS for t in sent):
        return None
    told = " ".join(t.lower_ for verb in clause_verbs(number) for c in verb.children
                    if c.dep_ in ("npadvmod", "advmod", "prep", "nsubj", "nsubjpass") for t in c.subtree)
    return next((end(date.fromisoformat(report)).isoformat() for phrase, end in RECENT_PAST_ENDS.items()
                 if phrase in told), None)


# Full month names and their numbers: "in March" dates a clause. Not "may", too often another word.
MONTH_NUMBERS = {m: n for n, m in enumerate(lexicon("numbers")["months"][:12], start=1) if m != "may"}


def named_month_end(number: Token, report: str | None) -> str | None:
    """'died when an airstrike hit the theatre in March' in a report of 10 April: the last day of
    the month the clause names alone (no day, no year), when that month ended before the report's;
    so too 'the November assaults on Paris, which killed 130', the month of the event a clause is
    about. In an undated report, the month alone ('--11'). Like a recent period, it may still be
    the event's own time: merging decides."""
    month = next((m for verb in clause_verbs(number)[:2] if (m := _month_of(verb)) is not None), None)
    if month is None:
        return None
    if report is None:
        return f"--{month:02d}"
    day = date.fromisoformat(report)
    if month == day.month:
        return None
    year = day.year if month < day.month else day.year - 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).isoformat()


def _month_of(verb: Token) -> int | None:
    """The month a clause is dated to by its name alone: its own ('in March'), or that of the event
    noun it tells of, its subject ('a landslide in December killed 12') or the noun a relative clause
    hangs on ('the November assaults ..., which killed 130', 'attacks in November in which 130 died')."""
    dates = _own_dates(verb)
    if len(dates) == 1 and dates[0].lower_ in MONTH_NUMBERS:
        return MONTH_NUMBERS[dates[0].lower_]
    events = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and _is_event_noun(c)]
    told = _event_told_of(verb)
    events += [told] if told is not None else []
    months = [t for noun in events for t in _own_words(noun) if t.lower_ in MONTH_NUMBERS and t.ent_type_ == "DATE"
              and not any(c.like_num for c in t.children)]
    return MONTH_NUMBERS[months[0].lower_] if len(months) == 1 else None


def _event_told_of(verb: Token) -> Token | None:
    """The event noun a relative clause tells of: 'the November assaults on Paris, which killed 130',
    'a fire in Karachi last year that killed 260' (the parser may hang the clause on a place)."""
    if verb.dep_ not in ("relcl", "acl"):
        return None
    noun = verb.head
    while noun.dep_ in ("pobj", "appos") and noun.head.dep_ in ("prep", "pobj") and not _is_event_noun(noun):
        noun = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun if _is_event_noun(noun) else None


def _of_an_event_of_another_time(verb: Token, year: int | None) -> bool:
    """'far surpassing a fire in Karachi last year that killed 260': the event the clause tells of is
    dated to another year or an earlier time."""
    event = _event_told_of(verb)
    if event is None:
        return False
    between = event.doc[event.i:verb.i]                # (the parser may hang the time on the main verb)
    words_ = " ".join(t.lower_ for t in between)
    return any(f" {p} " in f" {words_} " for p in PAST_TIMES) or any(_is_other_year(t, year) for t in between)


def _since_a_day_of_the_week(marker: Token, year: int | None) -> bool:
    """'anger has grown since Tuesday's explosion killed 153': since a day of this week, which is the
    event's own time, not another event's."""
    own = _own_words(marker)
    return any(t.lower_ in WEEKDAYS for t in own) and not any(_is_other_year(t, year) for t in own)


def _long_after(token: Token) -> bool:
    """'three years after a dam burst ..., killing 19', 'months after floods that killed 40': what
    happened that long before the event reported is another event."""
    after = token if token.lower_ in ("after", "since") else next(
        (c for c in token.children if c.dep_ == "mark" and c.lower_ in ("after", "since")), None)
    if after is None:
        return False
    # the span hangs on the word, on its verb, or beside it ("Months after floods ..., the river rose")
    spans = [c for c in [*after.children, *token.children, *after.head.children] if c.dep_ == "npadvmod"]
    return any(c.lemma_.lower() in LONG_SPANS for c in spans)


def _in_that_event(verb: Token, year: int | None) -> bool:
    """'1.5 million were made homeless in that disaster' after a sentence on the 2010 quake: the
    event pointed back to is the other year's."""
    pointed = [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
               and g.lemma_.lower() in WHOLE_EVENTS and any(d.lower_ in ("that", "those") for d in g.children)]
    if not pointed:
        return False
    sent = verb.sent
    before = list(verb.doc[sent.start - 1].sent) if sent.start > 0 else []
    return any(_is_other_year(t, year) for t in before)


def is_other_time(verb: Token, year: int | None = None) -> bool:
    """An act or a statement of another time: 'in 2010 the government declared', 'last year it sent'."""
    return _dated_by_prep(verb, year) or _dated_before(verb, year) or is_other_event(verb, year)


def _opens_with_other_year(number: Token, year: int | None) -> bool:
    """'In 1991, a cyclone and the storm surge it brought killed about 140,000', 'Last September, a
    cyclone ...': a sentence framed by another year or an earlier time, whatever the parse makes of it."""
    return _framed_by_other_time(number.sent, year, number.i)


def _goes_on_telling_another_time(number: Token, year: int | None) -> bool:
    """'In October 2002, militants took 800 hostages. Two days later, forces stormed the building. In the
    fight, 129 hostages died': a sentence with no time of its own, or only one counted from the last
    ('two days later'), goes on with the story of the sentences before it in its paragraph."""
    sent = number.sent
    if year is None or _has_own_time(sent):
        return False
    while sent.start > 0:
        sent = sent.doc[sent.start - 1].sent
        if _framed_by_other_time(sent, year, sent.end) or _dated_by_prep(sent.root, year):
            return True
        if _has_own_time(sent):
            return False
    return False


def _told_as_unrelated(number: Token) -> bool:
    """'Eight people were killed in that fighting, in a clash unrelated to the landslide': the sentence
    says its figures are of something else."""
    text = number.sent.text.lower()
    return any(mark in text for mark in UNRELATED_MARKS)


def _trails_a_dated_clause(number: Token, year: int | None) -> bool:
    """'... since Cyclone Eline struck the country in February 2000, claiming at least 800 lives': a
    participle right after a comma goes with the clause just before it, wherever the parser hung it;
    that clause, back to its verb, names another year."""
    verb = next((h for h in number.ancestors if h.pos_ == "VERB"), None)
    if verb is None or verb.tag_ != "VBG" or verb.i < 2 or verb.doc[verb.i - 1].text != ",":
        return False
    dated = False
    for token in reversed(verb.doc[verb.sent.start:verb.i - 1]):
        if token.pos_ in ("VERB", "AUX"):
            return dated
        if token.text in (",", ";", ":"):
            return False             # not a clause: "Floods hit the town, the worst since 2010, killing 30"
        dated = dated or _is_other_year(token, year)
    return False


def _in_a_clause_about_a_dated_event(number: Token, year: int | None) -> bool:
    """'the confusion that followed the 2010 earthquake, when aid was slow after 300,000 were killed': the
    figure's clause hangs on a verb whose subject or object is an event of another year."""
    verbs = [h for h in number.ancestors if h.pos_ in ("VERB", "AUX")]
    return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in WHOLE_EVENTS
               and any(_is_other_year(g, year) for g in c.children) for verb in verbs[1:] for c in verb.children)


def _has_own_time(sent: Span) -> bool:
    """A date or time of its own ('on Saturday', 'this time'), not one counted from another ('a day later')."""
    text = f" {' '.join(t.lower_ for t in sent)} "
    return any(f" {p} " in text for p in PRESENT_TIMES) or any(
        e.label_ in ("DATE", "TIME") and not any(t.lower_ in RELATIVE_TIMES for t in e) for e in sent.ents)


def _framed_by_other_time(sent: Span, year: int | None, before: int) -> bool:
    """The sentence opens on another year or an earlier time, before the token at ``before``."""
    opening = sent.doc[sent.start:min(sent.end, sent.start + 8)]
    # the comma that ends the frame, not one inside its date ("On December 26, 2004, a quake ...")
    comma = next((t.i for t in opening if t.text == "," and not (t.i + 1 < sent.end and is_year_token(t.doc[t.i + 1]))),
                 None)
    if comma is None or comma >= before:
        return False
    framing = [t for t in opening if t.i < comma]
    words_ = " ".join(t.lower_ for t in framing)
    if not any(t.pos_ in ("VERB", "AUX") for t in framing) and any(f" {p} " in f" {words_} " for p in PAST_TIMES):
        return True                  # "Last September, ...", "Two years ago, ..."
    # "In 1991,", "On December 26, 2004,", "Back in 2010,", "Previously, in 2012" (no verb of its own)
    prep = next((i for i, t in enumerate(framing) if t.lower_ in ("in", "on", "during", "by", "back", "since")), None)
    if prep is None or any(t.pos_ in ("VERB", "AUX") for t in framing) or \
            any(t.pos_ not in ("ADV", "PUNCT") for t in framing[:prep]):
        return False
    return any(_is_other_year(t, year) for t in framing)


def _when_after_year(verb: Token, year: int | None) -> bool:
    """'Like in 2014, when 60 villagers were killed', 'the chaos after the 2010 quake, when aid was slow and
    300,000 were killed': a 'when' clause right after a year or an event of one, on the verb or on a
    clause of it."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
    when = next((c for v in clauses for c in v.children if c.lower_ == "when" and c.tag_ == "WRB"), None)
    if when is None or when.i < 2:
        return False
    before = when.doc[when.i - 2:when.i]
    return before[-1].text == "," and (_is_other_year(before[0], year) or before[0].lemma_.lower() in WHOLE_EVENTS
                                       and any(_is_other_year(c, year) for c in before[0].children))


def _is_other_year(token: Token, year: int | None) -> bool:
    return is_year_token(token) and (year is None or year_of(token) != year)


def _names_other_time(token: Token, year: int | None) -> bool:
    """A year, a date with a year, or an event noun dated by one ('the 2015 bombing', 'March 2011')."""
    if _is_other_year(token, year):
        return True
    near = [token, *token.children]
    if any(_is_other_year(t, year) for t in near):
        return True
    if token.lemma_.lower() in PERIOD_NOUNS and _long_period(token):
        return True
    return any(c.dep_ == "amod" and c.lower_ in SUPERSEDED | {"last", "previous", "similar"} for c in token.children)


def _long_period(noun: Token) -> bool:
    """'the five-year war', 'the 13-year civil war', 'a decade-long insurgency'."""
    return any(t.lower_ in ("year", "years", "decade", "decades", "decade-long") for t in noun.subtree if t.i < noun.i)


def _dated_by_prep(verb: Token, year: int | None) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "during"):
            if any(_is_other_year(g, year) for g in child.subtree):
                return True
    return False


def clause_verbs(token: Token) -> list[Token]:
    """The verbs a figure's clause hangs on: its verb, the verbs coordinated with it, and the verbs
    that report it ('claimed ... that it had killed')."""
    verb = next((h for h in token.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    # "400,000 killed and millions displaced since the war started in 2011": the time of the last
    # conjunct is the whole coordination's
    verbs += [a for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
              for a in c.children if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB"]
    node = verb
    while node.dep_ in ("conj", "ccomp", "xcomp", "advcl", "relcl") and node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            verbs.append(node)
    return verbs


def _dated_before(verb: Token, year: int | None) -> bool:
    """'since 2009', 'since the conflict began in March 2011', 'last month', 'two years ago', 'in the
    five-year war' on the verb itself."""
    present = any(c.lower_ in PRESENT_TIMES for c in verb.children if c.dep_ in ("npadvmod", "advmod"))
    for child in verb.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod", "advcl", "nsubj"):
            continue
        subtree = list(child.subtree)
        words_ = " ".join(t.lower_ for t in subtree)
        since = child.lower_ in PAST_MARKERS or any(c.dep_ == "mark" and c.lower_ in PAST_MARKERS for c in child.children)
        if since and (any(_is_other_year(t, year) or t.lemma_.lower() in PERIOD_NOUNS and _long_period(t)
                          for t in subtree) or any(f" {p} " in f" {words_} " for p in LONG_PAST)):
            return True              # "since 2011", "since the start of the five-year war", "since June last year"
        if child.dep_ in ("prep", "npadvmod", "advmod") and not (since or present or _names_an_event(child)) \
                and any(f" {p} " in f" {words_} " for p in PAST_TIMES):
            return True              # "last month" (but "since last month" runs up to now)
        if child.dep_ == "nsubj" and any(_is_other_year(t, year) for t in _own_words(child)):
            return True              # "the 2012 violence displaced 130,000"
        if child.dep_ == "advcl" and any(c.lower_ == "when" for c in child.children) and _dated_by_prep(child, year):
            return True              # "600 people died there when Cyclone Idai struck in 2019"
        if child.dep_ == "nsubj" and _subject_of_past_time(child):
            return True              # "last year's floods killed 1,180"
        periods = [child] if child.dep_ == "nsubj" else [c for c in child.children if c.dep_ == "pobj"] \
            if child.dep_ == "prep" else []
        periods = [p for p in periods if p.lemma_.lower() in PERIOD_NOUNS]
        if any(_long_period(p) or _dated_period(p, year) for p in periods):
            return True              # "in the five-year war", "the 13-year war has killed ..."
    return False


def _subject_lost_to_a_dated_phrase(verb: Token, year: int | None) -> bool:
    """'... the deadliest since a 1999 tremor in Colombia killed 1,000': the parser hung the subject
    on 'since' and left the verb with none. The words right before a past verb with no subject, back
    to the previous verb or comma, name another year."""
    if verb.tag_ != "VBD" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return False
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.pos_ in ("VERB", "AUX", "ADJ") or token.text in (",", ";", ":"):
            return False
        if _is_other_year(token, year):
            return True
    return False


def _subject_of_past_time(subject: Token) -> bool:
    """'Last year's monsoon', 'the previous year's floods': a subject its own words date to another
    time (not a clause inside it: 'officials who arrived last month', 'the toll of a storm that hit
    last month')."""
    own = " ".join(t.lower_ for t in _own_words(subject))
    return any(f" {p} " in f" {own} " for p in PAST_TIMES)


def _own_words(phrase: Token) -> list[Token]:
    """The words of a phrase outside the clauses inside it ('rescuers who remember the 2010 quake')."""
    clauses = {t.i for c in phrase.subtree if c.dep_ in CLAUSE_DEPS and c is not phrase for t in c.subtree}
    return [t for t in phrase.subtree if t.i not in clauses]


def _dated_period(noun: Token, year: int | None) -> bool:
    return any(_is_other_year(t, year) for t in noun.subtree)


def is_change(first: Token, number: Token, noun: Token | None, follows_other_status: bool,
              own: set[int] = frozenset()) -> bool:
    """'an increase of 23', 'rose by 14', '23 more bodies', 'a further 15 deaths': a change, not a
    total. ``first`` is the first word of the figure, ``own`` the positions of its words. 'killed 22
    and injured dozens more' is other people, not a change: the figure before it has another status."""
    doc = first.doc
    before = [t for t in doc[max(first.sent.start, first.i - 2):first.i]]
    if before and before[-1].lower_ == "by" and any(a.lemma_.lower() in CHANGE_VERBS for a in number.ancestors):
        return True
    if len(before) == 2 and before[-1].lower_ == "of" and before[0].lemma_.lower() in CHANGE_NOUNS:
        return True
    if _in_increment_period(number, noun):
        return True
    if follows_other_status:
        return False
    near = [t for t in [*number.children, *(noun.children if noun is not None else [])] if t.i not in own]
    if any(t.lower_ in INCREMENTS and t.dep_ in ("amod", "advmod", "det", "quantmod", "nummod") for t in near):
        return True
    last = max(own) if own else number.i
    after = doc[last + 1] if last + 1 < len(doc) else None
    return after is not None and after.lower_ in INCREMENTS - {"new"}


def is_rate(number: Token) -> bool:
    """'600 gun deaths each year', 'killing 30 people a day': a rate, not a toll."""
    verb = next((h for h in [number, *number.ancestors] if h.pos_ in ("VERB", "AUX")), number.head)
    text = " " + " ".join(t.lower_ for t in verb.subtree) + " "
    return RATE.search(text) is not None


CONDITION_MARKS = words("casualties", "condition_marks")
BEYOND = ("beyond", "past", "above", "over")


def is_projection(number: Token, noun: Token | None) -> bool:
    """'could rise to 20,000', 'fears the toll may reach 1,000', 'up to 20,000 feared dead'."""
    top = noun if noun is not None else number
    head = top if top.dep_ == "prep" and top.lower_ in BEYOND else top.head    # "above 300" parsed with "above" on top
    beyond = head.dep_ == "prep" and head.lower_ in BEYOND                    # "could be beyond 1,000"
    if head.dep_ == "prep" and head.lower_ == "to" or beyond or top.dep_ in ("dobj", "attr"):
        verb = head.head if head.dep_ == "prep" else head
        if verb.lemma_.lower() in GROWTH_VERBS or beyond or top.dep_ in ("dobj", "attr"):
            if any(c.lower_ in MODALS for c in verb.children if c.dep_ == "aux"):
                return True
            if verb.head.lemma_.lower() in PROJECTION_VERBS:
                return True
    # "up to 20,000 feared dead", "the 1,000 predicted by the president"
    return any(c.lower_ in ("feared", "expected", "projected") or c.dep_ == "acl" and c.lemma_.lower() in PROJECTION_VERBS
               for c in top.children) or _is_condition(top)


def is_told_as_rise(number: Token, noun: Token | None) -> bool:
    """'The death toll rose to 137', 'has climbed to 80', 'deaths reached 52': the report updates the toll."""
    top = noun if noun is not None else number
    head = top.head
    verb = head.head if head.dep_ == "prep" and head.lower_ == "to" else head if top.dep_ == "dobj" else None
    return verb is not None and verb.lemma_.lower() in RISE_VERBS and verb.pos_ in ("VERB", "AUX")


def _is_condition(token: Token) -> bool:
    """'If the death toll does reach 10,000, ...', 'unless 2,000 more are evacuated': a figure of a
    condition is supposed, not reported."""
    verb = next((h for h in token.ancestors if h.pos_ in ("VERB", "AUX") and h.dep_ not in ("aux", "auxpass")), None)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def is_possible(cue: Token | None) -> bool:
    """'1,000 people could have died', 'hundreds may have been killed': the verb that gives the
    status is put as a possibility, '1,000 could be dead' (not 'could see its toll of 33,000 double':
    that toll is given)."""
    if cue is not None and cue.dep_ == "acomp" and cue.head.lemma_ == "be":
        cue = cue.head                       # "1,000 people could be dead"
    return cue is not None and cue.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in MODALS - {"can"} for c in cue.children)


def is_superseded(number: Token, noun: Token | None) -> bool:
    """'down from an earlier figure of 70', 'revised from 80', 'would be 253 and not 359': a figure
    the report itself replaces."""
    start = min(t.i for t in number.subtree if t.i <= number.i and t.lower_ != "not")   # "not" may hang on it
    before = " ".join(t.lower_ for t in number.doc[max(number.sent.start, start - 2):start])
    if before.endswith("not") or before in ("rather than", "instead of"):
        return True
    people = noun is not None and counts_people(noun) and noun.lemma_.lower() not in FIGURE_NOUNS
    for token in [number, *([noun] if noun is not None and not people else [])]:   # not "eight former officials"
        if any(c.dep_ == "amod" and c.lower_ in SUPERSEDED for c in token.children):
            return True
    for head in number.ancestors:
        if head.lower_ == "from" and _changed_from(head) and not _risen_from(head):
            return True              # "down from 70", "revised from 80"; "up from 413" was true in its time
        if head.pos_ in ("NOUN", "PROPN") and not (people and head.i == noun.i) and any(
                c.dep_ == "amod" and c.lower_ in SUPERSEDED for c in head.children):
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
    return False


def _changed_from(preposition: Token) -> bool:
    return preposition.head.lower_ in ("down", "up") or preposition.head.lemma_.lower() in CHANGE_VERBS


def _risen_from(preposition: Token) -> bool:
    """'up from 413', 'rose to 480 from 413': the toll before a rise, an older figure, not a wrong one."""
    verb = preposition.head
    return verb.lower_ == "up" or verb.lemma_.lower() in GROWTH_VERBS and verb.lemma_.lower() != "go"


def is_lowered(number: Token) -> bool:
    """'revised the toll down to 253', 'lowers toll to 253', 'brought the number down to 253': the
    figure a toll was brought down to."""
    top = number.head if number.dep_ == "nummod" else number
    if top.dep_ != "pobj" or top.head.lower_ != "to":
        return False
    to = top.head
    if to.head.lower_ == "down":
        return True
    verb = next((h for h in to.ancestors if h.pos_ == "VERB"), None)
    return verb is not None and (verb.lemma_.lower() in LOWERING
                                 or any(c.lower_ == "down" and c.dep_ in ("prt", "advmod") for c in verb.children))


def is_unconfirmed(number: Token) -> bool:
    """'some unconfirmed reports suggested 276 fatalities', 'an unverified toll of 276': a figure its
    teller does not stand by, which cannot tell when its report was written."""
    own = [number, *([number.head] if number.dep_ == "nummod" else []),
           *([number.head.head] if number.dep_ == "pobj" and number.head.lower_ == "of" else [])]
    tellers = [c for verb in _telling_verbs(number) for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return any(c.dep_ == "amod" and c.lower_ in UNCONFIRMED for t in own + tellers for c in t.children)


def is_set_aside(number: Token) -> bool:
    """'had earlier given a figure of 20,534', 'had initially reported 40', 'previously put the toll at
    5,500', 'earlier reports had put the number at 228', 'had spoken of 220 dead, but ...', 'up from
    413': an older figure the report mentions beside its current one."""
    for verb in _telling_verbs(number):
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)
        if (perfect or verb.tag_ == "VBD") and any(c.dep_ == "advmod" and c.lower_ in EARLIER and not list(c.children)
                                                   for c in verb.children):
            return True                      # "had earlier given", "previously put the toll at 5,500";
                                             # not "had died earlier in the day"
        if perfect and verb.tag_ == "VBN" and any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children) \
                and any(c.dep_ == "conj" and c.i > number.i for c in verb.children):
            return True                      # "the governor had spoken of 220 dead, but the ministry's count was 171"
    for head in number.ancestors:
        if head.lower_ == "from" and _risen_from(head):
            return True                      # "the toll stood at 480, up from the 413 announced on Monday"
        if head.pos_ in ("VERB", "AUX"):
            break
    for verb in (h for h in number.ancestors if h.pos_ in ("VERB", "AUX")):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.tag_ in ("VBD", "VBN") and subject is not None and subject.lower_ in REPORTS and any(
                c.dep_ == "amod" and c.lower_ in SUPERSEDED | EARLIER for c in subject.children):
            return True                      # "earlier reports had put the number at 228, with 450 wounded"
    return False


def is_retracted(number: Token) -> bool:
    """'gave a figure of 9,000 injured, but later retracted it': a figure its teller takes back was never
    a count of the event (it may have counted something else), so it is no figure at all."""
    return any(c.dep_ == "conj" and c.lemma_.lower() in RETRACTING for verb in _telling_verbs(number)
               for c in verb.children)


def _telling_verbs(number: Token) -> list[Token]:
    """The verb of a figure and, for a clause of report, the report: 'had originally said over 2,000 people
    had been killed'."""
    verb = next((h for h in number.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [verb, *([verb.head] if verb.dep_ in ("ccomp", "xcomp") else [])]


def is_remaining(number: Token) -> bool:
    """'63 remain in hospital', '20 are still in critical care', '29 were in serious condition': those
    still in a state, a part of all who were in it."""
    counted = number.head if number.dep_ == "nummod" else number
    if _states_of(counted) or _still_held(counted):
        return True                          # "with 24 people in critical condition", "two now in custody"
    if counted.dep_ == "pobj" and counted.head.lower_ == "of" and counted.head.head.lower_ == "out":
        return False                         # "59 are still in hospital, out of 308 people injured": the whole
    verb = next((h for h in [number, *number.ancestors] if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    return verb.lemma_.lower() in REMAINING or any(c.dep_ == "advmod" and c.lower_ in REMAINING
                                                   for c in verb.children) or _in_a_condition(verb)


def _in_a_condition(verb: Token) -> bool:
    """'were in serious condition', 'are in intensive care', 'five are critical'."""
    if verb.lemma_ != "be":
        return False
    states = [c for c in verb.children if c.dep_ == "acomp"]
    return any(s.lower_ in CONDITION_ADJECTIVES for s in states) or _states_of(verb)


def _still_held(token: Token) -> bool:
    """'the two other people now in custody', 'three still in detention': those held now, a part of
    all who were arrested."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(a.lower_ in REMAINING | {"now"} for a in c.children)
               for c in token.children)


def _states_of(token: Token) -> bool:
    """An 'in' phrase of a condition on the token: 'in serious condition', 'in intensive care'."""
    states = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for o in c.children
              if o.dep_ == "pobj"]
    return any(s.lemma_.lower() in CONDITION_NOUNS or s.lower_ in CONDITION_ADJECTIVES for s in states)


def _in_increment_period(number: Token, noun: Token | None) -> bool:
    """'34 people died in the last 24 hours', '75 deaths recorded in the past day': the day's increment.
    The total it brings the toll to ('taking the toll to 937') is not."""
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "at") or \
            (noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in ("to", "at")):
        return False
    top = noun if noun is not None else number
    verb = next((c for c in top.children if c.dep_ == "acl" and c.pos_ == "VERB"), None) or \
        next((h for h in [top, *top.ancestors] if h.pos_ in ("VERB", "AUX")), None)    # "75 deaths recorded"
    if verb is None or verb.lemma_.lower() in GROWTH_VERBS | CHANGE_VERBS:
        return False
    # not the breakdown it heads: "killed 1,033, including 16 in the past day" is no day's figure
    breakdown = {t.i for c in top.children if c.lower_ in ("including", "among") for t in c.subtree}
    opens = [c.i for c in [*top.children, *verb.children] if c.lower_ in ("including", "among")]
    cut = min(opens, default=len(top.doc))     # the parser may hang the breakdown's phrases on the verb
    if top.i > cut:
        breakdown, cut = set(), len(top.doc)   # the figure is the breakdown's own: "among them 30 in the last day"
    spans = [top.subtree, *(c.subtree for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
                            and c.i < cut)]
    text = " ".join(" ".join(t.lower_ for t in span if t.i not in breakdown) for span in spans)
    return any(period in text for period in INCREMENT_PERIODS)


def is_war_wide(number: Token, noun: Token | None, cue: Token | None) -> bool:
    """A toll of a whole war, not of one of its events: the war is what killed ('the conflict has
    killed 280,000', 'a conflict that has killed 100,000'), or the figure is of the war ('killed in the
    war', 'the death toll of the conflict'). Whether that is the brief's event is decided per article."""
    top = noun if noun is not None else number
    holders = [top, *([cue] if cue is not None else [])]
    # the verb of the status, or the verb above a status noun ("a war that cost 2,400 lives")
    verb = cue if cue is not None and cue.pos_ == "VERB" else cue.head if cue is not None and cue.head.pos_ == "VERB" \
        else None
    if verb is not None:
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in PERIOD_NOUNS:
            return True
        if any(c.dep_ == "nsubj" and _is_period(c) for c in verb.children):
            return True
    for token in holders:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "during", "of", "from", "since"):
                if any(g.dep_ == "pobj" and g.lemma_.lower() in PERIOD_NOUNS for g in child.children):
                    return True
    return False


def headline_names_a_hazard(parsed: ParsedArticle) -> bool:
    """The article's headline names a natural hazard ('Quake toll tops 3,000', 'Floods displace
    thousands'): its event is that hazard, and a whole war's figures in it are background."""
    return any(t.lemma_.lower() in NATURAL_HAZARDS or t.lower_ in NATURAL_HAZARDS
               for pb, sent in parsed.sentences(("headline",)) for t in sent)


def _is_period(noun: Token) -> bool:
    """'the conflict', 'years of war', 'a decade of fighting'."""
    return noun.lemma_.lower() in PERIOD_NOUNS or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in PERIOD_NOUNS
                                                      for g in c.children) for c in noun.children)


# A calendar day this far before the report dates a figure to an earlier event, not this one.
EARLIER_EVENT_DAYS = 7


def is_dated_earlier(number: Token, report: str | None) -> bool:
    """'On October 13, state media reported that four people had been killed' in a report of 27
    October: the clause is dated to a day a week or more before the report, so its toll is an earlier
    event's. A 'since' date runs up to the report and does not count."""
    if report is None:
        return False
    from ...dates import days_before, named_day       # the date reader, needed only for dated reports

    for verb in clause_verbs(number)[:2]:
        day = named_day(" ".join(t.text for t in _own_dates(verb)), report)
        if day is not None and days_before(day, report) >= EARLIER_EVENT_DAYS:
            return True
    return False


def _own_dates(verb: Token) -> list[Token]:
    """The date words of a clause, not of a 'since' phrase or of a clause inside it."""
    skip: set[int] = set()
    for token in verb.subtree:
        since_clause = any(c.dep_ == "mark" and c.lower_ in PAST_MARKERS for c in token.children)
        if token.i != verb.i and (token.lower_ in PAST_MARKERS or since_clause or _names_an_event(token)
                                  or token.dep_ in ("relcl", "ccomp", "parataxis")):
            skip.update(t.i for t in token.subtree)
    # a date the clause names in a phrase ("on October 13"), not a dateline or byline run into it, nor
    # the date of an event a noun names ("those killed in the March 28 earthquake")
    # (nor "the quake and tsunami on Sept. 28", "5,000 victims ... on Sept. 28": the date of the event, or
    # of the people counted)
    return [t for t in verb.subtree if t.i not in skip and t.ent_type_ == "DATE" and not _dates_a_noun(t)
            and any(a.dep_ == "prep" and a.lower_ in ("on", "in") and a.i in {s.i for s in verb.subtree}
                    and not _is_event_noun(a.head) and not _is_counted(a.head) for a in t.ancestors)]


def _is_counted(token: Token) -> bool:
    return token.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in token.children)


def _is_event_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in WHOLE_EVENTS or token.lower_ in EVENT_NOUNS)


def _dates_a_noun(date: Token) -> bool:
    """'the March 28 earthquake', 'last month's attack': the date modifies a noun, not the clause."""
    top = date
    while top.head.i != top.i and top.head.ent_type_ == "DATE":
        top = top.head
    return top.dep_ in ("nmod", "compound", "poss", "amod") and top.head.pos_ in ("NOUN", "PROPN")


def _names_an_event(token: Token) -> bool:
    """'in connection with the accident', 'over last month's attack': a phrase that names the event a
    clause is about, whose date is the event's."""
    if token.dep_ != "prep":
        return token.lemma_.lower() in TOPIC_NOUNS and token.dep_ == "pobj"
    objects = [c.lemma_.lower() for c in token.children if c.dep_ == "pobj"]
    return any(o in TOPIC_NOUNS for o in objects) or token.lower_ in TOPIC_PREPOSITIONS and any(
        o in WHOLE_EVENTS for o in objects)


def is_series_tally(number: Token) -> bool:
    """'has carried out at least 10 attacks this year, killing more than 200 people': a tally over
    several events, not the toll of one."""
    for verb in clause_verbs(number)[:3]:
        for child in verb.children:
            if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lemma_.lower() in EVENT_NOUNS \
                    and child.tag_ in ("NNS", "NNPS"):
                counts = [c for c in child.children if c.dep_ == "nummod" and c.like_num]
                if counts and not any(c.lower_ in ("one", "1") for c in counts):
                    return True
    return False


def is_record_threshold(number: Token, year: int | None) -> bool:
    """'the first quake to claim more than 100 lives since 2016': a bound set for a comparison with
    other events ('the first ... to', '... since' another year), not a count of this one."""
    verb = next((h for h in number.ancestors if h.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    since = any(c.lower_ == "since" and any(_is_other_year(t, year) for t in c.subtree) for c in verb.children)
    record = verb.dep_ in ("xcomp", "acl", "relcl") and any(
        c.dep_ == "amod" and (c.lower_ in RECORD_ORDINALS or c.tag_ == "JJS") for c in _noun_or_attr(verb).children)
    return since or record


def _noun_or_attr(verb: Token) -> Token:
    """The noun an infinitive describes: 'the first earthquake to claim', 'became the first quake to'."""
    head = verb.head
    if head.pos_ in ("VERB", "AUX"):
        return next((c for c in head.children if c.dep_ in ("attr", "dobj")), head)
    return head


def is_witnessed(number: Token) -> bool:
    """'I saw 10-15 people dead', 'we watched dozens being pulled out': what one witness saw is an
    account, not a count of the event."""
    for head in [h for h in number.ancestors if h.pos_ in ("VERB", "AUX")][:3]:
        if head.lemma_.lower() in PERCEPTION_VERBS and any(
                c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in head.children):
            return True
    return False
