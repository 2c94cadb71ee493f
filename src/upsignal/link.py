"""Account resolution: conversation hints -> account, with the rule used and a confidence."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .types import Account, AccountHints, Link

FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.de", "hotmail.com", "hotmail.de", "outlook.com",
    "outlook.de", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
    "gmx.de", "gmx.net", "gmx.at", "gmx.ch", "web.de", "t-online.de", "freenet.de", "posteo.de",
    "mail.de", "mail.com", "yandex.com", "zoho.com", "fastmail.com",
})
LEGAL_SUFFIXES = frozenset({
    "gmbh", "ag", "se", "kg", "kgaa", "ek", "e k", "ug", "ohg", "gbr", "mbh", "co", "inc", "incorporated",
    "llc", "ltd", "limited", "plc", "corp", "corporation", "company", "sa", "sarl", "bv", "nv", "oy",
    "ab", "as", "aps", "spa", "srl", "pty", "lp", "llp", "gmbh co kg", "holding", "group",
})


def normalise_name(name: str) -> str:
    """'Müller GmbH & Co. KG' -> 'mueller'; 'ACME, Inc.' -> 'acme' (umlauts folded, suffixes dropped)."""
    s = name.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", s).split()
    while words and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    # "e. K." splits into two words; "& Co. KG" leaves "co" behind
    while len(words) > 1 and " ".join(words[-2:]) in LEGAL_SUFFIXES | {"e k", "co kg"}:
        words = words[:-2]
    while words and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


class AccountIndex:
    """Lookup tables over the imported accounts, built once per run."""

    def __init__(self, accounts: Iterable[Account]) -> None:
        self.by_id: dict[str, Account] = {}
        self.by_domain: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for a in accounts:
            self.by_id[a.id] = a
            self.by_id.setdefault(a.id.lower(), a)
            for d in a.domains:
                self.by_domain.setdefault(d.lower(), a.id)
            self.by_name.setdefault(normalise_name(a.name), a.id)

    def __len__(self) -> int:
        return len({a.id for a in self.by_id.values()})

    def account(self, account_id: str | None) -> Account | None:
        return self.by_id.get(account_id) if account_id else None

    def resolve(self, hints: AccountHints) -> Link | None:
        """Explicit id -> email domain (free-mail never) -> company name -> None."""
        if hints.account_id:
            hit = self.by_id.get(hints.account_id) or self.by_id.get(hints.account_id.lower())
            if hit:
                return Link(hit.id, "account_id", 1.0)
        domain = (hints.domain or (hints.email or "").rpartition("@")[2]).lower()
        if domain and domain not in FREE_MAIL:
            labels = domain.split(".")
            for i in range(len(labels) - 1):  # eu.acme.com -> acme.com
                account_id = self.by_domain.get(".".join(labels[i:]))
                if account_id:
                    return Link(account_id, "domain", 0.95 if i == 0 else 0.9)
        if hints.organization:
            account_id = self.by_name.get(normalise_name(hints.organization))
            if account_id:
                return Link(account_id, "name", 0.85)
        return None
