"""The build: a few named stages that read everything before writing anything.

    load articles -> parse (spaCy, once) -> extract mentions -> merge facts -> compose brief -> render -> write
"""
from __future__ import annotations

import multiprocessing
from contextlib import ExitStack
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .compose import brief_to_json, compose
from .config import Config
from .extract import extract_article
from .gazetteer import Towns
from .headline import choose_headline
from .merge import merge
from .model import Article, ArticleMentions, Brief
from .cache import MentionCache
from .nlp import block_texts, load_pipeline, parse_articles, processes_for
from .render import PdfRenderer, render_html, render_json, template_folders, write_outputs
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
        load_pipeline(config.model)          # loaded before any worker starts: forked workers share it
        processes = processes_for(len(block_texts(todo)), config.n_process)
        by_id = {a.id: a for a in todo}
        extracted = _extract(todo, config) if processes == 1 else _extract_in_processes(todo, config, processes)
        for done, (article_id, mentions) in enumerate(extracted, start=1):
            article = by_id[article_id]
            found[article_id] = mentions
            if cache:
                cache.put(article.text, mentions)
            progress(f"analysed {article_id} ({done}/{len(todo)}): {Path(article.path).name}")
    facts = merge([found[a.id] for a in articles], Towns(cache.folder if cache else None),
                  {a.id: a.date for a in articles})
    return compose(facts, articles, config, choose_headline(facts)), loaded.warnings


def _extract(articles: list[Article], config: Config) -> Iterator[tuple[str, ArticleMentions]]:
    """Parse and extract, article by article; each article's Docs are dropped once its mentions are out."""
    nlp = load_pipeline(config.model)
    for parsed in parse_articles(nlp, articles, config.batch_size):
        yield parsed.article.id, extract_article(parsed)


def _extract_chunk(config: Config, articles: list[Article]) -> list[tuple[str, ArticleMentions]]:
    return list(_extract(articles, config))


def _extract_in_processes(articles: list[Article], config: Config, processes: int
                          ) -> Iterator[tuple[str, ArticleMentions]]:
    """Parse and extract in worker processes, each over a run of articles, results in article order.

    Extraction runs beside parsing in each worker, and only the small mention records travel back
    (not Docs, as with spaCy's own ``n_process``)."""
    size = max(1, min(25, len(articles) // (processes * 4)))
    chunks = [articles[i:i + size] for i in range(0, len(articles), size)]
    with multiprocessing.get_context("fork").Pool(processes) as pool:
        for pairs in pool.imap(partial(_extract_chunk, config), chunks):
            yield from pairs


def build(input_folder: Path, output_folder: Path, config: Config, formats: list[str],
          templates: Path | None = None, logo: Path | None = None, cache_folder: Path | None = None,
          progress: Progress = lambda _: None) -> BuildResult:
    """The whole build; ``templates``, ``logo`` and ``cache_folder`` are the config's paths, resolved
    by the caller (no cache folder: no cache)."""
    cache = MentionCache(cache_folder, config.model) if cache_folder else None
    folders = template_folders(templates)
    with ExitStack() as stack:
        pdf = stack.enter_context(PdfRenderer(folders, config.page_size)) if "pdf" in formats else None
        brief, warnings = build_brief(input_folder, config, progress, cache)
        outputs: dict[str, bytes] = {}
        data = brief_to_json(brief)      # templates present the same data that brief.json holds
        if "html" in formats:
            outputs["brief.html"] = render_html(brief, data, folders, "screen", config.theme, logo).encode("utf-8")
        if pdf is not None:
            progress("rendering the PDF")
            outputs["brief.pdf"] = pdf.render(render_html(brief, data, folders, "print", config.theme, logo))
    if "json" in formats:
        outputs["brief.json"] = render_json(data)
    written = write_outputs(outputs, output_folder)
    return BuildResult(brief=brief, written=written, warnings=warnings)
