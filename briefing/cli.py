"""Command line: ``briefing build``. The only place that turns errors into messages and exit codes.

Exit codes: 0 success (warnings allowed), 1 build failed, 2 bad usage or configuration.
"""
from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

from .config import FORMATS, describe_options, load_config
from .errors import BriefingError, ConfigError, UsageError

DESCRIPTION = """Turn a folder of news articles about a crisis into a brief: what happened, where,
how many were killed, injured or displaced, what the government did and how other countries
reacted. Every fact carries its sources and the sentence that supports it."""

EPILOG = f"""config.yaml options (all optional):
{describe_options()}

examples:
  briefing build                                   build from config.yaml (seeds/ -> out/)
  briefing build --input articles/ --output out/   another folder of articles
  briefing build --format json                     only out/brief.json (fastest)

exit codes: 0 success, 1 build failed, 2 bad usage or configuration"""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="briefing", description=DESCRIPTION,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = top.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("build", help="build the brief (HTML, PDF, JSON)", description=DESCRIPTION, epilog=EPILOG,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("--config", default="config.yaml", metavar="FILE",
                   help="configuration file (default: config.yaml; defaults apply when it does not exist)")
    b.add_argument("--input", metavar="DIR", help="folder of articles (*.txt, *.md); overrides config")
    b.add_argument("--output", metavar="DIR", help="folder to write the brief to; overrides config")
    b.add_argument("--format", metavar="LIST",
                   help=f"comma-separated outputs among {','.join(FORMATS)}; overrides config")
    b.add_argument("--quiet", "-q", action="store_true", help="print only warnings and errors")
    b.add_argument("--no-cache", action="store_true",
                   help="parse every article again, ignoring and not writing the cache (config: cache)")
    b.add_argument("--verbose", "-v", action="store_true", help="show the traceback of an error")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.command != "build":
        parser().print_help(sys.stderr)
        return 2
    try:
        return run_build(args)
    except BriefingError as exc:
        if args.verbose:
            traceback.print_exc()
        if isinstance(exc, ConfigError):
            for problem in exc.problems:
                print(f"error: {problem}", file=sys.stderr)
        else:
            print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; the previous brief is unchanged", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so in one line, with the way to see more
        if args.verbose:
            traceback.print_exc()
        print(f"error: internal error: {type(exc).__name__}: {exc} (run with --verbose for the traceback)",
              file=sys.stderr)
        return 1


def run_build(args: argparse.Namespace) -> int:
    from .pipeline import build   # imported late: spaCy takes a moment to import, --help should not wait

    started = time.monotonic()
    config_path = Path(args.config)
    formats = None
    if args.format:
        formats = [f.strip() for f in args.format.split(",") if f.strip()]
        unknown = [f for f in formats if f not in FORMATS]
        if unknown or not formats:
            raise UsageError(f"--format: expected a comma-separated list of {', '.join(FORMATS)}, "
                             f"got {args.format!r}")
    config, notes = load_config(config_path, {"input": args.input, "output": args.output, "formats": formats})
    base = config_path.parent if config_path.exists() else Path(".")
    input_folder = Path(args.input) if args.input else base / config.input
    output_folder = Path(args.output) if args.output else base / config.output

    def progress(message: str) -> None:
        if not args.quiet:
            print(f"[{time.monotonic() - started:5.1f}s] {message}", file=sys.stderr, flush=True)

    for note in notes:       # e.g. no config.yaml: say that the defaults apply, even with --quiet
        print(f"warning: {note}", file=sys.stderr)
    result = build(input_folder, output_folder, config, list(config.formats),
                   templates=base / config.templates if config.templates else None,
                   logo=base / config.theme.logo if config.theme.logo else None,
                   cache_folder=base / config.cache if config.cache and not args.no_cache else None,
                   progress=progress)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for path in result.written:
        progress(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
