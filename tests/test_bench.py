"""The benchmark keeps working: run it on the 5-article corpus (no timing is asserted)."""
import json
import subprocess
import sys

from conftest import ROOT


def test_benchmark_runs_on_the_seeds(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "5", "--out", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    [row] = report["corpora"]
    assert row["articles"] == 5 and row["blocks"] > 0
    for key in ("spacy_s", "build_s", "ratio", "cli_json_s", "cli_json_peak_mb", "cli_full_cold_s",
                "rebuild_config_s", "rebuild_template_s", "rebuild_json_s", "pdf_kb"):
        assert row[key] > 0, key
    assert report["pdf_render_s"] > 0
    assert "ratio" in result.stdout and "articles" in result.stdout
