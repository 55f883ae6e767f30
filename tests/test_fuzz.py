"""Property-based tests: no input text makes the loader or the extraction raise, and every brief that
comes out is valid against the published JSON schema."""
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.compose import brief_to_json, compose
from briefing.config import Config
from briefing.contract import problems
from briefing.extract import extract_article
from briefing.merge import merge
from briefing.model import Article
from briefing.nlp import parse_articles
from briefing.sources import decode, read_text, segment
from conftest import ROOT

SEED = (ROOT / "seeds" / "004_f4d96eeb7ccd6f2a.txt").read_text(encoding="utf-8")
NEWS_WORDS = ["killed", "at least", "1,000", "dozens", "people", "were", "injured", "fled", "the army", "said",
              "“", "”", '"', "\n", "\n\n", "- ", "UN", "condemned", "in", "Latakia", ".", ",", "more than",
              "Four hundred and thirteen", "2023", "ceasefire", "was agreed", "he said", "(", ")", "<b>", "--"]


def test_the_schema_accepts_the_seeds_brief(seeds_build):
    assert problems(json.loads((seeds_build / "brief.json").read_text(encoding="utf-8"))) == []


def test_the_schema_rejects_a_wrong_brief(seeds_build):
    data = json.loads((seeds_build / "brief.json").read_text(encoding="utf-8"))
    data["facts"]["casualties"][0]["status"] = "dead"
    del data["facts"]["casualties"][0]["sources"]
    found = problems(data)
    assert any("status" in p for p in found) and any("'sources' is a required property" in p for p in found)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_loader_never_raises(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("fuzz") / "a.txt"
    path.write_bytes(raw)
    text, notes, problem = read_text(path)
    assert (problem is None) == bool(text)
    for block in segment(text):
        assert text[block.start:block.end] == block.text
    decoded, _ = decode(raw)
    assert decoded is None or isinstance(decoded, str)


def _brief_of(nlp, text: str) -> dict:
    article = Article(id="S1", path="a.txt", title="", text=text, blocks=segment(text))
    mentions = [extract_article(p) for p in parse_articles(nlp, [article])]
    return brief_to_json(compose(merge(mentions), [article], Config()))


mutated = st.lists(st.sampled_from(NEWS_WORDS), min_size=1, max_size=60).map(" ".join)
spliced = st.tuples(st.integers(0, len(SEED)), st.integers(0, 400), st.text(max_size=40)).map(
    lambda t: SEED[:t[0]] + t[2] + SEED[t[0] + t[1]:])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), mutated, spliced))
def test_extraction_never_raises_and_stays_valid(nlp, text):
    text = text.replace("\r", "\n")
    data = _brief_of(nlp, text)
    assert problems(data) == []
    for kind in ("casualties", "displacement", "government_response", "international_reactions", "quotes"):
        for fact in data["facts"][kind]:
            for ev in fact["evidence"]:
                assert text[ev["start"]:ev["end"]] == ev["text"]
