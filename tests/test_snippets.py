"""Keyword-search snippets computed in Python: the same text and highlights as FTS5's snippet()."""

from __future__ import annotations

import pytest

from upsignal.store import open_db
from upsignal.store.search import fts_query
from upsignal.store.snippets import highlighted, parse_query, snippet

LONG = ("Thanks for the quick reply. We need SAML SSO for the Okta rollout before the audit. Our auditors "
        "want an audit log of every permission change: the SOC 2 audit is in May. Every Friday we export to "
        "Excel and merge the sheets by hand. Could you add custom fields for the client reference number? "
        "Also the audit trail export should include SSO logins. Best regards from the operations team.")
TEXTS = [
    LONG,
    "We need SSO.",
    "SSO SSO SSO and more SSO, then sso again; finally Sso.",
    "Wir brauchen eine REST-API für unser ERP-System. Über die Schnittstelle exportieren wir Daten.",
    "Müller GmbH: wir pflegen die Stunden zusätzlich in einer Excel-Tabelle (leider).",
    " leading spaces, snake_case words and 42 numbers: 42x audit_log " * 3,
    "Custom fields. custom   fields! custom\nfields? Fields custom.",
]
QUERIES = ["SSO", "audit", "audit log", '"audit log"', "export*", "au*", '"custom fields"', "custom fields",
           "ueber", "über", "muller", "excel sso", "42", "snake_case", "fields custom", '"merge the sheets" excel']


@pytest.fixture(scope="module")
def fts(tmp_path_factory):
    db = open_db(tmp_path_factory.mktemp("snip") / "s.db")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')")
    db.conn.executemany("INSERT INTO t (rowid, text) VALUES (?, ?)", list(enumerate(TEXTS)))
    db.conn.commit()
    return db


@pytest.mark.parametrize("q", QUERIES)
@pytest.mark.parametrize("size", [24, 6])
def test_snippet_matches_fts5_exactly(fts, q, size):
    rows = fts.execute(f"SELECT text, snippet(t, 0, '[', ']', '…', {size}) FROM t WHERE t MATCH ?",
                       [fts_query(q)]).fetchall()
    phrases = parse_query(q)
    for text, expected in rows:
        assert snippet(text, phrases, size) == expected, text


def test_highlighted_gives_offsets_of_the_hits():
    text, marks = highlighted(LONG, parse_query('"audit log" okta'))
    assert [text[s:e] for s, e in marks] == ["Okta", "audit log"]
    assert text.startswith("…") and text.endswith("…") and "[" not in text


def test_query_parsing_is_what_fts_query_sends():
    assert fts_query('ERP-System "audit  log" export* x_y') == '"ERP" "System" "audit log" "export"* "x_y"'
    assert [p.tokens for p in parse_query("x_y Über")] == [("x", "y"), ("uber",)]
