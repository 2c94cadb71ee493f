"""Frozen dataclasses passed between pipeline stages."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

CHANNELS = ("ticket", "call", "chat", "email", "review")
ROLES = ("customer", "vendor", "unknown")
SIGNAL_KINDS = (
    "feature_request",
    "tier_feature_request",
    "comparison",
    "competitor_comparison",
    "workaround",
    "limit_pressure",
    "growth",
    "compliance_need",
    "budget",
    "churn_risk",
)
# Kinds decided per sentence; tier_feature_request and competitor_comparison are derived from
# feature_request and comparison by catalog/account linking.
SENTENCE_KINDS = ("feature_request", "comparison", "workaround", "limit_pressure", "growth",
                  "compliance_need", "budget", "churn_risk")
STANCES = ("evaluating", "switching_to", "migrated_from", "better_at", "worse_at", "integrates_with")


def stable_id(*parts: object, length: int = 16) -> str:
    """Deterministic short id from the given parts (same parts, same id, on every machine)."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True)
class Turn:
    """One utterance or message in a conversation, already cleaned."""

    index: int
    speaker: str
    role: str  # customer | vendor | unknown
    text: str
    timestamp: str | None = None  # ISO 8601 for messages, "HH:MM:SS.mmm" offset for calls


@dataclass(frozen=True)
class AccountHints:
    """Whatever the export tells us about who the customer is (used by linking)."""

    account_id: str | None = None  # explicit CRM/account/organisation external id
    email: str | None = None  # requester / customer contact email
    domain: str | None = None  # email domain or company website domain
    organization: str | None = None  # organisation or company name as written in the export
    company_size: str | None = None  # reviews: "51-200 employees"


@dataclass(frozen=True)
class Conversation:
    """A normalised conversation from any channel."""

    id: str
    source_system: str  # zendesk | intercom | freshdesk | tickets | vtt | srt | transcript | reviews
    external_id: str
    channel: str  # ticket | call | chat | email | review
    turns: tuple[Turn, ...]
    created_at: str | None = None  # ISO 8601
    title: str | None = None
    language: str | None = None  # "en" | "de" | None
    url: str | None = None
    hints: AccountHints = field(default_factory=AccountHints)
    tags: tuple[str, ...] = ()
    rating: float | None = None  # reviews only
    source_file: str | None = None
    record: int | None = None  # 1-based line/record number in source_file

    @staticmethod
    def make_id(source_system: str, external_id: str) -> str:
        """Deterministic conversation id from source system and external id."""
        return stable_id(source_system, external_id)


@dataclass(frozen=True)
class Quarantined:
    """A record that could not be read; it is stored, reported, and ingestion goes on."""

    file: str
    record: int  # 1-based line (CSV/JSONL/VTT cue) or record number (JSON array element)
    reason: str
    raw: str = ""  # a short excerpt of the offending input

    @property
    def id(self) -> str:
        return stable_id("quarantine", self.file, self.record, self.reason)


@dataclass(frozen=True)
class Account:
    """A customer account imported from a CRM export."""

    id: str
    name: str
    domains: tuple[str, ...] = ()
    plan: str | None = None  # catalog tier id
    arr: float | None = None
    seats_used: int | None = None
    seats_limit: int | None = None
    owner_email: str | None = None
    region: str | None = None
    industry: str | None = None
    nps: float | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a signal's proof sits: a character span in one turn's clean text."""

    turn_index: int
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class Signal:
    """One detected upsell (or churn) signal with its evidence."""

    conversation_id: str
    kind: str
    confidence: float
    evidence: Evidence
    detectors: tuple[str, ...] = ()  # "name@version"
    feature_id: str | None = None
    tier_id: str | None = None
    competitor_id: str | None = None
    competitor_name: str | None = None
    stance: str | None = None
    limit_id: str | None = None
    account_id: str | None = None
    reasons: tuple[str, ...] = ()  # why it fired: matched cues, catalog entities, classifier score

    @property
    def id(self) -> str:
        e = self.evidence
        return stable_id(self.conversation_id, e.turn_index, e.start, e.end, self.kind)


@dataclass(frozen=True)
class Link:
    """Which account a conversation belongs to, and by which rule."""

    account_id: str
    rule: str  # account_id | email | domain | name | manual
    confidence: float


@dataclass(frozen=True)
class Analysis:
    """What linking and detection made of one conversation."""

    link: Link | None
    signals: tuple[Signal, ...] = ()
