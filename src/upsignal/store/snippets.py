"""Keyword-search snippets computed in Python, the way FTS5's snippet() computes them.

FTS5's snippet() re-reads and re-tokenises each hit's text inside a second query per hit (about
0.2 ms each); the page's texts come with the search query anyway, so the fragment is chosen here:
the same unicode61 tokens (letters and digits, case and diacritics folded), the same phrase
instances, the same scoring of windows of `size` tokens (1000 per distinct phrase, 1 per repeat,
a bonus for starting a sentence) and the same highlighting of overlapping instances as one span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W_]+")  # unicode61's default token characters: letters and digits
_QUERY = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.:][ \t\n\r]+")


def fold(token: str) -> str:
    """A token as unicode61 (remove_diacritics 2) indexes it: lower case, diacritics removed."""
    lowered = token.lower()
    if lowered.isascii():
        return lowered
    return "".join(c for c in unicodedata.normalize("NFD", lowered) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Phrase:
    """One quoted FTS5 string: consecutive tokens; the last may be a prefix."""

    words: tuple[str, ...]  # as typed (the FTS5 query quotes these)
    prefix: bool = False

    @property
    def tokens(self) -> tuple[str, ...]:
        """The folded tokens FTS5 looks for."""
        return tuple(fold(t) for w in self.words for t in _TOKEN.findall(w))


def parse_query(text: str) -> list[Phrase]:
    """Any user string as phrases: bare words, "quoted phrases", word* prefixes (see fts_query)."""
    phrases: list[Phrase] = []
    for quoted, bare in _QUERY.findall(text):
        if quoted:
            words = _WORD.findall(quoted)
            if words:
                phrases.append(Phrase(tuple(words)))
            continue
        words = _WORD.findall(bare)
        for i, word in enumerate(words):
            phrases.append(Phrase((word,), bare.endswith("*") and i == len(words) - 1))
    return phrases


def _matches(tokens: list[str], pos: int, words: tuple[str, ...], prefix: bool) -> bool:
    if pos + len(words) > len(tokens):
        return False
    last = len(words) - 1
    return all(tokens[pos + i] == w or (prefix and i == last and tokens[pos + i].startswith(w))
               for i, w in enumerate(words))


def _sentence_starts(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Token positions that begin a sentence: the first, and any after '.' or ':' and whitespace."""
    after = {m.end() for m in _SENTENCE_BREAK.finditer(text)}
    return [0, *(pos for pos in range(1, len(spans)) if spans[pos][0] in after)] if spans else []


def _score(inst: list[tuple[int, int, int]], start: int, size: int, n_tokens: int) -> tuple[int, int]:
    """(score, adjusted start) of the window of `size` tokens from `start` (FTS5's fts5SnippetScore)."""
    seen: set[int] = set()
    score, first, last = 0, -1, 0
    for pos, phrase, length in inst:
        if start <= pos < start + size:
            score += 1 if phrase in seen else 1000
            seen.add(phrase)
            if first < 0:
                first = pos
            last = pos + length
    adjusted = first - int((size - (last - first)) / 2)  # C division: truncated towards zero
    adjusted = max(0, min(adjusted, n_tokens - size))
    return score, adjusted


def _best_start(text: str, spans: list[tuple[int, int]], inst: list[tuple[int, int, int]], size: int) -> int:
    best_score, best = 0, 0
    starts = _sentence_starts(text, spans) if len(spans) > size else []
    for pos, _, _ in inst:
        score, adjusted = _score(inst, pos, size, len(spans))
        if score > best_score:
            best_score, best = score, adjusted
        if starts:
            sentence = max((s for s in starts if s <= pos), default=starts[0])
            if sentence < pos:
                score = _score(inst, sentence, size, len(spans))[0] + (120 if sentence == 0 else 100)
                if score > best_score:
                    best_score, best = score, sentence
    return best


def _coalesced(inst: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    """[first, last] token of each highlight: overlapping instances merge into one."""
    out: list[list[int]] = []
    for pos, _, length in inst:
        end = pos + length - 1
        if out and pos <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([pos, end])
    return [(a, b) for a, b in out]


def snippet(text: str, phrases: list[Phrase], size: int = 24, open_: str = "[", close: str = "]",
            ellipsis: str = "…") -> str:
    """The best fragment of about `size` tokens, instances wrapped in open_/close (FTS5 snippet())."""
    return "".join(open_ if p is True else close if p is False else p for p in _pieces(text, phrases, size, ellipsis))


def highlighted(text: str, phrases: list[Phrase], size: int = 24, ellipsis: str = "…") -> tuple[str, list[list[int]]]:
    """`snippet` as plain text and the [start, end) offsets of its highlights."""
    out: list[str] = []
    marks: list[list[int]] = []
    length = 0
    for piece in _pieces(text, phrases, size, ellipsis):
        if piece is True:
            marks.append([length, length])
        elif piece is False:
            marks[-1][1] = length
        else:
            out.append(piece)
            length += len(piece)
    return "".join(out), marks


def _pieces(text: str, phrases: list[Phrase], size: int, ellipsis: str) -> list[str | bool]:
    """The snippet as text pieces, True where a highlight opens and False where it closes."""
    spans, folded = _tokens(text)
    inst = _instances(folded, phrases)
    start = _best_start(text, spans, inst, size)
    end = start + size - 1
    hits = [h for h in _coalesced(inst) if h[0] >= start]
    out: list[str | bool] = [ellipsis] if start > 0 else []
    offset = spans[start][0] if start and start < len(spans) else 0
    h = 0
    for pos in range(start, min(end, len(spans) - 1) + 1):
        s, e = spans[pos]
        if h < len(hits) and pos == hits[h][0]:
            out += [text[offset:s], True]
            offset = s
        if h < len(hits) and pos == hits[h][1]:
            out += [text[offset:e], False]
            offset = e
            h += 1
        if pos == end:
            out.append(text[offset:e])
            offset = e
            if h < len(hits) and hits[h][0] <= pos < hits[h][1]:
                out.append(False)
    out.append(text[offset:] if end >= len(spans) - 1 else ellipsis)
    return out


def _tokens(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """Each token's [start, end) in `text` and its folded form."""
    if text.isascii():  # lower() keeps every offset: tokenise the folded text directly
        found = list(_TOKEN.finditer(text.lower()))
        return [m.span() for m in found], [m.group() for m in found]
    found = list(_TOKEN.finditer(text))
    return [m.span() for m in found], [fold(m.group()) for m in found]


def _instances(tokens: list[str], phrases: list[Phrase]) -> list[tuple[int, int, int]]:
    """(position, phrase index, length) of every phrase instance, ordered as FTS5's xInst orders them."""
    out = []
    for i, p in enumerate(phrases):
        words = p.tokens
        if not words:
            continue
        first, single_prefix = words[0], p.prefix and len(words) == 1
        starts = [pos for pos, t in enumerate(tokens) if (t.startswith(first) if single_prefix else t == first)]
        out += [(pos, i, len(words)) for pos in starts
                if len(words) == 1 or _matches(tokens, pos, words, p.prefix)]
    return sorted(out)
