"""The figure mechanisms, class by class, each on sentences written for this test in two or more
wordings. A case is (sentence, figures it must yield as (count, status, group)); an empty list
means no number in it is a toll of this event."""
import pytest

from briefing.extract import casualties


def figures(parse, text):
    return [(m.quantity.value, m.status, m.group) for m in casualties.extract(parse(text))
            if not m.projection and not m.replaced]


OTHER_EVENTS = [
    ("On December 26, 2004, a quake off Sumatra triggered a tsunami that killed 226,000 people.", []),
    ("On 11 March 2011, a tsunami killed 18,000 people in Japan.", []),
    ("Most people heeded the warnings: some 600 people died there when Cyclone Idai struck in 2019.", []),
    ("Eight people were killed in fighting on Saturday, officials said, in a clash unrelated to the landslide.", []),
    ("Police said the deaths of four miners were not linked to the quake.", []),
    ("About 3,000 people were killed when the dam burst in 1979.", []),
    ("It was the strongest quake since 1950, when a similar quake killed 6,200 people.", []),
    ("The tremor was the deadliest in the region since 1999, when some 17,000 people died.", []),
    ("Residents still remember the 1998 floods, which left nearly 3,000 dead.", []),
    ("The river last burst its banks in 2010 in floods that killed about 1,800 people.", []),
    ("As in 2009, when 41 people died in a landslide, the rains came at night.", []),
    ("Like in 2014, when 60 villagers were killed, the attackers came on motorbikes.", []),
    ("The bombing was worse than the 2005 attack on the metro, which killed 52 people.", []),
    ("It was the deadliest attack since a 2015 bombing that killed 130 people.", []),
    ("More than 230,000 people have been killed since the war began in March 2011.", []),
    ("The five-year war has claimed more than 300,000 lives.", []),
    ("Earlier in 2012, flooding affected over 2.1 million people in the region and killed 363 individuals.", []),
    ("Back in 2010, floods killed 1,800 people across the plains.", []),
    ("More than 230,000 people have been killed since the conflict began in March 2011.-AFP", []),
    ("The region has been devastated by the 13-year civil war, which has killed half a million people.", []),
    ("The 1998 floods swept the delta. Some 3,000 people died in those floods.", []),
    ("A cyclone struck the coast in 1991. About 140,000 people were killed in that storm.", []),
    ("The collapse comes three years after a dam burst upstream, killing 19 people.", []),
    ("The storm hit the coast six months after floods that killed 40 people.", []),
    ("Months after floods that killed 40 people, the river rose again.", []),
    # days after the quake is the quake reported
    ("Three days after the quake, which killed 2,000 people, rescuers pulled a girl from the rubble.",
     [(2000, "killed", "total")]),
]

CHANGES = [
    ("Rescuers pulled 23 more bodies from the rubble on Tuesday.", []),
    ("A further 15 deaths were recorded overnight.", []),
    ("The death toll rose by 14 to 96, the ministry said.", [(96, "killed", "total")]),
    ("Officials revised the toll down by 40 to 210.", [(210, "killed", "total")]),
    ("The toll was lowered by 40.", []),
    ("That was an increase of 23 on the day before.", []),
    ("The number of dead climbed from 80 to 96 overnight.", [(96, "killed", "total")]),
    ("At least 22 people were killed and dozens more injured.", [(22, "killed", "total"), (12, "injured", "total")]),
]

OTHER_THINGS = [
    ("Officials counted 300 cases of measles in the camps.", []),
    ("More than 2,000 homes were destroyed and 400 buildings damaged.", []),
    ("The agency delivered 40,000 doses and 120 tonnes of food.", []),
    ("The arena, which holds 21,000 people, was full.", []),
    ("The city of 200,000 people lost power.", []),
    ("Nearly 5,000 troops were deployed to the region.", []),
    ("The government sent 2,000 soldiers and 300 police officers.", []),
    ("Nearly 600 people die in gun violence in the state each year.", []),
    ("The fighting kills an average of 30 people a day, the monitor said.", []),
]

DEAD_AND_DISPLACED = [
    ("The floods left the nation crippled, with over 600 people dead and millions displaced.",
     [(600, "killed", "total")]),
    ("The storm left 40 people dead and thousands displaced.", [(40, "killed", "total")]),
    ("The monsoon season has left over 1,000 dead and displaced millions.", [(1000, "killed", "total")]),
]

AFFECTED_PLACES = [
    ("Around 650,000 pregnant women are in flood-affected areas.", []),
    ("Some 30,000 people live in the worst-hit districts.", []),
]

AFFECTED = [
    ("The floods have affected some 80,000 residents.", [(80000, "affected", "civilians")]),
    ("The storm left tens of thousands without food or shelter.", []),
    ("The drought is leaving millions in hardship.", []),
    ("The storm displaced 900 people and affected 20,000 across the province.", [(20000, "affected", "total")]),
    # the members of displaced households are displaced, not merely affected
    ("Some 4,000 households have been displaced, affecting about 21,000 people.", []),
    ("The floods displaced 900 families, affecting more than 4,500 people.", []),
]

SMALL_AND_NEGATED = [
    ("No one was injured in the blast.", []),
    ("Police said nobody was hurt.", []),
    ("None of the three people inside the shop were hurt.", []),
    ("The passengers were not injured.", []),
    ("A man was wounded in the attack.", [(1, "injured", "total")]),
    ("A man was shot in the leg on Friday night.", [(1, "injured", "total")]),
    ("A child died on the way to hospital.", [(1, "killed", "children")]),
    ("A woman was found shot to death in her apartment.", [(1, "killed", "women")]),
    ("Two police officers were hurt in the clashes.", [(2, "injured", "security_forces")]),
    ("Two people were killed and a third was wounded.", [(2, "killed", "total"), (1, "injured", "total")]),
    ("One man was killed and another injured.", [(1, "killed", "total"), (1, "injured", "total")]),
]

AGES_DATES_NAMES = [
    ("Ruiz, 34, died at the scene.", []),
    ("Police named the victim as Maria Lopez, 19, who was shot on Monday.", []),
    ("12 March 2021: five people were killed.", [(5, "killed", "total")]),
    ("Between 2 and 9 May, 300 people fled.", []),
    ("Fighters from Brigade 25 were killed near the road.", []),
    ("Two children, ages 5 and 7, were wounded by stray bullets.", [(2, "injured", "children")]),
    ("Twelve of the injured were aged under 16.", [(12, "injured", "children")]),
    ("Two women, one 34 and the other 52, were wounded in the attack.", [(2, "injured", "women")]),
    ("Police said two men, one 17 and the other 21, suffered gunshot wounds.", [(2, "injured", "total")]),
    ("The two victims, 19 and 23, were taken to hospital with gunshot wounds.", [(2, "injured", "total")]),
    ("Three people, 15, 40 and 62, were killed.", [(3, "killed", "total")]),
]

PEOPLE_ARE_NOT_NUMBERS = [
    ("One resident said the toll was higher.", []),
    ("One of the survivors described the scene.", []),
    ("The surgeon was one of two people killed.", [(2, "killed", "total")]),
]

GROUPS = [
    ("The bombing killed 22 men, women and children.", [(22, "killed", "total")]),
    ("The boat was carrying 40 women and children when it capsized.", []),
    ("The bodies of 20 women and children were recovered.", [(20, "killed", "civilians")]),
    ("The strike killed more than 120 people, mostly women and children.", [(120, "killed", "total")]),
    ("Nine members of an elite police unit were killed.", [(9, "killed", "security_forces")]),
    ("Seven personnel of the army's engineering brigade died.", [(7, "killed", "security_forces")]),
    ("The bombing killed 13 U.S. service members.", [(13, "killed", "security_forces")]),
    ("Two servicewomen were injured in the blast.", [(2, "injured", "security_forces")]),
    ("Two firemen died fighting the blaze.", [(2, "killed", "other")]),
    ("At least 10 firefighters working for the city are missing after the explosion, the governor said.",
     [(10, "missing", "other")]),
    ("Dozens of worshippers were wounded at the mosque.", [(12, "injured", "civilians")]),
    ("Gunmen shot dead five people from one family near the farm.", [(5, "killed", "civilians")]),
    ("Four members of a household died when the wall fell.", [(4, "killed", "civilians")]),
    ("Eight family members were hurt in the blast.", [(8, "injured", "civilians")]),
    ("Three people from the town were killed.", [(3, "killed", "total")]),
    ("At least 15 concert-goers were hurt in the crush.", [(15, "injured", "civilians")]),
    ("Eleven migrants drowned off the coast.", [(11, "killed", "civilians")]),
    ("The raid killed 30 people, 12 of them children.", [(30, "killed", "total"), (12, "killed", "children")]),
    ("Of the 59 people hurt, twelve were children.", [(59, "injured", "total"), (12, "injured", "children")]),
]

HOSPITAL_AND_CUSTODY = [
    ("NHS England said 116 people had been treated as inpatients.", [(116, "injured", "total")]),
    ("Doctors said 63 people remain in hospital, 20 of them in critical care.",
     [(63, "injured", "total"), (20, "injured", "total")]),
    ("Four people are now in custody, police said.", [(4, "detained", "total")]),
    ("Six men are being held after raids across the city.", [(6, "detained", "total")]),
    ("Three victims were taken to a nearby hospital.", [(3, "injured", "total")]),
]



@pytest.mark.parametrize("text,remaining", [
    ("Doctors said 63 people remain in hospital.", [63]),
    ("Twenty-nine of the injured were in serious condition, the ministry said.", [29]),
    ("The ministry said 151 people were injured. Of them, 29 were in serious condition.", [29]),
    ("Police said 40 people were hurt and five are critical.", [5]),
    ("Police said 40 people were hurt in the blast.", []),
    # the whole they are "out of" is not in that state
    ("The minister said 59 people are still in hospital, 29 of them in intensive care, out of 308 people injured.",
     [59, 29]),
    ("Twenty remain in hospital out of 120 wounded.", [20]),
])
def test_those_in_a_condition_are_part_of_the_injured(parse, text, remaining):
    assert [m.quantity.value for m in casualties.extract(parse(text)) if m.remaining] == remaining


def test_a_single_person_is_one_of_the_figure_the_article_gives(parse):
    text = "At least 22 people were killed in the blast.\nA girl was killed as she left the hall."
    assert figures(parse, text) == [(22, "killed", "total")]


def test_a_share_points_at_its_figure(parse):
    mentions = list(casualties.extract(parse("Officials said 59 people were wounded; 12 of those wounded "
                                             "were under the age of 16.")))
    assert [(m.quantity.value, m.group, m.part_of) for m in mentions] == [(59, "total", None), (12, "children", 0)]


SCOPES = [
    ("Deaths in Chile alone had climbed to 2,114.", "Chile", None),
    ("Five people died in Hatay province.", "Hatay province", None),
    ("Twelve people are missing in the Mediterranean city.", None, None),     # a description, not a name
    ("Two people died in the Himalayan town.", None, None),
    ("Seven people were killed in the eastern Democratic Republic of the Congo.", "Democratic Republic of the Congo",
     None),
    ("In Peru, the toll rose to 318, officials said.", "Peru", None),
    ("More than 5,000 people have been killed in Turkey and Syria.", "Turkey and Syria", None),  # merging decides
    ("Twelve Kenyans were among the dead.", None, "Kenya"),
    ("Two New Zealanders were among the dead.", None, "New Zealand"),
    ("The toll includes 128 South Koreans.", None, "South Korea"),
    ("The embassy put the number of French casualties at three.", None, "France"),
    ("Two British nationals were killed in the attack.", None, "United Kingdom"),
    ("Bihar, the worst-hit state, has reported 140 deaths.", "Bihar", None),
    ("Kerala accounts for nearly half of the 1,058 deaths.", None, None),
    ("Most of the 300 people who died were in Assam.", None, None),
    ("The storm also killed about 170 people elsewhere in the country.", "elsewhere", None),
    ("Elsewhere, 40 people died in landslides.", "elsewhere", None),
    ("Of the dead, at least 145 were Egyptians, officials said.", None, "Egypt"),
    ("Officials said 30 of those killed were Nepalis.", None, "Nepal"),
    ("In the neighbouring Indian state of Assam, at least 17 people were killed.", "Assam, India", None),
    ("Deaths in the province of Hatay in Turkey rose to 3,300.", "Hatay, Turkey", None),
    ("A new list showed the number of missing people in Wajima soaring from 31 to 281.", "Wajima", None),
    ("At least one U.S. citizen was killed in the explosion, a State Department spokesperson said.", None,
     "United States"),
    ("Three U.S. soldiers were wounded in the attack.", None, "United States"),
    ("The number of people killed in Hatay province has risen to 3,300.", "Hatay province", None),
    ("Chile's death toll rose to 700.", "Chile", None),
]


@pytest.mark.parametrize("sentence,place,nationality", SCOPES, ids=[c[0][:50] for c in SCOPES])
def test_scope_place_and_nationality(parse, sentence, place, nationality):
    [mention] = [m for m in casualties.extract(parse(sentence)) if not m.projection]
    assert (mention.place, mention.nationality) == (place, nationality)


@pytest.mark.parametrize("sentence, expected", [
    ("Texas has been the worst-hit state with 347 deaths, followed by Louisiana with 264 and Florida with 238.",
     [(347, "Texas"), (264, "Louisiana"), (238, "Florida")]),
    ("Most deaths were recorded in Kerala (347), Karnataka (264) and Assam (238).",
     [(347, "Kerala"), (264, "Karnataka"), (238, "Assam")]),
    ("Kerala has recorded 347 deaths, Karnataka 264 and Assam 238.",
     [(347, "Kerala"), (264, "Karnataka"), (238, "Assam")]),
    ("In Texas, 40 people died, and 12 in Louisiana.", [(40, "Texas"), (12, "Louisiana")]),
    ("Sindh has been hit hardest, with 347 deaths, followed by Punjab with 264.", [(347, "Sindh"), (264, "Punjab")]),
])
def test_a_list_of_places_and_their_figures(parse, sentence, expected):
    assert [(m.quantity.value, m.place) for m in casualties.extract(parse(sentence))] == expected


def test_a_figure_for_each_of_several_places_is_no_count(parse):
    assert figures(parse, "Four people were killed in Bihar and three each in two other states.") == [
        (4, "killed", "total")]
    assert figures(parse, "Floods killed two people apiece in five villages.") == []


def test_a_subject_dated_to_another_time_gives_no_toll(parse):
    assert figures(parse, "Last year's monsoon claimed 1,180 lives.") == []
    assert figures(parse, "The previous year's floods killed about 900 people.") == []
    assert figures(parse, "Officials who arrived last week said 40 people had been killed.") == [(40, "killed", "total")]


INCREMENTS = [
    ("The floods have killed 1,033 people since June 14, including 16 in the past day.", [(1033, "killed", "total")]),
    ("At least 900 people have died, among them 30 in the last 24 hours.", [(900, "killed", "total")]),
    ("The 22 deaths reported during the day were in two coastal districts.", []),
    ("Rescuers recovered 17 bodies over the day, and the toll rose to 357 during the day.",
     [(357, "killed", "total")]),
    ("In the last 24 hours alone, 34 people died, taking the toll to 937.", [(937, "killed", "total")]),
    ("The toll has risen to 1,136, with 75 deaths recorded in the past day.", [(1136, "killed", "total")]),
    ("Another 40 people were killed in the past 24 hours, officials said.", []),
    ("Some 57 people lost their lives in the province during the past day.", []),
    ("Over the previous 48 hours, 19 people died in landslides.", []),
]


ADDRESSES_AND_CAPTIONS = [
    ("A man was shot at a warehouse at 2900 East 65th Street on Monday.", [(1, "injured", "total")]),
    ("Police were called to 195 Hickory Street, where two men had been shot.", [(2, "injured", "total")]),
    ("Police at the scene, where a body was found (photo 1 / 8).", [(1, "killed", "total")]),
    ("Five people were shot on Main Street overnight.", [(5, "injured", "total")]),
    ("3/13/18 Police are investigating the death of a man.", [(1, "killed", "total")]),
    ("Windows were shot out along I-70 and I-75.", []),
]


def test_the_subject_of_another_verb_gives_no_status(parse):
    assert figures(parse, "An overdose death led to the arrests of four people.") == [(4, "detained", "total")]
    assert figures(parse, "Doctors said two others are stable and one man is in critical condition.") == [
        (2, "injured", "total"), (1, "injured", "total")]


def test_one_person_shot_in_other_wordings(parse):
    assert figures(parse, "Deputies shot a 41-year-old man in the shoulder outside a bar.") == [(1, "injured", "total")]
    assert figures(parse, "One person is recovering after being shot on Saturday morning.") == [(1, "injured", "total")]
    assert figures(parse, "Police found a woman suffering from a gunshot wound.") == [(1, "injured", "women")]
    assert figures(parse, "Officers arrived to find a man shot in the chest.") == [(1, "injured", "total")]


def test_one_person_hurt_then_dead_is_one_death(parse):
    text = "A man was found shot to death in an apartment.\nOfficers found a man suffering from a gunshot wound."
    assert figures(parse, text) == [(1, "killed", "total")]
    assert figures(parse, "One man was killed and another was wounded.") == [(1, "killed", "total"), (1, "injured", "total")]
    assert figures(parse, "Windows were shot out along U.S. 35, and a Ruger 9 mm handgun was found.") == []


def test_a_wars_whole_toll_gives_way_to_the_events_own(parse):
    text = ("An air strike on a market killed at least 43 people on Monday.\n"
            "The conflict has killed more than 280,000 people and displaced millions.")
    assert figures(parse, text) == [(43, "killed", "total")]
    assert figures(parse, "The war has killed more than 12,000 people, the health ministry says.") == [
        (12000, "killed", "total")]
    assert figures(parse, "Hundreds of thousands of civilians have been killed in the war.\nA bomb killed 12 people.") == [
        (12, "killed", "total")]
    assert figures(parse, "IS has killed hundreds of people since it declared a caliphate in June last year.") == []
    # a status noun under the war's verb: "a war that cost more than 2,400 lives"
    text = "A suicide bomber killed 60 people at the gate.\nIt was the last stand of a war that cost more than 2,400 lives."
    assert figures(parse, text) == [(60, "killed", "total")]
    text = "A suicide bomber killed 60 people at the gate.\nThe conflict, which has claimed 3,000 lives, goes on."
    assert figures(parse, text) == [(60, "killed", "total")]


def test_the_breakdown_of_a_change_is_no_toll(parse):
    assert figures(parse, "Another 42 people, including 11 children, were killed in the strikes.") == []
    assert figures(parse, "The strike killed at least 58 people, including 11 children at ages below 8.") == [
        (58, "killed", "total"), (11, "killed", "children")]


def test_a_toll_dated_a_week_or_more_before_the_report_is_an_earlier_events(parse):
    text = ("Rebel shelling hit a school in the west of the city on Thursday.\n"
            "Four people were killed in rebel shelling of a market on October 13.\n"
            "Six children were killed in the attack on Thursday.\n"
            "The toll since October 13 has risen to 40.\n")
    found = [(m.quantity.value, m.status, m.group) for m in casualties.extract(parse(text, date="2016-10-27"))]
    assert found == [(6, "killed", "children"), (40, "killed", "total")]
    undated = [(m.quantity.value, m.status, m.group) for m in casualties.extract(parse(text))]
    assert undated == [(4, "killed", "total"), (6, "killed", "children"), (40, "killed", "total")]


@pytest.mark.parametrize("sentence", [
    "In addition to those killed by the March 28 earthquake, 4,850 people were injured.",
    "Besides the dead of the 2 March landslide, 4,850 people were injured in the region.",
])
def test_the_date_of_an_event_a_noun_names_does_not_date_the_toll(parse, sentence):
    found = [(m.quantity.value, m.status) for m in casualties.extract(parse(sentence, date="2025-04-06"))]
    assert found == [(4850, "injured")]
    earlier = "On 2 March, 4,850 people were injured in the region."
    assert list(casualties.extract(parse(earlier, date="2025-04-06"))) == []


@pytest.mark.parametrize("sentence, expected", [
    # a date in the phrase naming what the act is about dates that event, not the act
    ("Police today arrested four men in connection with the bombing last month.", [(4, "detained", "total")]),
    ("Police arrested two suspects over last month's attack on the market.", [(2, "detained", "total")]),
    ("Investigators detained three officials in relation to the October 2 crash.", [(3, "detained", "other")]),
    # the act's own date still counts
    ("Police arrested two suspects last month.", []),
    ("On October 2, police detained three officials.", []),
])
def test_the_date_of_the_event_an_act_is_about_does_not_date_the_act(parse, sentence, expected):
    # (a figure dated only 'last month' waits for merging, which knows when the event was first reported)
    assert [(m.quantity.value, m.status, m.group) for m in casualties.extract(parse(sentence, date="2016-10-27"))
            if not m.dated_until] == expected


def test_the_time_of_a_coordination_is_all_of_it(parse):
    text = ("A car bomb killed 32 people at a wedding on Sunday.\n"
            "Analysts estimate that 400,000 people have been killed and millions displaced since the war started in 2011.\n"
            "The attack hit a city in a conflict that has killed more than 100,000.")
    assert figures(parse, text) == [(32, "killed", "total")]


def test_the_whole_of_a_partitive_is_not_the_toll(parse):
    assert figures(parse, "In one village, 90 of its 400 residents were killed.") == [(90, "killed", "civilians")]
    assert figures(parse, "Two of the five victims died in hospital.") == [(2, "killed", "total")]
    assert figures(parse, "The agency said 870 people had been hurt, 212 of them seriously.") == [
        (870, "injured", "total"), (212, "injured", "total")]
    assert figures(parse, "A bomb killed 12 people.\nWith over 1,000 dead, the humanitarian crisis has deepened.") == [
        (12, "killed", "total"), (1000, "killed", "total")]


DOERS_AND_AIMS = [
    ("As the guard was leaving, he was attacked by three men at gunpoint.", []),
    ("The convoy was ambushed and attacked by about 40 fighters on motorbikes.", []),
    ("Three people were killed by two gunmen.", [(3, "killed", "total")]),
    ("They discovered four people were suspected in the shooting.", []),
    ("Two teenagers are accused in the stabbing, police said.", []),
    ("Five people were wounded and two men were arrested in the attack.", [(5, "injured", "total"),
                                                                          (2, "detained", "total")]),
    ("A suspect threatened to shoot a 20-year-old woman during the robbery.", []),
    ("The gunman tried to kill three guards before he fled.", []),
    ("The attackers planned to kill dozens of worshippers, prosecutors said.", []),
]


# Each class of the figures issue, by name: its sentences must yield exactly these figures.
CLASSES = {
    "other events and periods are never tolls": OTHER_EVENTS,
    "changes are not totals": CHANGES,
    "counts of other things are not people": OTHER_THINGS,
    "affected is not killed": AFFECTED,
    "people in an affected place are not themselves counted": AFFECTED_PLACES,
    "the displaced beside the dead are not dead": DEAD_AND_DISPLACED,
    "small and negated counts": SMALL_AND_NEGATED,
    "ages, dates and names are not counts": AGES_DATES_NAMES,
    "people are not numbers": PEOPLE_ARE_NOT_NUMBERS,
    "groups from the noun": GROUPS,
    "care and custody": HOSPITAL_AND_CUSTODY,
    "a day's increment is not the toll": INCREMENTS,
    "addresses and captions are not counts": ADDRESSES_AND_CAPTIONS,
    "doers and aims are not victims": DOERS_AND_AIMS,
}
CASES = [(name, sentence, expected) for name, cases in CLASSES.items() for sentence, expected in cases]


@pytest.mark.parametrize("kind,sentence,expected", CASES, ids=[f"{c[0]}: {c[1][:40]}" for c in CASES])
def test_each_class_on_its_own_sentences(parse, kind, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("text, expected", [
    ("In October 2002, rebels seized a theatre. Two days later, troops stormed it. In the fight, 130 hostages died.", []),
    ("The valley flooded in 1998. A day later the dam broke and about 3,000 people drowned.", []),
    ("In 2010, a quake struck the capital. On Saturday, a new quake killed 304 people.", [(304, "killed", "total")]),
    ("In 2010, a quake struck the capital. This time 304 people died, officials said.", [(304, "killed", "total")]),
    # a clause hung on an event of another year is that event's; a year in a clause of the subject is not the toll's
    ("He wants to avoid the chaos that followed the 2010 earthquake, when aid was slow after 300,000 were killed.", []),
    ("Officials recall the confusion that followed the 1998 floods, when relief came late after 3,000 drowned.", []),
    ("The quake, which struck the area the 2010 earthquake devastated, killed 304 people.", [(304, "killed", "total")]),
    ("Rescuers who remember the 2010 earthquake said 304 people were killed.", [(304, "killed", "total")]),
    ("The 2012 violence displaced 130,000 people and killed 200.", []),
])
def test_a_story_of_another_year_goes_on_in_sentences_with_no_time_of_their_own(parse, text, expected):
    found = casualties.extract(parse(text, date="2024-03-23"))
    assert [(m.quantity.value, m.status, m.group) for m in found if not m.projection] == expected


def test_a_tally_of_several_events_is_not_one_events_toll(parse):
    assert figures(parse, "The group has carried out at least 10 attacks in the city this year, killing more than "
                          "200 people.") == []
    assert figures(parse, "Three bombings across the region killed 27 people last week.") == []
    assert figures(parse, "More than 100 people have been killed in the city since the start of the year.") == []
    assert figures(parse, "Air strikes killed 40 people on Monday.") == [(40, "killed", "total")]


def test_one_death_named_by_its_noun(parse):
    assert figures(parse, "Police are investigating the death of a 5-year-old boy.") == [(1, "killed", "children")]
    assert figures(parse, "Detectives are investigating the fatal shooting of a man in the city.") == [
        (1, "killed", "total")]
    assert figures(parse, "Two men were shot in a car, and police said one of the men has died.") == [
        (2, "injured", "total"), (1, "killed", "total")]


def test_people_rescued_or_freed_are_no_longer_missing(parse):
    assert figures(parse, "Twelve of the missing fishermen were rescued on Tuesday; 18 remain unaccounted for.") == [
        (18, "missing", "total")]
    assert figures(parse, "Five hostages were freed by the army.") == []
    assert figures(parse, "Rescuers found 20 people dead in the rubble.") == [(20, "killed", "total")]
    # the missing who are found are missing no longer, however they were found
    assert figures(parse, "The mayor said two people who had gone missing after the breach had been found.") == []
    assert figures(parse, "Twelve of the missing fishermen were found on Sunday.") == []


def test_a_sentence_framed_by_another_year(parse):
    assert figures(parse, "In 1991, a cyclone and the storm surge it brought killed about 140,000.") == []
    assert figures(parse, "During 2010, floods killed nearly 2,000 people.") == []
    found = [(m.quantity.value, m.status) for m in casualties.extract(parse("In 2023, the quake killed 50,000 people.",
                                                                             date="2023-03-01"))]
    assert found == [(50000, "killed")]


def test_another_figures_phrase_gives_no_status(parse):
    assert figures(parse, "The number of people killed by the cyclone has risen to 41, with 120 injured.") == [
        (41, "killed", "total"), (120, "injured", "total")]


def test_a_number_of_things_a_toll_verb_gives_is_not_people(parse):
    assert figures(parse, "Cholera cases have risen to 1,200 in the camps, with 14 deaths.") == [(14, "killed", "total")]
    assert figures(parse, "The death toll has risen to 211.") == [(211, "killed", "total")]
    assert figures(parse, "The number of dead rose to 40 on Monday.") == [(40, "killed", "total")]
    found = [(m.quantity.value, m.status) for m in casualties.extract(parse(
        "At least 65 civilians have been killed since the rebels launched their offensive on February 2.",
        date="2024-02-14"))]
    assert found == [(65, "killed")]
    assert figures(parse, "At least 40 people died. One of the dead was a child of six.") == [(40, "killed", "total")]


def test_people_of_coordinated_verbs_share_their_status(parse):
    assert figures(parse, "Some 30 prisoners were lined up and shot dead by the militia.") == [(30, "killed", "total")]
    assert figures(parse, "Three men were detained and questioned.") == [(3, "detained", "total")]
    found = [(m.quantity.value, m.status) for m in casualties.extract(parse(
        "Published October 4 2016 A suicide bomber killed 30 people on Monday at a wedding.", date="2016-10-12"))]
    assert found == [(30, "killed")]


def test_the_one_person_hurt_who_later_died(parse):
    text = "A man was shot in the chest on Friday night.\nHe was taken to hospital, where he later died."
    assert figures(parse, text) == [(1, "killed", "total")]
    text = "A woman was shot in the leg on Friday.\nThe victim was pronounced dead at the scene."
    assert figures(parse, text) == [(1, "killed", "women")]
    text = "A man was shot in the leg on Friday.\nHe is expected to recover."
    assert figures(parse, text) == [(1, "injured", "total")]


def test_an_unnamed_part_of_the_country_is_a_scope(parse):
    [mention] = casualties.extract(parse("Rescue teams were searching for 12 people still missing in the north."))
    assert mention.place == "the north"
    [mention] = casualties.extract(parse("At least 410 people were killed in the capital alone."))
    assert mention.place == "the capital"


def test_a_sentence_about_another_time_is_no_overview(parse):
    from briefing.extract import overview
    text = ("A powerful cyclone tore through the coast on Sunday, killing at least 23 people in the villages.\n"
            "In 1991, a cyclone and the storm surge it brought killed about 140,000 people on the coast.\n")
    assert [s.text[:9] for s in overview.extract(parse(text))] == ["A powerfu"]


def test_a_named_person_killed_or_hurt_is_one_victim(parse):
    assert figures(parse, "The shooting left Joshua Reyes, 24, of Oxnard, dead.") == [(1, "killed", "total")]
    assert figures(parse, "Maria Lopez was found dead in her car on Sunday.") == [(1, "killed", "total")]
    assert figures(parse, "Detectives are investigating the shooting death of Daniel Okoro at a bus stop.") == [
        (1, "killed", "total")]
    assert figures(parse, "Peter Mwangi was shot in the leg outside his home.") == [(1, "injured", "total")]
    assert figures(parse, "Police arrested Peter Mwangi on Tuesday.") == []          # a suspect, not a victim
    assert figures(parse, "Prime Minister Anna Berg said the attack was cowardly.") == []
    text = "Samuel Diaz was shot in the chest.\nDiaz was taken to a hospital, where he later died."
    assert figures(parse, text) == [(1, "killed", "total")]
    text = "At least 40 people were killed in the blast.\nAmong them was Fatima Ali, a teacher, who was killed instantly."
    assert figures(parse, text) == [(40, "killed", "total")]


def test_the_subject_of_an_active_act_did_it(parse):
    assert figures(parse, "Two soldiers killed three militants near the border.") == [(3, "killed", "armed_group")]
    assert figures(parse, "The man pulled out a gun and shot a 17-year-old boy.") == [(1, "injured", "children")]
    assert figures(parse, "Nine persons killed 12 injured in terrorist attack.") == [(9, "killed", "total"),
                                                                                      (12, "injured", "total")]
    assert figures(parse, "Five people suffered burns and four lost their lives.") == [(5, "injured", "total"),
                                                                                     (4, "killed", "total")]


def test_taken_to_hospital_where_they_died(parse):
    assert figures(parse, "A woman was rushed to the hospital, where she later died of her wounds.") == [
        (1, "killed", "women")]
    assert figures(parse, "Two men were taken to hospital where they were treated.") == [(2, "injured", "total")]


def test_a_toll_near_or_past_a_figure(parse):
    found = [(m.quantity.value, m.quantity.qualifier, m.status) for m in casualties.extract(parse(
        "Death toll nears 400 in flood-hit state, dozens missing"))]
    assert found == [(400, "about", "killed"), (12, "vague", "missing")]
    found = [(m.quantity.value, m.quantity.qualifier, m.status) for m in casualties.extract(parse(
        "The toll climbed past 4,000 on Monday, and the number of injured has crossed 6,500."))]
    assert found == [(4000, "at_least", "killed"), (6500, "at_least", "injured")]


def test_a_bare_number_misread_into_another_phrase_keeps_its_verb(parse):
    assert figures(parse, "Around a million people are still packed into temporary relief camps and 15 are "
                          "reported missing.") == [(15, "missing", "total")]
    assert figures(parse, "Thousands are sleeping in tents and schools and 22 were confirmed dead.") == [
        (22, "killed", "total")]


@pytest.mark.parametrize("sentence, place", [
    ("More than 100 people were also killed in neighbouring India and China.", "India and China"),
    ("The quake was felt across neighbouring India, Bangladesh and Pakistan, where 50 people died.",
     "India, Bangladesh and Pakistan"),
    ("The ministry put the toll at 3,815, with Kathmandu accounting for nearly 1,000 deaths.", "Kathmandu"),
    ("Another 40 deaths were recorded from Gorkha district.", "Gorkha district"),
    ("In Hatay and Gaziantep, 300 people died.", None),
    # a place that opens the sentence scopes each clause joined after it
    ("In Khyber Pakhtunkhwa, 289 people were killed and 348 injured, the authority said.", "Khyber Pakhtunkhwa"),
    ("In Hatay, 40 people died and 120 were hurt.", "Hatay"),
    ("Across the country, 1,000 people were killed and 2,000 injured.", None),
    # 'the province' is the one region the sentence names
    ("The provincial government of Sindh said 347 people had died in the province.", "Sindh"),
    ("Officials in Kerala said 40 people had died in the state.", "Kerala"),
    ("Some 40 people died in the district, officials said.", None),
])
def test_the_scope_of_lists_and_clauses(parse, sentence, place):
    assert [m.place for m in casualties.extract(parse(sentence)) if not m.projection][-1] == place


def test_a_figure_of_a_condition_is_supposed(parse):
    for text in ("If the death toll does reach 10,000, it would be the worst quake in decades.",
                 "Unless they are reached soon, 2,000 villagers could die, officials said.",
                 "Officials would not say whether 300 people had died."):
        assert figures(parse, text) == [], text
    assert figures(parse, "The toll reached 3,000, even if many bodies are still missing.") == [(3000, "killed", "total")]


def test_people_left_trapped_are_not_the_dead_and_officials_of_a_place_give_its_figure(parse):
    assert figures(parse, "Floods in two countries kill 42 people and leave millions trapped.") == [
        (42, "killed", "total")]
    [m] = casualties.extract(parse("According to police officials in the neighbouring Indian state of Assam, at least "
                                   "17 people have died."))
    assert m.place == "Assam, India"
    [m] = casualties.extract(parse("According to officials, 30 people died in the floods."))
    assert m.place is None


def test_a_paragraph_opening_on_the_people_counted_before_is_their_share(parse):
    text = ("Lightning has killed at least 21 people across the country since Friday.\n"
            "Among them were three children aged 12 to 14 who were struck by lightning in a village.")
    assert figures(parse, text) == [(21, "killed", "total"), (3, "killed", "children")]
    text = "Floods have killed 30 people in the region.\nOf those, 12 were children."
    assert figures(parse, text) == [(30, "killed", "total"), (12, "killed", "children")]


def test_of_which_and_of_whom_open_a_share(parse):
    found = [(m.quantity.value, m.part_of) for m in casualties.extract(parse(
        "With the new deaths, the toll reached 107, of which 17 people have died in the landslides."))]
    assert found == [(107, None), (17, 0)]
    assert figures(parse, "The floods killed 60 people, of whom 20 were children.") == [
        (60, "killed", "total"), (20, "killed", "children")]


@pytest.mark.parametrize("sentence, expected", [
    ("Nine foreigners were among the dead.", [(9, "foreign")]),
    ("At least 35 foreign nationals died in the blasts.", [(35, "foreign")]),
    ("The number of foreigners killed has risen to 40, including 11 Indians.", [(40, "foreign"), (11, "India")]),
    ("At least 290 people were killed.", [(290, None)]),
])
def test_foreigners_are_a_part_of_the_toll_like_a_nationality(parse, sentence, expected):
    assert [(m.quantity.value, m.nationality) for m in casualties.extract(parse(sentence))] == expected


def test_an_early_or_initial_estimate_is_set_aside(parse):
    assert figures(parse, "The toll could exceed the early estimate of 1,000 made by the president.") == []
    assert figures(parse, "The initial toll of 300 was revised upwards on Monday.") == []
    assert figures(parse, "An early morning blast killed 12 people.") == [(12, "killed", "total")]


def test_a_figure_the_report_denies_or_a_headlines_source_is_no_group(parse):
    assert figures(parse, "The toll is 120, not 150 as earlier reported.") == [(120, "killed", "total")]
    assert figures(parse, "It was not 40 people but 400 who died.") == [(400, "killed", "total")]
    assert figures(parse, "Death toll from the bombings rises to 359: police") == [(359, "killed", "total")]
    assert figures(parse, "Toll in quake rises to 2,012: officials") == [(2012, "killed", "total")]
    # the denied figure is kept as a note that makes other reports' 150 old
    assert [m.quantity.value for m in casualties.extract(parse("The toll is 120, not 150 as earlier reported."))
            if m.replaced] == [150]


def test_a_semicolon_ends_a_figures_clause(parse):
    assert figures(parse, "7 suicide bombers involved in blasts; 24 arrested as toll rises to 290") == [
        (24, "detained", "total"), (290, "killed", "total")]
    assert figures(parse, "Two soldiers were wounded; three civilians died later in hospital.") == [
        (2, "injured", "security_forces"), (3, "killed", "civilians")]


@pytest.mark.parametrize("sentence", [
    "He gave a figure of more than 9,000 injured, but later retracted it.",
    "The ministry reported 450 deaths but then withdrew the figure.",
])
def test_a_figure_its_teller_takes_back_is_no_figure(parse, sentence):
    assert figures(parse, sentence) == []


@pytest.mark.parametrize("sentence, rise", [
    ("The death toll rose to 137 on Sunday, officials said.", True),
    ("The number of dead has climbed to 80, the ministry said.", True),
    ("Deaths reached 52 by the evening.", True),
    ("Officials said 137 people were killed.", False),
    ("The toll could rise to 500, officials feared.", False),
])
def test_a_toll_told_as_risen_to_a_figure_is_an_update(parse, sentence, rise):
    assert [m.rise for m in casualties.extract(parse(sentence))] == [rise]


@pytest.mark.parametrize("sentence, current", [
    ("The government had originally said over 2,000 people had been killed.", False),
    ("Officials had initially reported that 300 people died in the blast.", False),
    ("Officials said 300 people were killed, and later raised the figure.", True),
    ("The ministry said 450 people had died.", True),
])
def test_an_earlier_figure_the_report_names_is_set_aside(parse, sentence, current):
    found = casualties.extract(parse(sentence))
    assert [not m.superseded for m in found] == [current], [(m.quantity.value, m.superseded) for m in found]


@pytest.mark.parametrize("sentence, expected", [
    # a state the people were in gives way to the verb that says they died
    ("In the siege, 129 hostages and 41 fighters died.", [(129, "killed", "total"), (41, "killed", "armed_group")]),
    ("Ten injured passengers later died in hospital.", [(10, "killed", "civilians")]),
    ("The gunmen held 40 hostages for three days.", [(40, "detained", "total")]),
    ("Twelve injured passengers were taken to hospital.", [(12, "injured", "civilians")]),
    # those who began the act did it
    ("At least five gunmen began shooting civilians in the hall.", []),
    ("Three attackers started stabbing shoppers, killing 12.", [(12, "killed", "total")]),
    # a clause of another figure gives nothing to a bare count of things
    ("Some 1,600 houses were destroyed and over 1,700 were damaged, with more than 570 people injured.",
     [(570, "injured", "total")]),
    # a time inside a clause about something else does not date the toll
    ("The death toll from a storm that crashed into the region last month has risen above 1,000.",
     [(1000, "killed", "total")]),
    ("The toll of the floods that began last week has climbed to 230.", [(230, "killed", "total")]),
    ("Last month's floods killed 230 people.", []),
])
def test_states_doers_and_clauses_of_other_things(parse, sentence, expected):
    assert figures(parse, sentence) == expected


def test_people_who_could_be_dead_are_a_projection(parse):
    assert figures(parse, "The president said that more than 1,000 people could be dead.") == []
    assert figures(parse, "The president said that more than 1,000 people are dead.") == [(1000, "killed", "total")]


@pytest.mark.parametrize("sentence, expected", [
    ("The health agency cited nearly 2,900 injuries in the fighting.", [(2900, "injured", "total")]),
    ("Hospitals have treated more than 400 injuries since Friday.", [(400, "injured", "total")]),
    ("The prosecutor ordered the detention of eight former officials.", [(8, "detained", "other")]),
    ("A judge ordered the detention of 12 suspects pending trial.", [(12, "detained", "total")]),
    ("The number of missing people had dropped from 41 to 31.", [(31, "missing", "total")]),
    ("The number of injured people rose to 230.", [(230, "injured", "total")]),
    ("The number of dead fell to 31 after a recount.", [(31, "killed", "total")]),
])
def test_tolls_as_nouns_of_injury_and_detention_and_falling_counts(parse, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Six civilians, including a child, were among at least 22 people killed in air strikes.",
     [(6, "killed", "civilians", 2), (1, "killed", "children", 2), (22, "killed", "total", None)]),
    ("Three children were among the 40 people killed in the attack.",
     [(3, "killed", "children", 1), (40, "killed", "total", None)]),
    ("Two soldiers were among the 15 wounded.", [(2, "injured", "security_forces", 1), (15, "injured", "total", None)]),
])
def test_people_among_a_toll_are_a_share_of_it(parse, sentence, expected):
    found = casualties.extract(parse(sentence))
    assert [(m.quantity.value, m.status, m.group, m.part_of) for m in found] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("We have the deaths of 45 people and 47 people who have not been located.",
     [(45, "killed", "total"), (47, "missing", "total")]),
    ("Some 30 people have not been found.", [(30, "missing", "total")]),
    ("Twelve fishermen have still not been accounted for.", [(12, "missing", "civilians")]),
    ("Officials reported 27 deaths and four missing persons.", [(27, "killed", "total"), (4, "missing", "total")]),
    ("Four missing fishermen were found dead on the beach.", [(4, "killed", "civilians")]),
])
def test_people_not_found_are_missing_until_found_dead(parse, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The death toll was officially confirmed to be 224.", [(224, "killed", "total")]),
    ("The toll was later put at 90, officials said.", [(90, "killed", "total")]),
    ("Officials updated the toll, saying that it had surged to 143 people.", [(143, "killed", "total")]),
    ("The company said it has grown to 500 employees.", []),
    ("The whereabouts of 125 others remain unknown.", [(125, "missing", "total")]),
    ("The whereabouts of at least 30 fishermen are still unknown.", [(30, "missing", "civilians")]),
])
def test_a_toll_reached_through_a_complement_a_pronoun_or_whereabouts(parse, sentence, expected):
    assert figures(parse, sentence) == expected


def test_about_as_a_preposition_is_no_approximation(parse):
    found = casualties.extract(parse("The state sent details about 48 deaths to the capital."))
    assert [(m.quantity.value, m.quantity.qualifier, m.quantity.text) for m in found] == [(48, "exact", "48")]
    found = casualties.extract(parse("About 48 people died in the storm."))
    assert [(m.quantity.value, m.quantity.qualifier) for m in found] == [(48, "about")]


@pytest.mark.parametrize("sentence, expected", [
    ("The dead include 96 males, 85 females and 29 children.",
     [(96, "killed", "total"), (85, "killed", "women"), (29, "killed", "children")]),
    ("A landslide killed three dozen people in the village.", [(36, "killed", "total")]),
    ("At least 13 peacekeepers have been killed in the fighting.", [(13, "killed", "security_forces")]),
    ("Police made 40 arrests overnight.", [(40, "detained", "total")]),
    ("In the siege, 129 hostages and 41 gunmen died.", [(129, "killed", "total"), (41, "killed", "armed_group")]),
])
def test_words_for_the_people_counted(parse, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "So far, 210 bodies have been recovered, including 96 men, 85 women and 29 children.",
    "Rescuers have recovered 210 bodies, including 96 men, 85 women and 29 children.",
])
def test_bodies_recovered_are_dead_and_each_listed_part_is_a_share_of_the_total(parse, sentence):
    found = casualties.extract(parse(sentence))
    assert [(m.quantity.value, m.status, m.part_of) for m in found] == [
        (210, "killed", None), (96, "killed", 0), (85, "killed", 0), (29, "killed", 0)]


@pytest.mark.parametrize("text, expected", [
    ("The floods killed 40 people. Another 101 people were injured, officials said.",
     [(40, "killed", "total"), (101, "injured", "total")]),
    ("Gunmen shot dead 12 villagers. Another 30 were wounded in the attack.",
     [(12, "killed", "civilians"), (30, "injured", "total")]),
    ("The floods killed 40 people. Another 12 people died on Sunday.", [(40, "killed", "total")]),
])
def test_another_after_a_figure_of_another_status_is_other_people(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("old,new,gone", [
    ("The blasts killed 359 people, police said.", "The death toll is 253 and not 359 as reported earlier, "
     "the ministry said.", 359),
    ("Officials said 40 people were killed in the fire.", "Police said 29 people were killed, not 40 as first "
     "reported.", 40),
    ("Officials said 70 people died in the crash.", "The ministry put the toll at 61, down from an earlier "
     "figure of 70.", 70),
])
def test_a_figure_a_report_replaces_is_old_in_every_report(parse, old, new, gone):
    from briefing.extract import extract_article
    from briefing.headline import choose_headline
    from briefing.merge import merge
    articles = [extract_article(parse(old, "S1")), extract_article(parse(new, "S2"))]
    facts = merge(articles, dates={"S1": "2024-01-10", "S2": "2024-01-11"})
    assert [f.superseded for f in facts.casualties if f.count == gone] == [True]
    assert choose_headline(facts).get("killed").count != gone
    # told again by a report newer than the one that replaced it, the figure stands
    facts = merge(articles, dates={"S1": "2024-01-12", "S2": "2024-01-11"})
    assert [f.superseded for f in facts.casualties if f.count == gone] == [False]


@pytest.mark.parametrize("text", [
    "The stampede killed at least 131 people, the country's police chief told a news conference.",
    "The shelling killed 40 people, the army commander said on Sunday.",
])
def test_the_one_who_gives_a_toll_is_not_the_group_it_counts(parse, text):
    assert [group for _, _, group in figures(parse, text)] == ["total"]


@pytest.mark.parametrize("text, expected", [
    ("The earthquake killed at least 2,000 people, officials said.\n\nRescuers dug through the rubble on Sunday."
     "\n\nAnother 300 people were injured, the health ministry said.", [(2000, "killed"), (300, "injured")]),
    ("The death toll has risen to 50.\n\nThe search of the scene led police to one more victim.\n\n"
     "The commissioner said a further 48 people were wounded in the attack.", [(50, "killed"), (48, "injured")]),
    # the same status told before: the figure adds to it, and is no toll of its own
    ("The earthquake killed at least 2,000 people, officials said.\n\nRescuers dug through the rubble on Sunday."
     "\n\nA further 300 people died in hospital overnight.", [(2000, "killed")]),
])
def test_a_further_figure_of_a_status_not_yet_told_is_other_people(parse, text, expected):
    assert [(value, status) for value, status, _ in figures(parse, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Health officials gave estimates for the toll from at least 30 dead to more than 60, and from 120 wounded "
     "to 140.", [(30, 60, "killed"), (120, 140, "injured")]),
    ("Officials gave estimates ranging from 40 dead to more than 70, and from 200 injured to 250.",
     [(40, 70, "killed"), (200, 250, "injured")]),
    # a toll that moved from one figure to the next is its last figure
    ("The toll rose from 40 dead to 70 on Monday.", [(70, None, "killed")]),
])
def test_a_range_split_by_its_noun_is_one_figure(parse, text, expected):
    # (a toll it rose from is an older figure beside it)
    found = [(m.quantity.value, m.quantity.value_max, m.status) for m in casualties.extract(parse(text))
             if not m.replaced and not m.superseded]
    assert found == expected


@pytest.mark.parametrize("text, expected", [
    ("The quake has become the first in the country to claim more than 100 lives since the 2016 quake.", []),
    ("It is the first attack to kill more than 50 people in the capital since the war ended.", []),
    # a count since a day of the event is its toll
    ("More than 300 people have been killed since Saturday.", [(300, "killed", "total")]),
])
def test_a_bound_set_for_a_record_is_no_toll(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("text", [
    "Separately, the agency reported one missing person who may have been caught in a landslide.",
    "In a separate incident, two police officers were shot dead at a checkpoint.",
])
def test_a_count_told_apart_is_a_part_of_the_event(parse, text):
    assert [m.place for m in casualties.extract(parse(text))] == ["elsewhere"]


@pytest.mark.parametrize("text, expected", [
    ("Ten people have died and 42 are considered missing, seven children among them.",
     [(10, "killed", "total"), (42, "missing", "total"), (7, "missing", "children")]),
    ("Officials said 80 people were injured and 12 died, three children among them.",
     [(80, "injured", "total"), (12, "killed", "total"), (3, "killed", "children")]),
])
def test_those_among_them_are_a_share_of_the_figure_before(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Of the dead, 97 were women and 19 were foreigners.", (97, "killed", "women")),
    ("Of the 156 dead, 101 were female, the government said.", (101, "killed", "women")),
    ("Of those killed, 30 were soldiers.", (30, "killed", "security_forces")),
])
def test_what_the_dead_are_said_to_be_is_their_group(parse, text, expected):
    assert expected in figures(parse, text)


@pytest.mark.parametrize("text, expected", [
    ("The toll may rise further, with about two dozen people in critical condition.", [(24, "injured", True)]),
    ("The toll rose to 40, with 12 people in intensive care.", [(40, "killed", False), (12, "injured", True)]),
])
def test_people_in_a_condition_are_a_part_of_the_injured(parse, text, expected):
    assert [(m.quantity.value, m.status, m.remaining) for m in casualties.extract(parse(text))] == expected


@pytest.mark.parametrize("text", [
    "More than 3,000 missing person reports have been filed so far, the officials said.",
    "Some 500 family tents were delivered to the camps.",
])
def test_a_number_of_things_named_after_people_counts_the_things(parse, text):
    assert figures(parse, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Police said 40 people were detained and 12 are still in custody.", [(40, "detained", False), (12, "detained", True)]),
    ("Three suspects remain in custody, police said.", [(3, "detained", True)]),
])
def test_those_still_held_are_a_part_of_the_arrested(parse, text, expected):
    assert [(m.quantity.value, m.status, m.remaining) for m in casualties.extract(parse(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("Four people were arrested on Friday. The arrest of two other people found with firearms was tangential.",
     [(4, "detained", False), (2, "detained", True)]),
    ("The bomber attacked a gate, killing 13 soldiers. At least 79 other people were killed at the scene.",
     [(13, "killed", False), (79, "killed", True)]),
    # other people of another status are other people
    ("One man was killed and two other people were wounded.", [(1, "killed", False), (2, "injured", False)]),
])
def test_other_people_after_a_count_of_their_status_are_some_besides(parse, text, expected):
    assert [(m.quantity.value, m.status, m.besides) for m in casualties.extract(parse(text))] == expected


@pytest.mark.parametrize("text, expected", [
    ("At least 62 shoppers and staff have been killed and close to 200 wounded in the siege.",
     [(62, "killed"), (200, "injured")]),
    ("Close to 5,000 people were injured and nearly 300 killed.", [(5000, "injured"), (300, "killed")]),
])
def test_a_qualifier_the_parser_made_the_head_is_no_word_of_the_figure(parse, text, expected):
    assert [(value, status) for value, status, _ in figures(parse, text)] == expected


@pytest.mark.parametrize("text", ['"Why is a 110-pound person dead when officers are trained?" her father asked.',
                                  "A 40-foot container of bodies stood by the morgue."])
def test_a_measure_before_a_noun_counts_no_one(parse, text):
    assert not any(value in (110, 40) for value, _, _ in figures(parse, text))


@pytest.mark.parametrize("text, expected", [
    ('"Suddenly I saw 10-15 people dead," a survivor said.', []),
    ('"We watched as dozens of bodies were pulled from the river," one resident said.', []),
    ("Police said they saw 40 people killed in the attack.", [(40, "killed", "total")]),
])
def test_what_one_witness_saw_is_an_account_not_a_count(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("One man was killed and another injured after they were shot inside a car.",
     [(1, "killed", "total"), (1, "injured", "total")]),
    ("Two men were killed and another injured.", [(2, "killed", "total"), (1, "injured", "total")]),
    ("A police officer died and another wounded in the attack.",
     [(1, "killed", "security_forces"), (1, "injured", "security_forces")]),
])
def test_another_with_its_verb_elided_counts_one_more(parse, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A woman was killed and two others were injured when a gunman opened fire.",
     [(1, "killed", "women"), (2, "injured", "total")]),
    ("A child died and three others were hurt.", [(1, "killed", "children"), (3, "injured", "total")]),
    ("Three soldiers were killed and four others wounded in the ambush.",
     [(3, "killed", "security_forces"), (4, "injured", "security_forces")]),
])
def test_others_after_one_person_are_people_after_many_are_more_of_them(parse, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("text, expected", [
    ("The attack killed 40 people. Ten of the victims were children.",
     [(40, "killed", "total"), (10, "killed", "children")]),
    ("Floods killed 1,136 people. Officials said 75 of the dead were children.",
     [(1136, "killed", "total"), (75, "killed", "children")]),
    ("The blast wounded 60 people. Four of the injured were police officers.",
     [(60, "injured", "total"), (4, "injured", "security_forces")]),
    ("Floods killed 1,136 people; 75 of those killed were women.",
     [(1136, "killed", "total"), (75, "killed", "women")]),
    ("Ten of the buses were damaged.", []),
])
def test_a_share_of_the_people_counted_is_what_it_is_said_to_be(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("According to initial information eight people were killed and 80 sustained injuries.",
     [(80, "injured", "total"), (8, "killed", "total")]),
    ("Twelve people were killed and 40 injuries were reported.", [(12, "killed", "total"), (40, "injured", "total")]),
    ("Five hostages died in the raid.", [(5, "killed", "total")]),
])
def test_a_count_of_injuries_joined_to_a_verb_of_death_stays_injured(parse, text, expected):
    assert sorted(figures(parse, text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Twin suicide blasts targeted a checkpoint near the city, claiming 4 martyrs and 13 injured.",
     [(4, "killed", "total"), (13, "injured", "total")]),
    ("Seven civilians were martyred on Wednesday as militants shelled the neighborhood.", [(7, "killed", "civilians")]),
    ("The bombing resulted in the martyrdom of 3 citizens and injured 11 others.",
     [(3, "killed", "total"), (11, "injured", "total")]),
    ("Army units eliminated more than 75 militants in the southern city.", [(75, "killed", "armed_group")]),
    ("The government has eliminated 40 checkpoints on the highway.", []),
])
def test_martyrs_and_fighters_eliminated_are_dead(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber killed 30 people injured 90 on Monday in an attack.",
     [(30, "killed", "total"), (90, "injured", "total")]),
    ("There were also 20 women among the dead.", [(20, "killed", "women")]),
    ("Three women were among the injured.", [(3, "injured", "women")]),
])
def test_the_people_a_count_is_among_and_a_participle_with_its_own_count(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("sentence, places", [
    ("Of the 410 killed, 200 were in the capital.", [None, "the capital"]),
    ("Of the 1,200 injured, 300 were in Hatay province.", [None, "Hatay province"]),
])
def test_the_whole_a_share_is_of_takes_no_place_of_the_share(parse, sentence, places):
    assert [m.place for m in casualties.extract(parse(sentence))] == places


@pytest.mark.parametrize("sentence, expected", [
    ("The 5th Brigade lost 12 soldiers in the ambush.", [(12, "killed", "security_forces")]),
    ("The rebels lost at least 40 fighters in the fighting.", [(40, "killed", "armed_group")]),
    ("The family lost four relatives in the quake.", []),
    ("The village lost 300 homes to the flood.", []),
    ("Police lost contact with 12 climbers.", []),
])
def test_people_a_force_lost_are_dead(parse, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Nearly 130,000 in rescue camps in Mozambique as the cyclone death toll rises to 686",
     [(686, "killed", "total")]),
    ("Floods killed 300 people, with 20,000 in relief camps.", [(300, "killed", "total")]),
    ("At least 40 people died in the camps.", [(40, "killed", "total")]),
])
def test_people_counted_in_shelters_are_no_toll(parse, sentence, expected):
    assert figures(parse, sentence) == expected


@pytest.mark.parametrize("headline", ["Quake toll passes 3,000 as rescuers dig", "Cyclone batters the coast"])
def test_a_wars_toll_is_not_the_toll_of_a_natural_hazard(parse, headline):
    text = f"{headline}\n\nThe region has been torn by a conflict that has killed 50,000 people.\n"
    assert (50000, "killed", "total") not in figures(parse, text)
    war_report = "Shelling resumes in the capital\n\nThe region has been torn by a conflict that has killed 50,000 people.\n"
    assert figures(parse, war_report) == [(50000, "killed", "total")]


@pytest.mark.parametrize("text, expected", [
    ("Police said the gunman gunned down two men outside the bar.", [(2, "killed", "total")]),
    ("Three villagers were gunned down near the market on Friday.", [(3, "killed", "civilians")]),
    ("Four aid workers were taken hostage near the border.", [(4, "detained", "other")]),
])
def test_a_verb_of_two_words_gives_its_own_status(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A parole officer shot and killed a patient inside the mental health center.", [(1, "killed", "civilians")]),
    ("Gunmen killed two people inside the shelter.", [(2, "killed", "total")]),
    ("A man accidentally shot himself in the leg outside a shop, police said.", [(1, "injured", "total")]),
    ("A teenager shot himself with his father's gun on Sunday.", [(1, "injured", "children")]),
    ("A man was charged with murder after his neighbor died from wounds sustained in the shooting.",
     [(1, "killed", "total")]),
    ("Her husband was killed when the roof collapsed.", [(1, "killed", "total")]),
    ("Officers say the 26-year-old man was shot in the arm and drove himself to hospital.", [(1, "injured", "total")]),
    ("The man was shot in the arm.", []),         # someone already told of: no one new
    ("The 50-year-old man had been shot once in the head and was pronounced dead at the scene.",
     [(1, "killed", "total")]),
    ("A woman was shot in the chest and later died in hospital.", [(1, "killed", "women")]),
    ("Two men were shot and one died.", [(2, "injured", "total"), (1, "killed", "total")]),
])
def test_one_person_in_other_wordings(parse, text, expected):
    assert figures(parse, text) == expected


def test_a_toll_brought_down_knows_what_it_replaces(parse):
    def revised(text):
        return [(m.quantity.value, m.revised_from) for m in casualties.extract(parse(text)) if not m.replaced]
    assert revised("Authorities on Thursday revised the toll down to 253, from the previous figure of 359.") == \
        [(253, 359)]
    assert revised("The UN said at least 3,958 people have died instead of 11,300.") == [(3958, 11300)]
    assert revised("The government lowered the death toll to 40 on Monday.") == [(40, 0)]
    assert revised("The death toll rose to 60 on Monday.") == [(60, None)]


@pytest.mark.parametrize("newer_date", ["2024-01-11", None])
@pytest.mark.parametrize("revision", [
    "Officials revised the toll down to 253, from the previous figure of 359.",
    "The ministry said 253 people had died, not 359 as reported earlier.",
])
def test_a_toll_brought_down_is_the_toll_though_others_were_higher(parse, revision, newer_date):
    from briefing.extract import extract_article
    from briefing.headline import choose_headline
    from briefing.merge import merge
    reports = ["The blasts killed 359 people, police said.", "The toll from the blasts rose to 321 on Tuesday.",
               "At least 350 people died in the blasts, a hospital official said.", revision]
    articles = [extract_article(parse(text, f"S{i}")) for i, text in enumerate(reports, start=1)]
    dates = {"S1": "2024-01-09", "S2": "2024-01-10", "S3": None, "S4": newer_date}
    headline = choose_headline(merge(articles, dates=dates)).get("killed")
    assert (headline.count, headline.count_max) == (253, None)


@pytest.mark.parametrize("text, superseded", [
    ("Health authorities previously put the death toll at 5,500.", True),
    ("Police initially said 12 people were killed.", True),
    ("Police said 12 people had died earlier in the day.", False),
    ("Initial reports said 12 people were killed.", True),
    ("Earlier figures had put the number of injured at 450.", True),
    ("The previous government killed 40 protesters.", False),
])
def test_a_figure_told_as_given_before_is_an_older_one(parse, text, superseded):
    assert [m.superseded for m in casualties.extract(parse(text))] == [superseded]


def test_an_undated_report_its_toll_places_last_gives_the_newest_figures_of_every_status(parse):
    """The report with the highest death toll was written last: its injured count is the newest,
    though an earlier report's was a little higher."""
    from briefing.extract import extract_article
    from briefing.headline import choose_headline
    from briefing.merge import merge
    reports = ["The quake has killed 5,489 people and injured 11,000, officials said.",
               "The toll stood at 7,040, with 14,398 injured, the emergency centre said.",
               "Police raised the death toll to 7,365, with 14,366 injured."]
    articles = [extract_article(parse(text, f"S{i}")) for i, text in enumerate(reports, start=1)]
    headline = choose_headline(merge(articles, dates={"S1": "2015-04-30", "S2": "2015-05-02", "S3": None}))
    assert (headline.get("killed").count, headline.get("injured").count) == (7365, 14366)
    # undated and unplaced, the largest figure stands
    headline = choose_headline(merge(articles[1:], dates={}))
    assert headline.get("injured").count == 14398


@pytest.mark.parametrize("text, expected", [
    ("The unconfirmed list of missing people currently stands at 1,100 names.", [(1100, "missing", "total")]),
    ("The list of missing people has grown to 850 names.", [(850, "missing", "total")]),
    ("The list of the dead has grown to 45.", [(45, "killed", "total")]),
    ("The memorial bears 300 names.", []),
])
def test_a_list_of_people_counts_its_people(parse, text, expected):
    assert figures(parse, text) == expected


@pytest.mark.parametrize("later, first_date, stands", [
    ("The death toll from last week's earthquake has climbed to 2,207, the civil defence agency said.",
     "2021-08-14", True),
    ("The floods last month killed 40 people in the valley, officials said.", "2021-07-30", True),
    # no report of the event is as old as the period: it is another event's
    ("The death toll from last week's earthquake has climbed to 2,207, the civil defence agency said.",
     "2021-08-20", False),
    ("The floods last month killed 40 people in the valley, officials said.", "2021-08-10", False),
])
def test_a_toll_dated_to_a_recent_period_is_the_events_if_the_event_was_reported_by_then(
        parse, later, first_date, stands):
    from briefing.extract import extract_article
    from briefing.merge import merge
    first = extract_article(parse("Rescuers searched the rubble on Sunday.", "S1"))
    second = extract_article(parse(later, "S2", date="2021-08-22"))
    facts = merge([first, second], dates={"S1": first_date, "S2": "2021-08-22"})
    assert bool([f for f in facts.casualties if f.status == "killed"]) == stands
    assert not merge([second], dates={"S2": "2021-08-22"}).casualties      # told alone: another event


@pytest.mark.parametrize("text, expected", [
    ("Earlier reports had put the number of casualties at 228, with 450 wounded.",
     [(228, "killed", "total"), (450, "injured", "total")]),
    ("Officials put casualties at 300, with 1,200 people wounded.", [(300, "killed", "total"), (1200, "injured", "total")]),
    # casualties that hold the wounded stay the dead and hurt together
    ("The blast caused 150 casualties, including 40 dead and 110 injured.",
     [(150, "affected", "total"), (40, "killed", "total"), (110, "injured", "total")]),
])
def test_casualties_fewer_than_the_wounded_beside_them_are_the_dead(parse, text, expected):
    assert figures(parse, text) == expected


def test_an_unconfirmed_figure_places_its_report_nowhere(parse):
    from briefing.merge_figures import report_tolls
    mentions = list(casualties.extract(parse(
        "While some unconfirmed reports suggested 276 deaths, officials said at least 177 people were killed.")))
    assert [m.unconfirmed for m in mentions] == [True, False]
    assert report_tolls(mentions) == {"S1": 177}
    other = list(casualties.extract(parse("An unverified toll of 276 circulated online; police said 177 had died.")))
    assert report_tolls(other) == {"S1": 177}


@pytest.mark.parametrize("sentence, until", [
    ("About 300 people are believed to have died when an airstrike hit the theatre in March.", "2022-03-31"),
    ("In February, floods killed 40 people in the same valley.", "2022-02-28"),
    ("A landslide in December killed 12 villagers nearby.", "2021-12-31"),
])
def test_a_month_named_alone_dates_the_figure_until_its_last_day(parse, sentence, until):
    # merging keeps it only if the event was already reported by then
    found = [m.dated_until for m in casualties.extract(parse(sentence, date="2022-04-10"))]
    assert found == [until]


def test_a_month_of_the_report_itself_does_not(parse):
    found = casualties.extract(parse("In April, floods killed 40 people in the valley.", date="2022-04-10"))
    assert [(m.quantity.value, m.dated_until) for m in found] == [(40, None)]


@pytest.mark.parametrize("sentence", [
    "It is the deadliest in the region since a 1999 tremor in Colombia killed more than 1,000 people.",
    "The toll is the worst since a 1987 storm in the south killed 900 people, officials said.",
])
def test_a_subject_the_parser_hung_on_since_still_dates_its_verb(parse, sentence):
    assert list(casualties.extract(parse(sentence, date="2016-04-23"))) == []


@pytest.mark.parametrize("sentence", [
    "The number of deaths could be beyond the 1,000 predicted by the president.",
    "The toll may be above 300, officials fear.",
    "Deaths could be over 500 once the valley is reached, he said.",
])
def test_a_toll_that_could_be_beyond_a_figure_is_a_projection(parse, sentence):
    assert all(m.projection for m in casualties.extract(parse(sentence, date="2019-03-18")))


@pytest.mark.parametrize("sentence, expected", [
    ("It could be the strongest storm since Cyclone Eline struck the country in February 2000, claiming at "
     "least 800 lives.", []),
    ("It is the worst storm since a cyclone hit the city in 2008, leaving 200 people dead.", []),
    ("The storm hit the coast on Thursday, killing 40 people.", [40]),
    ("Floods hit the province, the worst since 2010, killing 30 people.", [30]),
])
def test_a_participle_after_a_dated_clause_belongs_to_it(parse, sentence, expected):
    assert [m.quantity.value for m in casualties.extract(parse(sentence, date="2019-03-15"))] == expected


@pytest.mark.parametrize("sentence, older", [
    ("The governor had spoken on Monday of 220 dead, but the count given by the ministry was 171.", [220]),
    ("Officials had reported 50 deaths, but the ministry later gave a toll of 45.", [50]),
    ("Officials had reported 50 deaths and 20 injuries.", []),
])
def test_a_figure_told_in_the_past_perfect_before_but_is_an_older_one(parse, sentence, older):
    assert [m.quantity.value for m in casualties.extract(parse(sentence)) if m.superseded] == older


@pytest.mark.parametrize("sentence, older, replaced", [
    ("The death toll stood at 480 on Tuesday, up from the 413 announced on Monday.", [413], []),
    ("The toll rose to 90 from 70, officials said.", [70], []),
    ("The ministry put the toll at 61, down from an earlier figure of 70.", [], [70]),
    ("The toll was revised to 50 from 80.", [], [80]),
])
def test_the_toll_before_a_rise_is_an_older_figure_and_before_a_fall_a_wrong_one(parse, sentence, older, replaced):
    found = list(casualties.extract(parse(sentence)))
    assert [m.quantity.value for m in found if m.superseded] == older
    assert [m.quantity.value for m in found if m.replaced] == replaced


@pytest.mark.parametrize("sentence, expected", [
    ("Shock has turned to anger since Tuesday's explosion killed at least 153 people.", [153]),
    ("Hundreds have slept outdoors since the quake on Sunday killed 40 people.", [40]),
    ("It is the deadliest attack since the bombing that killed 50 people.", []),
    ("Residents have been afraid since the 2016 quake killed 300.", []),
])
def test_since_a_day_of_this_week_is_the_events_own_time(parse, sentence, expected):
    assert [m.quantity.value for m in casualties.extract(parse(sentence, date="2020-08-08"))] == expected


@pytest.mark.parametrize("sentence, until", [
    ("It followed the November assaults on Paris, which killed 130 people.", "--11"),
    ("The atrocity comes after attacks in November in Paris in which 130 died.", "--11"),
    ("The attack in Nice, which killed 84 people, shocked the country.", None),
])
def test_the_month_of_the_event_a_clause_tells_of_dates_it(parse, sentence, until):
    # an undated report gives the month alone; dated, its last day
    assert [m.dated_until for m in casualties.extract(parse(sentence))] == [until]
    dated = [m.dated_until for m in casualties.extract(parse(sentence, date="2016-07-15"))]
    assert dated == ["2015-11-30" if until else None]


@pytest.mark.parametrize("sentence, expected", [
    # those yet to be found are missing; the date of the event they are victims of does not date the clause
    ("Perhaps as many as 5,000 victims of the quake and tsunami on Sept. 28 have yet to be found.",
     [(5000, "missing")]),
    ("Some 300 people have yet to be accounted for.", [(300, "missing")]),
    ("On September 28, state media reported that 40 people had been killed in a fire.", []),
])
def test_people_yet_to_be_found_are_missing(parse, sentence, expected):
    assert [(m.quantity.value, m.status) for m in casualties.extract(parse(sentence, date="2018-10-09"))] == expected


@pytest.mark.parametrize("sentence, expected", [
    # the people of a clause whose participle has a count of its own are not that count's victims
    ("A building packed with factories and thousands of workers caved in, killing at least 113 people.",
     [(113, "killed")]),
    ("Gunmen attacked 30 worshippers, killing five.", [(5, "killed")]),
    # ages written with a shared hyphen
    ("He said the bodies of his 18- and 16-year-old sons had been found.", []),
    ("Their 7- and 9-year-old daughters were injured.", []),
    # the event a clause tells of, dated to another time
    ("It far surpasses a fire in Karachi last year that killed about 260 workers.", []),
    ("A fire in the capital that killed 40 people on Monday was put out.", [(40, "killed")]),
])
def test_figures_that_belong_to_other_words(parse, sentence, expected):
    assert [(m.quantity.value, m.status) for m in casualties.extract(parse(sentence, date="2013-05-08"))] == expected
