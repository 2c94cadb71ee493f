"""Each input format: sniffing, turns, roles, hints, ids and record numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from upsignal.ingest import FORMATS, detect_format, iter_input_files, read_conversations
from upsignal.types import AccountHints, Conversation, Quarantined

DATA = Path(__file__).parent / "data" / "ingest"


def read(name: str, **kw: object) -> tuple[list[Conversation], list[Quarantined]]:
    """Conversations and quarantined records of one fixture file."""
    items = list(read_conversations(DATA / name, **kw))  # type: ignore[arg-type]
    convs = [i for i in items if isinstance(i, Conversation)]
    bad = [i for i in items if isinstance(i, Quarantined)]
    return convs, bad


def turns(c: Conversation) -> list[tuple[str, str, str]]:
    """(speaker, role, text) of each turn."""
    return [(t.speaker, t.role, t.text) for t in c.turns]


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("zendesk.jsonl", "zendesk-json"),
        ("zendesk_wrapped.json", "zendesk-json"),
        ("zendesk_truncated.json", "zendesk-json"),
        ("intercom_export.csv", "intercom-csv"),
        ("freshdesk_export.csv", "freshdesk-csv"),
        ("tickets_cp1252.csv", "tickets-csv"),
        ("tickets.jsonl", "tickets-json"),
        ("call.vtt", "vtt"),
        ("nordwind.srt", "srt"),
        ("gong_calls.json", "transcript-json"),
        ("transcript_single.json", "transcript-json"),
        ("reviews_g2.csv", "reviews-csv"),
        ("reviews.jsonl", "reviews-json"),
        # misleading extensions: content wins
        ("misnamed_vtt.txt", "vtt"),
        ("misnamed_transcript.csv", "transcript-json"),
        ("misnamed_intercom.json", "intercom-csv"),
    ],
)
def test_detect_format(name: str, fmt: str) -> None:
    assert detect_format(DATA / name) == fmt


def test_detect_format_uses_mapping_for_renamed_columns() -> None:
    mapping = {"id": "Number", "text": "Body"}
    assert detect_format(DATA / "tickets_bom_semicolon.csv", mapping=mapping) == "tickets-csv"


def test_formats_constant() -> None:
    assert FORMATS == (
        "zendesk-json", "intercom-csv", "freshdesk-csv", "tickets-csv", "tickets-json",
        "vtt", "srt", "transcript-json", "reviews-csv", "reviews-json",
    )  # fmt: skip


def test_iter_input_files_recursive_sorted_skips_hidden_and_sidecars(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for rel in ["b/z.csv", "b/a.vtt", "b/a.meta.json", "a.jsonl", ".hidden.csv", ".git/x.csv"]:
        (tmp_path / rel).write_text("x")
    got = [p.relative_to(tmp_path).as_posix() for p in iter_input_files([tmp_path])]
    assert got == ["a.jsonl", "b/a.vtt", "b/z.csv"]
    assert list(iter_input_files([tmp_path / "a.jsonl"])) == [tmp_path / "a.jsonl"]


def test_zendesk_ticket_turns_roles_hints() -> None:
    convs, _ = read("zendesk.jsonl")
    c = convs[0]
    assert c.id == Conversation.make_id("zendesk", "48213")
    assert (c.source_system, c.external_id, c.channel) == ("zendesk", "48213", "ticket")
    assert c.title == "Need SSO for our Okta rollout"
    assert c.created_at == "2026-03-04T10:22:11Z"
    assert c.url == "https://planwise.zendesk.com/agent/tickets/48213"
    assert c.tags == ("sso", "enterprise")
    assert c.language == "en"
    assert c.record == 1 and c.source_file == str(DATA / "zendesk.jsonl")
    assert c.hints == AccountHints(
        account_id="ACC-0012",
        email="lena.vogt@acme-logistics.de",
        domain="acme-logistics.de",
        organization="Acme Logistics GmbH",
    )
    assert turns(c) == [
        (
            "Lena Vogt",
            "customer",
            "Hi team,\nwe are rolling out Okta next month and need SAML SSO for all 120 users & "
            "contractors.",
        ),
        ("Tom Berger", "vendor", "Hi Lena, SSO is part of our Enterprise plan."),
        ("Tom Berger", "vendor", "Upsell opportunity, loop in AE."),  # private note
        ("Lena Vogt", "customer", "Great, what would Enterprise cost for 120 seats?"),
    ]
    assert [t.timestamp for t in c.turns][:2] == ["2026-03-04T10:22:11Z", "2026-03-04T10:00:00Z"]
    assert [t.index for t in c.turns] == [0, 1, 2, 3]


def test_zendesk_good_records_survive_bad_ones() -> None:
    convs, bad = read("zendesk.jsonl")
    assert [c.external_id for c in convs] == ["48213", "48215"]
    assert [c.record for c in convs] == [1, 3]
    assert turns(convs[1]) == [
        ("Sam Lee", "customer", "Every Friday we export to Excel and merge by hand.")
    ]
    assert [q.record for q in bad] == [2, 4, 5]
    assert "unparseable date in ticket 48214 created_at: 'yesterday-ish'" in bad[0].reason
    assert bad[1].reason.startswith("line 4 is not valid JSON")
    assert bad[2].reason == "zendesk 48217: no text after cleaning"


def test_zendesk_wrapper_object_streams_tickets() -> None:
    convs, bad = read("zendesk_wrapped.json")
    assert bad == []
    assert [(c.external_id, c.record, c.created_at) for c in convs] == [
        ("501", 1, "2026-02-01T09:30:00"),
        ("502", 2, "2026-02-02T09:30:00Z"),
    ]
    assert convs[0].hints.account_id == "ACC-9"
    # author_id matching the requester makes the comment the customer's
    assert turns(convs[1]) == [("Ben", "customer", "Do you have audit logs?")]


def test_zendesk_truncated_array_keeps_complete_records() -> None:
    convs, bad = read("zendesk_truncated.json")
    assert [c.external_id for c in convs] == ["1", "2"]
    assert len(bad) == 1 and bad[0].record == 3
    assert bad[0].reason.startswith("invalid JSON after record 2")


def test_intercom_parts_grouped_by_conversation() -> None:
    convs, bad = read("intercom_export.csv")
    assert bad == []
    c1, c2 = convs
    assert (c1.external_id, c1.channel, c1.title, c1.record) == ("ic-1", "chat", "Seat limit", 2)
    assert c1.hints == AccountHints(
        account_id="CMP-7", email="mia@brightpath.io", domain="brightpath.io",
        organization="Brightpath Inc",
    )  # fmt: skip
    assert turns(c1) == [
        ("Mia Wong", "customer", "We're at 24 of 25 seats, can we add more?"),
        ("Tom Berger", "vendor", "Sure, I can help with that."),
        ("Tom Berger", "vendor", "Expansion lead"),
    ]
    assert c2.created_at == "2026-03-01T09:00:00Z"  # epoch seconds
    assert c2.record == 6 and turns(c2) == [("Jo", "customer", "Do you integrate with HubSpot?")]


def test_freshdesk_rows_and_bad_row() -> None:
    convs, bad = read("freshdesk_export.csv")
    assert [(c.external_id, c.channel, c.record) for c in convs] == [
        ("1001", "email", 2),
        ("1002", "chat", 3),
        ("1004", "ticket", 5),
    ]
    first = convs[0]
    assert turns(first) == [
        ("Priya Nair", "customer", "Our SOC 2 auditor needs an audit log of admin actions.")
    ]
    assert first.tags == ("soc2", "audit")
    assert first.created_at == "2026-03-02T14:05:00"
    assert first.hints == AccountHints(
        email="priya@fintrail.com", domain="fintrail.com", organization="Fintrail Ltd"
    )
    assert convs[2].turns[0].text == "Multi-line\ndescription here."
    assert [q.record for q in bad] == [4]
    assert bad[0].reason.startswith("line 4 has 16 columns but the header has 14")


def test_tickets_csv_cp1252_threads() -> None:
    convs, bad = read("tickets_cp1252.csv")
    assert bad == []
    t1, t2 = convs
    assert (t1.external_id, t1.channel, t1.title) == ("T-1", "email", "SSO")
    assert turns(t1) == [
        ("Lena Vogt", "customer", "We need SSO, urgently."),
        ("Tom", "vendor", "SSO is on Enterprise."),
    ]
    assert t1.hints == AccountHints(
        account_id="ACC-1", email="lena@acme.de", domain="acme.de", organization="Acme"
    )
    assert turns(t2) == [
        ("Jürgen Müller", "customer",
         "Café Zurück: wir brauchen mehr Speicherplatz für unsere Dateien."),
    ]  # fmt: skip
    assert (t2.language, t2.created_at, t2.record) == ("de", "2026-03-04", 4)
    assert t2.hints.organization == "Müller GmbH"


def test_tickets_csv_bom_semicolon_with_mapping() -> None:
    mapping = {"id": "Number", "text": "Body", "created_at": "Created"}
    convs, bad = read("tickets_bom_semicolon.csv", mapping=mapping)
    assert [(c.external_id, c.language, c.created_at) for c in convs] == [
        ("A-1", "de", "2026-03-01")
    ]
    assert convs[0].turns[0].text.startswith("Wir überlegen, zu Acme zu wechseln")
    assert [(q.record, q.reason) for q in bad] == [
        (3, 'id A-2: missing "text"; use --map text=YourColumn if the column has another name')
    ]


def test_tickets_csv_reads_account_and_company_columns(tmp_path: Path) -> None:
    """Exports often say `account` and `company`: read as account_id and organization."""
    path = tmp_path / "t.csv"
    path.write_text("id,text,account,company\nT-1,We need SSO.,ACC-7,Acme GmbH\n", encoding="utf-8")
    (conv,) = list(read_conversations(path, fmt="tickets-csv"))
    assert conv.hints == AccountHints(account_id="ACC-7", organization="Acme GmbH")


def test_tickets_json_messages_and_threads() -> None:
    convs, bad = read("tickets.jsonl")
    assert [(c.external_id, c.record) for c in convs] == [("J-1", 1), ("J-3", 4)]
    assert turns(convs[0]) == [
        ("Ola", "customer", "Please add a Gantt view."),
        ("Tom", "vendor", "Noted, thanks!"),
    ]
    assert convs[1].title == "Thread" and convs[1].hints.account_id == "ACC-3"
    assert convs[1].hints.domain == "corp.com"
    assert turns(convs[1]) == [
        ("Kim", "customer", "We are hiring 40 engineers next quarter."),
        ("Tom", "vendor", "Great news!"),
    ]
    assert [q.record for q in bad] == [3, 5]
    assert bad[0].reason.startswith("line 3 is not valid JSON")
    assert bad[1].reason == 'record 5: missing "id"; use --map id=YourColumn'


def test_vtt_voice_tags_note_metadata_and_merged_cues() -> None:
    convs, bad = read("call.vtt")
    (c,) = convs
    assert (c.source_system, c.external_id, c.channel) == ("vtt", "call-2026-0311-acme", "call")
    assert (c.title, c.created_at, c.record) == ("Q2 business review", "2026-03-11T15:00:00Z", 1)
    assert c.hints == AccountHints(account_id="ACC-0012", organization="Acme Logistics GmbH")
    assert turns(c) == [
        ("Tom Berger", "vendor", "Thanks for joining, Lena."),
        ("Lena Vogt", "customer",
         "We're onboarding the APAC team next month, so we will need about 40 more seats."),
        ("Guest", "unknown", "Is SSO included & supported?"),
    ]  # fmt: skip
    assert [t.timestamp for t in c.turns] == ["00:00:01.000", "00:00:04.500", "00:00:12.500"]
    assert [(q.record, q.reason) for q in bad] == [
        (4, "cue 4 (line 24): cue has no text; add the text or delete the cue")
    ]


def test_srt_sidecar_german_call() -> None:
    convs, bad = read("nordwind.srt")
    (c,) = convs
    assert (c.source_system, c.external_id) == ("srt", "call-2026-0402-nordwind")
    assert c.created_at == "2026-04-02T07:00:00Z"
    assert c.language == "de"
    assert c.hints == AccountHints(
        account_id="ACC-0031", email="j.keller@nordwind-media.de",
        domain="nordwind-media.de", organization="Nordwind Media",
    )  # fmt: skip
    assert turns(c) == [
        ("Ana Ruiz", "vendor", "Hallo Jonas, danke für die Zeit."),
        ("Jonas Keller", "customer",
         "Wir überlegen, ob wir auf den Enterprise-Tarif wechseln, weil wir mehr Speicher "
         "brauchen. Und die Audit-Logs sind für uns wichtig."),
    ]  # fmt: skip
    assert [q.record for q in bad] == [4]
    assert "bad timing '00:00:xx --> 00:00:13,000'" in bad[0].reason


def test_caption_without_metadata_uses_file_stem_and_unknown_roles(tmp_path: Path) -> None:
    path = tmp_path / "standup.vtt"
    path.write_text("WEBVTT\n\n00:01.000 --> 00:02.000\nKai: We hit the storage limit.\n")
    (c,) = read_conversations(path)
    assert isinstance(c, Conversation)
    assert c.external_id == "standup"
    assert turns(c) == [("Kai", "unknown", "We hit the storage limit.")]


def test_transcript_calls_array() -> None:
    convs, bad = read("gong_calls.json")
    (c,) = convs
    assert (c.external_id, c.title, c.created_at) == (
        "gong-771234", "Renewal call", "2026-04-02T09:00:00Z"
    )  # fmt: skip
    assert c.hints == AccountHints(
        account_id="ACC-0031", email="j.keller@nordwind-media.de",
        domain="nordwind-media.de", organization="Nordwind Media",
    )  # fmt: skip
    assert turns(c) == [
        ("Ana Ruiz", "vendor", "How is the rollout going?"),
        ("Jonas Keller", "customer",
         "Good, but we keep hitting the API limit. We also compared you with Asana."),
        ("Ana Ruiz", "vendor", "Let me check."),
    ]  # fmt: skip
    assert [t.timestamp for t in c.turns] == ["00:00:01.000", "00:00:12.500", "01:02:05.250"]
    assert [(q.record, q.reason) for q in bad] == [
        (2, 'record 2: call has no "call_id"'),
        (3, "transcript gong-2: no text after cleaning"),
    ]


def test_transcript_single_pretty_printed_call() -> None:
    (c,), bad = read("transcript_single.json")
    assert bad == []
    assert (c.external_id, c.created_at, c.language) == ("chorus-42", "2026-04-05T12:00:00Z", "de")
    assert c.hints.email == "petra@bergmann-kg.de" and c.hints.account_id == "ACC-0040"
    assert [t.role for t in c.turns] == ["customer", "vendor"]


def test_reviews_csv_g2_questions_and_bad_rows() -> None:
    convs, bad = read("reviews_g2.csv")
    (c,) = convs
    assert (c.source_system, c.channel, c.external_id) == ("reviews", "review", "g2-1")
    assert (c.rating, c.created_at, c.tags, c.url) == (
        4.5,
        "2026-02-10",
        ("g2",),
        "https://g2.com/r/1",
    )
    assert c.hints == AccountHints(organization="Brightpath Inc", company_size="51-200 employees")
    assert turns(c) == [
        ("Chris P.", "customer", "Great planner"),
        ("Chris P.", "customer", "Easy to use, our team adopted it in a week."),
        ("Chris P.", "customer", "No SSO on the Pro plan; we had to upgrade."),
    ]
    assert [q.record for q in bad] == [3, 4]
    assert bad[0].reason == "review g2-2: rating 'five' is not a number (expected e.g. 4.5)"
    assert bad[1].reason.startswith("unparseable date in review g2-3 date: 'Feb 12 2026?'")


def test_reviews_json_german_drops_empty_title() -> None:
    (c,), bad = read("reviews.jsonl")
    assert bad == []
    assert (c.language, c.rating, c.tags) == ("de", 2.0, ("capterra",))
    assert [t.text for t in c.turns] == [
        "Die Oberfläche ist übersichtlich.",
        "Uns fehlt eine Integration mit SAP, deshalb exportieren wir alles nach Excel.",
    ]
    assert c.hints == AccountHints(organization="Bau GmbH", company_size="11-50")


def test_explicit_format_and_encoding_override() -> None:
    convs, _ = read("tickets_cp1252.csv", fmt="tickets-csv", encoding="cp1252")
    assert convs[1].turns[0].speaker == "Jürgen Müller"
    convs, _ = read("tickets_cp1252.csv", encoding="latin-1")
    assert convs[1].turns[0].speaker == "Jürgen Müller"


def test_ids_are_deterministic_across_reads() -> None:
    first, _ = read("zendesk.jsonl")
    again, _ = read("zendesk.jsonl")
    assert [c.id for c in first] == [c.id for c in again]
    assert first == again
