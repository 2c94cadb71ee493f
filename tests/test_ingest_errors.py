"""Ingest error handling: file-level errors raise, record-level problems are quarantined."""

from __future__ import annotations

from pathlib import Path

import pytest

from upsignal.errors import InputError, UnknownFormatError
from upsignal.ingest import FORMATS, detect_format, iter_input_files, read_conversations
from upsignal.ingest.encoding import detect_encoding
from upsignal.types import Conversation, Quarantined

DATA = Path(__file__).parent / "data" / "ingest"


def test_missing_path_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(InputError, match="nope.csv: no such file or directory"):
        list(iter_input_files([missing]))
    with pytest.raises(InputError, match="nope.csv"):
        read_conversations(missing)


def test_empty_file_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"empty\.csv is empty"):
        detect_format(DATA / "empty.csv")
    with pytest.raises(InputError, match="is empty"):
        read_conversations(DATA / "empty.csv", fmt="tickets-csv")


@pytest.mark.parametrize("name", ["people.csv", "notes.txt"])
def test_unknown_format_lists_formats_and_suggests_flag(name: str) -> None:
    with pytest.raises(UnknownFormatError) as err:
        read_conversations(DATA / name)  # raises before the first record is read
    message = str(err.value)
    assert name in message
    assert all(fmt in message for fmt in FORMATS)
    assert "--format" in message
    assert err.value.exit_code == 2


def test_unknown_format_mentions_what_it_saw() -> None:
    with pytest.raises(UnknownFormatError, match="name, age, city"):
        detect_format(DATA / "people.csv")


def test_bad_format_name_and_encoding_name() -> None:
    with pytest.raises(InputError, match="unknown format 'excel'.*zendesk-json"):
        read_conversations(DATA / "people.csv", fmt="excel")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read_conversations(DATA / "tickets_cp1252.csv", encoding="klingon")


def test_forced_wrong_encoding_suggests_another() -> None:
    with pytest.raises(InputError, match="--encoding=cp1252"):
        list(read_conversations(DATA / "tickets_cp1252.csv", encoding="utf-8"))


@pytest.mark.parametrize(
    ("sample", "encoding"),
    [
        (b"\xef\xbb\xbfid,text\n", "utf-8-sig"),
        ("id,text\nä,ß\n".encode(), "utf-8"),
        ("id,text\nCaf\u00e9 \u20ac\n".encode("cp1252"), "cp1252"),
        (b"id,text\n\x81\x8d\xe9\n", "latin-1"),  # bytes cp1252 leaves undefined
        ("ä".encode()[:1], "utf-8"),  # a character cut at the end of the sample
    ],
)
def test_detect_encoding(sample: bytes, encoding: str) -> None:
    assert detect_encoding(sample) == encoding


def test_stray_cp1252_bytes_after_the_sample_do_not_abort(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    rows = "".join(f"T-{i},Plain ascii row number {i}\n" for i in range(3000))
    path.write_bytes(b"id,text\n" + rows.encode() + b"T-x,Caf\xe9 needs more seats\n")
    items = list(read_conversations(path))
    assert all(isinstance(i, Conversation) for i in items)
    assert items[-1].turns[0].text == "Café needs more seats"  # type: ignore[union-attr]


def test_quarantine_keeps_going_and_excerpt_is_short(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    long_bad = '{"id": "X", "text": "' + "a" * 500 + '"'
    path.write_text(
        '{"id": "A", "text": "We need SSO."}\n'
        f"{long_bad}\n"
        "[1, 2]\n"
        "\n"
        '{"id": "B", "text": "We need more seats."}\n'
    )
    items = sorted(read_conversations(path, fmt="tickets-json"), key=lambda i: i.record or 0)
    assert [(type(i).__name__, i.record) for i in items] == [
        ("Conversation", 1), ("Quarantined", 2), ("Quarantined", 3), ("Conversation", 5)
    ]  # fmt: skip
    bad = [i for i in items if isinstance(i, Quarantined)]
    assert len(bad[0].raw) <= 200 and bad[0].raw.startswith('{"id": "X"')
    assert bad[1].reason == "line 3 is not a JSON object"


def test_csv_missing_required_column_value(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,text,created_at\n,orphan text,\nT-1,Fine,not a date\nT-2,Fine too,\n")
    items = list(read_conversations(path))
    assert [(i.record, i.reason) for i in items if isinstance(i, Quarantined)] == [
        (2, 'record 2: missing "id"; use --map id=YourColumn'),
        (3, "unparseable date in id T-1 created_at: 'not a date' "
            "(expected ISO 8601 such as 2026-03-04T10:22:11Z or 2026-03-04)"),
    ]  # fmt: skip
    assert [i.external_id for i in items if isinstance(i, Conversation)] == ["T-2"]


def test_generic_unknown_channel_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("id,text,channel\nT-1,Hello there,fax\nT-2,Hi,Email\n")
    items = list(read_conversations(path))
    assert isinstance(items[0], Quarantined)
    assert "unknown channel 'fax'" in items[0].reason
    assert isinstance(items[1], Conversation) and items[1].channel == "email"


def test_broken_sidecar_quarantines_the_call(tmp_path: Path) -> None:
    (tmp_path / "c.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHi\n")
    (tmp_path / "c.meta.json").write_text("{not json")
    (item,) = read_conversations(tmp_path / "c.srt")
    assert isinstance(item, Quarantined)
    assert "c.meta.json is not valid JSON" in item.reason


def test_unparseable_call_date_quarantines_the_call(tmp_path: Path) -> None:
    (tmp_path / "c.vtt").write_text(
        "WEBVTT\n\nNOTE\ndate: someday\n\n00:00:01.000 --> 00:00:02.000\n<v A>Hi there\n"
    )
    (item,) = read_conversations(tmp_path / "c.vtt")
    assert isinstance(item, Quarantined)
    assert item.reason.startswith("unparseable date in call date: 'someday'")


def test_vtt_cue_without_timing(tmp_path: Path) -> None:
    (tmp_path / "c.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nA: Hi there\n\njust text\n\n"
        "00:00:03.000 --> 00:00:04.000\nB: Hello\n"
    )
    items = list(read_conversations(tmp_path / "c.vtt"))
    bad = [i for i in items if isinstance(i, Quarantined)]
    assert [(q.record, q.reason) for q in bad] == [
        (2, "cue 2 (line 6): no timing line like 'HH:MM:SS.mmm --> HH:MM:SS.mmm'")
    ]
    (conv,) = [i for i in items if isinstance(i, Conversation)]
    assert [t.speaker for t in conv.turns] == ["A", "B"]


def test_forced_utf8_on_bom_json_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "t.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "A", "text": "We need SSO."}\n')
    (conv,) = read_conversations(path, fmt="tickets-json", encoding="utf-8")
    assert isinstance(conv, Conversation) and conv.external_id == "A"
