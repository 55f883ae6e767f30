"""Funding and pledges: who gives or appeals for how much, in which currency, and what it is.

Sentences are written for the test, each class in at least two wordings.
"""
import pytest

from briefing.extract import funding
from briefing.numbers import money


def _funds(parse, text):
    return [(m.donor, m.amount, m.currency, m.kind) for m in funding.extract(parse(text))]


GIVEN = [
    ("Japan pledged US$2 million in emergency aid.", [("Japan", 2_000_000, "USD", "pledged")]),
    ("Germany offered €10m in humanitarian assistance.", [("Germany", 10_000_000, "EUR", "pledged")]),
    ("The European Union released $5 million from its emergency fund.",
     [("European Union", 5_000_000, "USD", "provided")]),
    ("Saudi Arabia will provide 10 million dollars to the victims.", [("Saudi Arabia", 10_000_000, "USD", "provided")]),
    ("The government announced 3 billion rupees in relief.", [("government", 3_000_000_000, "rupees", "pledged")]),
    ("A pledge of £1m has come from the city council.", [("city council", 1_000_000, "GBP", "pledged")]),
    ("A donation of $200,000 was promised by Chile's foreign ministry.",
     [("Chile's foreign ministry", 200_000, "USD", "pledged")]),
    ("The UN launched an appeal for $160 million on Tuesday.", [("UN", 160_000_000, "USD", "appealed")]),
    ("Aid agencies are seeking 45 million euros to help survivors.", [("Aid agencies", 45_000_000, "EUR", "appealed")]),
    ("The public appeal has raised more than £5m so far.", [("public appeal", 5_000_000, "GBP", "raised")]),
]
NOT_FUNDING = [
    "Losses are estimated at $30 billion.",
    "The dam cost $2 billion to build.",
    "Damage to roads and bridges was put at 12 billion rupees.",
    "Volunteers raised money by painting faces in exchange for a £5 donation.",
    "The price of flour has doubled to $40 a sack.",
]


@pytest.mark.parametrize("sentence, expected", GIVEN)
def test_money_given_pledged_or_appealed_for(parse, sentence, expected):
    assert _funds(parse, sentence) == expected


@pytest.mark.parametrize("sentence", NOT_FUNDING)
def test_losses_costs_and_prices_are_no_funding(parse, sentence):
    assert _funds(parse, sentence) == []


@pytest.mark.parametrize("sentence, per, qualifier", [
    ("The province will pay 1 million rupees to each family of the dead.", "family", "exact"),
    ("The state promised up to $500 per household for repairs.", "household", "up_to"),
])
def test_an_amount_for_each_beneficiary_says_so(parse, sentence, per, qualifier):
    found = list(funding.extract(parse(sentence)))
    assert [(m.per, m.qualifier) for m in found] == [(per, qualifier)]


@pytest.mark.parametrize("amount, currency, qualifier, shown", [
    (5_000_000, "USD", "exact", "$5 million"),
    (1_500_000, "GBP", "at_least", "at least £1.5 million"),
    (3_000_000_000, "rupees", "exact", "3 billion rupees"),
    (200_000, "CHF", "about", "about CHF 200,000"),
])
def test_amounts_as_the_brief_shows_them(amount, currency, qualifier, shown):
    assert money(amount, currency, qualifier) == shown


def test_the_funding_table_lists_donors_once_across_sources(parse):
    from briefing.merge import People, merge_funding
    mentions = [*funding.extract(parse("Japan pledged $2 million in emergency aid.", source="S1")),
                *funding.extract(parse("Japan has pledged $2 million to help the survivors.", source="S2")),
                *funding.extract(parse("The UN appealed for $160 million.", source="S3"))]
    facts = merge_funding(mentions, People([], {}), ["Chile"])
    assert [(f.donor, f.kind, f.sources, f.domestic) for f in facts] == [
        ("United Nations", "appealed", ["S3"], False), ("Japan", "pledged", ["S1", "S2"], False)]


@pytest.mark.parametrize("sentence, expected", [
    ("China offered emergency aid worth 20 million yuan (about $3.4 million) to the country.", [(20_000_000, "CNY")]),
    ("The Emirates offered USD 100 million (around Rs 700 crore) as financial assistance.", [(100_000_000, "USD")]),
    ("Britain pledged £10 million, or about $13 million, for the relief effort.", [(10_000_000, "GBP")]),
    ("Singapore gave S$50,000 to the Red Cross appeal.", [(50_000, "SGD")]),
    ("Japan gave $5 million and Canada gave $2 million.", [(5_000_000, "USD"), (2_000_000, "USD")]),
])
def test_the_same_money_in_another_currency_is_one_amount(parse, sentence, expected):
    assert [(m.amount, m.currency) for m in funding.extract(parse(sentence))] == expected
