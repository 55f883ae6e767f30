"""The published shape of brief.json: ``briefing/schema/brief.schema.json`` (JSON Schema 2020-12)."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "brief.schema.json"


@cache
def schema() -> dict[str, Any]:
    return json.loads(resources.files("briefing").joinpath("schema", SCHEMA_FILE).read_text(encoding="utf-8"))


def problems(data: dict[str, Any]) -> list[str]:
    """Every way ``data`` differs from the schema, as 'path: message' (empty when it conforms)."""
    import jsonschema   # imported here: only tests and tools validate

    validator = jsonschema.Draft202012Validator(schema())
    return [f"{'/'.join(str(p) for p in e.absolute_path) or '(top)'}: {e.message}"
            for e in sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))]
