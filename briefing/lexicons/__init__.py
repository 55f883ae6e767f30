"""General word lists and patterns, kept in YAML beside this file.

Only general words of news writing live here ("killed", "displaced", "condemned"), never the
names of places, people or organisations of any particular event.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def lexicon(name: str) -> dict[str, Any]:
    """The lexicon ``lexicons/<name>.yaml``, loaded once."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def words(name: str, key: str) -> frozenset[str]:
    """One list of a lexicon as a set of lower-case words or phrases."""
    return frozenset(str(w).lower() for w in lexicon(name)[key])
