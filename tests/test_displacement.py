"""Displacement as news writes it, on sentences written for this test in two or more wordings:
(sentence, [(count, kind)]) for counted items; projections are marked, never counted."""
import pytest

from briefing.extract import displacement


def items(parse, text):
    return [(m.quantity.value if m.quantity else None, m.kind) for m in displacement.extract(parse(text))
            if not m.projection]


CASES = [
    # fled, in several wordings
    ("Thousands of civilians have fled their homes.", [(1000, "fled")]),
    ("The fighting has displaced more than 40,000 people.", [(40000, "fled")]),
    ("Around 8,300 Burundians had crossed into Tanzania during the past week.", [(8300, "fled")]),
    ("Some 5,000 people crossed the border into Chad on Sunday.", [(5000, "fled")]),
    ("About 42,000 refugees have arrived in Uganda since the clashes began.", [(42000, "fled")]),
    ("The siege has driven nearly 90,000 people out of the region.", [(90000, "fled")]),
    ("At least 2,000 families were forced from their homes.", [(None, "fled")]),
    # the people in displaced households are displaced people, whatever verb links them
    ("Some 4,000 households have been displaced, affecting about 21,000 people.", [(None, "fled"), (21000, "fled")]),
    ("The floods displaced 900 families, affecting more than 4,500 people.", [(None, "fled"), (4500, "fled")]),
    ("About 3,200 families, comprising 16,000 people, were displaced by the storm.",
     [(None, "fled"), (16000, "fled")]),
    ("The storm displaced 900 people, affecting 20,000 across the province.", [(900, "fled")]),
    ("More than 46,000 people were internally displaced in the north.", [(46000, "fled")]),
    ("About 400 people sought refuge with relatives in the town.", [(400, "fled")]),
    # an attempt to get away is no flight
    ("The exits were too narrow when hundreds were trying to escape.", []),
    ("As the fire spread, some 300 workers struggled to flee the burning factory.", []),
    ("Thousands of residents have tried to flee to Egypt.", [(1000, "fled")]),
    ("Some 2,000 villagers attempted to escape into Uganda on foot.", [(2000, "fled")]),
    ("Tens of thousands of Afghans are trying to flee the country.", []),     # the place left is no arrival
    ("Hundreds of families attempted to leave the city on Sunday.", []),
    # people prepared for are foreseen, not displaced
    ("The refugee agency geared up for as many as half a million people fleeing the new regime.", []),
    ("Aid agencies are preparing for 200,000 refugees.", []),
    # homeless
    ("Around 2,000 people were made homeless by the flooding.", [(2000, "homeless")]),
    ("Tens of thousands of people are believed to have lost their homes.", [(10000, "homeless")]),
    # evacuated
    ("Some 656,000 people were evacuated ahead of the storm.", [(656000, "evacuated")]),
    ("Officials ordered the evacuation of 618,000 people.", [(618000, "evacuated")]),
    # sheltering: a stock of people, not a flight
    ("About 1,900 people were still in nine evacuation centres on Friday.", [(1900, "sheltering")]),
    ("Nearly 11,000 people are now in camps, the coordinator said.", [(11000, "sheltering")]),
    ("Some 4,500 people are in schools and churches across the district.", [(4500, "sheltering")]),
    ("More than 100 people have been killed and another 1.5mn displaced.", [(1500000, "fled")]),
    ("About 140 people took shelter in an education centre.", [(140, "sheltering")]),
    ("More than 30,000 are sheltering in the two camps.", [(30000, "sheltering")]),
    # not displacement figures
    ("The fighting killed 40 people and displaced thousands.", [(1000, "fled")]),
    ("Between 4 and 8 March, 300 people fled the fires.", [(300, "fled")]),
    ("The settlement, home to 250,000 Somalis, is overcrowded.", []),
]


@pytest.mark.parametrize("sentence,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_displacement_as_news_writes_it(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Aid groups warned that another flood could displace thousands more.",
    "The agency said it was bracing for an exodus of up to 60,000 refugees into Niger.",
    "Officials expect as many as 250,000 people to flee the offensive.",
])
def test_a_projection_is_marked_and_never_a_count(parse, sentence):
    found = list(displacement.extract(parse(sentence)))
    assert found and all(m.projection for m in found if m.quantity is not None)


@pytest.mark.parametrize("sentence", [
    "The 2012 violence displaced 130,000 people, who still live in camps.",
    "Some 120,000 people have been displaced since 2012.",
])
def test_an_earlier_period_is_background(parse, sentence):
    found = [m for m in displacement.extract(parse(sentence)) if m.quantity is not None]
    assert found and all(m.background for m in found)


@pytest.mark.parametrize("sentence, one_site", [
    ("Hundreds of patients had to be evacuated to safer hospitals.", True),
    ("Some 300 inmates were evacuated from the flooded prison.", True),
    ("Staff evacuated 40 pupils from the school before the water rose.", True),
    ("Hundreds of residents had to be evacuated to safer areas.", False),
    ("Some 300 villagers were evacuated from the flooded valley.", False),
])
def test_the_people_of_one_site_are_marked(parse, sentence, one_site):
    found = [m for m in displacement.extract(parse(sentence)) if m.quantity is not None]
    assert [m.one_site for m in found] == [one_site]


@pytest.mark.parametrize("sentence,expected", [
    ("Thousands of people spent a second night outdoors.", [(1000, "sheltering")]),
    ("Hundreds of villagers are living in tents after the quake.", [(100, "sheltering")]),
    ("Hundreds of thousands of people were living in the open.", [(100000, "sheltering")]),
])
def test_people_who_cannot_go_home(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Some 12,500 villagers remained displaced after the mudslide.", [(12500, "fled")]),
    ("Nearly 91,000 residents were hastily evacuated before the storm surge.", [(91000, "evacuated")]),
])
def test_a_misread_auxiliary_does_not_hide_the_verb(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Some 800 people were forced into temporary shelters.", [(800, "sheltering")]),
    ("More than 180 people were accommodated at the emergency evacuation centres.", [(180, "sheltering")]),
    ("The rains have affected more than a million people and forced 17,000 to leave their homes.", [(17000, "fled")]),
    ("The typhoon caused 29 deaths and the evacuation of 618,000 people.", [(618000, "evacuated")]),
])
def test_forced_accommodated_and_evacuations_as_nouns(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The count of people who have run from the fighting has climbed to 10,000.", [(10000, "fled")]),
    ("The number of displaced rose to 40,000 on Monday.", [(40000, "fled")]),
    ("Around 18,500 people have managed to get into the neighbouring country since Friday.", [(18500, "fled")]),
    ("Thousands of villagers have been moved out of the area by the army.", [(1000, "evacuated")]),
    ("Among the new arrivals was a farmer, Karim, 45.", []),
])
def test_flight_in_other_words(parse, sentence, expected):
    assert items(parse, sentence) == expected


def test_shelters_are_not_people(parse):
    assert items(parse, "Around 500,000 people remain in 3,000 shelters.") == [(500000, "sheltering")]


@pytest.mark.parametrize("sentence, expected", [
    ("About 4,000 homes were destroyed and 8,300 homes damaged, while more than 40,000 people have been "
     "displaced, the president said.", [(40000, "fled")]),
    ("More than 2,000 houses were washed away, and 15,000 residents fled to higher ground.", [(15000, "fled")]),
])
def test_homes_destroyed_beside_people_displaced_are_not_households_displaced(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("More than 50,000 people have been moved to relief camps.", [(50000, "evacuated")]),
    ("Some 12,000 villagers were shifted to safer places and relief camps.", [(12000, "evacuated")]),
    ("Rescue boats ferried 2,000 residents to higher ground.", [(2000, "evacuated")]),
    ("About 300 people were taken to hospital.", []),
    ("The bodies of 20 people were taken to the capital.", []),
])
def test_people_moved_to_a_shelter_or_safety_were_evacuated(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Around 50,000 homes were destroyed, leaving tens of thousands without shelter.", [(10000, "homeless")]),
    ("The quake left more than 300,000 people in need of shelter, the Red Cross said.", [(300000, "homeless")]),
    ("The storm left 12,000 families without a roof over their heads.", [(None, "homeless")]),
    ("Some 2 million people are without power.", []),
])
def test_people_left_without_shelter_are_homeless(parse, sentence, expected):
    assert items(parse, sentence) == expected


def test_people_displaced_or_otherwise_affected_are_no_count_of_the_displaced(parse):
    assert items(parse, "At least 1.5 million people have been displaced or otherwise affected by the storm.") == []
    assert items(parse, "Some 20,000 people have been displaced and 3,000 homes destroyed.") == [(20000, "fled")]
    assert items(parse, "The floods have displaced 5,000 people and affected 20,000.") == [(5000, "fled")]


@pytest.mark.parametrize("sentence, expected", [
    ("Many families spent a third night in the open for fear of aftershocks.", [(None, "sheltering")]),
    ("Families slept in their cars on the edge of town.", [(None, "sheltering")]),
    ("The president spent the night in the capital.", []),
    ("Hundreds of people are still living in tents a month later.", [(100, "sheltering")]),
    ("Thousands of people are living under plastic sheets in the mountain villages.", [(1000, "sheltering")]),
])
def test_people_sleeping_out_are_sheltering_and_a_month_later_is_no_rate(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A total of 1,028,000 people were now recorded in about 3,200 relief camps across the state.",
     [(1028000, "sheltering")]),
    ("Some 40,000 people are registered in schools and other shelters.", [(40000, "sheltering")]),
    ("Around a million people are still packed into temporary relief camps.", [(1000000, "sheltering")]),
    ("Nearly 9,000 villagers were crammed into two school buildings used as shelters.", [(9000, "sheltering")]),
    ("Over 3.53 lakh affected persons had been lodged in over 2,000 relief camps, he said.",
     [(353000, "sheltering")]),
    ("He said more than 2,100 individuals are currently occupying open shelters on the island.",
     [(2100, "sheltering")]),
    ("About 3,000 people filled evacuation centres in the province.", [(3000, "sheltering")]),
])
def test_people_counted_in_camps_are_sheltering(parse, sentence, expected):
    assert items(parse, sentence) == expected


def test_people_lodged_in_camps_are_not_counted_as_affected(parse):
    from briefing.extract import casualties
    text = "Over 3.53 lakh affected persons had been lodged in over 2,000 relief camps, he said."
    assert list(casualties.extract(parse(text))) == []
    found = [(m.quantity.value, m.status) for m in casualties.extract(parse("Some 20,000 families were affected."))]
    assert found == [(20000, "affected")]


@pytest.mark.parametrize("sentence, expected", [
    ("More than 50,000 people were rescued from flooded villages and moved to safer places.", [(50000, "evacuated")]),
    ("Some 800 people were rescued and taken to relief camps.", [(800, "evacuated")]),
    ("Rescuers pulled 40 people from the rubble and evacuated the rest of the village.", []),
])
def test_people_rescued_and_moved_were_evacuated(parse, sentence, expected):
    assert items(parse, sentence) == expected


def test_people_left_without_homes_are_homeless_not_fled(parse):
    assert items(parse, "Dozens are still missing, while up to 250,000 were left without habitable homes.") == [
        (250000, "homeless")]
    assert items(parse, "The storm left 40,000 people without a home.") == [(40000, "homeless")]


def test_people_made_homeless_in_an_event_of_another_year_are_background(parse):
    for text in ("A quake in January 2010 killed 200,000 people. Around 1.5 million were made homeless in that "
                 "disaster.", "The 1998 floods swept the delta. Some 30,000 people fled their homes in those floods."):
        assert [m.background for m in displacement.extract(parse(text))] == [True], text
    text = "The storm hit the coast on Monday. Some 30,000 people fled their homes in that storm."
    assert [m.background for m in displacement.extract(parse(text))] == [False]


@pytest.mark.parametrize("sentence, expected", [
    ("As many as 6,600 people were registered as displaced in the province.", [(6600, "fled")]),
    ("About 12,000 residents are now counted as displaced, the agency said.", [(12000, "fled")]),
    ("Some 800 people were listed as homeless after the fire.", [(800, "homeless")]),
])
def test_people_registered_or_counted_as_displaced(parse, sentence, expected):
    assert items(parse, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "A total of 1,964 households were displaced by the floods.",
    "The number of 300 families who fled is rising.",
])
def test_a_tally_of_households_is_households_displaced(parse, sentence):
    assert items(parse, sentence) == [(None, "fled")]


@pytest.mark.parametrize("headline", ["Quake toll passes 3,000 as rescuers dig", "Floods sweep through the north"])
@pytest.mark.parametrize("sentence", [
    "Relief is hampered by a civil war that has displaced over 3.5 million people.",
    "The conflict has displaced some two million people.",
    "Years of war have displaced 1.2 million people in the region.",
])
def test_a_wars_displaced_are_background_in_the_report_of_a_natural_hazard(parse, headline, sentence):
    found = [(m.quantity.value, m.background) for m in displacement.extract(parse(f"{headline}\n\n{sentence}\n"))]
    assert found and all(background for _, background in found)
    about_the_war = [m.background for m in displacement.extract(parse(f"Fighting spreads to the capital\n\n{sentence}\n"))]
    assert about_the_war and not any(about_the_war)


@pytest.mark.parametrize("sentence", [
    "More than 700,000 people were displaced in the province last month, the UN said.",
    "Some 40,000 people fled the fighting in the district last week, aid groups said.",
])
def test_a_count_of_a_recent_period_is_the_events_own_when_the_event_was_reported_by_then(parse, sentence):
    from briefing.extract import extract_article
    from briefing.merge import merge
    first = extract_article(parse("Rebels entered the city on Monday, officials said.", "S1"))
    later = extract_article(parse(sentence, "S2", date="2025-02-04"))
    background = [d.background for d in merge([first, later], dates={"S1": "2025-01-27", "S2": "2025-02-04"})
                  .displacement if d.count]
    assert background == [False]
    # reported alone, or after a first report of this month, the period is before the event
    assert [d.background for d in merge([later], dates={"S2": "2025-02-04"}).displacement if d.count] == [True]
    assert [d.background for d in merge([first, later], dates={"S1": "2025-02-03", "S2": "2025-02-04"})
            .displacement if d.count] == [True]


@pytest.mark.parametrize("sentence, expected", [
    ("Shell-shocked and sleeping in the streets, tens of thousands of people braced against aftershocks.",
     [(10000, "sheltering")]),
    ("Frightened and sleeping in parks, thousands of residents waited for news.", [(1000, "sheltering")]),
])
def test_an_opening_participle_tells_of_the_people_counted_after_it(parse, sentence, expected):
    assert items(parse, sentence) == expected
