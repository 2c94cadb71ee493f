"""spaCy pipelines (blank EN/DE + rule components) built from the catalog and the cue lists."""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    COURTESY,
    CUES,
    FEATURE_REQUEST_FORMS,
    HYPOTHETICAL,
    NEGATION,
    REQUEST_SUBJECT,
    RESOLVED,
    STANCES,
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


def _patterns(catalog: Catalog | None) -> dict[str, list[str]]:
    """Match label -> phrases. Labels: FEATURE:<id>, COMPETITOR:<id>, LIMIT:<id>, CUE:<kind>,
    MOD:<type>, STANCE:<stance>, ASK:any (broad asks), ALT:any (generic alternatives),
    COURTESY:any (offers whose comparative compares nothing)."""
    out: dict[str, list[str]] = {}
    for kind, by_lang in CUES.items():
        out[f"CUE:{kind}"] = [p for lang in LANGS for p in by_lang.get(lang, ())]
    for name, table in (("negated", NEGATION), ("hypothetical", HYPOTHETICAL), ("resolved", RESOLVED)):
        out[f"MOD:{name}"] = [p for lang in LANGS for p in table.get(lang, ())]
    out["ASK:any"] = [p for lang in LANGS for p in ASKS.get(lang, ())]
    out["ALT:any"] = [p for lang in LANGS for p in ALTERNATIVES.get(lang, ())]
    out["COURTESY:any"] = [p for lang in LANGS for p in COURTESY.get(lang, ())]
    for stance, by_lang in STANCES.items():
        out[f"STANCE:{stance}"] = [p for lang in LANGS for p in by_lang.get(lang, ())]
    if catalog is not None:
        for f in catalog.features:
            out[f"FEATURE:{f.id}"] = [*f.aliases, *f.aliases_de]
        for c in catalog.competitors:
            out[f"COMPETITOR:{c.id}"] = list(c.aliases)
        for lim in catalog.limits:
            out[f"LIMIT:{lim.id}"] = [*lim.aliases, *lim.aliases_de]
        for key, phrases in catalog.cues.items():
            kind = key.removesuffix("_de")
            out.setdefault(f"CUE:{kind}", []).extend(phrases)
    return out


@Language.factory("upsignal_matcher_v1", default_config={})
def make_matcher(nlp: Language, name: str) -> CatalogCueMatcher:
    """Factory: an empty matcher; `add_patterns` fills it from the catalog and cue lists."""
    return CatalogCueMatcher(nlp)


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
        doc.spans["upsignal"] = [Span(doc, s, e, label=vocab[m]) for m, s, e in self.matcher(doc)]
        return doc


def build_nlp(lang: str, catalog: Catalog | None) -> Language:
    """A blank spaCy pipeline for `lang` with sentence splitting and the upsignal matcher."""
    import spacy

    nlp = spacy.blank(lang if lang in LANGS else "en")
    nlp.add_pipe("sentencizer")
    matcher = nlp.add_pipe("upsignal_matcher_v1")
    matcher.add_patterns(_patterns(catalog))
    return nlp


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


def prose(text: str) -> str:
    """`text` with non-prose regions blanked (same length, newlines kept, so offsets still hold)."""
    def blank(m: re.Match[str]) -> str:
        return re.sub(r"[^\n]", " ", m.group())

    text = repair_apostrophes(_ESCAPED_NEWLINE.sub(" \n", text))
    return _NOT_PROSE.sub(blank, text)


_FORMS = {
    kind: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)
    for kind, patterns in (("feature_request", FEATURE_REQUEST_FORMS), ("bug_report", BUG_REPORT_FORMS))
}


_FORM_WORDS = ("feature", "bug", "repro", "expected", "actual", "describe", "solution", "wunsch",
               "fehler", "erwartet")


def message_form(text: str) -> tuple[str, str] | None:
    """("feature_request" | "bug_report", the phrase showing it) when a whole message was written
    on such a form (a feature-request form wins when both match), else None."""
    low = text.lower()
    if not any(word in low for word in _FORM_WORDS):  # cheap gate: most messages use no form
        return None
    for kind, pattern in _FORMS.items():
        m = pattern.search(text)
        if m:
            return kind, " ".join(m.group().split())
    return None


_BUG_SUBJECT = re.compile(r"\b(?:" + "|".join(BUG_SUBJECT) + r")\b", re.IGNORECASE)
_REQUEST_SUBJECT = re.compile(r"\b(?:" + "|".join(REQUEST_SUBJECT) + r")\b", re.IGNORECASE)
MAX_SUBJECT_CHARS = 200


def bug_subject(title: str | None, text: str) -> str | None:
    """The fault word when a message's subject reports a bug, else None. The subject is the
    conversation's title, or (none given) the first line of a message of several lines."""
    if not title:
        lines = [line for line in text.strip().split("\n") if line.strip()]
        title = lines[0] if len(lines) > 1 else ""
    if not title or len(title) > MAX_SUBJECT_CHARS or _REQUEST_SUBJECT.search(title):
        return None
    m = _BUG_SUBJECT.search(title)
    return m.group().lower() if m else None


def split_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-empty prose lines of a turn with their start offsets (a newline always ends a sentence)."""
    for m in _LINE.finditer(prose(text)):
        if m.group().strip():
            yield m.start(), m.group()
