"""Merge, compose and write as units, on hand-made records (no model needed)."""
import pytest
from dataclasses import replace

from briefing.compose import compose_key_figures
from briefing.errors import OutputError
from briefing.headline import choose_headline
from briefing.merge_figures import event_scope, merge_casualties, merge_displacement, report_times
from briefing.model import CasualtyMention, DisplacementMention, Evidence, Facts, Quantity
from briefing.render import write_outputs


def mention(source, value, group="total", qualifier="exact", status="killed", start=0, projection=False, **extra):
    return CasualtyMention(quantity=Quantity(value, None, qualifier, f"{value}"), status=status, group=group,
                           group_text="people", reported_by="the ministry", place=extra.pop("place", None),
                           evidence=Evidence(source, start, start + 10, "x" * 10), projection=projection, **extra)


def key_figures(mentions, dates=None, countries=("Xland",)):
    facts, _ = merge_casualties(mentions, dates, event_scope(mentions, list(countries)))
    headline = choose_headline(Facts(casualties=facts, event_countries=list(countries)))
    return {k.label: k for k in compose_key_figures(headline)}


def test_same_figure_from_several_sources_is_one_fact():
    facts, projections = merge_casualties([mention("S1", 500), mention("S2", 500, qualifier="at_least"),
                                           mention("S3", 500, start=40)])
    assert len(facts) == 1 and projections == []
    assert facts[0].sources == ["S1", "S2", "S3"] and len(facts[0].evidence) == 3
    assert not facts[0].single_source


def test_disagreeing_figures_point_at_each_other_and_projections_stay_apart():
    facts, projections = merge_casualties([mention("S1", 500), mention("S2", 650), mention("S2", 20000, projection=True)])
    assert [f.count for f in facts] == [650, 500]
    assert facts[0].conflicts_with == ["C2"] and facts[1].conflicts_with == ["C1"]
    assert facts[0].highest and not facts[1].highest
    assert [p.count for p in projections] == [20000]


def test_a_rising_toll_is_a_progression_and_the_newest_report_is_the_headline():
    dates = {"S1": "2023-05-01", "S2": "2023-05-03", "S3": "2023-05-05"}
    facts, _ = merge_casualties([mention("S1", 31), mention("S2", 80), mention("S3", 112)], dates)
    assert [(f.count, f.latest, f.superseded, f.conflicts_with) for f in facts] == [
        (112, True, False, []), (80, False, True, []), (31, False, True, [])]
    assert key_figures([mention("S1", 31), mention("S2", 80), mention("S3", 112)], dates)["Killed"].display == "112"


def test_of_two_reports_of_one_day_the_one_telling_a_higher_rise_is_the_later():
    dates = {"S1": "2023-05-01", "S2": "2023-05-03", "S3": "2023-05-03"}
    told = [mention("S1", 60), mention("S2", 133, rise=True), mention("S2", 152, status="injured", start=20),
            mention("S3", 137, rise=True), mention("S3", 182, status="injured", start=20)]
    figures = key_figures(told, dates)
    assert (figures["Killed"].display, figures["Injured"].display) == ("137", "182")
    facts, _ = merge_casualties(told, dates)
    assert {f.count: (f.latest, f.superseded, f.conflicts_with) for f in facts}[133] == (False, True, [])
    # the later report is the one that tells the toll as risen, whichever is larger: otherwise they differ
    for told in ([mention("S2", 133, rise=True), mention("S3", 137)], [mention("S2", 133), mention("S3", 137)]):
        assert key_figures(told, dates)["Killed"].display == "133–137"


def test_a_newer_report_far_below_what_older_reports_counted_is_no_toll():
    dates = {"S1": "2023-05-01", "S2": "2023-05-03", "S3": "2023-05-05"}
    # '15 were now considered dead' after tolls of 600 and 750: a part, or another incident
    killed = key_figures([mention("S1", 600), mention("S2", 750), mention("S3", 15)], dates)["Killed"]
    assert killed.display == "750"
    # one stray older figure (another event's toll read as this one's) does not freeze the toll
    killed = key_figures([mention("S1", 300000), mention("S1", 700, start=20), mention("S2", 1300),
                          mention("S3", 2200)], dates)["Killed"]
    assert killed.display == "2,200"
    # two reports of the newer figure outweigh one older report
    dates4 = {**dates, "S4": "2023-05-05"}
    killed = key_figures([mention("S1", 129), mention("S3", 11), mention("S4", 11)], dates4)["Killed"]
    assert killed.display == "11"
    # missing people are found: their count may fall
    missing = key_figures([mention("S1", 600, status="missing"), mention("S2", 750, status="missing"),
                           mention("S3", 31, status="missing")], dates)["Missing"]
    assert missing.display == "31"


def test_a_report_giving_a_toll_and_a_part_of_it_is_headlined_by_the_toll():
    dates = {"S1": "2023-05-05", "S2": "2023-05-05"}
    rounded = mention("S1", 3000, qualifier="about")
    assert key_figures([rounded, mention("S1", 2000, start=20)], dates)["Killed"].display == "~3,000"
    assert key_figures([mention("S1", 400, qualifier="at_least"), mention("S1", 413, start=20)],
                       dates)["Killed"].display == "413"
    # a handful in one report beside another's toll of the same day is no reading of the same count
    assert key_figures([mention("S1", 2000), mention("S2", 1)], dates)["Killed"].display == "2,000"


def test_a_toll_in_a_country_the_event_is_not_in_is_another_events():
    morocco = mention("S2", 3000, place="Morocco", start=30)
    facts, _ = merge_casualties([mention("S1", 3800), morocco], None,
                                event_scope([mention("S1", 3800), morocco], ["Libya"]))
    assert [f.count for f in facts] == [3800]
    # a neighbour that two reports give figures for is part of the event
    malawi = [mention("S1", 56, place="Malawi"), mention("S2", 59, place="Malawi", start=30)]
    facts, _ = merge_casualties(malawi, None, event_scope(malawi, ["Mozambique", "Zimbabwe"]))
    assert sorted(f.count for f in facts) == [56, 59]


def test_reports_of_the_same_day_that_disagree_show_both_figures():
    dates = {"S1": "2023-05-05", "S2": "2023-05-05", "S3": "2023-05-01"}
    killed = key_figures([mention("S1", 500), mention("S2", 650), mention("S3", 300)], dates)["Killed"]
    assert killed.display == "500–650" and killed.disputed


@pytest.mark.parametrize("bound,figure", [(200, 300), (1000, 1250)])
def test_a_lower_bound_below_a_figure_of_the_same_time_agrees_with_it(bound, figure):
    dates = {"S1": "2023-05-05", "S2": "2023-05-05"}
    mentions = [mention("S1", bound, qualifier="at_least"), mention("S2", figure, qualifier="about")]
    killed = key_figures(mentions, dates)["Killed"]
    assert (killed.display, killed.disputed) == (f"~{figure:,}", False)
    # an exact figure below a lower bound does disagree with it
    killed = key_figures([mention("S1", bound, qualifier="at_least"), mention("S2", bound - 20)], dates)["Killed"]
    assert killed.disputed


@pytest.mark.parametrize("own,foreign", [(("Xland", 128), ("Iran", 4)), (("Xland", 40), ("France", 2))])
def test_where_reports_count_foreigners_the_events_own_nationals_are_a_part(own, foreign):
    mentions = [mention("S1", own[1] + 26), mention("S2", own[1], nationality=own[0]),
                mention("S2", foreign[1], nationality=foreign[0], start=20)]
    killed = key_figures(mentions, {"S1": "2023-05-05", "S2": "2023-05-05"})["Killed"]
    assert (killed.display, killed.disputed) == (f"{own[1] + 26}", False)
    # with no foreigners counted, the nationals of the event's country are its toll
    facts, _ = merge_casualties(mentions[:2], {}, event_scope(mentions, ["Xland"]))
    assert {f.nationality for f in facts} == {None}


def test_without_dates_the_highest_toll_is_the_latest_and_others_are_flagged():
    killed = key_figures([mention("S1", 500), mention("S2", 500), mention("S3", 650)])["Killed"]
    assert killed.display == "650" and killed.disputed


def test_a_part_of_the_event_never_stands_for_the_whole():
    figures = key_figures([mention("S1", 912, place="Turkey"), mention("S1", 300),
                           mention("S2", 5000, nationality="France", start=20)], countries=("Turkey", "Syria"))
    assert figures["Killed"].display == "300"
    figures = key_figures([mention("S1", 912, place="Turkey"), mention("S1", 300)], countries=("Turkey",))
    assert figures["Killed"].display == "912"     # the event's only country is the whole event


def test_a_vague_word_for_a_figure_of_its_own_report_is_that_figure():
    facts, _ = merge_casualties([mention("S1", 12, qualifier="vague"), mention("S1", 22, start=30),
                                 mention("S2", 100, qualifier="vague")])
    assert sorted((f.count, f.qualifier, f.sources) for f in facts) == [(22, "exact", ["S1"]), (100, "vague", ["S2"])]


def test_vague_arrests_and_breakdowns_make_no_key_figure():
    figures = key_figures([mention("S1", 12, qualifier="vague", status="detained"), mention("S1", 40, start=30)])
    assert "Detained" not in figures
    parts = [mention("S1", 40), mention("S1", 60, group="civilians", part_of=0)]
    assert key_figures(parts)["Killed"].display == "40"


def test_outputs_are_written_whole(tmp_path):
    written = write_outputs({"brief.json": b"{}", "brief.html": b"<html>"}, tmp_path)
    assert sorted(p.name for p in written) == ["brief.html", "brief.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.html", "brief.json"]


def test_unwritable_output_leaves_the_previous_brief(tmp_path):
    (tmp_path / "brief.json").write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        if (tmp_path / "probe").exists() or _can_write(tmp_path):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(OutputError, match="the previous brief is unchanged"):
            write_outputs({"brief.json": b"new"}, tmp_path)
        assert (tmp_path / "brief.json").read_bytes() == b"old"
    finally:
        tmp_path.chmod(0o700)


def _can_write(folder):
    try:
        (folder / "probe").write_bytes(b"")
        (folder / "probe").unlink()
        return True
    except OSError:
        return False


def test_a_figure_that_names_no_group_is_the_same_figure_that_names_one():
    headline = mention("S1", 40)
    headline.group_text = ""
    facts, _ = merge_casualties([headline, mention("S1", 40, group="civilians", start=20), mention("S2", 40)])
    assert [(f.count, f.group, f.sources) for f in facts] == [(40, "civilians", ["S1", "S2"])]


def test_a_total_below_one_of_its_groups_is_no_event_wide_total():
    figures = key_figures([mention("S1", 14), mention("S2", 72, group="civilians"), mention("S3", 65, group="civilians")])
    assert figures["Killed"].display == "72" and figures["Killed"].group_text == "people"


def test_an_older_group_does_not_stand_above_a_newer_total():
    dates = {"S1": "2023-05-15", "S2": "2023-05-17"}
    figures = key_figures([mention("S1", 30, group="civilians", status="missing"), mention("S2", 18, status="missing")],
                          dates)
    assert figures["Missing"].display == "18"
    several = key_figures([mention("S1", 14), mention("S2", 72, group="civilians"), mention("S3", 150, group="armed_group")])
    assert "Killed" not in several        # no figure is the whole: none is shown


def test_a_figure_many_times_another_is_no_rival_reading():
    facts, _ = merge_casualties([mention("S1", 6), mention("S2", 400), mention("S3", 380)])
    rivals = {f.count: sorted(f.conflicts_with) for f in facts}
    assert rivals[6] == [] and rivals[400] and rivals[380]


def test_a_place_of_another_country_is_never_the_whole_event():
    mentions = [mention("S1", 17, place="Assam, India"), mention("S2", 17, place="Assam, India", start=20),
                mention("S3", 92)]
    assert event_scope(mentions, ["Bangladesh"]).places == {"bangladesh"}
    own = [mention("S1", 22, place="Manchester"), mention("S2", 22, place="Manchester", start=20)]
    assert "manchester" in event_scope(own, ["United Kingdom"]).places


def test_a_capital_or_town_well_below_the_national_toll_is_a_part():
    mentions = [mention("S1", 920, place="Kathmandu"), mention("S2", 6621), mention("S3", 4000, start=30)]
    facts, _ = merge_casualties(mentions, None, event_scope(mentions, ["Nepal"]))
    assert {f.count: f.place for f in facts}[920] == "Kathmandu"
    own = [mention("S1", 30, place="Kabul"), mention("S2", 32), mention("S2", 30, place="Kabul", start=20)]
    facts, _ = merge_casualties(own, None, event_scope(own, ["Afghanistan"]))
    assert {f.count: f.place for f in facts}[30] is None          # the event's own city


def test_a_list_of_countries_is_the_whole_event_only_when_it_is_the_events_countries():
    lists = [mention("S1", 5000, place="Turkey and Syria"), mention("S2", 800, place="Syria and Lebanon"),
             mention("S3", 700, place="India and China")]
    facts, _ = merge_casualties(lists, None, event_scope(lists, ["Turkey", "Syria"]))
    assert {f.count: f.place for f in facts} == {5000: None, 800: "Syria and Lebanon"}   # 700: another event's


def _displaced_fact(fid, count, kind, one_site=False, qualifier="exact"):
    from briefing.model import DisplacementFact
    return DisplacementFact(id=fid, count=count, count_max=None, qualifier=qualifier, text="", places=[], kind=kind,
                            projection=False, background=False, one_site=one_site, as_of="2024-08-20",
                            sources=["S1"], evidence=[])


def test_the_people_of_one_site_are_no_headline_of_displacement():
    patients = [_displaced_fact("D1", 100, "evacuated", one_site=True)]
    assert choose_headline(Facts(displacement=patients)).get("displaced") is None
    both = [*patients, _displaced_fact("D2", 40, "fled")]
    assert choose_headline(Facts(displacement=both)).get("displaced").count == 40


def test_a_handful_who_fled_does_not_hide_a_million_in_camps():
    small = [_displaced_fact("D1", 26, "fled"), _displaced_fact("D2", 1_000_000, "sheltering")]
    assert choose_headline(Facts(displacement=small)).get("displaced").count == 1_000_000
    flows = [_displaced_fact("D1", 600_000, "fled"), _displaced_fact("D2", 400_000, "sheltering")]
    assert choose_headline(Facts(displacement=flows)).get("displaced").count == 600_000


def test_a_precise_count_above_a_vague_flight_is_the_figure():
    vague = [_displaced_fact("D1", 1000, "fled", qualifier="vague"), _displaced_fact("D2", 6759, "evacuated")]
    vague[1].sources = ["S2"]
    assert choose_headline(Facts(displacement=vague)).get("displaced").count == 6759
    vague[1].sources = ["S1"]       # one report's evacuees beside its own "thousands fled": the flight stands
    assert choose_headline(Facts(displacement=vague)).get("displaced").count == 1000
    below = [_displaced_fact("D1", 1000, "fled", qualifier="vague"), _displaced_fact("D2", 800, "evacuated")]
    assert choose_headline(Facts(displacement=below)).get("displaced").count == 1000


def _article(source, places, figures):
    from briefing.model import ArticleMentions, NameMention
    names = [NameMention(name=p, label="GPE", evidence=Evidence(source, 100 + i, 110 + i, p)) for i, p in enumerate(places)]
    return ArticleMentions(source=source, locations=names,
                           casualties=[mention(source, v, place=place, start=20 * i) for i, (v, place) in enumerate(figures)])


def test_an_article_about_one_country_of_several_gives_that_countrys_figures():
    from briefing.gazetteer import Towns
    from briefing.merge import find_event_countries, scope_articles
    articles = [_article("S1", ["Bangladesh", "Bangladesh", "Bangladesh", "Sylhet", "Bangladesh"], [(40, None)]),
                _article("S2", ["Bangladesh", "India", "Bangladesh", "Bangladesh"], [(17, "Assam, India"), (42, None)]),
                _article("S3", ["Assam", "Assam"], [(107, None)])]
    countries = find_event_countries(articles, Towns())
    assert countries == ["Bangladesh", "India"]
    scoped = {m.quantity.value: m.place for m in scope_articles(articles, countries, {})}
    assert scoped == {40: "Bangladesh", 17: "Assam, India", 42: None, 107: "India"}
    one = [_article("S1", ["Nepal", "Kathmandu"], [(6621, None)]), _article("S2", ["Nepal"], [(4000, None)])]
    assert {m.place for m in scope_articles(one, ["Nepal"], {})} == {None}


@pytest.mark.parametrize("reporter, country", [("Malawi's disaster department", "Malawi"),
                                               ("the Mozambican government", "Mozambique")])
def test_in_an_event_across_countries_one_countrys_authority_counts_that_country(reporter, country):
    from dataclasses import replace
    from briefing.merge import scope_articles
    article = _article("S1", ["Malawi", "Mozambique"], [(225, None)])
    article.casualties[0] = replace(article.casualties[0], reported_by=reporter)
    assert [m.place for m in scope_articles([article], ["Malawi", "Mozambique"], {})] == [country]
    assert [m.place for m in scope_articles([article], ["Kenya", "Uganda"], {})] == [None]


def test_a_whole_smaller_than_a_part_of_it_is_no_headline():
    dates = {"S1": "2023-03-15", "S2": "2023-03-18"}
    told = [mention("S1", 225), mention("S2", 438, place="Malawi"), mention("S2", 76, place="Mozambique", start=20)]
    figures = key_figures(told, dates, countries=("Malawi", "Mozambique"))
    # no report sums the countries up: the largest country's toll, said as that country's
    assert (figures["Killed"].display, figures["Killed"].place) == ("438", "Malawi")
    # a report that lists every country of the event counts the whole of it
    summed = [*told, mention("S2", 500, qualifier="at_least", place="Malawi, Mozambique and Madagascar", start=40)]
    figures = key_figures(summed, dates, countries=("Malawi", "Mozambique"))
    assert (figures["Killed"].display, figures["Killed"].place) == ("500+", None)
    # a newer whole above its parts stands; a part newer than a smaller whole takes it down
    newer = {"S1": "2023-03-19", "S2": "2023-03-18"}
    assert key_figures([mention("S1", 600), *told[1:]], newer, ("Malawi", "Mozambique"))["Killed"].display == "600"
    assert key_figures([mention("S1", 300), *told[1:]], newer, ("Malawi", "Mozambique"))["Killed"].display == "300"
    assert key_figures([mention("S1", 300), *told[1:]], dates, ("Malawi", "Mozambique"))["Killed"].display == "438"


def test_the_event_countrys_own_dead_above_an_older_whole_stand_for_it():
    dates = {"S1": "2021-08-26", "S2": "2021-08-29"}
    told = [mention("S1", 103, qualifier="at_least"), mention("S2", 169, nationality="Afghanistan"),
            mention("S2", 13, nationality="United States", start=20)]
    killed = key_figures(told, dates, countries=("Afghanistan",))["Killed"]
    assert (killed.display, killed.group_text) == ("169", "people from Afghanistan")
    # a whole newer than the count of nationals is the headline
    newer = {"S1": "2021-08-30", "S2": "2021-08-29"}
    told[0] = mention("S1", 183)
    assert key_figures(told, newer, countries=("Afghanistan",))["Killed"].display == "183"


def test_the_missing_are_those_of_the_newest_dated_report_beside_an_undated_one():
    dates = {"S1": "2019-01-26", "S2": None, "S3": "2019-02-02"}
    told = [mention("S1", 300, status="missing"), mention("S2", 250, status="missing"),
            mention("S3", 226, status="missing")]
    assert key_figures(told, dates)["Missing"].display == "226"
    # an undated report whose toll is above the newest dated one's was written after it
    tolls = [mention("S1", 9, start=50), mention("S2", 140, start=50), mention("S3", 121, start=50)]
    assert key_figures(told + tolls, dates)["Missing"].display == "250"
    tolls[1] = mention("S2", 34, start=50)
    assert key_figures(told + tolls, dates)["Missing"].display == "226"
    # the dead only grow in number: an undated report's larger toll may be the newest
    dead = [replace(m, status="killed") for m in told]
    assert key_figures([dead[0], replace(dead[1], quantity=Quantity(340, None, "exact", "340")), dead[2]],
                       dates)["Killed"].display == "340"


def test_undated_reports_placed_after_one_dated_report_are_ordered_by_their_tolls():
    dates = {"S1": "2024-05-04", "S2": None, "S3": None}
    told = [mention("S1", 68, status="missing"), mention("S2", 130, status="missing"),
            mention("S3", 85, status="missing")]
    tolls = [mention("S1", 39, start=50), mention("S2", 105, start=50), mention("S3", 161, start=50)]
    assert key_figures(told + tolls, dates)["Missing"].display == "85"
    tolls[2] = mention("S3", 90, start=50)           # the lower toll: the older report
    assert key_figures(told + tolls, dates)["Missing"].display == "130"
    # no report dated at all: the tolls alone order them
    undated = {"S1": None, "S2": None, "S3": None}
    tolls[2] = mention("S3", 161, start=50)
    assert key_figures(told + tolls, undated)["Missing"].display == "85"


def test_an_undated_report_with_a_dated_reports_toll_is_of_its_time():
    # a later report revised the toll down (650 after 670): the undated report giving 670 is of the
    # 670 report's time, not after the revision
    dates = {"S1": "2024-05-27", "S2": None, "S3": "2024-06-05"}
    tolls = [mention("S1", 670), mention("S2", 670), mention("S3", 650)]
    assert report_times(tolls, dates, event_scope(tolls, ["Xland"])).placed == {"S2": "2024-05-27+"}
    tolls[1] = mention("S2", 700)
    assert report_times(tolls, dates, event_scope(tolls, ["Xland"])).placed == {"S2": "2024-06-05+"}
    # a toll that held for days (22 on the 23rd and on the 24th) is no mark of time
    dates = {"S1": "2017-05-23", "S2": "2017-05-24", "S3": None}
    tolls = [mention("S1", 22), mention("S2", 22), mention("S3", 22)]
    assert report_times(tolls, dates, event_scope(tolls, ["Xland"])).placed == {}


def test_an_undated_report_that_tells_a_dated_reports_figure_as_older_was_written_after_it():
    # "the governor had spoken on Monday of 220 dead, but the ministry's count was 171"
    dates = {"S1": "2020-08-10", "S2": None}
    told = [mention("S1", 220), mention("S2", 220, superseded=True), mention("S2", 171, start=20)]
    assert report_times(told, dates, event_scope(told, ["Xland"])).placed == {"S2": "2020-08-10+"}
    assert key_figures(told, dates)["Killed"].display == "171"
    # without the older figure, its lower toll places it nowhere
    assert report_times(told[::2], dates, event_scope(told, ["Xland"])).placed == {}


def test_a_month_told_by_an_undated_report_is_another_events_unless_the_first_reports():
    dates = {"S1": "2016-07-15", "S2": None}
    told = [mention("S1", 84), mention("S2", 130, dated_until="--11"), mention("S2", 12, dated_until="--07", start=20)]
    facts, _ = merge_casualties(told, dates)
    assert sorted(f.count for f in facts) == [12, 84]


def test_displacement_of_an_undated_report_is_ordered_by_its_death_toll():
    def fled(source, value, start=0):
        return DisplacementMention(Quantity(value, None, "exact", str(value)), "fled", [],
                                   Evidence(source, start, start + 5, "x" * 5))
    dates = {"S1": "2019-03-15", "S2": None}
    tolls = [mention("S1", 66), mention("S2", 700)]
    times = report_times(tolls, dates, event_scope(tolls, ["Xland"]))
    items = merge_displacement([fled("S1", 83000), fled("S2", 60000)], dates, times=times)
    headline = choose_headline(Facts(casualties=merge_casualties(tolls, dates)[0], displacement=items,
                                     event_countries=["Xland"]))
    assert {k.label: k.display for k in compose_key_figures(headline)}["Displaced"] == "60,000"
    # below every dated toll it is placed nowhere, and the larger count stands
    tolls[1] = mention("S2", 40)
    times = report_times(tolls, dates, event_scope(tolls, ["Xland"]))
    items = merge_displacement([fled("S1", 83000), fled("S2", 60000)], dates, times=times)
    headline = choose_headline(Facts(casualties=merge_casualties(tolls, dates)[0], displacement=items,
                                     event_countries=["Xland"]))
    assert {k.label: k.display for k in compose_key_figures(headline)}["Displaced"] == "83,000"


def test_an_undated_report_its_toll_places_in_time_does_not_differ_from_a_newer_one():
    dates = {"S1": "2023-03-15", "S2": None, "S3": "2023-03-18"}
    facts, _ = merge_casualties([mention("S1", 190), mention("S2", 225), mention("S3", 438)], dates)
    assert {f.count: f.conflicts_with for f in facts}[225] == []
    # placed nowhere (below every dated toll), it cannot be ordered and may differ
    facts, _ = merge_casualties([mention("S1", 300), mention("S2", 225), mention("S3", 438)], dates)
    assert {f.count: f.conflicts_with for f in facts}[225] != []


def test_people_still_held_or_held_besides_others_are_no_headline():
    dates = {"S1": "2019-03-16", "S2": "2019-03-17", "S3": "2019-03-17"}
    told = [mention("S1", 4, status="detained"), mention("S2", 2, status="detained", remaining=True),
            mention("S3", 2, status="detained", besides=True)]
    assert key_figures(told, dates)["Detained"].display == "4"
    told = [mention("S1", 13), mention("S1", 79, besides=True, start=20)]
    assert key_figures(told, {"S1": "2021-08-26"})["Killed"].display == "13"


def test_the_same_count_in_two_places_is_two_figures():
    facts, _ = merge_casualties([mention("S1", 3, place="Kamrup"), mention("S2", 3, place="Rangpur division")])
    assert sorted(f.place for f in facts) == ["Kamrup", "Rangpur division"]
    facts, _ = merge_casualties([mention("S1", 3, place="Kamrup"), mention("S2", 3)])
    assert [(f.place, f.sources) for f in facts] == [("Kamrup", ["S1", "S2"])]


def test_a_group_of_one_place_does_not_name_the_same_count_of_another():
    facts, _ = merge_casualties([mention("S1", 3, group="children", place="Nandail"), mention("S2", 3, place="Kamrup")])
    assert sorted((f.group, f.place) for f in facts) == [("children", "Nandail"), ("total", "Kamrup")]
    facts, _ = merge_casualties([mention("S1", 40, group="civilians"), mention("S2", 40)])
    assert [(f.group, f.sources) for f in facts] == [("civilians", ["S1", "S2"])]
