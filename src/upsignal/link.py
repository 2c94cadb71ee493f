"""Account resolution: conversation hints -> account, with the rule used and a confidence.

Rules, in order: manual override (by conversation id) -> explicit account id -> exact contact
e-mail -> e-mail/website domain (free-mail never; subdomains resolve) -> organisation name,
exact after normalising, then fuzzy above a threshold -> unlinked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from difflib import SequenceMatcher

from .types import Account, AccountHints, Conversation, Link

FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.de", "hotmail.com", "hotmail.de", "outlook.com",
    "outlook.de", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
    "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de",
    "mail.de", "mail.com", "yandex.com", "zoho.com", "fastmail.com",
})
LEGAL_SUFFIXES = frozenset({
    "gmbh", "ggmbh", "ag", "se", "kg", "kgaa", "ek", "e k", "ug", "ohg", "gbr", "mbh", "co", "inc",
    "incorporated", "llc", "ltd", "limited", "plc", "corp", "corporation", "company", "sa", "sas", "sarl",
    "bv", "nv", "oy", "ab", "as", "aps", "spa", "srl", "pty", "lp", "llp", "gmbh co kg", "holding",
    "group", "partg", "mvz",
})
CONNECTORS = frozenset({"and", "und", "the"})  # "Tallis and Reed" = "Tallis & Reed"
FUZZY_THRESHOLD = 0.85  # default; AccountIndex(name_threshold=...) changes it
AMBIGUITY_MARGIN = 0.05  # two candidates closer than this: link neither


def normalise_name(name: str) -> str:
    """'Müller GmbH & Co. KG' -> 'mueller'; 'ACME, Inc.' -> 'acme' (umlauts folded, suffixes dropped)."""
    s = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    words = _join_initials(re.sub(r"[^a-z0-9]+", " ", s).split())
    words = [w for w in words if w not in CONNECTORS] or words
    while words and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    # "e. K." splits into two words; "& Co. KG" leaves "co" behind
    while len(words) > 1 and " ".join(words[-2:]) in LEGAL_SUFFIXES | {"e k", "co kg"}:
        words = words[:-2]
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _join_initials(words: list[str]) -> list[str]:
    """'b v' -> 'bv' (from "B.V."), so dotted legal forms and initials compare as one word."""
    out: list[str] = []
    run = False  # is out[-1] built only from single letters?
    for w in words:
        single = len(w) == 1 and w.isalpha()
        if single and run:
            out[-1] += w
        else:
            out.append(w)
        run = single or (run and single)
    return out


def _token_match(a: str, b: str) -> float:
    """1.0 for equal words, the similarity for near-equal long words (typos), else 0."""
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 5:
        ratio = SequenceMatcher(None, a, b).ratio()
        if ratio >= 0.85:
            return ratio
    return 0.0


def _prefix_score(short: list[str], long: list[str]) -> tuple[float, int]:
    """Align `short` with the start of `long` (acronyms allowed): (mean word similarity, words of `long` used)."""
    j, total = 0, 0.0
    for word in short:
        if j < len(long) and (sim := _token_match(word, long[j])):
            total, j = total + sim, j + 1
            continue
        k = len(word)
        if 2 <= k <= 4 and j + k <= len(long) and "".join(w[0] for w in long[j:j + k]) == word:
            total, j = total + 0.95, j + k  # "QL Robotics" = "Quantum Leap Robotics"
            continue
        return 0.0, 0
    return total / max(len(short), 1), j


def name_similarity(query: str, candidate: str) -> float:
    """0..1 similarity of a normalised query to an account name: a shortened form 0.8-1.0, typos by characters."""
    q, c = query.split(), candidate.split()
    if not q or not c:
        return 0.0
    best = 0.0
    if len(q) <= len(c):  # only the query may be the shorter form: "Acme Robotics" is not "Acme"
        mean, used = _prefix_score(q, c)
        if used:
            best = mean * (0.8 + 0.2 * used / len(c)) if used < len(c) else mean
    chars = SequenceMatcher(None, query.replace(" ", ""), candidate.replace(" ", "")).ratio()
    return max(best, chars)


class AccountIndex:
    """Lookup tables over the imported accounts (plus learned contacts and manual overrides)."""

    def __init__(
        self, accounts: Iterable[Account], contacts: Mapping[str, str] | None = None,
        overrides: Mapping[str, str | None] | None = None, name_threshold: float = FUZZY_THRESHOLD,
    ) -> None:
        self.by_id: dict[str, Account] = {}
        self.by_domain: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for a in accounts:
            self.by_id[a.id] = a
            self.by_id.setdefault(a.id.lower(), a)
            for d in a.domains:
                self.by_domain.setdefault(d.lower(), a.id)
            self.by_name.setdefault(normalise_name(a.name), a.id)
        # e-mail -> account id; only for accounts we know
        self.contacts = {e.lower(): a for e, a in (contacts or {}).items() if a in self.by_id}
        # conversation id -> account id (None: unlinked by hand)
        self.overrides = dict(overrides or {})
        self.name_threshold = name_threshold
        self._fuzzy_cache: dict[str, tuple[str, float] | None] = {}

    def __len__(self) -> int:
        return len({a.id for a in self.by_id.values()})

    def account(self, account_id: str | None) -> Account | None:
        return self.by_id.get(account_id) if account_id else None

    def link(self, conversation: Conversation) -> Link | None:
        """The conversation's account: a manual override wins, else the hint rules of `resolve`."""
        if conversation.id in self.overrides:
            target = self.overrides[conversation.id]
            return Link(target, "manual", 1.0) if target else None
        return self.resolve(conversation.hints)

    def resolve(self, hints: AccountHints) -> Link | None:
        """Explicit id -> exact contact e-mail -> domain (free-mail never) -> company name -> None."""
        if hints.account_id:
            hit = self.by_id.get(hints.account_id) or self.by_id.get(hints.account_id.lower())
            if hit:
                return Link(hit.id, "account_id", 1.0)
        email = (hints.email or "").strip().lower()
        if email and email in self.contacts:
            return Link(self.contacts[email], "email", 0.97)
        domain = (hints.domain or email.rpartition("@")[2]).strip().lower()
        if domain and domain not in FREE_MAIL:
            labels = domain.split(".")
            for i in range(len(labels) - 1):  # eu.acme.com -> acme.com
                account_id = self.by_domain.get(".".join(labels[i:]))
                if account_id:
                    return Link(account_id, "domain", 0.95 if i == 0 else 0.9)
        if hints.organization:
            return self.resolve_name(hints.organization)
        return None

    def resolve_name(self, organization: str) -> Link | None:
        """Exact normalised name (0.85), else the single fuzzy match above the threshold."""
        key = normalise_name(organization)
        if not key:
            return None
        if key in self.by_name:
            return Link(self.by_name[key], "name", 0.85)
        if key not in self._fuzzy_cache:
            self._fuzzy_cache[key] = self._fuzzy(key)
        hit = self._fuzzy_cache[key]
        return Link(hit[0], "name_fuzzy", round(0.8 * hit[1], 3)) if hit else None

    def _fuzzy(self, key: str) -> tuple[str, float] | None:
        scored = sorted(((name_similarity(key, name), account_id) for name, account_id in self.by_name.items()),
                        reverse=True)
        if not scored or scored[0][0] < self.name_threshold:
            return None
        if len(scored) > 1 and scored[1][0] >= self.name_threshold and scored[0][0] - scored[1][0] < AMBIGUITY_MARGIN:
            return None  # "Nordwind" could be Nordwind Media or Nordwind Logistics: don't guess
        return scored[0][1], scored[0][0]
