"""`upsignal ingest` / `detect` / `signals` / `quarantine list` end to end through the CLI."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import DATA, DEMO

ZENDESK = DATA / "ingest" / "zendesk.jsonl"  # 2 good tickets, 3 bad records (date, JSON, empty)


@pytest.fixture
def world(tmp_path, cli, catalog_path):
    db = tmp_path / "w.db"
    assert cli(["accounts", "import", DEMO / "accounts.csv", "--db", db, "--catalog", catalog_path]).exit_code == 0
    return db


def test_ingest_detects_links_and_is_idempotent(cli, world, catalog_path):
    args = ["ingest", ZENDESK, "--db", world, "--catalog", catalog_path]
    first = cli(args)
    assert first.exit_code == 0, first.output
    assert "5 read, 2 stored, 0 updated, 0 unchanged, 3 quarantined" in first.output
    again = cli(args)
    assert "5 read, 0 stored, 0 updated, 2 unchanged, 3 quarantined" in again.output

    res = cli(["signals", "--db", world, "--json"])
    signals = [json.loads(line) for line in res.output.splitlines()]
    sso = [s for s in signals if s["feature_id"] == "sso_saml"]
    assert sso and sso[0]["sentence"].startswith("we are rolling out Okta next month and need SAML SSO")
    assert sso[0]["account_id"] == "ACC-0012" and sso[0]["turn_idx"] == 0
    assert not any("Enterprise plan" in s["sentence"] for s in signals)  # vendor turns never count
    workaround = [s for s in signals if s["kind"] == "workaround"]
    assert [w["sentence"] for w in workaround] == ["Every Friday we export to Excel and merge by hand."]

    n = len(signals)
    assert cli(["detect", "--all", "--db", world, "--catalog", catalog_path]).exit_code == 0
    assert len(cli(["signals", "--db", world, "--json"]).output.splitlines()) == n  # replaced, not duplicated


def test_quarantine_list_and_strict(cli, world):
    res = cli(["ingest", ZENDESK, "--db", world, "--no-detect", "--strict"])
    assert res.exit_code == 1 and "3 record(s) quarantined" in res.output
    listed = cli(["quarantine", "list", "--db", world]).output
    assert f"{ZENDESK}:4: line 4 is not valid JSON" in listed
    assert "unparseable date in ticket 48214" in listed


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.csv", "", "is empty"),
    ("notes.txt", "just some notes\nnothing else\n", "zendesk-json"),
], ids=["empty", "unknown-format"])
def test_bad_files_exit_2_naming_formats(cli, tmp_path, name, content, message):
    f = tmp_path / name
    f.write_text(content)
    res = cli(["ingest", f, "--db", tmp_path / "x.db", "--no-detect"])
    assert res.exit_code == 2 and message in res.output and name in res.output


def test_missing_file_exits_2(cli, tmp_path):
    res = cli(["ingest", tmp_path / "nope.jsonl", "--db", tmp_path / "x.db", "--no-detect"])
    assert res.exit_code == 2 and "nope.jsonl" in res.output


def test_detection_needs_a_catalog(cli, tmp_path, monkeypatch):
    monkeypatch.delenv("UPSIGNAL_CATALOG", raising=False)
    res = cli(["ingest", ZENDESK, "--db", tmp_path / "x.db"])
    assert res.exit_code == 2 and "--catalog" in res.output and "--no-detect" in res.output


def test_eval_json_contract(cli, tmp_path, catalog_path):
    rows = [
        {"id": "1", "text": "Please add a dark mode, my eyes hurt at night.", "labels": ["feature_request"],
         "annotated": ["feature_request"]},
        {"id": "2", "text": "The app crashes every time I open it.", "labels": [], "annotated": ["feature_request"]},
        {"id": "3", "text": "Wir wechseln wahrscheinlich zu Asana, weil die das schon eingebaut haben.",
         "labels": ["comparison"], "annotated": ["comparison"]},
    ]
    f = tmp_path / "tiny.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows))
    res = cli(["eval", f, "--format", "json", "--catalog", catalog_path])
    assert res.exit_code == 0, res.output
    result = json.loads(res.output.strip().splitlines()[-1])
    fr = result["datasets"]["tiny"]["feature_request"]
    assert (fr["tp"], fr["fp"], fr["fn"], fr["support"]) == (1, 0, 0, 1)
    assert result["datasets"]["tiny"]["comparison"]["tp"] == 1
    assert set(fr) == {"precision", "recall", "f1", "tp", "fp", "fn", "support"}
    assert result["overall"]["feature_request"]["f1"] == 1.0
    shutil.rmtree(tmp_path)


def test_eval_scores_rows_that_share_an_id_separately(cli, tmp_path, catalog_path):
    """Some public sets repeat ids (ARdoc): each row is still its own message."""
    rows = [
        {"id": "7", "text": "It crashes less often, but still does so.", "labels": [],
         "annotated": ["feature_request"]},
        {"id": "7", "text": "Please add a dark mode, my eyes hurt at night.", "labels": ["feature_request"],
         "annotated": ["feature_request"]},
    ]
    f = tmp_path / "dupes.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows))
    res = cli(["eval", f, "--format", "json", "--catalog", catalog_path])
    assert res.exit_code == 0, res.output
    fr = json.loads(res.output.strip().splitlines()[-1])["datasets"]["dupes"]["feature_request"]
    assert (fr["tp"], fr["fp"], fr["fn"]) == (1, 0, 0)


def test_eval_needs_no_catalog(cli, tmp_path, monkeypatch):
    """The eval contract takes --catalog as an option: without one, cues and the classifier score."""
    monkeypatch.delenv("UPSIGNAL_CATALOG", raising=False)
    f = tmp_path / "plain.jsonl"
    f.write_text(json.dumps({"id": "1", "text": "Please add a dark mode, my eyes hurt at night.",
                             "labels": ["feature_request"], "annotated": ["feature_request"]}) + "\n")
    res = cli(["eval", f, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert "No catalog given" in res.output
    fr = json.loads(res.output.strip().splitlines()[-1])["datasets"]["plain"]["feature_request"]
    assert (fr["tp"], fr["fp"], fr["fn"]) == (1, 0, 0)


def test_eval_skips_and_reports_malformed_rows(cli, tmp_path, catalog_path):
    good = {"id": "1", "text": "Please add a dark mode, my eyes hurt at night.", "labels": ["feature_request"],
            "annotated": ["feature_request", "mood"]}
    lines = [json.dumps(good), "not json", json.dumps({"id": "2", "text": 5}),
             json.dumps({"id": "3", "text": "x", "labels": "feature_request"}),
             json.dumps({"id": "4", "text": "The app crashes.", "annotated": ["feature_request"]})]
    f = tmp_path / "messy.jsonl"
    f.write_text("\n".join(lines) + "\n")
    res = cli(["eval", f, "--format", "json", "--catalog", catalog_path])
    assert res.exit_code == 0, res.output
    for line, problem in ((2, "not valid JSON"), (3, "'text' is not a string"),
                          (4, "'labels' is not a list"), (1, "kind 'mood' is not an upsignal kind")):
        assert f"messy.jsonl:{line}: " in res.output and problem in res.output
    result = json.loads(res.output.strip().splitlines()[-1])["datasets"]["messy"]
    assert set(result) == {"feature_request"}  # the unknown kind is not scored
    assert (result["feature_request"]["tp"], result["feature_request"]["fp"], result["feature_request"]["support"]) == (1, 0, 1)


def test_read_eval_rows_is_strict_without_a_problem_handler(tmp_path):
    from upsignal.errors import InputError
    from upsignal.ingest.evalset import read_eval_rows

    f = tmp_path / "x.jsonl"
    f.write_text('{"id": "1", "text": "ok", "labels": []}\n{"id": "2"}\n')
    with pytest.raises(InputError, match=r"x.jsonl:2: not an eval row \(no 'text'\)"):
        list(read_eval_rows(f))


def test_signals_filters_check_their_input(cli, world, catalog_path):
    assert cli(["ingest", ZENDESK, "--db", world, "--catalog", catalog_path]).exit_code == 0
    res = cli(["signals", "--db", world, "--since", "yesterday"])
    assert res.exit_code == 2 and "--since 'yesterday'" in res.output and "2026-03-31" in res.output
    res = cli(["signals", "--db", world, "--account", "NOPE"])
    assert res.exit_code == 2 and "no such account" in res.output
    assert cli(["signals", "--db", world, "--account", "ACC-0001"]).output.strip() == "No signals match."
    assert cli(["signals", "--db", world, "--since", "2099-01"]).output.strip() == "No signals match."
    assert "ACC-0012" in cli(["signals", "--db", world, "--since", "2020-01"]).output
