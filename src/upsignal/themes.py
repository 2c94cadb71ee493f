"""Group uncatalogued feature requests into themes by meaning (near-duplicates merged).

Sentence embeddings (the configured model, offline) when available; else word overlap.
Greedy and deterministic: the most-mentioned request seeds a theme, later ones join the
first theme whose seed is similar enough.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

STOPWORDS = frozenset("""
a an the and or but if to of in on for with at by from as is are was were be been being it its this that
these those we our us you your i me my they them their he she can could would should will shall may might
must do does did have has had not no so too very just also really please any some all more most much
there here what which who when where how why than then into out up about like need needs want wants wish
would love able get got make made way use using used add adding support option feature features
der die das und oder aber wenn zu von im in am auf für mit bei aus als ist sind war waren sein es dies
diese dieser wir unser unsere uns sie ihr ich mich mein können könnten würden sollten wird nicht kein
keine so sehr auch noch bitte mehr gibt es eine einen einem einer ein gern gerne brauchen wäre hätten
""".split())
EMBEDDING_THRESHOLD = 0.5
TOKEN_THRESHOLD = 0.34


def words(sentence: str) -> list[str]:
    """Content words of a sentence, lower-cased."""
    return [w for w in re.findall(r"[a-zäöüß0-9]+", sentence.lower()) if w not in STOPWORDS and len(w) > 2]


def _near_duplicate_key(sentence: str) -> str:
    return " ".join(re.findall(r"[a-zäöüß0-9]+", sentence.lower()))


def _token_similarity(texts: list[str]) -> Callable[[int, int], float]:
    bags = [set(words(t)) for t in texts]

    def sim(i: int, j: int) -> float:
        a, b = bags[i], bags[j]
        return len(a & b) / len(a | b) if a and b else 0.0

    return sim


def _embedding_similarity(texts: list[str]) -> Callable[[int, int], float]:
    from .embedding import encode
    from .settings import get_settings

    vectors = encode(texts, get_settings().embedding_model)
    return lambda i, j: float(vectors[i] @ vectors[j])


def _similarity(texts: list[str], method: str) -> tuple[Callable[[int, int], float], float, str]:
    if method in ("auto", "embedding"):
        try:
            return _embedding_similarity(texts), EMBEDDING_THRESHOLD, "embedding"
        except Exception:  # no model / torch offline: fall back to word overlap, and say so
            if method == "embedding":
                raise
    return _token_similarity(texts), TOKEN_THRESHOLD, "tokens"


def cluster(texts: list[str], weights: list[int], method: str = "auto") -> tuple[list[list[int]], str]:
    """Greedy clusters of text indices (heaviest first); returns (clusters, method used)."""
    if not texts:
        return [], method
    sim, threshold, used = _similarity(texts, method)
    order = sorted(range(len(texts)), key=lambda i: (-weights[i], texts[i]))
    clusters: list[list[int]] = []
    for i in order:
        home = next((c for c in clusters if sim(c[0], i) >= threshold), None)
        if home is None:
            clusters.append([i])
        else:
            home.append(i)
    return clusters, used


def group_themes(rows: list[dict[str, Any]], months: list[str], method: str = "auto") -> list[dict[str, Any]]:
    """Themes of uncatalogued requests: label, example sentences and the same stats as a feature row."""
    from .report import aggregate

    if not rows:
        return []
    units: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        units[_near_duplicate_key(r["sentence"])].append(r)
    keys = sorted(units)
    texts = [units[k][0]["sentence"] for k in keys]
    clusters, used = cluster(texts, [len(units[k]) for k in keys], method)
    themes = []
    for members in clusters:
        member_rows = [r for i in members for r in units[keys[i]]]
        counts = Counter(w for i in members for w in set(words(texts[i])))
        label = ", ".join(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
        themes.append({"theme": label or texts[members[0]], "example": texts[members[0]],
                       "requests": [texts[i] for i in members][:5], "method": used,
                       **aggregate(member_rows, months)})
    themes.sort(key=lambda t: (-t["accounts"], -t["mentions"], t["theme"]))
    return themes
