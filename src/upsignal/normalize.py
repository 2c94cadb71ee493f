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
    low = s.lower()
    if "<!--" in low or "<style" in low or "<script" in low or "<head" in low or "<title" in low:
        s = _DROP_BLOCKS.sub("", s)
    if "<blockquote" in low:
        s = _BLOCKQUOTE.sub("\n", s)
        while "<blockquote" in s.lower():  # nested quotes, innermost first
            s, n = _BLOCKQUOTE.subn("\n", s)
            if not n:
                break
    if _BREAKS.search(s):
        # Markup with block tags: source newlines are not line breaks (plain text keeps them).
        s = _BREAKS.sub("\n", s.replace("\n", " "))
    if "<t" in low:
        s = _CELLS.sub(" ", s)
    s = _TAGS.sub("", s)
    return html.unescape(s) if "&" in s else s


# --- whitespace ---------------------------------------------------------------------------

_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _tidy(s: str) -> list[str]:
    """Non-blank lines with runs of spaces collapsed and ends trimmed."""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "\u200b" in s or "\ufeff" in s or "\u00ad" in s or "\u200c" in s or "\u200d" in s:
        s = _INVISIBLE.sub("", s)
    # str.split() knows every Unicode space (nbsp, thin space, …) and runs in C.
    return [t for t in (" ".join(line.split()) for line in s.split("\n")) if t]


# --- quoted replies -----------------------------------------------------------------------

_SEPARATOR = re.compile(
    r"-{2,} ?(?:Original Message|Ursprüngliche Nachricht|Forwarded message"
    r"|Weitergeleitete Nachricht|Original-Nachricht) ?-{2,}.*|_{10,}",
    re.IGNORECASE,
)
_HEADER_NEXT = ("Sent:", "Gesendet:", "Date:", "Datum:", "To:", "An:", "Subject:", "Betreff:")
_QUOTE_START = ("On ", "Am ", "-", "_", "From:", "Von:")


def _is_reply_header(lines: list[str], i: int) -> bool:
    """True when line i starts a quoted earlier message (Gmail, Outlook, Apple Mail, DE/EN)."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if line.startswith("On "):
        return line.endswith("wrote:") or (nxt.endswith("wrote:") and len(line) < 200)
    if line.startswith("Am "):
        return ("schrieb" in line and line.endswith(":")) or (
            "schrieb" in nxt and nxt.endswith(":") and len(line) < 200
        )
    if line.startswith(("From:", "Von:")):
        return any(n.startswith(_HEADER_NEXT) for n in lines[i + 1 : i + 5])
    if line[0] in "-_" and _SEPARATOR.fullmatch(line):
        return not line.startswith("_") or nxt.startswith(("From:", "Von:"))
    return False


def _strip_quoted(lines: list[str]) -> list[str]:
    """Lines before the first reply header, without '>' quoted lines."""
    for i, line in enumerate(lines):
        if line.startswith(_QUOTE_START) and _is_reply_header(lines, i):
            lines = lines[:i]
            break
    return [line for line in lines if not line.startswith(">")]


def strip_quoted_reply(s: str) -> str:
    """Remove quoted earlier messages: '>' lines and everything after a reply header."""
    return "\n".join(_strip_quoted(_tidy(s)))


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
    r"|(?P<soft>" + _VALEDICTION
    + r"(?:[ \t]*[,.!]+)?(?:[ \t]+(?-i:" + _NAME + r"))?[ \t]*[,.!]?))[ \t]*",
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
_SIG_INITIALS = frozenset("-BKWMTRCSGVFLDHbkwmtrcsgvfldh")


def _is_sig_tail(lines: list[str]) -> bool:
    """True when the lines after a valediction look like a name/contact block."""
    if len(lines) > _MAX_SIG_LINES:
        return False
    return all(
        _is_name_like(line) or (len(line) <= 90 and _CONTACT.search(line)) for line in lines
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


def _strip_contact_block(lines: list[str]) -> list[str]:
    """Drop a trailing block of name/title/contact lines that holds a phone, URL or email."""
    cut, contacts = len(lines), 0
    for i in range(len(lines) - 1, max(0, len(lines) - 1 - _MAX_SIG_LINES), -1):
        line = lines[i]
        is_contact = len(line) <= 90 and bool(_CONTACT.search(line))
        if not (is_contact or _is_name_like(line)):
            break
        contacts += is_contact
        cut = i
    if contacts and len(lines) - cut >= 2 and cut > 0:
        return lines[:cut]
    return lines


def _strip_signature(lines: list[str]) -> list[str]:
    """Lines before the signature (see strip_signature)."""
    for i in range(1, len(lines)):  # a message that starts with "Thanks," is not all signature
        line = lines[i]
        if len(line) > 60 or line[0] not in _SIG_INITIALS:
            continue
        m = _SIG_LINE.fullmatch(line)
        if m is not None and (m.group("hard") is not None or _is_sig_tail(lines[i + 1 :])):
            return lines[:i]
    return _strip_contact_block(lines)


def strip_signature(s: str) -> str:
    """Remove an email signature: '-- ', device lines, valediction + name, contact blocks."""
    return "\n".join(_strip_signature(_tidy(s)))


# --- combined -----------------------------------------------------------------------------


def clean_text(s: str | None, html: bool = False, email: bool = True) -> str:
    """Clean one message: HTML, quoted replies and signatures (if `email`), whitespace."""
    if not s:
        return ""
    lines = _tidy(html_to_text(s) if html else s)
    if email and lines:
        lines = _strip_signature(_strip_quoted(lines))
    return "\n".join(lines)


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
_LANG_SAMPLE = 400
_MIN_WORDS = 4


def detect_language(text: str | None) -> str | None:
    """Guess "en" or "de" from stopword ratios (umlauts/ß count for German); None if unsure."""
    if not text:
        return None
    sample = text[:_LANG_SAMPLE].lower()
    # Only the commonest punctuation is split off: cheap, and stopwords rarely carry more.
    words = sample.replace(",", " ").replace(".", " ").replace("!", " ").replace("?", " ").split()
    if len(words) < _MIN_WORDS:
        return None
    en = sum(map(_EN.__contains__, words))
    de = sum(map(_DE.__contains__, words))
    umlauts = sample.count("ä") + sample.count("ö") + sample.count("ü") + sample.count("ß")
    de += 0.5 * min(umlauts, 6)
    if en + de < 2 or en == de:
        return None
    return "en" if en > de else "de"
