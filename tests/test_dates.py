"""Dating reports: front matter in common forms, byline lines, datelines, the opening text; and
days the text names resolved against the report's date."""
import datetime

import pytest

from briefing.dates import read_date, report_date, resolve_day


@pytest.mark.parametrize("value", ["2021-05-03", "May 3, 2021", "3 May 2021", "03/05/2021", "Monday, 3 May 2021",
                                   datetime.date(2021, 5, 3)])
def test_front_matter_dates_in_common_forms(value):
    dated = report_date({"date": value}, "Floods hit the north.")
    assert (dated.iso, dated.found_in) == ("2021-05-03", "front matter")


@pytest.mark.parametrize("body,found_in", [
    ("Floods hit the north\nPublished 8:14 PM, 3 May 2021\nAt least 40 people died.", "byline"),
    ("Posted on May 3 2021 by the news desk\nAt least 40 people died.", "byline"),
    ("NAIROBI, May 3, 2021 (Reuters) - At least 40 people died in floods.", "dateline"),
    ("Sun 03 May 2021 Floods kill 40 in the north. At least 40 people died.", "opening text"),
])
def test_a_report_is_dated_from_its_first_lines(body, found_in):
    dated = report_date({}, body)
    assert (dated.iso, dated.found_in) == ("2021-05-03", found_in)


@pytest.mark.parametrize("body", ["NAIROBI, May 3 (Reuters) - At least 40 people died.",
                                  "At least 40 people died on Sunday.", "The 2010 floods killed 1,800.",
                                  "The earthquake struck on 6 February 2023, flattening whole towns.",
                                  "Photo: Rescuers at the mall during the standoff on 21st September 2013."])
def test_no_full_date_no_report_date(body):
    assert report_date({}, body) is None


def test_a_wrong_front_matter_date_is_no_date():
    assert report_date({"date": "next week sometime"}, "x") is None
    assert read_date("31/02/2021") is None


@pytest.mark.parametrize("phrase,day", [("yesterday", "2021-05-02"), ("on Sunday", "2021-05-02"),
                                        ("last Friday", "2021-04-30"), ("on Monday", "2021-05-03"),
                                        ("12 April", "2021-04-12")])
def test_days_resolve_against_the_report(phrase, day):
    assert resolve_day(phrase, "2021-05-03") == day       # 3 May 2021 was a Monday
