"""General word lists and patterns, kept in YAML beside this file.

Only general words of news writing live here ("killed", "displaced", "condemned"), never the
names of places, people or organisations of any particular event.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


class _WordLoader(yaml.SafeLoader):
    """YAML as word lists need it: 'on', 'off', 'yes' and 'no' are words, not true and false."""


_WordLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


@cache
def lexicon(name: str) -> dict[str, Any]:
    """The lexicon ``lexicons/<name>.yaml``, loaded once."""
    text = resources.files(__package__).joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=_WordLoader)  # noqa: S506 (a safe loader without booleans)


def words(name: str, key: str) -> frozenset[str]:
    """One list of a lexicon as a set of lower-case words or phrases."""
    return frozenset(str(w).lower() for w in lexicon(name)[key])
