"""config.yaml: a declared schema; every problem reported at once with its line."""
from pathlib import Path

import pytest

from briefing.config import Config, load_config
from briefing.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_missing(tmp_path):
    config, notes = load_config(tmp_path / "config.yaml")
    assert config == Config()
    assert "not found, using the default settings" in notes[0]
    assert [s.key for s in config.sections][:2] == ["overview", "casualties"]


def test_project_config_is_valid():
    config, notes = load_config(Path(__file__).parent.parent / "config.yaml")
    assert notes == []
    assert config.formats == ["html", "pdf", "json"]


def test_every_problem_is_reported_with_its_line(tmp_path):
    path = write(tmp_path, "title: Brief\nformts: [html]\npage_size: A5\nsections:\n  - key: casualtees\n    limit: 0\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    problems = err.value.problems
    assert "config.yaml:2: formts: unknown key; did you mean 'formats'?" in problems
    assert any(p.startswith("config.yaml:3: page_size: expected one of 'A4' or 'Letter'") for p in problems)
    assert any(p.startswith("config.yaml:5: sections.0.key: expected one of") and "casualtees" in p for p in problems)
    assert any(p.startswith("config.yaml:6: sections.0.limit:") for p in problems)
    assert len(problems) == 4


def test_not_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "title: ok\nsections: [\n  {key: overview\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.problems[0].startswith("config.yaml:")
    assert "not valid YAML" in err.value.problems[0]


def test_wrong_shape(tmp_path):
    with pytest.raises(ConfigError, match="expected a mapping of settings"):
        load_config(write(tmp_path, "- a\n- b\n"))


def test_wrong_type_says_what_it_got(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "formats: html\n"))
    assert err.value.problems[0].startswith("config.yaml:1: formats: ")
    assert "got text" in err.value.problems[0]


def test_yaml_is_loaded_safely(tmp_path):
    with pytest.raises(ConfigError):
        load_config(write(tmp_path, "title: !!python/object/apply:os.system ['echo hacked']\n"))


def test_overrides_win(tmp_path):
    config, _ = load_config(write(tmp_path, "input: a\n"), {"input": "b", "output": None})
    assert config.input == "b"


def test_duplicate_sections_are_refused(tmp_path):
    with pytest.raises(ConfigError, match="section listed twice: quotes"):
        load_config(write(tmp_path, "sections:\n  - {key: quotes}\n  - {key: quotes}\n"))
