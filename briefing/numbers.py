"""Read numbers as the news writes them.

``find_quantities(text)`` finds every count in a string: "745", "1,000", "19 396", "2.5 million",
"20-thousand", "Four hundred and thirteen", "dozens", "tens of thousands", with the qualifier
before it ("at least", "more than", "nearly", "up to", "between ... and ...") and keeps the
original wording. Vague words take the conservative reading used by conflict monitors:
dozens 12, scores 20, hundreds 100, thousands 1000, tens of thousands 10000.

This module knows nothing about casualties; it does not decide what a number counts.
"""
from __future__ import annotations

import re

from .lexicons import lexicon
from .model import Quantity

_LEX = lexicon("numbers")
UNITS: dict[str, int] = _LEX["units"]
TENS: dict[str, int] = _LEX["tens"]
SCALES: dict[str, int] = _LEX["scales"]
VAGUE: dict[str, int] = _LEX["vague"]
FRACTIONS: dict[str, float] = _LEX["fractions"]
QUALIFIERS: dict[str, str] = {phrase: kind for kind, phrases in _LEX["qualifiers"].items() for phrase in phrases}
SUFFIX_QUALIFIERS: dict[str, str] = {phrase: kind for kind, phrases in _LEX["suffix_qualifiers"].items()
                                     for phrase in phrases}

_WORD = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_SCALE = "|".join(sorted(SCALES, key=len, reverse=True))
_VAGUE = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in VAGUE), key=len, reverse=True))

_FRACTION = "|".join(FRACTIONS)
# A written-out number: "four", "twenty-five", "Four hundred and thirteen", "two million", "half a million".
_WORD_NUMBER = (rf"(?:{_WORD})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}|{_SCALE}))*"
                rf"|(?:a\s+)?(?:{_FRACTION})(?:\s+of)?\s+a\s+(?:{_SCALE})"
                rf"|(?:a|one)\s+(?:{_SCALE})(?:[\s-]+(?:and[\s-]+)?(?:{_WORD}))*")
_DIGITS = (r"\d{1,2}(?:,\d{2})+,\d{3}"               # 4,80,399 (lakh grouping)
           r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"          # 1,000 / 19,396
           r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d|[,.]\d)"   # 19 396 (space as thousands separator; not "18 2016")
           r"|\d+(?:\.\d+)?")                         # 745 / 2.5
_NUMBER = (rf"(?:(?:{_DIGITS})(?:\s*-?\s*(?:{_SCALE})\b)?"
           rf"|\b(?:{_WORD_NUMBER})\b)")
_QUAL = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in QUALIFIERS), key=len, reverse=True))
_SUFFIX = "|".join(sorted((re.escape(q).replace(r"\ ", r"\s+") for q in SUFFIX_QUALIFIERS), key=len, reverse=True))

QUANTITY = re.compile(
    rf"(?<![\w$€£¥.,:/])(?<![A-Za-z]-)(?:(?P<qual>{_QUAL})\s+)?"
    rf"(?:"
    rf"between\s+(?P<b_lo>{_NUMBER})\s+and\s+(?P<b_hi>{_NUMBER})"
    rf"|from\s+(?P<f_lo>{_NUMBER})\s+to\s+(?P<f_hi>{_NUMBER})"
    rf"|(?P<r_lo>{_DIGITS})\s*(?:-|–|—|\s+to\s+)\s*(?P<r_hi>{_DIGITS})(?!\s*-?\s*(?:year|month|day|hour|minute)s?\b)"
    rf"|(?P<vague>\b(?:{_VAGUE})\b)"
    rf"|(?P<num>{_NUMBER})"
    rf")(?P<suffix>\s*\+|\s+(?:{_SUFFIX})\b)?",
    re.IGNORECASE,
)
# Money is no count: a currency written before the number ("$5", "Rs 40", "USD 3") or after it
# ("3 million rupees"), as the funding lexicon names them.
_CURRENCY = lexicon("funding")
_SYMBOLS = "|".join(re.escape(s) for s in sorted(_CURRENCY["symbols"], key=len, reverse=True))
MONEY_BEFORE = re.compile(rf"(?<![A-Za-z])(?:{_SYMBOLS})\s*$")
_CURRENCY_WORDS = "|".join(re.escape(w) for w in sorted(_CURRENCY["words"], key=len, reverse=True))
# A day of the month beside a month name is a date, not a count: "12 March", "Aug. 25", "between 4 and 8 May".
_MONTH = "|".join(m.capitalize() for m in _LEX["months"])
MONTH_AFTER = re.compile(rf"^\s*(?:(?:and|to|-|–)\s*\d{{1,2}}\s+)?(?:{_MONTH}|{_MONTH.upper()})\b")
MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH}|{_MONTH.upper()})\.?\s*$")
# "one in seven people", "1 in 5": a ratio, not a count.
RATIO = re.compile(rf"^\s+in\s+(?:\d+|{_WORD})\b", re.I)
RATIO_BEFORE = re.compile(r"\b(?:one|\d+)\s+in\s+$", re.I)
AFTER_NOT_COUNT = re.compile(r"^[^\W\d_]|^\s*(?:%|per\s*cent|percent|°|km\b|kilomet|miles?\b|metres?\b|meters?\b|kg\b|"
                             rf"(?:{_CURRENCY_WORDS})\b|[ap]\.?m\.?\b|GMT|UTC|st\b|nd\b|rd\b|th\b)", re.I)


def find_quantities(text: str) -> list[Quantity]:
    """Every count in ``text``, left to right. Money, percentages, units and times are left out."""
    found: list[Quantity] = []
    for match in QUANTITY.finditer(text):
        start, end = match.start(), match.end()
        if MONEY_BEFORE.search(text[max(0, start - 5):start]) or AFTER_NOT_COUNT.match(text[end:end + 12]):
            continue
        if text[end:end + 1] in ":/." and text[end + 1:end + 2].isdigit():    # a clock time, 10:30; 3/13/18;
            continue                                                          # a dotted date, 01.10.2017
        if _is_day_of_month(match, text) or RATIO.match(text[end:end + 16]) or RATIO_BEFORE.search(text[:start]):
            continue              # "12 March", "one in seven people"
        if match.group("r_lo") and re.search(r"\bby\s+$", text[max(0, start - 4):start]):
            found.extend(_change_and_total(match, text))     # "rose by 14 to 96": two numbers, not a range
            continue
        quantity = _read(match)
        if quantity is not None:
            quantity.start, quantity.end = start, end
            quantity.text = text[start:end].strip()
            found.append(quantity)
    return found


def _change_and_total(match: re.Match[str], text: str) -> list[Quantity]:
    out = []
    for name in ("r_lo", "r_hi"):
        start, end = match.span(name)
        value = parse_number(match.group(name))
        if value is not None:
            out.append(Quantity(value=value, value_max=None, qualifier="exact", text=text[start:end],
                                start=start, end=end))
    return out


def _is_day_of_month(match: re.Match[str], text: str) -> bool:
    """'12 March', 'March 12', 'Aug. 25', 'between 4 and 8 May', 'on 21 and 23 December'."""
    number = match.group("num") or match.group("b_hi") or match.group("f_hi") or match.group("r_hi") or ""
    if not re.fullmatch(r"\d{1,2}", number.strip()) or match.group("qual") and not match.group("b_lo"):
        return False
    start, end = match.start(), match.end()
    return bool(MONTH_AFTER.match(text[end:end + 16]) or MONTH_BEFORE.search(text[max(0, start - 11):start]))


def read_quantity(text: str) -> Quantity | None:
    """The single quantity that makes up ``text`` ("more than 1,000"), or None."""
    found = find_quantities(text.strip())
    return found[0] if len(found) == 1 and found[0].text == text.strip() else None


def parse_number(text: str) -> int | None:
    """The value of one number without qualifier: "1,000" -> 1000, "2.5 million" -> 2500000."""
    text = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    fraction = re.fullmatch(rf"(?:a\s+)?({_FRACTION})(?:\s+of)?\s+a\s+({_SCALE})", text)
    if fraction:
        return int(round(FRACTIONS[fraction.group(1)] * SCALES[fraction.group(2)]))
    digits = re.fullmatch(rf"([\d,. ]+?)\s*-?\s*({_SCALE})?", text)
    if digits and digits.group(1).strip():
        core = digits.group(1).strip()
        if "," in core or re.fullmatch(r"\d{1,3}(?: \d{3})+", core):
            core = core.replace(",", "").replace(" ", "")
        try:
            value = float(core)
        except ValueError:
            return None
        scale = SCALES.get(digits.group(2) or "", 1)
        return int(round(value * scale))
    return _words_to_int(text)


def _words_to_int(text: str) -> int | None:
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text):
        if word in ("and", ""):
            continue
        if word in ("a", "one") and not seen:
            current, seen = 1, True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word in SCALES:
            scale = SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _read(match: re.Match[str]) -> Quantity | None:
    qual = _qualifier(match.group("qual"))
    suffix = (match.group("suffix") or "").strip().lower()
    if suffix:
        qual = SUFFIX_QUALIFIERS.get(" ".join(suffix.split()), "at_least") if suffix != "+" else "at_least"
    for lo_name, hi_name in (("b_lo", "b_hi"), ("f_lo", "f_hi"), ("r_lo", "r_hi")):
        if match.group(lo_name):
            lo, hi = parse_number(match.group(lo_name)), parse_number(match.group(hi_name))
            if lo is None or hi is None:
                return None
            if lo_name == "r_lo" and not lo < hi:      # "2-1" is a score or a date, not a range
                return None
            hi_scale = re.search(rf"\b({_SCALE})\b", match.group(hi_name), re.I)
            if hi_scale and not re.search(rf"\b({_SCALE})\b", match.group(lo_name), re.I) and lo < 1000:
                lo *= SCALES[hi_scale.group(1).lower()]       # "between 30 and 40 thousand"
            return Quantity(value=lo, value_max=hi, qualifier="range", text="")
    if match.group("vague"):
        value = VAGUE[" ".join(match.group("vague").lower().split())]
        return Quantity(value=value, value_max=None, qualifier=qual if qual in ("at_least", "up_to") else "vague",
                        text="")
    value = parse_number(match.group("num"))
    if value is None:
        return None
    return Quantity(value=value, value_max=None, qualifier=qual or "exact", text="")


def _qualifier(phrase: str | None) -> str | None:
    if not phrase:
        return None
    return QUALIFIERS.get(" ".join(phrase.lower().split()))


def is_year(quantity: Quantity) -> bool:
    """A bare four-digit number in the range of recent years: '2013', not '2,013'."""
    return (quantity.qualifier == "exact" and 1900 <= quantity.value <= 2100
            and re.fullmatch(r"\d{4}", quantity.text) is not None)


def people(count: int, count_max: int | None, qualifier: str) -> str:
    """'at least 745 people', 'thousands of people'."""
    figure = display(count, count_max, qualifier)
    return f"{figure} of people" if not figure[0].isdigit() and figure in VAGUE_WORD.values() else f"{figure} people"


def display(count: int, count_max: int | None, qualifier: str, short: bool = False) -> str:
    """A figure as the brief shows it: 'at least 745', '1,000+', '30,000–40,000', 'dozens'."""
    n = f"{count:,}"
    if qualifier == "range" and count_max is not None:
        return f"{n}–{count_max:,}"
    if qualifier == "vague" and count in VAGUE_WORD:
        return VAGUE_WORD[count] if not short else VAGUE_WORD[count].capitalize()
    if short:
        return {"at_least": f"{n}+", "about": f"~{n}", "up_to": f"≤{n}", "vague": f"{n}+"}.get(qualifier, n)
    return {"at_least": f"at least {n}", "about": f"about {n}", "up_to": f"up to {n}",
            "vague": f"{n}+"}.get(qualifier, n)


# The word for a vague count, as written: 1000 -> "thousands" (the first plural the lexicon gives it).
VAGUE_WORD: dict[int, str] = {}
for _word, _value in VAGUE.items():
    if _word.endswith("s") and " " not in _word.replace("tens of", "").replace("hundreds of", "").strip():
        VAGUE_WORD.setdefault(_value, _word)


def money(amount: int, currency: str, qualifier: str = "exact") -> str:
    """An amount as the brief shows it: '$5 million', 'at least £1.5 million', '3 billion rupees'."""
    for size, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
        if amount >= size:
            figure = f"{amount / size:.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    else:
        figure = f"{amount:,}"
    symbol = lexicon("funding")["display"].get(currency)
    if symbol:
        shown = f"{symbol}{figure}"
    elif re.fullmatch(r"[A-Z]{3}", currency):
        shown = f"{currency} {figure}"
    else:
        shown = f"{figure} {currency}".strip()
    prefix = {"at_least": "at least ", "about": "about ", "up_to": "up to "}.get(qualifier, "")
    return prefix + shown
