"""spaCy pipelines (blank EN/DE + rule components) built from the catalog and the cue lists."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..catalog import Catalog
from ..normalize import repair_apostrophes
from .cues import (
    ALTERNATIVES,
    ASKS,
    BUG_REPORT_FORMS,
    BUG_SUBJECT,
    CONTRAST,
    COURTESY,
    CUES,
    EMPTY_COMPARATIVES,
    FALSE_FRIENDS,
    FEATURE_REQUEST_FORMS,
    HYPOTHETICAL,
    HYPOTHETICAL_INVERSION,
    NEGATED_COMPARISON,
    NEGATION,
    PLAN_NOUNS,
    QUESTION_SUBJECT,
    REQUEST_SUBJECT,
    REQUEST_SUBJECT_TAGS,
    REQUEST_SUBJECT_VERBS,
    REQUEST_SUBJECT_VERBS_LAST,
    RESOLVED,
    SERVICE_OBJECTS_DE,
    STANCES,
    TYPE_FIELD_LABELS,
    TYPE_VALUES,
)

LANGS = ("en", "de")
MAX_SENTENCE_CHARS = 600  # longer "sentences" (logs, code, tables) are cut for matching
MAX_SENTENCES_PER_TURN = 80


@dataclass(frozen=True)
class Sentence:
    """A sentence of one turn, with its character span in the turn's text."""

    turn_index: int
    start: int
    end: int
    text: str


def _patterns(catalog: Catalog | None, lang: str = "en") -> dict[str, list[str]]:
    """Match label -> phrases for a `lang` pipeline. Labels: FEATURE:<id>, COMPETITOR:<id>, TIER:<id>,
    LIMIT:<id>, CUE:<kind>, MOD:<type>, STANCE:<stance>, ASK:any (broad asks), ALT:any (generic
    alternatives), COURTESY:any (offers and set phrases whose comparative compares nothing)."""
    false_friends = FALSE_FRIENDS.get(lang, frozenset())

    def phrases(table: dict[str, tuple[str, ...]]) -> list[str]:
        return [p for code in LANGS for p in table.get(code, ()) if code == lang or p not in false_friends]

    out: dict[str, list[str]] = {}
    for kind, by_lang in CUES.items():
        out[f"CUE:{kind}"] = phrases(by_lang)
    for name, table in (("negated", NEGATION), ("negated_comparison", NEGATED_COMPARISON),
                        ("hypothetical", HYPOTHETICAL), ("resolved", RESOLVED)):
        out[f"MOD:{name}"] = phrases(table)
    out["ASK:any"] = phrases(ASKS)
    out["ALT:any"] = phrases(ALTERNATIVES)
    out["COURTESY:any"] = phrases(COURTESY) + phrases(EMPTY_COMPARATIVES)
    for stance, by_lang in STANCES.items():
        out[f"STANCE:{stance}"] = phrases(by_lang)
    if catalog is not None:
        for f in catalog.features:
            out[f"FEATURE:{f.id}"] = [*f.aliases, *f.aliases_de]
        for c in catalog.competitors:
            out[f"COMPETITOR:{c.id}"] = list(c.aliases)
        for t in catalog.tiers:
            # German writes the plan as one compound token: "Pro-Tarif", "Enterprise-Lizenz"
            out[f"TIER:{t.id}"] = [t.name, *(f"{t.name}-{noun}" for noun in PLAN_NOUNS["de"])]
        for lim in catalog.limits:
            out[f"LIMIT:{lim.id}"] = [*lim.aliases, *lim.aliases_de]
        for key, more in catalog.cues.items():
            kind = key.removesuffix("_de")
            out.setdefault(f"CUE:{kind}", []).extend(more)
    return out


@Language.factory("upsignal_matcher_v1", default_config={})
def make_matcher(nlp: Language, name: str) -> CatalogCueMatcher:
    """Factory: an empty matcher; `add_patterns` fills it from the catalog and cue lists."""
    return CatalogCueMatcher(nlp)


DOC_TEXT = "upsignal_text"  # doc.user_data key of the doc's text


class TextKeepingTokenizer:
    """The language's tokenizer, keeping each doc's text in `doc.user_data` for `span_text`."""

    def __init__(self, tokenizer: Callable[[str], Doc]) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[DOC_TEXT] = text
        return doc


class CatalogCueMatcher:
    """Puts every catalog/cue match into doc.spans['upsignal'] with the label as span label."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.nlp = nlp

    def add_patterns(self, patterns: dict[str, list[str]]) -> None:
        for label, phrases in patterns.items():
            docs = [self.nlp.make_doc(p) for p in dict.fromkeys(phrases) if p.strip()]
            if docs:
                self.matcher.add(label, docs)

    def __call__(self, doc: Doc) -> Doc:
        vocab = doc.vocab.strings
        spans = [Span(doc, s, e, label=vocab[m]) for m, s, e in self.matcher(doc)]
        if doc.has_annotation("SENT_START"):
            for sent in doc.sents:  # an inverted condition ("Should legal ever ask ...") opens its clause
                whole = span_text(sent)
                text = whole.lstrip()
                if m := _INVERSION.search(text.lower()):
                    at = sent.start_char + len(whole) - len(text)
                    if span := doc.char_span(at + m.start(), at + m.end(), label="MOD:hypothetical",
                                             alignment_mode="expand"):
                        spans.append(span)
        doc.spans["upsignal"] = spans
        return doc


def build_nlp(lang: str, catalog: Catalog | None) -> Language:
    """A blank spaCy pipeline for `lang` with sentence splitting and the upsignal matcher."""
    import spacy

    nlp = spacy.blank(lang if lang in LANGS else "en")
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    matcher = nlp.add_pipe("upsignal_matcher_v1")
    matcher.add_patterns(_patterns(catalog, lang))
    return nlp


_INVERSION = re.compile(HYPOTHETICAL_INVERSION)
_LINE = re.compile(r"[^\n]+")
# Text the customer did not write as prose: issue-template comments, fenced code and logs, markdown
# headings and checklists of templates. Blanked out (offsets kept) before sentence splitting.
_NOT_PROSE = re.compile(
    r"<!--.*?(?:-->|\Z)"  # HTML comments (template instructions)
    r"|^[ \t]*(?:```|~~~).*?(?:^[ \t]*(?:```|~~~)[^\n]*$|\Z)"  # fenced code blocks
    r"|^[ \t]*#{1,6}[ \t][^\n]*$"  # markdown headings
    r"|^[ \t]*[-*][ \t]+\[[ xX]\][^\n]*$",  # checklist items
    re.DOTALL | re.MULTILINE,
)
_ESCAPED_NEWLINE = re.compile(r"\\[nr]")  # a literal backslash-n left by an export
# A form's type field with a short value ("Type: <b>Bug</b>", "### Issue Type" + "Support"): the
# form's metadata, not the customer's words (`message_form` reads it from the original text).
_FORM_FIELD = re.compile(
    rf"^[ \t>#*_]*(?:{TYPE_FIELD_LABELS})[*_ \t]*:[ \t]*(?:<b>|[*_ \t])*[^\n<:.!?]{{1,40}}(?:</b>)?[*_ \t\r]*$"
    rf"|^[ \t>]*(?:#{{1,6}}|\*\*|__)[ \t]*(?:{TYPE_FIELD_LABELS})[ \t]*(?:\*\*|__)?[ \t]*:?[ \t\r]*\n"
    r"(?:[ \t\r]*\n)*[^\n:.!?]{1,40}$",
    re.IGNORECASE | re.MULTILINE,
)


def _may_hold_field(text: str) -> bool:
    """Cheap gate: a type field needs a colon, a heading or bold text."""
    return ":" in text or "#" in text or "*" in text or "__" in text


def prose(text: str) -> str:
    """`text` with non-prose regions blanked (same length, newlines kept, so offsets still hold)."""
    def blank(m: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", m.group())

    text = repair_apostrophes(_ESCAPED_NEWLINE.sub(" \n", text))
    if _may_hold_field(text):
        text = _FORM_FIELD.sub(blank, text)
    return _NOT_PROSE.sub(blank, text)


_FORMS = {
    kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)
    for kind, patterns in (("feature_request", FEATURE_REQUEST_FORMS), ("bug_report", BUG_REPORT_FORMS))
}


_FORM_WORDS = ("feature", "bug", "repro", "expected", "actual", "describe", "solution", "wunsch",
               "fehler", "erwartet")
_BLANK_LINES = r"[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*"
_DECLARED_TYPE = re.compile(
    # "Type: Bug", "**Category:** Feature request", "Typ: <b>Fehler</b>"
    rf"^[ \t>#*_]*(?:{TYPE_FIELD_LABELS})[*_ \t]*:[ \t]*(?:<b>|[*_ \t])*(?P<same>[^\n<]{{1,60}})"
    # "### Issue Type" or "**Type**" with the value on the next non-empty line
    rf"|^[ \t>]*(?:#{{1,6}}|\*\*|__)[ \t]*(?:{TYPE_FIELD_LABELS})[ \t]*(?:\*\*|__)?[ \t]*:?{_BLANK_LINES}"
    r"(?P<next>[^\n]{1,60})",
    re.IGNORECASE | re.MULTILINE,
)
# A template question naming both kinds ("Do you want to request a feature or report a bug?"); the
# answer is the next non-empty line. Matched line by line (short lines only), never across a text.
_KIND_QUESTION = re.compile(r"\b(?:feature|bug)\b.*\b(?:feature|bug)\b.*\?[*_ \t\r]*$", re.IGNORECASE)
MAX_QUESTION_CHARS = 200
_CHOICE = re.compile(r"\b(?:or|oder)\b|/")
_TYPE_VALUES = {kind: re.compile(rf"\b(?:{words})", re.IGNORECASE) for kind, words in TYPE_VALUES.items()}


def declared_type(text: str) -> tuple[str, str] | None:
    """("feature_request" | "bug_report" | "question", the field) when a message declares its type
    in a form field. The kind named first in the value wins ("Feature (need better errors)"); a
    value offering a choice ("bug or feature (not sure)") decides nothing."""
    fields = [(m.group("same") or m.group("next"), m.group()) for m in _DECLARED_TYPE.finditer(text)]
    if "feature" in text.lower() and "bug" in text.lower():
        lines = [line for line in text.split("\n") if line.strip()]
        fields += [(answer, f"{question} {answer}") for question, answer in zip(lines, lines[1:], strict=False)
                   if len(question) <= MAX_QUESTION_CHARS and _KIND_QUESTION.search(question)]
    for value, field in fields:
        found = sorted((hit.start(), kind) for kind, rx in _TYPE_VALUES.items() if (hit := rx.search(value[:60])))
        if len(found) > 1 and _CHOICE.search(value[:60]):
            continue
        if found:
            return found[0][1], " ".join(field.split())
    return None


def message_form(text: str) -> tuple[str, str] | None:
    """("feature_request" | "bug_report" | "question", the phrase showing it) when a whole message
    was written on such a form: a declared type first, then template phrases (a feature-request
    form wins when both kinds of phrase match); else None."""
    low = text.lower()
    # cheap gates: a type field needs a colon, a heading or bold text, or names both kinds; most
    # messages use no form
    if _may_hold_field(text) or ("feature" in low and "bug" in low):
        declared = declared_type(text)
        if declared:
            return declared
    if not any(word in low for word in _FORM_WORDS):
        return None
    for kind, pattern in _FORMS.items():
        m = pattern.search(text)
        if m:
            return kind, " ".join(m.group().split())
    return None


_BUG_SUBJECT = re.compile(r"\b(?:" + "|".join(BUG_SUBJECT) + r")\b", re.IGNORECASE)
_REQUEST_SUBJECT = re.compile(r"\b(?:" + "|".join(REQUEST_SUBJECT) + r")\b", re.IGNORECASE)
MAX_SUBJECT_CHARS = 200


def subject_line(title: str | None, text: str) -> str:
    """The conversation's title, or (none given) the first line of a message of several lines."""
    if not title:
        first, _, rest = text.strip().partition("\n")
        title = first if rest.strip() else ""
    return title if len(title) <= MAX_SUBJECT_CHARS else ""


_SUBJECT_PREFIXES = (r"^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|[\w./*-]{1,30}(?:[ \t][\w./*-]{1,30}){0,2}"
                     r"(?:\([^)\n]{1,30}\))?:[ \t]*)*")
_REQUEST_SUBJECT_START = re.compile(
    _SUBJECT_PREFIXES + r"(?:"
    + "|".join(rf"{verb}\b(?=[ \t]+[\"'(\[`]?\w)" + (rf"(?![ \t]+(?:{never}))" if never else "")
               for verb, never in REQUEST_SUBJECT_VERBS.items())
    + r")|^(?![^\n]*\b" + SERVICE_OBJECTS_DE + r"[ \t]+(?:" + "|".join(REQUEST_SUBJECT_VERBS_LAST) + r"))"
    + r"[^\n]*\b(?:" + "|".join(REQUEST_SUBJECT_VERBS_LAST) + r")[ \t.!]*$"
    + "|" + REQUEST_SUBJECT_TAGS,
    re.IGNORECASE,
)
_QUESTION_SUBJECT = re.compile(_SUBJECT_PREFIXES + f"(?:{QUESTION_SUBJECT})", re.IGNORECASE)


def _asks(subject: str) -> str | None:
    """What makes a subject a request ("core: add", "[Feature]", "WebP support"). A capability named
    with "support" does not count when the subject reports a fault ("Broken SSO support")."""
    m = _REQUEST_SUBJECT_START.search(subject)
    if not m:
        return None
    if m.group().lower().rstrip(" \t.!").endswith(("support", "unterstützung")) and _BUG_SUBJECT.search(subject):
        return None
    return " ".join(m.group().split())


def _asks_how(subject: str) -> str | None:
    """The question words when a subject asks how or why ("How to export a board?")."""
    m = _QUESTION_SUBJECT.search(subject)
    return " ".join(m.group().split()) if m else None


def _fault(subject: str) -> str | None:
    """The fault word when a subject reports a bug and asks for nothing."""
    m = None if _REQUEST_SUBJECT.search(subject) else _BUG_SUBJECT.search(subject)
    return m.group().lower() if m else None


def subject_form(title: str | None, text: str) -> tuple[str, str] | None:
    """The form a message's subject (its title, or the first line of a message of several lines)
    gives it: ("feature_request", 'subject:"…"') when it asks for something, ("question", 'subject:"…"')
    when it asks how or why, ("bug_subject", fault word) when it reports a bug; else None."""
    subject = subject_line(title, text)
    if not subject:
        return None
    if _asks(subject):
        return "feature_request", f'subject:"{subject.strip()}"'
    if _asks_how(subject):
        return "question", f'subject:"{subject.strip()}"'
    word = _fault(subject)
    return ("bug_subject", word) if word else None


def request_subject(title: str | None, text: str) -> str | None:
    """What makes a message's subject a request ("core: add a bulk export"), else None."""
    subject = subject_line(title, text)
    return _asks(subject) if subject else None


def question_subject(title: str | None, text: str) -> str | None:
    """The question words when a message's subject asks how or why, else None."""
    subject = subject_line(title, text)
    return _asks_how(subject) if subject else None


def bug_subject(title: str | None, text: str) -> str | None:
    """The fault word when a message's subject reports a bug (and asks for nothing), else None."""
    subject = subject_line(title, text)
    return _fault(subject) if subject else None


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-empty prose lines of a turn with their start offsets (a newline always ends a sentence)."""
    for m in _LINE.finditer(prose(text)):
        if m.group().strip():
            yield m.start(), m.group()


def span_text(span: Span) -> str:
    """`span.text`, cut from the text the tokenizer kept (spaCy's `span.text` and `doc.text` build a
    Token object per word each time they are read)."""
    text = span.doc.user_data.get(DOC_TEXT)
    return span.text if text is None else text[span.start_char : span.end_char]


_CONTRAST = frozenset(w for words in CONTRAST.values() for w in words)
_SILENCING = ("MOD:negated", "MOD:hypothetical", "MOD:resolved")
# a comma before one of these opens a fresh ask: "I don't want to export every week anymore, please add ..."
_FRESH_ASK = frozenset({"please", "pls", "plz", "bitte"})


def scoped_clauses(sent: Span, spans: list[Span]) -> list[Span]:
    """The sentence, or its two parts when a contrast word, a semicolon or a comma before a fresh ask
    ("..., please add ...") follows its last silencing modifier.

    "We don't need SSO, but a Gantt view would help": the negation stays with the first part and
    the second part ("a Gantt view would help") is judged on its own. A modifier after the contrast
    word still covers the whole sentence ("SSO sounds nice, but we don't need it"). `spans` are the
    matcher's spans inside `sent`.
    """
    mods = [sp.end for sp in spans if sp.label_ in _SILENCING]
    if not mods:
        return [sent]
    for tok in sent.doc[max(mods) : sent.end]:
        if tok.lower_ in _CONTRAST or tok.text == ";" or (
                tok.text == "," and tok.i + 1 < sent.end and sent.doc[tok.i + 1].lower_ in _FRESH_ASK):
            rest = tok.i + 1
            while rest < sent.end and sent.doc[rest].is_punct:
                rest += 1
            if rest >= sent.end or tok.i <= sent.start:
                return [sent]
            return [sent.doc[sent.start : tok.i], sent.doc[rest : sent.end]]
    return [sent]
