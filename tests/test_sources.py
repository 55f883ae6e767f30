"""Loading and segmenting articles; bad files are skipped with a warning that names them."""
import pytest

from briefing.errors import InputError
from briefing.sources import ENGLISH_SHARE, english_share, load_articles, segment


def test_segments_headline_subheading_bullets_and_paragraphs():
    text = ("Quake kills hundreds in the north\n\nRescuers searched collapsed buildings on Monday.\n"
            "Toll in the region\nThe toll rose to 200, officials said, including:\n- 120 civilians\n- 80 soldiers\n")
    blocks = segment(text)
    assert [b.kind for b in blocks] == ["headline", "paragraph", "subheading", "paragraph", "bullet", "bullet"]
    assert all(text[b.start:b.end] == b.text for b in blocks)
    assert blocks[4].lead_in == 3 and blocks[5].lead_in == 3


def test_first_line_is_not_a_headline_when_it_is_a_sentence():
    assert segment("The army said on Sunday that it had regained control of the town.\nMore text follows here.")[0].kind \
        == "paragraph"


def test_loads_sorted_with_stable_ids(tmp_path):
    (tmp_path / "b.txt").write_text("Second article headline\nBody text of the second article, long enough.\n")
    (tmp_path / "a.md").write_text("First article headline\nBody text of the first article, long enough.\n")
    result = load_articles(tmp_path)
    assert [(a.id, a.title) for a in result.articles] == [("S1", "First article headline"),
                                                          ("S2", "Second article headline")]


def test_bad_files_are_skipped_with_a_warning(tmp_path):
    (tmp_path / "good.txt").write_text("A headline\nFighting killed 12 people in the town on Sunday, police said.\n")
    (tmp_path / "empty.txt").write_text("   \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 owners fled the town as fighting spread on Sunday.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Fighting spread to the capital on Sunday, witnesses said.".encode("utf-16"))
    result = load_articles(tmp_path)
    assert [a.path.split("/")[-1] for a in result.articles] == ["good.txt", "latin.txt", "utf16.txt"]
    text = "\n".join(result.warnings)
    assert "empty.txt: empty; skipped" in text
    assert "image.txt: binary data, not text; skipped" in text
    assert "latin.txt: not UTF-8; decoded as Windows-1252" in text
    assert "utf16.txt: decoded as UTF-16" in text
    assert "Café" in result.articles[1].text


def test_windows_line_endings_and_html(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"Headline here\r\nFighting killed 12 people, police said.\r\n")
    (tmp_path / "b.txt").write_text("<html><body><p>Fighting killed <b>12</b> people, police said.</p>"
                                    "<p>More &amp; more fled.</p></body></html>")
    result = load_articles(tmp_path)
    assert "\r" not in result.articles[0].text
    assert "<p>" not in result.articles[1].text and "More & more" in result.articles[1].text


@pytest.mark.parametrize("make,message", [
    (lambda p: p / "missing", "input folder not found"),
    (lambda p: p, "no .txt or .md articles found"),
])
def test_unusable_folders(tmp_path, make, message):
    with pytest.raises(InputError, match=message):
        load_articles(make(tmp_path))


def test_nothing_usable_left(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(InputError, match="none of the 1 files holds a usable article"):
        load_articles(tmp_path)


def test_markdown_and_live_blog_time_stamps_are_removed(tmp_path):
    from briefing.sources import load_articles
    (tmp_path / "live.md").write_text(
        "# Blast in the capital: what we know\n\n"
        "**14:05** – Police say a bomb struck a *crowded* market, killing 12 people. See [the map](https://x.org/m).\n\n"
        "18:10 GMT: Two suspects have been arrested.\n", encoding="utf-8")
    [article] = load_articles(tmp_path).articles
    assert [b.text for b in article.blocks] == [
        "Blast in the capital: what we know",
        "Police say a bomb struck a crowded market, killing 12 people. See the map.",
        "Two suspects have been arrested."]
    assert all(article.text[b.start:b.end] == b.text for b in article.blocks)


@pytest.mark.parametrize("line", ["Also read: Floods kill 40 in the north in 2019", "READ MORE | Quake kills 300",
                                  "Related: Dozens dead as bus falls into ravine"])
def test_a_link_to_another_story_is_not_read(line):
    text = f"Storm hits coast\n\nAt least 12 people died in the storm on Monday.\n{line}\n"
    assert [b.kind for b in segment(text)] == ["headline", "paragraph", "caption"]


@pytest.mark.parametrize("line", [
    "Rescuers search for survivors in the rubble of a building in the city. (AP Photo/Ana Ruiz)",
    "A woman cries outside the hospital on Monday. (Reuters/Omar Bello)",
    "Families shelter in a school on the edge of town. Photograph: Lia Conti/AFP",
    "Residents wait for aid near the bridge (Getty Images)",
])
def test_a_line_closed_by_a_photo_credit_is_a_caption(line):
    assert [b.kind for b in segment(line)] == ["caption"]


@pytest.mark.parametrize("line", [
    "Aid was sent by the ministry of health (MoH/UNICEF).",
    "The army said 40 people were killed (the figure could not be verified).",
])
def test_a_sentence_ending_in_brackets_is_no_caption(line):
    assert [b.kind for b in segment(line)] == ["paragraph"]


@pytest.mark.parametrize("text", [
    "Air strikes kill 34 civilians near Raqqa, monitor says",
    "Army Kills 2 Militant Commanders in Mountain Clashes",
])
def test_a_short_report_in_headline_style_reads_as_english(text):
    assert english_share(text) >= ENGLISH_SHARE


@pytest.mark.parametrize("text", [
    "Des frappes aériennes font 34 morts parmi les civils près de Raqqa, selon une ONG",
    "Las inundaciones dejaron al menos treinta muertos en la región, según las autoridades",
])
def test_a_short_report_in_another_language_does_not(text):
    assert english_share(text) < ENGLISH_SHARE
