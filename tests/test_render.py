"""The rendered brief: PDF structure and metadata, theming, and untrusted article text."""
import json
from pathlib import Path

from pypdf import PdfReader

from conftest import run_cli

SECTION_TITLES = ["Situation overview", "Casualties", "Government response", "Displacement",
                  "International reactions", "Funding and pledges", "Quotes", "Places and actors", "Sources"]


def test_pdf_outline_metadata_and_pages(seeds_build):
    reader = PdfReader(seeds_build / "brief.pdf")
    outline = reader.outline
    assert outline[0]["/Title"] == "Situation brief: Syria"
    assert [item["/Title"] for item in outline[1]] == SECTION_TITLES      # bookmarks from the section headings
    meta = reader.metadata
    assert meta.title == "Situation brief: Syria" and meta.subject.startswith("For internal use")
    assert meta.author
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en" and "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]   # tagged
    fonts = {f["/BaseFont"] for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert fonts and all("+" in f for f in fonts)                        # every font embedded as a subset
    assert all("Brief-Sans" in f for f in fonts)                        # the bundled font, on every machine
    first = reader.pages[0].extract_text()
    for words in ("FOR INTERNAL USE", "HIGHLIGHTS", "KILLED", "Situation overview", "Page 1 of"):
        assert words in first
    assert "Killed by group" in first.replace("KILLED BY GROUP", "Killed by group")


def test_letter_paper_and_theme_from_config(tmp_path):
    logo = tmp_path / "logo.svg"
    logo.write_text('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
                    '<rect width="40" height="20" fill="#123456"/></svg>', encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(f"input: {Path('seeds').resolve()}\npage_size: Letter\norganisation: Relief Desk\n"
                      "date: 2025-03-10\ntheme: {accent: '#7a1f5c', logo: logo.svg}\n", encoding="utf-8")
    result = run_cli("build", "--config", str(config), "--output", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    assert "--accent: #7a1f5c" in html and "data:image/svg+xml;base64," in html
    assert "10 March 2025" in html and "Relief Desk" in html
    box = PdfReader(tmp_path / "out" / "brief.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_article_text_is_shown_as_text_and_nothing_is_fetched(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(
        "Floods kill 30 in river towns\n\n"
        "Floods have killed at least 30 people in the river towns, the disaster agency said on Monday.\n\n"
        "“Someone posted <script>alert(1) and <img src='file:///etc/passwd'> on the city website,” "
        "Mayor Jane Okafor said.\n\n"
        "The government deployed 200 soldiers to the area, officials said.\n", encoding="utf-8")
    result = run_cli("build", "--input", str(articles), "--output", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    quotes = json.loads((tmp_path / "out" / "brief.json").read_text(encoding="utf-8"))["facts"]["quotes"]
    assert any("<script>" in q["text"] for q in quotes)            # the text reached the brief ...
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)" in html and "&lt;img src=&#39;file:///etc/passwd&#39;&gt;" in html
    assert "<script" not in html and "<img src='file" not in html   # ... as text only
    pdf_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "out" / "brief.pdf").pages)
    assert "<script>alert(1)" in pdf_text and "root:x:0" not in pdf_text


def test_renderer_refuses_files_outside_the_templates(tmp_path):
    from briefing.render import render_pdf, template_folders
    html = '<html lang="en"><head><title>t</title></head><body><img src="file:///etc/passwd" alt="x"><p>ok</p></body></html>'
    pdf = render_pdf(html, template_folders(), "A4")
    assert pdf.startswith(b"%PDF") and b"root:" not in pdf


def test_pdf_text_per_page(seeds_build, snapshot):
    pages = [page.extract_text() for page in PdfReader(seeds_build / "brief.pdf").pages]
    assert pages == snapshot


def test_own_template_folder_overrides_ours_file_by_file(tmp_path):
    mine = tmp_path / "my-templates" / "sections"
    mine.mkdir(parents=True)
    (mine / "quotes.html").write_text('<p class="mine">{{ section["items"] | length }} quotes, shown our way</p>\n',
                                      encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(f"input: {Path('seeds').resolve()}\ntemplates: my-templates\nformats: [html]\n", encoding="utf-8")
    result = run_cli("build", "--config", str(config), "--output", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "brief.html").read_text(encoding="utf-8")
    assert "quotes, shown our way" in html             # the overridden file
    assert 'class="section section-casualties"' in html  # every other file is still ours


def test_the_pdf_renderer_process_leaves_no_temporary_files(tmp_path, monkeypatch):
    import tempfile

    from briefing.render import PdfRenderer, template_folders
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))         # the renderer process inherits it
    html = ('<html lang="en"><head><title>t</title><style>@font-face { font-family: X; src: url(fonts/'
            'DejaVuSans.ttf); } p { font-family: X; }</style></head><body><p>ok</p></body></html>')
    with PdfRenderer(template_folders(), "A4") as renderer:
        assert renderer.render(html).startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == []
