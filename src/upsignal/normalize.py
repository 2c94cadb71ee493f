"""Text cleaning: HTML to text, quoted replies, signatures, whitespace, language (EN/DE)."""

from __future__ import annotations

import html
import re

# --- HTML -------------------------------------------------------------------------------

_DROP_BLOCKS = re.compile(
    r"<(script|style|head|title)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL
)
# Innermost blockquote first; quoted email text is never the author's own words.
_BLOCKQUOTE = re.compile(
    r"<blockquote\b[^>]*>(?:(?!<blockquote\b).)*?</blockquote\s*>", re.IGNORECASE | re.DOTALL
)
_BREAKS = re.compile(
    r"<br\s*/?>|</?(?:p|div|li|ul|ol|tr|table|thead|tbody|h[1-6]|pre|section|article|header"
    r"|footer|hr|dd|dt|dl)\b[^>]*>",
    re.IGNORECASE,
)
_CELLS = re.compile(r"</?t[dh]\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"</?[a-zA-Z!][^>]*>")


def html_to_text(s: str) -> str:
    """Convert an HTML fragment to plain text with one line per block element."""
    if "<" not in s:
        return html.unescape(s) if "&" in s else s
    if "<!--" in s or "<s" in s or "<S" in s or "<h" in s:
        s = _DROP_BLOCKS.sub("", s)
    if "lockquote" in s or "LOCKQUOTE" in s:
        prev = None
        while prev != s:
            prev, s = s, _BLOCKQUOTE.sub("\n", s)
    if _BREAKS.search(s):
        # Markup with block tags: source newlines are not line breaks (plain text keeps them).
        s = _BREAKS.sub("\n", s.replace("\n", " "))
    if "<t" in s or "<T" in s:
        s = _CELLS.sub(" ", s)
    s = _TAGS.sub("", s)
    return html.unescape(s) if "&" in s else s


# --- whitespace ---------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _tidy_lines(s: str) -> str:
    """Collapse runs of spaces, trim lines and drop blank lines (paragraphs become one \\n)."""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "\u200b" in s or "\ufeff" in s or "\u00ad" in s or "\u200c" in s or "\u200d" in s:
        s = _INVISIBLE.sub("", s)
    # str.split() knows every Unicode space (nbsp, thin space, …) and runs in C.
    return "\n".join(filter(None, (" ".join(line.split()) for line in s.split("\n"))))


# --- quoted replies -----------------------------------------------------------------------

_QUOTE_HEAD = re.compile(
    r"^(?:"
    r"On\b[^\n]{0,300}?(?:\n[^\n]{0,300}?)?\bwrote:[ \t]*$"
    r"|Am\b[^\n]{0,300}?(?:\n[^\n]{0,300}?)?\bschrieb\b[^\n]{0,200}:[ \t]*$"
    r"|-{3,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Forwarded message"
    r"|Weitergeleitete Nachricht)[ \t]*-{3,}"
    r"|_{10,}[ \t]*\n(?:From|Von):"
    r"|(?:From|Von):[^\n]*\n(?:[^\n]*\n){0,3}?(?:Sent|Gesendet|Date|Datum):"
    r")",
    re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*(?:\n|$)", re.MULTILINE)


def strip_quoted_reply(s: str) -> str:
    """Remove quoted earlier messages: '>' lines and everything after a reply header."""
    if (
        "wrote:" in s
        or "schrieb" in s
        or "---" in s
        or "From:" in s
        or "Von:" in s
    ):
        m = _QUOTE_HEAD.search(s)
        if m:
            s = s[: m.start()]
    if s.startswith(">") or "\n>" in s or "\n >" in s:
        s = _QUOTED_LINE.sub("", s)
    return s


# --- signatures ---------------------------------------------------------------------------

_VALEDICTION = (
    r"(?:Best regards|Kind regards|Warm regards|Warmest regards|Many thanks|Thanks again"
    r"|Thanks in advance|Thank you|Best wishes|Regards|Cheers|Thanks|Sincerely|Best"
    r"|Mit freundlichen Grüßen|Mit freundlichem Gruß|Freundliche Grüße|Viele Grüße|Beste Grüße"
    r"|Liebe Grüße|Schöne Grüße|Herzliche Grüße|Besten Dank|Vielen Dank|Danke|Gruß|Grüße"
    r"|MfG|LG|VG)"
)
_NAME = r"[A-ZÄÖÜ][\w.'-]*(?: [A-ZÄÖÜ][\w.'-]*){0,2}"
_SIG_LINE = re.compile(
    r"(?:(?P<hard>-- ?|--|Sent from my [^\n]{1,40}|Sent from (?:Mail|Outlook) for [^\n]{1,30}"
    r"|Get Outlook for [^\n]{1,30}|(?:Von meinem|Gesendet von meinem) [^\n]{1,40})"
    r"|(?P<soft>" + _VALEDICTION + r"(?:[ \t]*[,.!]+)?(?:[ \t]+(?-i:" + _NAME + r"))?[ \t]*[,.!]?))[ \t]*",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?:\+\d[\d ()/.-]{6,}\d|\b(?:Tel|Phone|Mobile|Mob|Cell|Fax|Telefon|Handy|Direct|[TMFP])\b\.?:?"
    r"[ \t]*\+?\d[\d ()/.-]{5,}\d|\bwww\.\S+|https?://\S+|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|\b(?:GmbH|AG|Inc|LLC|Ltd|KG|SE|Corp|B\.V\.|S\.A\.)\b)"
)
_TITLE_WORDS = re.compile(
    r"\b(?:Head of|Manager|Director|VP|CEO|CTO|CFO|COO|CIO|Lead|Engineer|Specialist|Analyst"
    r"|Founder|Owner|Admin|Administrator|Consultant|Geschäftsführer(?:in)?|Leiter(?:in)?"
    r"|Teamleiter(?:in)?|Abteilungsleiter(?:in)?|Inhaber(?:in)?)\b"
)
_MAX_SIG_LINES = 7


def _is_sig_tail(lines: list[str]) -> bool:
    """True when the lines after a valediction look like a name/contact block."""
    if len(lines) > _MAX_SIG_LINES:
        return False
    return all(
        not line or _is_name_like(line) or (len(line) <= 90 and _CONTACT.search(line))
        for line in (raw.strip() for raw in lines)
    )


def _is_name_like(line: str) -> bool:
    """A short line of mostly capitalised words (a name, title or address), no sentence end."""
    if len(line) > 70 or line[-1] in ".?!:":
        return False
    if "|" in line or _TITLE_WORDS.search(line):
        return True
    words = line.replace(",", " ").split()
    if not words or len(words) > 5:
        return False
    caps = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return caps / len(words) >= 0.75


def _strip_contact_block(s: str) -> str:
    """Drop a trailing block of name/title/contact lines that contains a phone, URL or email."""
    lines = s.split("\n")
    cut, contacts = len(lines), 0
    for i in range(len(lines) - 1, max(0, len(lines) - 1 - _MAX_SIG_LINES), -1):
        line = lines[i].strip()
        if not line:
            cut = i
            continue
        is_contact = len(line) <= 90 and bool(_CONTACT.search(line))
        if not (is_contact or _is_name_like(line)):
            break
        contacts += is_contact
        cut = i
    if contacts and len(lines) - cut >= 2 and cut > 0:
        return "\n".join(lines[:cut])
    return s


def strip_signature(s: str) -> str:
    """Remove an email signature: '-- ', device lines, valediction + name, contact blocks."""
    lines = s.split("\n")
    for i in range(1, len(lines)):  # a message that starts with "Thanks," is not all signature
        line = lines[i].strip()
        if len(line) > 60 or not line:
            continue
        m = _SIG_LINE.fullmatch(line)
        if m is None:
            continue
        if m.group("hard") is not None or _is_sig_tail(lines[i + 1 :]):
            return "\n".join(lines[:i])
    if len(lines) > 1 and _CONTACT.search(s, max(0, len(s) - 600)):
        return _strip_contact_block(s)
    return s


# --- combined -----------------------------------------------------------------------------


def clean_text(s: str | None, html: bool = False, email: bool = True) -> str:
    """Clean one message: HTML, quoted replies and signatures (if `email`), whitespace."""
    if not s:
        return ""
    if html:
        s = html_to_text(s)
    s = _tidy_lines(s)
    if email and s:
        s = strip_signature(strip_quoted_reply(s)).strip()
    return s


# --- language -----------------------------------------------------------------------------

_EN_WORDS = (
    "the and to of is it we you that for this with our are be have can not my your but do would"
    " will there they what how when just please thanks thank could should any all from about"
    " been has was were which who need want like i me us its it's don't can't we're i'm"
    " if or at on by as an"
)
_DE_WORDS = (
    "der die das und ist nicht ich wir sie es ein eine einen einem einer zu mit den dem von"
    " für auf auch uns unser unsere unseren haben hat wird werden bitte danke kann können noch"
    " aber oder wie wenn dass sind im bei aus mehr nur schon gibt sehr diese dieser mein meine"
    " hallo grüße leider jetzt gerne möchten wäre würde gibt's ihr ihre euch sich kein keine"
    " nach über mir mich doch habe"
)
_EN = frozenset(_EN_WORDS.split())
_DE = frozenset(_DE_WORDS.split())
_PUNCT = str.maketrans({c: " " for c in ".,;:!?()[]{}\"/&*–—…«»„“”"})
_LANG_SAMPLE = 600
_MIN_WORDS = 4


def detect_language(text: str | None) -> str | None:
    """Guess "en" or "de" from stopword ratios (umlauts/ß count for German); None if unsure."""
    if not text:
        return None
    words = text[:_LANG_SAMPLE].lower().translate(_PUNCT).split()
    if len(words) < _MIN_WORDS:
        return None
    en = sum(map(_EN.__contains__, words))
    de = sum(map(_DE.__contains__, words))
    de += 0.5 * min(sum(1 for w in words if "ä" in w or "ö" in w or "ü" in w or "ß" in w), 6)
    if en + de < 2 or en == de:
        return None
    return "en" if en > de else "de"
