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
from .cache import MentionCache
from .nlp import block_texts, load_pipeline, parse_articles, processes_for
from .render import render_html, render_json, render_pdf, template_folders, write_outputs
from .sources import load_articles

Progress = Callable[[str], None]


@dataclass
class BuildResult:
    brief: Brief
    written: list[Path]
    warnings: list[str] = field(default_factory=list)


def build_brief(input_folder: Path, config: Config, progress: Progress = lambda _: None,
                cache: MentionCache | None = None) -> tuple[Brief, list[str]]:
    """Articles in a folder -> the composed brief (nothing written). Articles whose extraction is in
    ``cache`` are not parsed again; the model is loaded only when some article needs it."""
    loaded = load_articles(input_folder)
    articles = loaded.articles
    found = {a.id: m for a in articles if cache and (m := cache.get(a.text, a.id)) is not None}
    todo = [a for a in articles if a.id not in found]
    cached = f", {len(found)} unchanged since the last build" if found else ""
    progress(f"read {len(articles)} article{'s' if len(articles) != 1 else ''} from {input_folder}{cached}")
    if todo:
        nlp = load_pipeline(config.model)
        processes = processes_for(len(block_texts(todo)), config.n_process)
        for done, parsed in enumerate(parse_articles(nlp, todo, config.batch_size, processes), start=1):
            mentions = extract_article(parsed)
            found[parsed.article.id] = mentions
            if cache:
                cache.put(parsed.article.text, mentions)
            progress(f"analysed {parsed.article.id} ({done}/{len(todo)}): {Path(parsed.article.path).name}")
    facts = merge([found[a.id] for a in articles])
    return compose(facts, articles, config), loaded.warnings


def build(input_folder: Path, output_folder: Path, config: Config, formats: list[str],
          templates: Path | None = None, logo: Path | None = None, cache_folder: Path | None = None,
          progress: Progress = lambda _: None) -> BuildResult:
    """The whole build; ``templates``, ``logo`` and ``cache_folder`` are the config's paths, resolved
    by the caller (no cache folder: no cache)."""
    cache = MentionCache(cache_folder, config.model) if cache_folder else None
    brief, warnings = build_brief(input_folder, config, progress, cache)
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
