"""Text cleaning: HTML, quoted replies, signatures, whitespace and language."""

from __future__ import annotations

import pytest

from upsignal.normalize import (
    clean_text,
    detect_language,
    html_to_text,
    strip_quoted_reply,
    strip_signature,
)


def test_html_to_text_blocks_entities_and_inline_tags() -> None:
    html = "<p>Hi&nbsp;team,</p><p>we need <b>SAML SSO</b> for Okta &amp; Azure.<br>Today?</p>"
    assert clean_text(html, html=True) == "Hi team,\nwe need SAML SSO for Okta & Azure.\nToday?"


def test_html_to_text_drops_script_style_comments_and_blockquotes() -> None:
    html = (
        "<style>p {color: red}</style><!-- tracking --><div>new text</div>"
        "<blockquote>old<blockquote>older</blockquote></blockquote><script>x()</script>"
    )
    assert clean_text(html, html=True) == "new text"


def test_html_source_newlines_are_spaces_but_plain_text_keeps_lines() -> None:
    assert clean_text("<p>one\ntwo</p>", html=True) == "one two"
    assert clean_text("Tom <tom@x.io> wrote this\nsecond line", html=True) == (
        "Tom wrote this\nsecond line"
    )


def test_html_to_text_table_cells_are_separated() -> None:
    assert html_to_text("<table><tr><td>Seats</td><td>25</td></tr></table>").split() == [
        "Seats",
        "25",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Can you add audit logs?\n\nOn Tue, Mar 4, 2026 at 10:22 AM Tom <tom@x.io> wrote:\n> Hi",
        "Can you add audit logs?\nOn Tue, Mar 4, 2026 at 10:22 AM Tom B <\ntom@x.io> wrote:\nHi",
        "Can you add audit logs?\n-----Original Message-----\nFrom: Tom\nSent: Monday\nHi",
        "Can you add audit logs?\nFrom: Tom Berger\nSent: Monday, March 2\nTo: Lena\nHi",
        "Can you add audit logs?\n________________________________\nVon: Tom\nGesendet: Montag",
        "Can you add audit logs?\n> quoted line\n> another",
    ],
    ids=["gmail", "gmail-wrapped", "outlook-original", "outlook-from-sent", "outlook-de", "gt"],
)
def test_strip_quoted_reply_en(text: str) -> None:
    assert strip_quoted_reply(text) == "Can you add audit logs?"


def test_strip_quoted_reply_de_schrieb() -> None:
    text = (
        "Wir brauchen SSO.\nAm 04.03.2026 um 10:22 schrieb Tom Berger <tom@planwise.io>:\n> Hallo"
    )
    assert strip_quoted_reply(text) == "Wir brauchen SSO."


def test_strip_quoted_reply_keeps_ordinary_from_lines() -> None:
    text = "From: our CFO we heard the budget opens in Q3.\nPlease send a quote."
    assert strip_quoted_reply(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We need SSO.\nThanks,\nLena", "We need SSO."),
        ("We need SSO.\nBest regards,\nLena Vogt\nHead of IT", "We need SSO."),
        ("We need SSO.\nKind regards\nLena", "We need SSO."),
        ("We need SSO.\n-- \nLena Vogt", "We need SSO."),
        ("We need SSO.\nSent from my iPhone", "We need SSO."),
        ("Wir brauchen SSO.\nVon meinem iPhone gesendet", "Wir brauchen SSO."),
        ("Wir brauchen SSO.\nMit freundlichen Grüßen\nLena Vogt", "Wir brauchen SSO."),
        ("Wir brauchen SSO.\nViele Grüße\nLena", "Wir brauchen SSO."),
        (
            "We need SSO.\nLena Vogt\nHead of Operations | Acme Logistics GmbH\nTel: +49 40 123456",
            "We need SSO.",
        ),
        ("We need SSO.\nThanks,\nChloe Campbell\nSent from Outlook for Android", "We need SSO."),
        (
            "We need SSO.\nCheers,\nAisha Shah\n+44 20 1862 2344\nThis email and any attachments "
            "are confidential and intended solely for the addressee.",
            "We need SSO.",
        ),
        (
            "Wir brauchen SSO.\nLG\nClaudia Neumann\nGesendet von Outlook für Android",
            "Wir brauchen SSO.",
        ),
        (
            "Wir brauchen SSO.\nViele Grüße\nFlorian\nGeschäftsführer | Schreinerei Brandl e.K.\n"
            "Tel. +49 53 251 4578\nSchreinerei Brandl e.K. · Sitz: Hamburg · Amtsgericht HRB 1\n"
            "Geschäftsführung: Maren Lehmann",
            "Wir brauchen SSO.",
        ),
        ("Wo stelle ich das ein?\nDanke und Gruß", "Wo stelle ich das ein?"),
        ("We need SSO.\nCheers\nThanks,\nChloe", "We need SSO."),
    ],
    ids=[
        "thanks-name",
        "best-regards",
        "kind-regards",
        "dashdash",
        "iphone",
        "iphone-de",
        "mfg",
        "viele-gruesse",
        "contact-block",
        "stacked-device",
        "disclaimer",
        "outlook-de",
        "legal-footer-de",
        "danke-und-gruss",
        "double-closing",
    ],
)
def test_strip_signature(text: str, expected: str) -> None:
    assert strip_signature(text) == expected


def test_strip_signature_keeps_content_after_thanks() -> None:
    text = "Thanks!\nAlso, could you add an audit log?"
    assert strip_signature(text) == text
    text = "We need SSO.\nThanks for the demo, the whole team loved the Gantt view and wants more."
    assert strip_signature(text) == text


def test_strip_signature_keeps_a_lone_greeting_message() -> None:
    assert strip_signature("Thanks,\nwe need 10 more seats.") == "Thanks,\nwe need 10 more seats."


def test_clean_text_whitespace_and_paragraphs() -> None:
    text = "  Hi\u00a0 team,\r\n\r\n\r\nwe   need\tmore\u200b seats.  \n\n"
    assert clean_text(text) == "Hi team,\nwe need more seats."


def test_clean_text_email_false_keeps_valedictions() -> None:
    assert clean_text("Great tool.\nThanks,\nLena", email=False) == "Great tool.\nThanks,\nLena"


def test_clean_text_empty() -> None:
    assert clean_text(None) == ""
    assert clean_text("<p>&nbsp;</p>", html=True) == ""


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We would like to add more seats to our plan, please.", "en"),
        ("Could you tell us when the audit log will be available?", "en"),
        ("Wir möchten gerne mehr Lizenzen für unser Team.", "de"),
        ("Leider fehlt uns eine Integration mit SAP, deshalb exportieren wir alles.", "de"),
        ("ok thx", None),
        ("", None),
        ("SSO SAML Okta Azure", None),
    ],
)
def test_detect_language(text: str, lang: str | None) -> None:
    assert detect_language(text) == lang
