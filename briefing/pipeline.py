"""The build: a few named stages that read everything before writing anything.

    load articles -> parse (spaCy, once) -> extract mentions -> merge facts -> compose brief -> render -> write
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .compose import brief_to_json, compose
from .config import Config
from .extract import extract_article
from .merge import merge
from .model import Brief
from .nlp import load_pipeline, parse_articles
from .render import render_html, render_json, render_pdf, template_folders, write_outputs
from .sources import load_articles

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    brief: Brief
    written: list[Path]
    warnings: list[str] = field(default_factory=list)


def build_brief(input_folder: Path, config: Config, progress: Progress = lambda _: None) -> tuple[Brief, list[str]]:
    """Articles in a folder -> the composed brief (nothing written)."""
    loaded = load_articles(input_folder)
    articles = loaded.articles
    progress(f"read {len(articles)} article{'s' if len(articles) != 1 else ''} from {input_folder}")
    nlp = load_pipeline(config.model)
    mentions = []
    for parsed in parse_articles(nlp, articles):
        mentions.append(extract_article(parsed))
        progress(f"analysed {parsed.article.id} ({len(mentions)}/{len(articles)}): {Path(parsed.article.path).name}")
    facts = merge(mentions)
    return compose(facts, articles, config), loaded.warnings


def build(input_folder: Path, output_folder: Path, config: Config, formats: list[str],
          templates: Path | None = None, logo: Path | None = None,
          progress: Progress = lambda _: None) -> BuildResult:
    """The whole build; ``templates`` and ``logo`` are the config's paths, resolved by the caller."""
    brief, warnings = build_brief(input_folder, config, progress)
    folders = template_folders(templates)
    outputs: dict[str, bytes] = {}
    data = brief_to_json(brief)      # templates present the same data that brief.json holds
    if "html" in formats or "pdf" in formats:
        if "html" in formats:
            outputs["brief.html"] = render_html(brief, data, folders, "screen", config.theme, logo).encode("utf-8")
        if "pdf" in formats:
            progress("rendering the PDF")
            html = render_html(brief, data, folders, "print", config.theme, logo)
            outputs["brief.pdf"] = render_pdf(html, folders, config.page_size)
    if "json" in formats:
        outputs["brief.json"] = render_json(data)
    written = write_outputs(outputs, output_folder)
    return BuildResult(brief=brief, written=written, warnings=warnings)
