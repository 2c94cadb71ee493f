"""CLI contract: instant --help (no heavy imports), every command documented in the README."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_help_imports_nothing_heavy():
    code = ("import sys; from typer.testing import CliRunner; from upsignal.cli import app; "
            "r = CliRunner().invoke(app, ['--help']); assert r.exit_code == 0, r.output; "
            "heavy = [m for m in ('torch', 'sentence_transformers', 'spacy', 'sklearn', 'fastapi') if m in sys.modules]; "
            "print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""})
    assert out.stdout.strip() == "[]"


def _commands(app, prefix=""):
    import typer.main

    group = typer.main.get_command(app)
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            for sub in cmd.commands:
                yield f"{prefix}{name} {sub}"
        else:
            yield f"{prefix}{name}"


def test_every_command_is_documented_in_readme():
    from upsignal.cli import app

    readme = (ROOT / "README.md").read_text()
    missing = [c for c in _commands(app) if f"`upsignal {c}" not in readme]
    assert missing == []


def test_unknown_format_option_exits_2(cli, tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("a,b\n1,2\n")
    res = cli(["ingest", f, "--format", "excel", "--db", tmp_path / "d.db", "--no-detect"])
    assert res.exit_code == 2 and "zendesk-json" in res.output
