"""Casualty figures from sentences of different styles (wire copy, bulletins, bullets, headlines).

Each case: the sentence, and the figures it must yield as (count, status, group); an empty list
means every number in it must be rejected (history, troops, ages, buildings, money, projections).
"""
import pytest

from briefing.extract import casualties

CASES = [
    # wire copy
    ("Floods have killed at least 57 people in the province, the disaster agency said.",
     [(57, "killed", "total")]),
    ("Police said 14 people were wounded when the bomb exploded near the market.",
     [(14, "injured", "total")]),
    ("The blast killed 23 soldiers and four civilians on Tuesday.",
     [(23, "killed", "security_forces"), (4, "killed", "civilians")]),
    ("Rescue workers pulled 38 bodies from the rubble overnight.",
     [(38, "killed", "total")]),
    ("The death toll rose to 1,240, officials said.", [(1240, "killed", "total")]),
    ("At least 19 children were among the dead, according to the health ministry.",
     [(19, "killed", "children")]),
    ("Dozens of protesters were arrested in the capital.", [(12, "detained", "civilians")]),
    ("More than 300 people remain missing after the landslide.", [(300, "missing", "total")]),
    ("Gunmen abducted 76 students from a boarding school.", [(76, "detained", "civilians")]),
    ("The attack left 9 dead and 31 injured.", [(9, "killed", "total"), (31, "injured", "total")]),
    ("At least five people, including a child, were killed when the bus overturned.",
     [(5, "killed", "total"), (1, "killed", "children")]),
    ("The ministry put the toll at 61, down from an earlier figure of 70.", [(61, "killed", "total")]),
    ("The ministry said 2,059 people were injured, 1,404 of them critically.",
     [(2059, "injured", "total"), (1404, "injured", "total")]),
    ("The agency said 134 people have died, including 45 children, and 320 have been injured.",
     [(134, "killed", "total"), (45, "killed", "children"), (320, "injured", "total")]),
    ("Hundreds of militants have been killed in the offensive, the army claimed.",
     [(100, "killed", "armed_group")]),
    ("The ministry put the number of wounded at 2,315.", [(2315, "injured", "total")]),
    # a toll revised: the figure it is revised to, not the change
    ("The toll was revised downward by more than 100 to about 253, officials said.", [(253, "killed", "total")]),
    ("The ministry cut the number of dead by 20 to 95.", [(95, "killed", "total")]),
    # a day after the figure with no preposition is the clause's time, not what the figure counts
    ("The death toll rose to 1,744 Monday, officials said.", [(1744, "killed", "total")]),
    ("The number of injured climbed to 210 yesterday, police said.", [(210, "injured", "total")]),
    # numbers that are not this event's toll
    ("It was the worst disaster since 1999, when some 17,000 people died in a similar quake.", []),
    ("The region has been hit by 140 aftershocks and 3,400 buildings collapsed.", []),
    ("An estimated 5,000 rebels are hiding in the hills.", []),
    ("A 200-strong team of specialists is scouring the valley for bodies.", []),
    # the people a share is among name its status
    ("Children account for a third of the dead, with 386 children among those killed, the agency said.",
     [(386, "killed", "children")]),
    ("There were 40 women among those injured.", [(40, "injured", "women")]),
    # a place that loses people has seen them die; a family or a firm that loses people has not
    ("The two countries have lost at least 102 people in the cyclone.", [(102, "killed", "total")]),
    ("Bangladesh lost 20 people in the storm.", [(20, "killed", "total")]),
    ("The family lost four relatives in the floods.", []),
    ("The company lost 300 workers to its rivals.", []),
    ("Rescuers from a 40-strong army unit recovered the dead.", []),
    ("A 45-year-old farmer told reporters the shelling lasted 12 hours.", []),
    ("The government pledged $20 million in aid to 14 provinces.", []),
    ("The city of 200,000 people has been without power for three days.", []),
    ("Officials fear the toll could rise to 20,000.", []),
    ("The attack was the deadliest since the 2015 bombing, which killed 130 people.", []),
    ("The insurgency has killed more than 40,000 people and displaced some two million since 2009.", []),
    ("The army had claimed last month that it had killed 1,200 insurgents near the lake.", []),
    # a participle the parser takes for a noun ("50 hurt") still says what happened to the 50
    ("At least 21 people were killed and 50 hurt in the mortar attack.", [(21, "killed", "total"), (50, "injured", "total")]),
    ("Three died and 12 hurt when the bus overturned.", [(3, "killed", "total"), (12, "injured", "total")]),
    # people left homeless beside the injured are no injured
    ("More than 6,000 people have been injured and nearly 300,000 left homeless by the explosion.",
     [(6000, "injured", "total")]),
    ("The quake killed 200 people, wounded 1,500 and made 40,000 homeless.",
     [(200, "killed", "total"), (1500, "injured", "total")]),
    # one status or another is neither: no figure
    ("Hundreds of people were killed or injured in the shelling.", []),
    ("The blast killed or wounded 40 people.", []),
    ("Some 120 people are dead or missing after the landslide.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_reads_tolls_from_sentences(parse, sentence, expected):
    found = [(m.quantity.value, m.status, m.group) for m in casualties.extract(parse(sentence))
             if not m.projection and not m.replaced]
    assert found == expected


@pytest.mark.parametrize("text", ["Experts warned the death toll could rise to 20,000.",
                                  '"It can reach 18,000 to 20,000 deaths," the mayor said.',
                                  "The toll can still rise to 500, officials said."])
def test_projection_is_kept_apart(parse, text):
    mentions = list(casualties.extract(parse(text)))
    assert not [m for m in mentions if not m.projection]
    if "can" in text.split():
        assert [m.quantity.value for m in mentions] in ([18000], [500])     # kept, as a projection


def test_breakdown_is_linked_to_its_total(parse):
    text = "The monitor said 1,000 people were killed, including 745 civilians and 125 soldiers."
    mentions = list(casualties.extract(parse(text)))
    assert [(m.quantity.value, m.group) for m in mentions] == [(1000, "total"), (745, "civilians"),
                                                              (125, "security_forces")]
    assert mentions[1].part_of == 0 and mentions[2].part_of == 0


def test_a_breakdown_hung_on_the_reporting_verb_is_a_share_of_the_toll(parse):
    for text, expected in [
        ("At least 937 people have died in the floods since June, the agency said on Tuesday, including "
         "343 children.", [(937, "killed", "total", None), (343, "killed", "children", 0)]),
        ("Officials said 300 people were injured in the blast, among them 45 children.",
         [(300, "injured", "total", None), (45, "injured", "children", 0)]),
        ("Officials said 40 people were killed. Rescuers sent 300 volunteers, including 40 doctors.",
         [(40, "killed", "total", None)]),
    ]:
        mentions = list(casualties.extract(parse(text)))
        assert [(m.quantity.value, m.status, m.group, m.part_of) for m in mentions] == expected, text


def test_bullets_take_their_status_from_the_lead_in(parse):
    text = "The observatory reported that at least 500 people have been killed, including:\n- 300 civilians\n- 200 fighters\n"
    mentions = list(casualties.extract(parse(text)))
    assert [(m.quantity.value, m.status, m.group) for m in mentions] == [
        (500, "killed", "total"), (300, "killed", "civilians"), (200, "killed", "armed_group")]
    assert mentions[1].reported_by == mentions[0].reported_by


def test_reporter_and_evidence_offsets(parse):
    text = "Headline about the floods\nAccording to the Red Crescent, 41 people drowned in the floods."
    parsed = parse(text)
    [mention] = list(casualties.extract(parsed))
    assert mention.reported_by == "Red Crescent"
    assert text[mention.evidence.start:mention.evidence.end] == mention.evidence.text
    assert mention.evidence.text.startswith("According to")


@pytest.mark.parametrize("text, expected", [
    ("Lightning has killed at least 21 people since Friday, police said. Among them were three children aged "
     "between 12 and 14 who were struck on Friday.", [(21, "killed", "total"), (3, "killed", "children")]),
    ("The blast wounded 59 people. Of those, 12 were children.", [(59, "injured", "total"), (12, "injured", "children")]),
    ("The floods killed 40 people. Among them were 11 women and 9 children.",
     [(40, "killed", "total"), (11, "killed", "women"), (9, "killed", "children")]),
    # the people named before by a status word, with no figure ('the dead', 'the wounded')
    ("Foreigners account for a share of the dead. According to the latest reports, among them are at least "
     "43 Syrians and six Bangladeshis.", [(43, "killed", "total"), (6, "killed", "total")]),
    ("Many of the wounded were taken to hospitals in the capital. Among them are three journalists.",
     [(3, "injured", "other")]),
    ("Crowds gathered outside the hospital. Among them were 40 relatives of the missing miners.", []),
])
def test_a_sentence_opening_on_the_people_counted_before_shares_their_status(parse, text, expected):
    assert [(m.quantity.value, m.status, m.group) for m in casualties.extract(parse(text))] == expected


FACTBOX = """As of Saturday, at least 746 people had been reported killed by the storm.

KENYA

People killed: 501
People injured: 1,523

TANZANIA

People killed: 185, according to the government.
People injured: 200

Timeline

The storm killed 20 people on its first day.
"""


def test_a_heading_that_names_a_place_scopes_the_figures_under_it(parse):
    found = [(m.quantity.value, m.status, m.place) for m in casualties.extract(parse(FACTBOX))]
    assert found == [(746, "killed", None), (501, "killed", "Kenya"), (1523, "injured", "Kenya"),
                     (185, "killed", "Tanzania"), (200, "injured", "Tanzania"), (20, "killed", None)]


@pytest.mark.parametrize("text", ["The president predicts that more than 1,000 people could have already died.",
                                  "Officials fear hundreds may have been killed in the valley."])
def test_a_toll_put_as_a_possibility_is_a_projection(parse, text):
    mentions = list(casualties.extract(parse(text)))
    assert mentions and all(m.projection for m in mentions)


def test_a_given_toll_under_a_modal_of_another_verb_is_not_a_projection(parse):
    text = "The agency cautioned that the storm could see its death toll of nearly 3,000 at least double."
    assert [(m.quantity.value, m.projection) for m in casualties.extract(parse(text))] == [(3000, False)]


@pytest.mark.parametrize("text, expected", [
    # a factbox or an agency's summary: a short label that names the status, then the figure
    ("A summary on the agency's website read: 'Wounded: 806, missing: 85, confirmed deaths: 161.'",
     [(806, "injured"), (85, "missing"), (161, "killed")]),
    ("The provincial figures were released on Friday. Dead: 40. Injured: 120.", [(40, "killed"), (120, "injured")]),
    ("The latest figures - dead: 40, injured: 120, homes destroyed: 3,000.", [(40, "killed"), (120, "injured")]),
    ("Flights cancelled: 300, passengers stranded: 12,000.", []),
])
def test_a_labelled_figure_has_its_labels_status(parse, text, expected):
    assert sorted((m.quantity.value, m.status) for m in casualties.extract(parse(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # people forced from their homes are displaced, not of the status that follows them
    ("The toll rose to 78 on Sunday, with another 115,000 people forced from their homes and 105 still missing.",
     [(78, "killed"), (105, "missing")]),
    ("Some 20,000 people were driven out of the town and 40 are missing.", [(40, "missing")]),
    ("Officials said 12 people were still missing and 3,000 had been forced out of their villages.",
     [(12, "missing")]),
])
def test_people_forced_from_their_homes_take_no_casualty_status(parse, text, expected):
    assert [(m.quantity.value, m.status) for m in casualties.extract(parse(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # a headline's clipped grammar or Title Case: the verb before the number, taken for a noun
    ("Bomb kills woman wounds 25 in market town", [(25, "injured")]),
    ("Gunman Injures 4 At Mall In Ohio", [(4, "injured")]),
    ("Army Kill 2 Rebel Commanders in Mountain Clashes", [(2, "killed")]),
    ("Storm Kills 7 Villagers, Injures 20 In Coastal Province", [(7, "killed"), (20, "injured")]),
    ("Storm Wounds 3 Ships Off Coast", []),          # not people
])
def test_a_headline_verb_read_as_a_noun_still_gives_the_status(parse, text, expected):
    assert sorted((m.quantity.value, m.status) for m in casualties.extract(parse(text))) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # a status noun with a figure of its own is no status for other people of the sentence
    ('Several thousand people marched in the town to denounce the authorities after the massacre of at least '
     '132 people in a village.', [(132, "killed")]),
    ("Hundreds of residents protested after the killing of 40 villagers.", [(40, "killed")]),
    # the participle after "others" is theirs
    ("The death toll has risen to at least 132 people and countless others wounded, officials said.",
     [(132, "killed")]),
    ("The toll rose to 60 people and dozens of others injured.", [(60, "killed"), (12, "injured")]),
])
def test_a_status_is_not_taken_from_other_peoples_words(parse, text, expected):
    assert [(m.quantity.value, m.status) for m in casualties.extract(parse(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # the people taken for the subject of a later verb: the verb of harm right before them
    ("The owner of a factory block whose collapse killed at least 377 people was arrested on Sunday.",
     [(377, "killed")]),
    ("The man whose car injured 12 pedestrians was detained.", [(12, "injured")]),
    # bodies recovered are the dead, not people recovering
    ("The army gave a figure of 803, made up of 790 bodies recovered from the wreckage and 13 victims who died "
     "in hospital.", [(790, "killed"), (13, "killed")]),
    ("Twelve people treated at the clinic went home.", [(12, "injured")]),
])
def test_a_misparsed_figure_keeps_the_status_of_its_own_words(parse, text, expected):
    assert [(m.quantity.value, m.status) for m in casualties.extract(parse(text))] == expected


@pytest.mark.parametrize("text, expected", [
    # one person listed in a breakdown is a part like any other
    ("Six civilians, including a child, were killed in the strike.", [(6, "killed", "civilians"), (1, "killed", "children")]),
    ("Officials said 6 civilians including a woman and two children were killed.",
     [(6, "killed", "civilians"), (1, "killed", "women"), (2, "killed", "children")]),
])
def test_one_person_listed_in_a_breakdown_is_a_part(parse, text, expected):
    assert [(m.quantity.value, m.status, m.group) for m in casualties.extract(parse(text))] == expected
