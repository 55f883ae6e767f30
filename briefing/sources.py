"""Load articles from a folder and split them into blocks (headline, subheading, bullet, paragraph).

A bad file (empty, binary, too large) is skipped with a warning that names it; the brief is
built from the rest. Offsets in blocks and evidence refer to ``Article.text``: the decoded file
with line endings normalised to "\\n" and HTML or Markdown markup removed.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .dates import BYLINE as DATE_LINE, FULL_DATE, report_date
from .errors import InputError
from .lexicons import lexicon, words
from .model import Article, Block

PATTERNS = ("*.txt", "*.md")
ENGLISH = words("sources", "english_words")
ENGLISH_SHARE = float(lexicon("sources")["english_share"])
MAX_BYTES = 2_000_000          # a news article is a few kB; anything this large is not one
BULLET = re.compile(r"^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+")
CAPTION = re.compile(r"^\s*[(\[]?\s*(?:photo|image|picture|video|credit|file photo)\b.*", re.I)
# A photo credit closing a line makes the line a caption: "... in the rubble. (AP Photo/Ana Ruiz)",
# "(Reuters/Ana Ruiz)", "(Getty Images)", "... at the camp. Photograph: Ana Ruiz/AFP".
CREDIT = re.compile(r"(?:\([^()]*\b(?:photo|photos|images?|pictures?)\b[^()]*\)"
                    r"|\([A-Z][\w.]*(?: [A-Z][\w.]*)*\s?/\s?[A-Z][a-z]+(?: [A-Z][\w'-]+)+\)"
                    r"|\b(?:photograph|photo|picture|image|credit)s?\s*:\s*[^.:]{2,60})\s*$", re.I)
# A link to another story: "Also read: ...", "Related: ...", "READ MORE | ...". Its toll is that story's.
LINK_LINE = re.compile(r"^\s*(?:also read|read also|read more|related(?: stories| articles)?|see also|more on this|"
                       r"watch|listen)\b\s*[:|\-–—]", re.I)
BYLINE = re.compile(r"^\s*by\s+[A-Z][\w.&' -]{1,60}$")
# A wire dateline opening the first paragraph: "KHARTOUM, Sudan -- ", "Khartoum - ", "ANKARA, Feb 12: ",
# "GOMA, Congo, and KIGALI, Rwanda (Reuters) - " (a story filed from several places).
_DATELINE_PLACE = (r"(?:[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)*|[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+)*)"
                   r"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?")
DATELINE = re.compile(rf"^{_DATELINE_PLACE}(?:,? and {_DATELINE_PLACE})?(?:,? [A-Z][a-z]{{2,8}}\.? \d{{1,2}})?"
                      r"(?: ?\((?:[A-Za-z]+)\))?(?: (?:--|-|—|–) |: )(?=[A-Z\"“])")
# A publication line the page ran into the story: "Published October 26 2016 Air strikes ...",
# "Date of publication 7 July 2016 More than 33 people ...".
PUBLISHED_PREFIX = re.compile(rf"^\W*(?:published|posted|updated|last updated|first published|date of publication)"
                              rf"(?: on| at)?:?\s+(?:{FULL_DATE.pattern})[,.]?\s+(?-i:(?=[A-Z\"“]))", re.I)
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
MARKDOWN_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{1,500}\)")
MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,500}?)(?<=\S)\1")
MARKDOWN_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
# A live-blog time stamp opening a block: "14:05 – ", "9.30am - ", "18:10 GMT: ".
TIMESTAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?|GMT|UTC|BST|CET|EST|ET|local time)?\s*(?:--|[–—:-])\s+")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)
TAG = re.compile(r"<[^>]{0,500}>")


@dataclass
class LoadResult:
    articles: list[Article]
    warnings: list[str] = field(default_factory=list)


def load_articles(folder: Path) -> LoadResult:
    """Read every *.txt and *.md in ``folder``, sorted by name, as Articles S1, S2, ..."""
    if not folder.exists():
        raise InputError(f"{folder}: input folder not found; create it or pass --input DIR")
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder; pass the folder that holds the articles with --input DIR")
    paths = sorted({p for pattern in PATTERNS for p in folder.glob(pattern) if p.is_file()}, key=lambda p: p.name)
    if not paths:
        raise InputError(f"{folder}: no .txt or .md articles found; put the articles there or pass --input DIR")
    result = LoadResult(articles=[])
    for path in paths:
        text, notes, problem = read_text(path)
        if problem:
            result.warnings.append(f"{path}: {problem}; skipped")
            continue
        article_id = f"S{len(result.articles) + 1}"
        front, body_start, problem = front_matter(text)
        if problem:
            notes.append(problem)
        blocks = segment(text, body_start)
        if not blocks:
            result.warnings.append(f"{path}: holds front matter but no article text; skipped")
            continue
        title = str(front.get("title") or "") or (blocks[0].text if blocks[0].kind == "headline"
                                                   else _short(text[body_start:]))
        dated = report_date(front, text[body_start:])
        result.articles.append(Article(id=article_id, path=str(path), title=title, text=text,
                                       blocks=blocks, notes=notes, outlet=_field(front, "outlet", "source"),
                                       date=dated.iso if dated else None, dated_by=dated.found_in if dated else None,
                                       url=_field(front, "url", "link")))
        result.warnings.extend(f"{path}: {note}" for note in notes)
    if not result.articles:
        raise InputError(f"{folder}: none of the {len(paths)} files holds a usable article "
                         f"({result.warnings[0] if result.warnings else 'all were skipped'})")
    return result


def read_text(path: Path) -> tuple[str, list[str], str | None]:
    """Decode one file. Returns (text, notes on what was done, problem that makes it unusable)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return "", [], f"{size // 1_000_000} MB is larger than the {MAX_BYTES // 1_000_000} MB limit for one article"
        raw = path.read_bytes()
    except OSError as exc:
        return "", [], f"cannot be read ({exc.strerror})"
    text, notes = decode(raw)
    if text is None:
        return "", [], "binary data, not text"
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix.lower() == ".md" or MARKDOWN_EMPHASIS.search(text):
        text = strip_markdown(text)
    if _looks_like_html(text):
        text = html.unescape(TAG.sub(" ", text))
        text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
        notes.append("HTML markup removed")
    if not text.strip():
        return "", notes, "empty"
    if sum(ch.isalpha() for ch in text) < 20:
        return "", notes, "holds no running text"
    share = english_share(text)
    if share < ENGLISH_SHARE:
        return "", notes, (f"does not read as English ({share:.0%} common English words, "
                           f"{ENGLISH_SHARE:.0%} needed); the model reads English only")
    return text, notes, None


def english_share(text: str, sample: int = 20_000) -> float:
    """Share of the words (in the first ``sample`` characters) that are common English words."""
    tokens = re.findall(r"[^\W\d_]+", text[:sample].lower())
    return sum(t in ENGLISH for t in tokens) / len(tokens) if tokens else 0.0


def strip_markdown(text: str) -> str:
    """Markdown to plain text: '# ' heading marks, **bold**, __bold__, *italic* and [links](url)."""
    text = MARKDOWN_HEADING.sub("", text)
    text = MARKDOWN_LINK.sub(r"\1", text)
    text = MARKDOWN_EMPHASIS.sub(r"\2", text)
    return MARKDOWN_ITALIC.sub(r"\1", text)


def decode(raw: bytes) -> tuple[str | None, list[str]]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), ["decoded as UTF-16"]
        except UnicodeDecodeError:
            return None, []
    if b"\x00" in raw[:4096]:
        return None, []
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    if sum(not (ch.isprintable() or ch.isspace()) for ch in text) > len(text) // 20:
        return None, []
    return text, ["not UTF-8; decoded as Windows-1252 (Latin-1)"]


def _looks_like_html(text: str) -> bool:
    return len(re.findall(r"</?(?:p|div|span|br|a|h\d|li|ul|body|html|script|strong|em)\b[^>]*>", text[:20000], re.I)) >= 2


def front_matter(text: str) -> tuple[dict, int, str | None]:
    """YAML front matter ('---' lines around 'outlet:', 'date:', 'url:', 'title:'): (fields, where the
    article starts, a note when the block is not readable)."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0, None
    try:
        fields = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, match.end(), "front matter is not valid YAML; ignored"
    return (fields if isinstance(fields, dict) else {}), match.end(), None


def _field(front: dict, *keys: str) -> str | None:
    value = next((front[k] for k in keys if front.get(k)), None)
    return " ".join(str(value).split()) if value is not None else None


def segment(text: str, start_at: int = 0) -> list[Block]:
    """Split the text (from ``start_at``) into line blocks and say what each one is."""
    blocks: list[Block] = []
    offset = start_at
    for line in text[start_at:].split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start, end = start + lead, start + lead + len(stripped)
        stamp = TIMESTAMP.match(stripped)
        if stamp and len(stripped) > stamp.end():
            start, stripped = start + stamp.end(), stripped[stamp.end():]
        kind = _kind_of(stripped, first=not blocks)
        if kind == "paragraph" and not any(b.kind == "paragraph" for b in blocks):
            cut = _opening_cut(stripped)
            start, stripped = start + cut, stripped[cut:]
        blocks.append(Block(kind=kind, start=start, end=end, text=stripped))
    for i, block in enumerate(blocks):
        if block.kind == "bullet":
            j = i - 1
            while j >= 0 and blocks[j].kind == "bullet":
                j -= 1
            if j >= 0 and blocks[j].kind == "paragraph" and blocks[j].text.endswith(":"):
                block.lead_in = j
    return blocks


def _opening_cut(paragraph: str) -> int:
    """How much of the first paragraph is a dateline ("KHARTOUM, Sudan -- ") or a publication line run
    into the story ("Published October 26 2016 Air strikes ..."): not a part of its first sentence."""
    dateline = DATELINE.match(paragraph)
    if dateline and (dateline.group().split(",")[0].isupper() or " -" in dateline.group()
                     or "—" in dateline.group() or "–" in dateline.group()):
        return dateline.end()
    published = PUBLISHED_PREFIX.match(paragraph)
    return published.end() if published else 0


def _kind_of(line: str, first: bool) -> str:
    if BULLET.match(line):
        return "bullet"
    if CAPTION.match(line) or CREDIT.search(line) or BYLINE.match(line) or LINK_LINE.match(line) or (
            DATE_LINE.match(line) and FULL_DATE.search(line) and len(line.split()) <= 12
            and not (PUBLISHED_PREFIX.match(line) and line[-1] in ".!\"”")):    # not "Published 3 May 2021 Floods killed 40."
        return "caption"          # a photo credit, "By Jane Doe", "Also read: ...", "Published 8:14 PM, 3 May 2021"
    words = line.split()
    ends_sentence = line[-1] in ".!:;\"”'’)"
    if first and not ends_sentence and len(words) <= 30:
        return "headline"
    if not ends_sentence and len(words) <= 14:
        return "subheading"
    return "paragraph"


def _short(text: str, limit: int = 90) -> str:
    first = text.strip().split("\n", 1)[0].strip()
    first = BULLET.sub("", first)
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + "…"
