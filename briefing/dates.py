"""The date of a report, wherever the article gives it, and the days its text names resolved against it.

An article is dated, in this order, by its front matter ("date: 2021-05-03", "May 3, 2021",
"03/05/2021"), a byline line ("Published 8:14 PM, 3 May 2021", "Posted on April 4 2017"), a wire
dateline ("NAIROBI, May 3, 2021 (Reuters) -"), or a full date in its opening text. Each date
records how it was found. A date without a year ("Feb 12") is not enough to date a report.
dateparser does the reading; numeric dates are read day first (03/05/2021 is 3 May).
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import lexicon

_MONTHS = "|".join(m.capitalize() for m in lexicon("numbers")["months"])
_MONTH = rf"(?:{_MONTHS}|{_MONTHS.upper()})[a-z]*\.?"
# A full date as text writes it: "3 May 2021", "May 3, 2021", "2021-05-03", "03/05/2021".
FULL_DATE = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?:19|20)\d\d"
                       rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d"
                       rf"|(?:19|20)\d\d-\d\d-\d\d"
                       rf"|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d)\b")
# A day named by its month: "October 13", "13 October", "Oct. 13, 2016".
MONTH_DAY = re.compile(rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
                       rf"(?:,?\s+(?:19|20)\d\d)?")
BYLINE = re.compile(r"^\W*(?:published|posted|updated|last updated|first published|date of publication|date|"
                    r"filed|issued)\b", re.I)
# A wire dateline: a place in capitals, then the date, before the story: "NAIROBI, May 3, 2021 (Reuters) -".
DATELINE = re.compile(r"^[A-Z][A-Z .'’-]{2,40},")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
OPENING = 400          # characters of the article body in which a date can date the report
# Words before a date that make it a day the text tells of ("struck on 6 February 2023"), and words
# that open a caption ("Photo: ...").
DAY_PREPOSITIONS = frozenset(lexicon("numbers")["day_prepositions"])
CAPTION_WORDS = frozenset(lexicon("numbers")["caption_words"])
SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class ReportDate:
    iso: str           # YYYY-MM-DD
    found_in: str      # front matter | byline | dateline | opening text


def report_date(front: dict, body: str) -> ReportDate | None:
    """The date of the report: from its front matter, else from the first lines of its body."""
    value = front.get("date") or front.get("published") or front.get("pubdate")
    if isinstance(value, datetime.datetime | datetime.date):
        return ReportDate(value.isoformat()[:10], "front matter")
    if value is not None:
        iso = read_date(str(value))
        return ReportDate(iso, "front matter") if iso else None
    head = body[:OPENING]
    for line in head.split("\n"):
        match = FULL_DATE.search(line)
        if match is None:
            continue
        iso = read_date(match.group())
        if iso is None:
            continue
        if BYLINE.match(line):
            return ReportDate(iso, "byline")
        if DATELINE.match(line) and match.start() < 40:
            return ReportDate(iso, "dateline")
        if not _tells_of_a_day(line, match.start()):
            return ReportDate(iso, "opening text")
    return None


def _tells_of_a_day(line: str, at: int) -> bool:
    """'The quake struck on 6 February 2023', 'Photo: rescuers at the mall on 21st September 2013': a
    date inside a sentence or a caption is the day of something told, not of the report."""
    before = line[:at].split()
    return bool(before) and (before[-1].lower().strip(",") in DAY_PREPOSITIONS
                             or before[0].lower().rstrip(":") in CAPTION_WORDS)


@lru_cache(maxsize=4096)
def read_date(text: str) -> str | None:
    """'May 3, 2021', '3 May 2021', '2021-05-03', '03/05/2021' -> '2021-05-03'; None without a full date."""
    text = " ".join(text.split())
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
        try:
            return datetime.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            return None
    import dateparser        # imported when an article must be dated from text: most builds never need it

    parsed = dateparser.parse(text, languages=["en"], settings=SETTINGS)
    return parsed.date().isoformat() if parsed is not None else None


@lru_cache(maxsize=4096)
def resolve_day(phrase: str, report: str) -> str | None:
    """A day the text names, against the report's date: 'yesterday', 'on Sunday', 'last Tuesday',
    '12 March' -> ISO. A weekday is the last one on or before the report."""
    words = re.sub(r"^(?:on|last|this|since)\s+", "", phrase.strip(), flags=re.I)
    base = datetime.datetime.fromisoformat(report)
    if words.lower() in WEEKDAYS:            # the last such day on or before the report: its own day counts
        back = (base.weekday() - WEEKDAYS.index(words.lower())) % 7
        if phrase.strip().lower().startswith("last") and back == 0:
            back = 7
        return (base.date() - datetime.timedelta(days=back)).isoformat()
    import dateparser

    parsed = dateparser.parse(words, languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None or parsed.date() > base.date():
        return None
    return parsed.date().isoformat()


def named_day(text: str, report: str) -> str | None:
    """The calendar day a phrase names by its month ('on October 13'), against the report's date."""
    match = MONTH_DAY.search(text)
    return resolve_day(match.group(), report) if match else None


def days_before(day: str, report: str) -> int:
    return (datetime.date.fromisoformat(report) - datetime.date.fromisoformat(day)).days
