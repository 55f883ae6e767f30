"""The number reader: a table of the forms news uses, the ones it must reject, and a fuzz test."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.numbers import display, find_quantities, is_year, parse_number, read_quantity

READ = [
    ("745", 745, None, "exact"),
    ("1,000", 1000, None, "exact"),
    ("19 396", 19396, None, "exact"),
    ("more than 1,000", 1000, None, "at_least"),
    ("at least 5,100", 5100, None, "at_least"),
    ("over 200", 200, None, "at_least"),
    ("nearly 40,000", 40000, None, "about"),
    ("some 2.5 million", 2500000, None, "about"),
    ("an estimated 125", 125, None, "about"),
    ("between 30,000 and 40,000", 30000, 40000, "range"),
    ("30-40", 30, 40, "range"),
    ("from 20 to 25", 20, 25, "range"),
    ("up to 20,000", 20000, None, "up_to"),
    ("as many as 300", 300, None, "up_to"),
    ("dozens", 12, None, "vague"),
    ("hundreds", 100, None, "vague"),
    ("thousands", 1000, None, "vague"),
    ("tens of thousands", 10000, None, "vague"),
    ("hundreds of thousands", 100000, None, "vague"),
    ("four", 4, None, "exact"),
    ("Four hundred and thirteen", 413, None, "exact"),
    ("twenty-five", 25, None, "exact"),
    ("20-thousand", 20000, None, "exact"),
    ("1,000+", 1000, None, "at_least"),
    ("more than a dozen", 12, None, "at_least"),
    ("passes 1,000", 1000, None, "at_least"),
    ("tops 2,500", 2500, None, "at_least"),
    ("exceeds 300", 300, None, "at_least"),
    ("five million", 5000000, None, "exact"),
    ("4.8 lakh", 480000, None, "exact"),
    ("some 12 lakhs", 1200000, None, "about"),
    ("two crore", 20000000, None, "exact"),
    ("4,80,399", 480399, None, "exact"),
    ("1,00,000", 100000, None, "exact"),
]


@pytest.mark.parametrize("text,value,value_max,qualifier", READ)
def test_reads_news_numbers(text, value, value_max, qualifier):
    q = read_quantity(text)
    assert q is not None, text
    assert (q.value, q.value_max, q.qualifier) == (value, value_max, qualifier)
    assert q.text == text


@pytest.mark.parametrize("text", ["$40 million", "5 km", "30 per cent", "10:30", "45%", "€200,000", "minus 6C",
                                  "Rs 4 lakh", "Rs. 500", "PKR 10 billion", "3 billion rupees", "40 lakh rupees",
                                  "01.10.2017", "on 12.03.2019 at noon"])
def test_rejects_money_units_and_times(text):
    assert find_quantities(text) == []


def test_finds_every_number_with_offsets():
    text = "At least 745 civilians and 125 soldiers died, and thousands fled."
    found = find_quantities(text)
    assert [(q.value, q.qualifier) for q in found] == [(745, "at_least"), (125, "exact"), (1000, "vague")]
    assert [text[q.start:q.end] for q in found] == ["At least 745", "125", "thousands"]


def test_years_are_recognised():
    assert is_year(find_quantities("in 2013")[0])
    assert not is_year(find_quantities("2,013 people")[0])


def test_parse_number_and_display():
    assert parse_number("2.5 million") == 2500000
    assert parse_number("nonsense") is None
    assert display(1000, None, "at_least") == "at least 1,000"
    assert display(1000, None, "at_least", short=True) == "1,000+"
    assert display(30000, 40000, "range") == "30,000–40,000"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_crashes_on_arbitrary_text(text):
    for q in find_quantities(text):
        assert q.value >= 0
        assert 0 <= q.start <= q.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["at least", "1,000", "dozens", "of", "killed", "between", "and", "-", "99",
                                 "hundred", "four", "thousand", "$", "%", " ", "2013", "more than"]), max_size=12))
def test_never_crashes_on_number_like_text(parts):
    text = " ".join(parts)
    for q in find_quantities(text):
        assert q.qualifier in {"exact", "at_least", "about", "up_to", "range", "vague"}


def test_vague_counts_are_shown_in_words():
    from briefing.numbers import people
    assert display(1000, None, "vague") == "thousands"
    assert display(12, None, "vague", short=True) == "Dozens"
    assert people(1000, None, "vague") == "thousands of people"
    assert people(745, None, "at_least") == "at least 745 people"


def test_a_ratio_is_not_a_count():
    assert find_quantities("One in seven people has been affected.") == []
    assert [q.value for q in find_quantities("1 in 5 children, and 40 people")] == [40]


def test_a_day_before_a_year_is_no_spaced_thousand():
    # "19 396" is one number, but a day and a year written with a space are two.
    assert [q.value for q in find_quantities("Thu Aug 18 2016 70 militants")] == [2016, 70]
    assert [q.value for q in find_quantities("on 29 2015, 300 people")] == [29, 2015, 300]
    assert [q.value for q in find_quantities("some 12 500 people")] == [12500]
