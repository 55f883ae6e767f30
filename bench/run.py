"""Benchmark: build time, peak memory, spaCy's own time and re-build times for corpora of 5, 100
and 1,000 articles.

    make bench                       # all sizes; prints a table, writes out/bench.json
    .venv/bin/python bench/run.py --sizes 5 --out /tmp/bench.json

The 5-article corpus is seeds/. Larger ones are made at run time from the seeds and the dev
articles in ../shared/eval/dev (when present), each copy lightly varied so that no two articles
are the same text; nothing large is committed.

Measured for each corpus:
- spaCy alone: ``nlp.pipe`` over the very blocks the build parses, same pipeline, same components,
  batch size and processes, in this process, model already loaded;
- build: the same in-process build (load, parse, extract, merge, compose, JSON), cache off;
  ratio = build / spaCy;
- CLI builds in a fresh process (wall time and peak memory): JSON only without cache, then HTML +
  PDF + JSON filling an empty cache, then re-builds after changing only a section title in
  config.yaml and only a template;
- PDF rendering of the brief in-process, and the PDF's size.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.compose import brief_to_json  # noqa: E402
from briefing.config import Config  # noqa: E402
from briefing.nlp import block_texts, load_pipeline, processes_for  # noqa: E402
from briefing.pipeline import build_brief  # noqa: E402
from briefing.render import render_html, render_json, render_pdf, template_folders  # noqa: E402
from briefing.sources import load_articles  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev"


# --- corpora ------------------------------------------------------------------------------------

def make_corpus(size: int, folder: Path) -> Path:
    """``size`` articles in ``folder``: the seeds for 5, varied copies of seeds and dev articles above."""
    folder.mkdir(parents=True)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if size <= len(seeds):
        for path in seeds[:size]:
            shutil.copy(path, folder / path.name)
        return folder
    pool = [p.read_text(encoding="utf-8") for p in seeds + sorted(DEV.glob("*/*.txt"))]
    rng = random.Random(size)
    for i in range(size):
        (folder / f"{i:05d}.txt").write_text(_vary(pool[i % len(pool)], i, rng), encoding="utf-8")
    return folder


def _vary(text: str, i: int, rng: random.Random) -> str:
    """A light variation: paragraphs after the first shuffled, some figures nudged, a closing line."""
    head, *rest = text.split("\n")
    rng.shuffle(rest)
    body = re.sub(r"\b(\d{2,3})\b", lambda m: str(int(m.group()) + rng.choice((0, 0, 1, 2))), "\n".join(rest))
    return f"{head}\n{body}\nCopy {i}: officials said more details would follow.\n"


# --- measurements ---------------------------------------------------------------------------------

def timed_cli(*args: str, cwd: Path) -> tuple[float, float]:
    """(wall seconds, peak resident memory in MB) of one `briefing build` in a fresh process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "briefing", "build", "--quiet", *args], cwd=cwd,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"bench: build failed: {process.stderr.read().decode(errors='replace')}")
    return wall, usage.ru_maxrss / 1024


def spacy_alone(articles, config: Config) -> tuple[float, int]:
    nlp = load_pipeline(config.model)
    texts = [text for text, _ in block_texts(articles)]
    processes = processes_for(len(texts), config.n_process)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=config.batch_size, n_process=processes):
        pass
    return time.perf_counter() - started, processes


def build_in_process(folder: Path, config: Config) -> float:
    started = time.perf_counter()
    brief, _ = build_brief(folder, config)
    render_json(brief_to_json(brief))
    return time.perf_counter() - started


def bench_size(size: int, work: Path) -> dict:
    corpus = make_corpus(size, work / f"corpus-{size}")
    config = Config()
    articles = load_articles(corpus).articles
    load_pipeline(config.model)                       # loaded once, outside both timings
    repeats = 2 if size <= 100 else 1                 # small corpora: the better of two runs
    spacy_s, processes = min(spacy_alone(articles, config) for _ in range(repeats))
    build_s = min(build_in_process(corpus, config) for _ in range(repeats))

    run = work / f"run-{size}"
    (run / "templates").mkdir(parents=True)
    shutil.copy(ROOT / "templates" / "style.css", run / "templates" / "style.css")
    config_file = run / "config.yaml"
    config_file.write_text(f"input: {corpus}\noutput: out\ncache: cache\ntemplates: templates\n", encoding="utf-8")
    json_wall, json_mb = timed_cli("--config", str(config_file), "--format", "json", "--no-cache", cwd=run)
    cold_wall, cold_mb = timed_cli("--config", str(config_file), cwd=run)
    config_file.write_text(config_file.read_text(encoding="utf-8")
                           + "sections:\n  - {key: overview, title: What happened}\n  - {key: casualties}\n",
                           encoding="utf-8")
    config_wall, _ = timed_cli("--config", str(config_file), cwd=run)
    json_rebuild_wall, _ = timed_cli("--config", str(config_file), "--format", "json", cwd=run)
    with open(run / "templates" / "style.css", "a", encoding="utf-8") as css:
        css.write("\nh2 { letter-spacing: .01em; }\n")
    template_wall, _ = timed_cli("--config", str(config_file), cwd=run)
    pdf = run / "out" / "brief.pdf"
    return {
        "articles": size, "blocks": len(block_texts(articles)), "processes": processes,
        "spacy_s": round(spacy_s, 3), "build_s": round(build_s, 3), "ratio": round(build_s / spacy_s, 3),
        "cli_json_s": round(json_wall, 2), "cli_json_peak_mb": round(json_mb),
        "cli_full_cold_s": round(cold_wall, 2), "cli_full_peak_mb": round(cold_mb),
        "rebuild_config_s": round(config_wall, 2), "rebuild_template_s": round(template_wall, 2),
        "rebuild_share": round(config_wall / cold_wall, 3),
        "rebuild_json_s": round(json_rebuild_wall, 2), "rebuild_json_share": round(json_rebuild_wall / json_wall, 3),
        "pdf_kb": round(pdf.stat().st_size / 1024),
    }


def pdf_render_seconds() -> float:
    """Rendering the seeds brief to PDF in-process, after one warm-up render."""
    brief, _ = build_brief(ROOT / "seeds", Config())
    data = brief_to_json(brief)
    folders = template_folders()
    html = render_html(brief, data, folders, "print")
    render_pdf(html, folders, "A4")
    started = time.perf_counter()
    render_pdf(html, folders, "A4")
    return time.perf_counter() - started


# --- report -------------------------------------------------------------------------------------

COLUMNS = [("articles", "articles"), ("processes", "proc"), ("spacy_s", "spaCy s"), ("build_s", "build s"),
           ("ratio", "ratio"), ("cli_json_s", "JSON s"), ("cli_json_peak_mb", "JSON MB"),
           ("cli_full_cold_s", "full s"), ("cli_full_peak_mb", "full MB"), ("rebuild_config_s", "config s"),
           ("rebuild_template_s", "tmpl s"), ("rebuild_share", "re/cold"), ("rebuild_json_s", "JSON re s"),
           ("rebuild_json_share", "JSON re/cold"), ("pdf_kb", "PDF KB")]


def table(rows: list[dict]) -> str:
    widths = [max(len(title), *(len(str(r[key])) for r in rows)) for key, title in COLUMNS]
    line = lambda cells: "  ".join(str(c).rjust(w) for c, w in zip(cells, widths))  # noqa: E731
    return "\n".join([line(t for _, t in COLUMNS)] + [line(r[k] for k, _ in COLUMNS) for r in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="5,100,1000", help="corpus sizes, comma-separated (default 5,100,1000)")
    parser.add_argument("--out", default=str(ROOT / "out" / "bench.json"), help="where to write the JSON")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    rows = []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as tmp:
        for size in sizes:
            print(f"bench: {size} articles ...", file=sys.stderr, flush=True)
            rows.append(bench_size(size, Path(tmp)))
    pdf_s = pdf_render_seconds()
    report = {
        "machine": {"platform": platform.platform(), "python": platform.python_version(),
                    "cpus": os.cpu_count()},
        "corpora": rows,
        "pdf_render_s": round(pdf_s, 3),
    }
    print(table(rows))
    print(f"PDF rendering of the seeds brief (in-process): {pdf_s:.2f} s")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
