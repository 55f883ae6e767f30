"""Render the brief to HTML, PDF and JSON, and write the files safely.

Every output is rendered in memory first; then each is written to a temporary file in the output
folder and renamed into place, so a failed build never leaves a truncated file or a new HTML beside
an old PDF. The PDF comes from the same HTML through WeasyPrint, whose URL fetcher refuses anything
outside the template folders: article text can never make the renderer read a file or the network.
"""
from __future__ import annotations

import base64
import json
import multiprocessing
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

from .config import Theme
from .errors import OutputError
from .model import Brief

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_folders(user_folder: Path | None = None) -> list[Path]:
    return ([user_folder] if user_folder else []) + [DEFAULT_TEMPLATES]


def environment(folders: list[Path]) -> Environment:
    env = Environment(loader=ChoiceLoader([FileSystemLoader(str(f)) for f in folders]),
                      autoescape=select_autoescape(["html", "xml", "svg"], default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["thousands"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    return env


def render_html(brief: Brief, data: dict, folders: list[Path], medium: str, theme: Theme | None = None,
                logo: Path | None = None) -> str:
    """The brief as one self-contained page: CSS inline, the logo as a data URI, nothing to fetch.

    ``medium`` is "screen" for brief.html and "print" for the HTML the PDF is made from (which also
    loads the bundled fonts from the template folder, so the PDF is the same on every machine)."""
    env = environment(folders)
    css = env.loader.get_source(env, "style.css")[0]
    print_css = env.loader.get_source(env, "print.css")[0]
    return env.get_template("brief.html").render(brief=data, css=css, print_css=print_css, medium=medium,
                                                 theme=theme or Theme(), logo=_data_uri(logo),
                                                 section_template=lambda key: f"sections/{key}.html")


def _data_uri(path: Path | None) -> str | None:
    if path is None:
        return None
    mime = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml"}
    return f"data:{mime[path.suffix.lower()]};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


def render_pdf(html: str, folders: list[Path], page_size: str) -> bytes:
    """A tagged PDF (PDF/UA-1) with title, author, subject and language from the HTML's head."""
    from weasyprint import CSS, HTML   # imported here: loading it costs time that JSON-only builds skip

    page = CSS(string=f"@page {{ size: {page_size}; }}")
    document = HTML(string=html, base_url=str(folders[-1].resolve()) + "/", url_fetcher=_template_fetcher(folders))
    with _fixed_font_timestamps(), _own_temporary_folder():
        return document.write_pdf(stylesheets=[page], pdf_variant="pdf/ua-1", uncompressed_pdf=False)


@contextmanager
def _own_temporary_folder():
    """WeasyPrint writes the brief's web fonts to a temporary folder it removes only when its font
    configuration is garbage-collected, which a renderer process that exits never does: the folder
    is made inside one of ours, removed when the PDF is written."""
    before = tempfile.tempdir
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as folder:
        tempfile.tempdir = folder
        try:
            yield
        finally:
            tempfile.tempdir = before


@contextmanager
def _fixed_font_timestamps():
    """fontTools stamps each embedded font subset with the current time unless SOURCE_DATE_EPOCH is
    set; a fixed stamp makes two builds of the same brief byte-identical."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = before or "0"
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]


class PdfRenderer:
    """Renders the PDF in a process of its own, started when the build starts: importing WeasyPrint
    (about half a second) then overlaps reading, extraction and merging, and a re-build after a
    config or template edit waits only for the layout."""

    def __init__(self, folders: list[Path], page_size: str):
        context = multiprocessing.get_context("fork")
        self._connection, child = context.Pipe()
        self._process = context.Process(target=_render_pdf_when_asked, args=(child, folders, page_size),
                                        daemon=True)
        self._process.start()
        child.close()

    def render(self, html: str) -> bytes:
        try:
            self._connection.send(html)
            done, result = self._connection.recv()
        except (EOFError, OSError):
            raise RuntimeError("the PDF renderer stopped unexpectedly") from None
        if not done:
            raise RuntimeError(f"rendering the PDF failed: {result}")
        return result

    def close(self) -> None:
        self._connection.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.terminate()

    def __enter__(self) -> PdfRenderer:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def _render_pdf_when_asked(connection, folders: list[Path], page_size: str) -> None:
    import weasyprint  # noqa: F401  (the slow part, done while the build is still running)

    try:
        html = connection.recv()
    except EOFError:            # the build failed or wrote no PDF
        return
    try:
        connection.send((True, render_pdf(html, folders, page_size)))
    except Exception as exc:    # reported by the build, in its own process
        connection.send((False, f"{type(exc).__name__}: {exc}"))


def _template_fetcher(folders: list[Path]):
    """A WeasyPrint URL fetcher that reads files inside the template folders and inline images, and
    refuses everything else (other files, the network)."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    allowed = [f.resolve() for f in folders]

    class TemplateFetcher(URLFetcher):
        def fetch(self, url: str, headers=None) -> URLFetcherResponse:
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(url2pathname(parsed.path)).resolve()
                if any(path.is_relative_to(folder) for folder in allowed) and path.is_file():
                    return URLFetcherResponse(url, path.read_bytes())
            if url.startswith(("data:image/png;", "data:image/jpeg;", "data:image/svg+xml;")):
                return URLFetcherResponse(url, base64.b64decode(url.split(",", 1)[1]),
                                          {"Content-Type": url[5:url.index(";")]})
            raise ValueError(f"refused to fetch {url[:80]!r}: the brief only loads files from its template folder")

    return TemplateFetcher(allowed_protocols=("file", "data"))


def render_json(data: dict) -> bytes:
    """The brief's JSON form (from ``compose.brief_to_json``) as UTF-8 bytes."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_outputs(outputs: dict[str, bytes], folder: Path) -> list[Path]:
    """Write every output whole or not at all: all to temporary files first, then rename each."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder ({exc.strerror}); "
                          f"choose another with --output DIR") from None
    temporary: list[tuple[Path, Path]] = []
    try:
        for name, content in outputs.items():
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            temporary.append((Path(tmp), folder / name))      # listed at once: removed if anything fails
            os.chmod(tmp, 0o666 & ~_umask())
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
        for tmp, final in temporary:
            os.replace(tmp, final)
    except OSError as exc:
        for tmp, _ in temporary:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"{folder}: cannot write the brief ({exc.strerror}); the previous brief is unchanged") from None
    return [final for _, final in temporary]
