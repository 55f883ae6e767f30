"""Render the brief to HTML, PDF and JSON, and write the files safely.

Every output is rendered in memory first; then each is written to a temporary file in the output
folder and renamed into place, so a failed build never leaves a truncated file or a new HTML beside
an old PDF. The PDF comes from the same HTML through WeasyPrint, whose URL fetcher refuses anything
outside the template folders: article text can never make the renderer read a file or the network.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape

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


def render_html(brief: Brief, data: dict, folders: list[Path], medium: str) -> str:
    env = environment(folders)
    css = env.loader.get_source(env, "style.css")[0]
    print_css = env.loader.get_source(env, "print.css")[0]
    return env.get_template("brief.html").render(brief=data, css=css, print_css=print_css, medium=medium,
                                                 section_template=lambda key: f"sections/{key}.html")


def render_pdf(html: str, folders: list[Path], page_size: str) -> bytes:
    from weasyprint import CSS, HTML   # imported here: loading it costs time that JSON-only builds skip

    allowed = [f.resolve() for f in folders]

    def fetcher(url: str, timeout: int = 10, ssl_context=None):
        parsed = urlparse(url)
        if parsed.scheme == "file":
            path = Path(url2pathname(parsed.path)).resolve()
            if any(path.is_relative_to(folder) for folder in allowed) and path.is_file():
                return {"string": path.read_bytes(), "mime_type": None, "redirected_url": url}
        raise ValueError(f"refused to fetch {url!r}: the brief only loads files from its template folder")

    page = CSS(string=f"@page {{ size: {page_size}; }}")
    document = HTML(string=html, base_url=str(allowed[-1]) + "/", url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[page], uncompressed_pdf=False)


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
            os.chmod(tmp, 0o666 & ~_umask())
            with os.fdopen(fd, "wb") as fh:
                fh.write(content)
                fh.flush()
                os.fsync(fh.fileno())
            temporary.append((Path(tmp), folder / name))
        for tmp, final in temporary:
            os.replace(tmp, final)
    except OSError as exc:
        for tmp, _ in temporary:
            tmp.unlink(missing_ok=True)
        raise OutputError(f"{folder}: cannot write the brief ({exc.strerror}); the previous brief is unchanged") from None
    return [final for _, final in temporary]
