"""Merge, compose and write as units, on hand-made records (no model needed)."""
import pytest

from briefing.compose import compose_key_figures
from briefing.errors import OutputError
from briefing.merge import merge_casualties
from briefing.model import CasualtyMention, Evidence, Facts, Quantity
from briefing.render import write_outputs


def mention(source, value, group="total", qualifier="exact", status="killed", start=0, projection=False):
    return CasualtyMention(quantity=Quantity(value, None, qualifier, f"{value}"), status=status, group=group,
                           group_text="people", reported_by="the ministry", place=None,
                           evidence=Evidence(source, start, start + 10, "x" * 10), projection=projection)


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


def test_key_figure_prefers_the_best_attested_total_and_shows_disagreement():
    facts, _ = merge_casualties([mention("S1", 500), mention("S2", 500), mention("S3", 650)])
    [killed] = compose_key_figures(Facts(casualties=facts))
    assert killed.display == "500" and killed.disputed
    facts, _ = merge_casualties([mention("S1", 500), mention("S2", 650)])
    [killed] = compose_key_figures(Facts(casualties=facts))
    assert killed.display == "500–650"      # no figure is better attested: the range, not a silent pick


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
