"""A per-article cache of extraction results, so a re-build parses only what changed.

An entry is the ``ArticleMentions`` of one article as JSON, keyed by the article's text, the spaCy
pipeline (name and version), spaCy's version and the extraction code and lexicons (a hash of their
files). Editing config.yaml or a template keeps every entry; editing an article re-parses that
article alone. Entries are written atomically (temporary file, then rename), so a crash never
leaves a half-written entry; a damaged entry is ignored and rebuilt.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import types
import typing
from dataclasses import fields, is_dataclass
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .model import ArticleMentions

PACKAGE = Path(__file__).resolve().parent
# What the extraction result depends on besides the article and the model: these files' contents.
CODE = ("sources.py", "dates.py", "nlp.py", "numbers.py", "gazetteer.py", "names.py", "model.py", "extract/**/*.py",
        "lexicons/*.yaml")
FORMAT = 1


@cache
def code_version() -> str:
    digest = hashlib.sha256(str(FORMAT).encode())
    for pattern in CODE:
        for path in sorted(PACKAGE.glob(pattern)):
            digest.update(str(path.relative_to(PACKAGE)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def model_version(model: str) -> str:
    try:
        return metadata.version(model)
    except metadata.PackageNotFoundError:
        return "unknown"


class MentionCache:
    """Extraction results by article content, in ``folder`` (created on first write)."""

    def __init__(self, folder: Path, model: str):
        self.folder = folder
        self.salt = f"{model}\0{model_version(model)}\0{model_version('spacy')}\0{code_version()}"

    def key(self, text: str) -> str:
        return hashlib.sha256((self.salt + "\0" + text).encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, text: str, source: str) -> ArticleMentions | None:
        """The cached mentions of an article with this text, re-labelled with its current id."""
        try:
            data = json.loads(self._path(self.key(text)).read_text(encoding="utf-8"))
            return with_source(from_plain(ArticleMentions, data), source)
        except (OSError, ValueError, TypeError, KeyError):
            return None

    def put(self, text: str, mentions: ArticleMentions) -> None:
        write_json_atomically(self._path(self.key(text)), to_plain(mentions))


def write_json_atomically(path: Path, data: Any) -> None:
    """Write a cache file whole or not at all (temporary file, then rename). A cache that cannot be
    written only makes the next build slower, so failing to write is not an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".entry.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass


# --- records to plain JSON values and back -------------------------------------------------------

def to_plain(record: Any) -> Any:
    """Every field (internal ones too): the cache must give back exactly what extraction produced."""
    if is_dataclass(record):
        return {f.name: to_plain(getattr(record, f.name)) for f in fields(record)}
    if isinstance(record, list):
        return [to_plain(x) for x in record]
    return record


def from_plain(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: from_plain(hints[name], v) for name, v in value.items()})
    origin = typing.get_origin(kind)
    if origin is list:
        (item,) = typing.get_args(kind)
        return [from_plain(item, v) for v in value]
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(kind) if a is not type(None)]
        return from_plain(inner[0], value)
    return value


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def with_source(record: Any, source: str) -> Any:
    """The same record with every ``source`` field set to ``source`` (ids follow the file order)."""
    if is_dataclass(record):
        changes = {f.name: (source if f.name == "source" else with_source(getattr(record, f.name), source))
                   for f in fields(record)}
        return type(record)(**changes)
    if isinstance(record, list):
        return [with_source(x, source) for x in record]
    return record
