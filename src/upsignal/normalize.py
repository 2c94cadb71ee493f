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
    r"<(?:br\s*/?|/?(?:p|div|li|ul|ol|tr|table|thead|tbody|h[1-6]|pre|section|article|header"
    r"|footer|hr|dd|dt|dl)\b[^>]*)>",
    re.IGNORECASE,
)
_CELLS = re.compile(r"</?t[dh]\b[^>]*>", re.IGNORECASE)
_TAGS = re.compile(r"</?[a-zA-Z!][^>]*>")


def _html_markup(s: str) -> str:
    """Drop script/style/comments and quoted blockquotes; cells become spaces."""
    low = s.lower()
    if "<!--" in low or "<style" in low or "<script" in low or "<head" in low or "<title" in low:
        s = _DROP_BLOCKS.sub("", s)
    if "<blockquote" in low:
        s = _BLOCKQUOTE.sub("\n", s)
        while "<blockquote" in s.lower():  # nested quotes, innermost first
            s, n = _BLOCKQUOTE.subn("\n", s)
            if not n:
                break
    if "<t" in low:
        s = _CELLS.sub(" ", s)
    return s


def _html_lines(s: str) -> list[str]:
    """HTML to trimmed, non-blank text lines (one per block element)."""
    if "<" not in s or not _BREAKS.search(s):
        # No block markup: plain text (maybe with a stray tag); its newlines are real.
        text = _TAGS.sub("", s) if "<" in s else s
        return _tidy(html.unescape(text) if "&" in text else text)
    s = _html_markup(s)
    if "&nbsp;" in s:
        s = s.replace("&nbsp;", " ")
    # Newlines in HTML source are spaces; runs of spaces are collapsed per line below.
    if "\r" in s or "\t" in s:
        s = s.replace("\r", " ").replace("\t", " ")
    s = _TAGS.sub("", _BREAKS.sub("\n", s.replace("\n", " ")))
    if "&" in s:
        s = html.unescape(s)
    lines = []
    for line in s.split("\n"):
        if "  " in line or "\xa0" in line or "\u200b" in line:
            line = " ".join(_INVISIBLE.sub("", line).split())
        else:
            line = line.strip()
        if line:
            lines.append(line)
    return lines


def html_to_text(s: str) -> str:
    """Convert an HTML fragment to plain text with one line per block element."""
    return "\n".join(_html_lines(s))


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


_LOST_APOSTROPHE = re.compile(
    r"\b((?:do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had|ai|must|need)n)( {1,2})t\b"
    r"|\b(i|you|we|they|he|she|it|that|there|who|what)( {1,2})(d|ll|ve|m|re|s)\b",
    re.IGNORECASE,
)
_NOT = {"can": "cannot", "won": "won't ", "ain": "ain't "}  # no "<verb> not" of the same length


def repair_apostrophes(text: str) -> str:
    """Put back apostrophes that scrapers turned into spaces ("don t", "I d like" -> "don't", "I'd
    like"; "don  t" -> "do not"), so negation and cue phrases still match. Same length, and the first
    character stays in place: offsets still hold."""
    def fix(m: re.Match[str]) -> str:
        if m.group(1):
            head, gap = m.group(1), m.group(2)
            if len(gap) == 1:
                return head + "'t"
            if head.lower() in _NOT:
                out = _NOT[head.lower()]
                return out.capitalize() if head[0].isupper() else out
            return head[:-1] + " not"
        head, gap, tail = m.group(3), m.group(4), m.group(5)
        return head + "'" + tail + " " * (len(gap) - 1)

    return _LOST_APOSTROPHE.sub(fix, text)


# Contractions typed without the apostrophe at all ("dont", "Id like", "cant").
_NO_APOSTROPHE = re.compile(
    r"\b(?:(do|does|did|is|are|was|were|ca|could|would|should|wo|have|has|had)nt"
    r"|(i)(d|m|ve)(?= (?:like|love|prefer|rather|want|need|be|have|been|not|never|really|also|just|so|trying"
    r"|using|looking|getting|going)\b)"
    r"|(i)(m|ve))\b",
    re.IGNORECASE,
)


def read_contractions(text: str) -> str:
    """`repair_apostrophes`, plus apostrophe-less forms read as written ("dont" -> "don't"). Changes
    the length, so for classification only, never for quoting."""
    def fix(m: re.Match[str]) -> str:
        if m.group(1):
            return m.group(1) + "n't"
        head, tail = (m.group(2), m.group(3)) if m.group(2) else (m.group(4), m.group(5))
        return head + "'" + tail

    return _NO_APOSTROPHE.sub(fix, repair_apostrophes(text))


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
    r"|Thanks in advance|Thank you|Best wishes|All the best|Take care|Talk soon|Regards|Cheers"
    r"|Thanks (?:and|&) (?:best |kind )?regards|Danke und Gr(?:uß|üße)|Thanks|Thx|Sincerely|Best"
    r"|Mit freundlichen Gr(?:ü|ue|u)(?:ß|ss)en|Mit freundlichem Gru(?:ß|ss)|Mit besten Grüßen"
    r"|(?:Freundliche|Viele|Beste|Liebe|Schöne|Herzliche|Sonnige) Gr(?:ü|ue)(?:ß|ss)e"
    r"|Besten Dank|Vielen Dank|Danke|Schönen Gruß|Gru(?:ß|ss)|Gr(?:ü|ue)(?:ß|ss)e|Bis bald"
    r"|MfG|LG|VG)"
)
_NAME = r"[A-ZÄÖÜ][\w.'-]*(?: [A-ZÄÖÜ][\w.'-]*){0,2}"
_SIG_LINE = re.compile(
    r"(?:(?P<hard>-- ?|--|Sent (?:from|with|via) [^\n]{1,40}|Get Outlook for [^\n]{1,30}"
    r"|Gesendet (?:von|mit|vom) [^\n]{1,40}|Von meinem [^\n]{1,40})"
    r"|(?P<soft>"
    + _VALEDICTION
    + r"(?:[ \t]*[,.!]+)?(?:[ \t]+(?-i:"
    + _NAME
    + r"))?[ \t]*[,.!]?))[ \t]*",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(?:\+\d[\d ()/.-]{6,}\d"
    r"|\b(?:Tel|Phone|Mobile|Mob|Cell|Fax|Telefon|Handy|Direct|[TMFP])\b\.?:?[ \t]*\+?\d[\d ()/.-]{5,}\d|\bwww\.\S+|https?://\S+|[\w.+-]+@[\w-]+\.[\w.-]+"
    r"|\b(?:GmbH|AG|Inc|LLC|Ltd|KG|SE|Corp|B\.V\.|S\.A\.|Amtsgericht|Registergericht|HRB"
    r"|USt-IdNr|Sitz:)|\be\.K\.)"
)
# Legal footers and confidentiality notices end the author's words.
_DISCLAIMER = re.compile(
    r"(?:This (?:e-?mail|message|communication)\b.{0,40}\b(?:confidential|intended)"
    r"|CONFIDENTIALITY NOTICE|Disclaimer:|Diese (?:E-Mail|Nachricht)\b.{0,60}\bvertraulich"
    r"|Geschäftsführ(?:er|erin|ung):|Sitz der Gesellschaft|Registergericht|Amtsgericht)",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(
    r"\b(?:Head of|Manager|Director|VP|CEO|CTO|CFO|COO|CIO|Lead|Engineer|Specialist|Analyst"
    r"|Founder|Owner|Admin|Administrator|Consultant|Geschäftsführer(?:in)?|Leiter(?:in)?"
    r"|Teamleiter(?:in)?|Abteilungsleiter(?:in)?|Inhaber(?:in)?)\b"
)
_MAX_SIG_LINES = 7
_SIG_SCAN_LINES = 15
# First words of closings, device lines and footers: only such lines are tried as regexes.
_SIG_FIRST_WORDS = frozenset(
    "-- best kind warm warmest many thanks thank all take talk regards cheers thx sincerely"
    " mit freundliche freundlichem viele beste liebe schöne herzliche sonnige besten vielen"
    " danke schönen gruß gruss grüße grüsse gruesse bis mfg lg vg sent get gesendet von this"
    " confidentiality disclaimer diese geschäftsführer geschäftsführerin geschäftsführung"
    " sitz registergericht amtsgericht".split()
)


def _is_sig_tail(lines: list[str]) -> bool:
    """True when the lines after a valediction look like a name/contact block."""
    if len(lines) > _MAX_SIG_LINES:
        return False
    return all(_is_name_like(line) or (len(line) <= 90 and _CONTACT.search(line)) for line in lines)


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


def _signature_start(lines: list[str]) -> int | None:
    """Index of the first line of a signature or disclaimer, if any."""
    # Signatures sit at the end; a message that starts with "Thanks," is not all signature.
    for i in range(max(1, len(lines) - _SIG_SCAN_LINES), len(lines)):
        line = lines[i]
        if line.split(" ", 1)[0].rstrip(",.!:").lower() not in _SIG_FIRST_WORDS:
            continue
        if _DISCLAIMER.match(line):
            return i
        if len(line) > 60:
            continue
        m = _SIG_LINE.fullmatch(line)
        if m is not None and (m.group("hard") is not None or _is_sig_tail(lines[i + 1 :])):
            return i
    return None


def _strip_signature(lines: list[str]) -> list[str]:
    """Lines before the signature (see strip_signature); repeated for stacked closings."""
    while True:
        cut = _signature_start(lines)
        if cut is None:
            stripped = _strip_contact_block(lines)
            if len(stripped) == len(lines):
                return lines
            lines = stripped
        else:
            lines = lines[:cut]


def strip_signature(s: str) -> str:
    """Remove an email signature: '-- ', device lines, valediction + name, contact blocks."""
    return "\n".join(_strip_signature(_tidy(s)))


# --- combined -----------------------------------------------------------------------------


def clean_text(s: str | None, html: bool = False, email: bool = True) -> str:
    """Clean one message: HTML, quoted replies and signatures (if `email`), whitespace."""
    if not s:
        return ""
    lines = _html_lines(s) if html else _tidy(s)
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
