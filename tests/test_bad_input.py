"""Every bad input the real CLI can meet: the exit code, the one-line message, and no partial output.

Builds that get as far as the model write JSON only, to keep the suite quick.
"""
import errno
import os
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

GOOD = (ROOT / "seeds" / "000_2ddf929e4dc306af.txt").read_text(encoding="utf-8")


def build(tmp_path, *extra, articles=None):
    out = tmp_path / "out"
    args = ["build", "--input", str(articles or tmp_path / "articles"), "--output", str(out), "--quiet", *extra]
    return run_cli(*args, cwd=tmp_path), out


def folder_with(tmp_path, files: dict[str, bytes | str]) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


# --- folders that give nothing to build from ----------------------------------------------------

@pytest.mark.parametrize("setup, message", [
    (lambda t: None, "input folder not found; create it or pass --input DIR"),
    (lambda t: (t / "articles").mkdir(), "no .txt or .md articles found"),
    (lambda t: folder_with(t, {"report.pdf": b"%PDF-1.4", "notes.docx": b"PK"}), "no .txt or .md articles found"),
    (lambda t: folder_with(t, {"a.txt": b"", "b.txt": b"  \n\t\n", "c.txt": b"\x89PNG\r\n\x1a\n\x00\x00"}),
     "none of the 3 files holds a usable article"),
])
def test_nothing_to_build_from(tmp_path, setup, message):
    setup(tmp_path)
    result, out = build(tmp_path, "--format", "json")
    assert result.returncode == 1
    assert len(errors(result)) == 1 and message in errors(result)[0]
    assert not out.exists()


# --- bad files are skipped with a warning that names them -----------------------------------------

@pytest.mark.parametrize("name, content, warning", [
    ("empty.txt", b"", "empty.txt: empty; skipped"),
    ("blank.txt", b"   \n\n \t \r\n", "blank.txt: empty; skipped"),
    ("nul.txt", b"Some text\x00\x00\x01\x02 more", "nul.txt: binary data, not text; skipped"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "photo.txt: binary data, not text; skipped"),
    ("french.txt", "Les inondations ont fait au moins trente morts dans la région, selon les autorités. "
                   "Des secours ont été déployés dans les villages touchés par les crues.",
     "french.txt: does not read as English"),
])
def test_a_bad_file_is_skipped_and_the_brief_built_from_the_rest(tmp_path, name, content, warning):
    folder_with(tmp_path, {"good.txt": GOOD, name: content})
    result, out = build(tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("warning: ") and warning in line for line in result.stderr.splitlines())
    assert (out / "brief.json").exists()


def test_a_20_mb_file_is_refused_without_being_read(tmp_path):
    folder = folder_with(tmp_path, {"good.txt": GOOD})
    with open(folder / "huge.txt", "wb") as fh:        # 20 MB of text, written in chunks
        chunk = ("Floods hit the region again. " * 1000).encode()
        for _ in range(20_000_000 // len(chunk) + 1):
            fh.write(chunk)
    result, out = build(tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "huge.txt: 20 MB is larger than the 2 MB limit for one article; skipped" in result.stderr
    assert (out / "brief.json").exists()


@pytest.mark.parametrize("name, data, note, word", [
    ("latin1.txt", GOOD.replace("Syria", "Sýria").encode("cp1252", errors="replace"),
     "not UTF-8; decoded as Windows-1252", "Sýria"),
    ("utf16.txt", GOOD.replace("Syria", "Sýria").encode("utf-16"), "decoded as UTF-16", "Sýria"),
    ("crlf.txt", GOOD.replace("\n", "\r\n").encode(), None, "Latakia"),
    ("one-line.txt", " ".join(GOOD.split("\n")[1:]).encode(), None, "Latakia"),
    ("page.txt", ("<html><body><h1>Clashes on the coast</h1><p>" + GOOD.split("\n")[1] +
                  "</p><p>More <b>fighting</b> was reported.</p></body></html>").encode(), "HTML markup removed",
     "Assad"),
])
def test_odd_but_readable_files_are_read(tmp_path, name, data, note, word):
    folder_with(tmp_path, {name: data})
    result, out = build(tmp_path, "--format", "json")
    assert result.returncode == 0, result.stderr
    if note:
        assert f"{name}: {note}" in result.stderr
    text = (out / "brief.json").read_text(encoding="utf-8")
    assert word in text and "<p>" not in text and "\r" not in text


# --- config.yaml ----------------------------------------------------------------------------------

def test_missing_config_uses_the_defaults_and_says_so(tmp_path):
    folder_with(tmp_path, {"good.txt": GOOD})
    result, out = build(tmp_path, "--format", "json", "--config", str(tmp_path / "nope.yaml"))
    assert result.returncode == 0, result.stderr
    assert "nope.yaml: not found, using the default settings" in result.stderr
    assert (out / "brief.json").exists()


@pytest.mark.parametrize("text, message", [
    ("title: [unclosed\n", "config.yaml:1: not valid YAML"),
    ("- a list\n- not a mapping\n", "config.yaml:1: expected a mapping of settings (key: value), got a list"),
    ("titel: Brief\n", "config.yaml:1: titel: unknown key; did you mean 'title'?"),
    ("page_size: A3\n", "config.yaml:1: page_size: expected one of 'A4' or 'Letter', got 'A3'"),
    ("formats: html\n", "config.yaml:1: formats: input should be a valid list, got text"),
    ("sections:\n  - {key: overview}\n  - {key: casualty}\n", "config.yaml:3: sections.1.key: expected one of"),
    ("templates: my-templates\n", "config.yaml:1: templates: folder 'my-templates' not found"),
    ("theme:\n  logo: logo.png\n", "config.yaml:2: theme.logo: file 'logo.png' not found"),
    ("theme:\n  accent: blue\n", "config.yaml:2: theme.accent: expected a colour as #RRGGBB, got 'blue'"),
    ("date: next week\n", "config.yaml:1: date: expected a date as YYYY-MM-DD, got 'next week'"),
])
def test_config_problems_stop_the_build_before_anything_is_written(tmp_path, text, message):
    folder_with(tmp_path, {"good.txt": GOOD})
    (tmp_path / "config.yaml").write_text(text, encoding="utf-8")
    result, out = build(tmp_path, "--config", str(tmp_path / "config.yaml"))
    assert result.returncode == 2
    assert any(message in line for line in errors(result)), result.stderr
    assert not out.exists()


def test_every_config_problem_at_once(tmp_path):
    (tmp_path / "config.yaml").write_text("titel: x\npage_size: A3\ntheme: {accent: red}\n", encoding="utf-8")
    result, out = build(tmp_path, "--config", str(tmp_path / "config.yaml"))
    assert result.returncode == 2
    assert [line.split(":")[2] for line in errors(result)] == ["1", "2", "3"]


# --- output -----------------------------------------------------------------------------------------

def test_output_that_cannot_be_a_folder_is_a_clear_error(tmp_path):
    folder_with(tmp_path, {"good.txt": GOOD})
    (tmp_path / "taken").write_text("a file, not a folder", encoding="utf-8")
    result = run_cli("build", "--input", str(tmp_path / "articles"), "--output", str(tmp_path / "taken" / "out"),
                     "--format", "json", "--quiet", cwd=tmp_path)
    assert result.returncode == 1
    assert len(errors(result)) == 1 and "cannot create the output folder" in errors(result)[0]


def test_disk_full_leaves_the_previous_brief_intact(tmp_path, monkeypatch, capsys, nlp):
    from briefing import cli
    folder_with(tmp_path, {"good.txt": GOOD})
    out = tmp_path / "out"
    assert cli.main(["build", "--input", str(tmp_path / "articles"), "--output", str(out), "--quiet"]) == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_fsync = os.fsync
    calls = []

    def full_disk(fd):
        calls.append(fd)
        if len(calls) == 2:          # the second output: the first is already in its temporary file
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_disk)
    code = cli.main(["build", "--input", str(tmp_path / "articles"), "--output", str(out), "--quiet"])
    assert code == 1
    err = capsys.readouterr().err
    assert "cannot write the brief (No space left on device); the previous brief is unchanged" in err
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before       # no temporary files, nothing mixed


def test_verbose_adds_the_traceback(tmp_path):
    result = run_cli("build", "--input", str(tmp_path / "missing"), "--verbose", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback (most recent call last)" in result.stderr and "input folder not found" in result.stderr
    quiet = run_cli("build", "--input", str(tmp_path / "missing"), cwd=tmp_path)
    assert "Traceback" not in quiet.stderr and len(errors(quiet)) == 1
