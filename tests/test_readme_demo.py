"""The README's demo summary is what `make demo` prints: the same ingest line, signal counts and accounts list
(pinned with --as-of)."""

from __future__ import annotations

import re

from conftest import DEMO, ROOT


def test_demo_ingest_matches_the_readme(cli, db_path, monkeypatch):
    monkeypatch.setenv("UPSIGNAL_CATALOG", str(DEMO / "catalog.toml"))
    assert cli(["accounts", "import", DEMO / "accounts.csv", "--db", db_path]).exit_code == 0
    result = cli(["ingest", DEMO / "tickets", DEMO / "calls", DEMO / "reviews", "--db", db_path])
    assert result.exit_code == 0, result.output
    readme = (ROOT / "README.md").read_text()
    ingested = re.search(r"Ingested 35 file\(s\): .*? signals detected\.", result.output).group()
    assert ingested in readme, f"README's demo summary is out of date; make demo now prints:\n{ingested}"
    line = next(ln for ln in cli(["status", "--db", db_path]).output.splitlines() if ln.startswith("Signals:"))
    total, kinds = re.fullmatch(r"(Signals:\s+\d+) \((.*)\)", line).groups()
    shown = f"{total} ({', '.join(kinds.split(', ')[:5])}, …)"  # the README shows the first five kinds
    assert shown in readme, f"README's status sample is out of date; make demo now prints:\n{line}"
    sample = cli(["accounts", "list", "--min-score", "47", "--as-of", "2026-11-22", "--format", "table", "--db", db_path])
    rows = [ln for ln in sample.output.splitlines() if re.match(r"\s*\d+\s+ACC-", ln)]
    assert rows and all(row in readme for row in rows), (
        "README's accounts list sample is out of date; it now prints:\n" + "\n".join(rows))
