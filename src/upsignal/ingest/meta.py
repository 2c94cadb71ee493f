"""Call metadata for caption files: a STEM.meta.json sidecar or WebVTT NOTE key: value lines."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from upsignal.errors import InputError
from upsignal.ingest.common import Header, Source, make_hints, text_or_none
from upsignal.ingest.dates import date_problem, parse_date
from upsignal.ingest.encoding import open_text

_ROLES = {
    "customer": "customer",
    "external": "customer",
    "vendor": "vendor",
    "internal": "vendor",
    "unknown": "unknown",
}


@dataclass(frozen=True)
class Participant:
    """A named call participant with a role."""

    name: str
    email: str | None
    role: str


@dataclass(frozen=True)
class CallMeta:
    """What is known about a call besides its cues."""

    call_id: str | None = None
    title: str | None = None
    date: str | None = None
    account_id: str | None = None
    company: str | None = None
    domain: str | None = None
    participants: tuple[Participant, ...] = field(default=())

    def role_of(self, speaker: str | None) -> str:
        """Role of a speaker label: exact name, else a unique first-name match; else unknown."""
        if not speaker:
            return "unknown"
        key = speaker.casefold()
        for p in self.participants:
            if p.name.casefold() == key:
                return p.role
        firsts = [p for p in self.participants if p.name.split()[0].casefold() == key]
        return firsts[0].role if len(firsts) == 1 else "unknown"

    def header(self, system: str, stem: str) -> Header:
        """The conversation header; ValueError with a reason for an unparseable date."""
        try:
            created = parse_date(self.date)
        except ValueError:
            raise ValueError(date_problem("call date", self.date)) from None
        email = next((p.email for p in self.participants if p.role == "customer" and p.email), None)
        return Header(
            source_system=system,
            external_id=self.call_id or stem,
            channel="call",
            created_at=created,
            title=self.title,
            hints=make_hints(
                account_id=self.account_id,
                email=email,
                domain=self.domain,
                organization=self.company,
            ),
        )


def _participants(raw: Any) -> tuple[Participant, ...]:
    """Participants from a sidecar list of {name, email, role} objects."""
    if not isinstance(raw, list):
        return ()
    out = []
    for p in raw:
        if isinstance(p, dict) and text_or_none(p.get("name")):
            role = _ROLES.get(str(p.get("role") or p.get("affiliation") or "").lower(), "unknown")
            out.append(Participant(str(p["name"]).strip(), text_or_none(p.get("email")), role))
    return tuple(out)


def _from_dict(d: dict[str, Any]) -> CallMeta:
    """CallMeta from sidecar keys."""
    return CallMeta(
        call_id=text_or_none(d.get("call_id")),
        title=text_or_none(d.get("title")),
        date=text_or_none(d.get("date") or d.get("started_at")),
        account_id=text_or_none(d.get("account_id")),
        company=text_or_none(d.get("company")),
        domain=text_or_none(d.get("domain")),
        participants=_participants(d.get("participants")),
    )


def sidecar_path(path: Path) -> Path | None:
    """STEM.meta.json (or NAME.meta.json) beside the transcript, if present."""
    for candidate in (
        path.with_name(path.stem + ".meta.json"),
        path.with_name(path.name + ".meta.json"),
    ):
        if candidate.is_file():
            return candidate
    return None


def load_sidecar(src: Source) -> tuple[CallMeta, str | None]:
    """The sidecar's metadata, or a quarantine reason when it cannot be read."""
    path = sidecar_path(src.path)
    if path is None:
        return CallMeta(), None
    try:
        with open_text(path, src.encoding) as f:
            data = json.load(f)
    except (ValueError, InputError) as e:
        return CallMeta(), f"sidecar {path} is not valid JSON ({e}); fix it or remove it"
    if not isinstance(data, dict):
        return CallMeta(), f"sidecar {path} should hold a JSON object"
    return _from_dict(data), None


def _note_pairs(notes: list[list[str]]) -> dict[str, str]:
    """key: value lines of NOTE blocks (keys lower-case; first occurrence wins)."""
    pairs: dict[str, str] = {}
    for block in notes:
        for line in block:
            key, sep, value = line.partition(":")
            key = key.strip().lower()
            if sep and key and " " not in key and key not in pairs:
                pairs[key] = value.strip()
    return pairs


def _names(value: str | None) -> list[str]:
    """Comma-separated speaker names."""
    return [n.strip() for n in (value or "").split(",") if n.strip()]


def meta_from_note(notes: list[list[str]], meta: CallMeta) -> CallMeta:
    """Fill gaps in `meta` from NOTE blocks; NOTE speaker lists add roles."""
    kv = _note_pairs(notes)
    known = {p.name.casefold() for p in meta.participants}
    extra = [
        Participant(name, None, role)
        for key, role in (("vendor_speakers", "vendor"), ("customer_speakers", "customer"))
        for name in _names(kv.get(key))
        if name.casefold() not in known
    ]
    return replace(
        meta,
        call_id=meta.call_id or kv.get("call_id") or None,
        title=meta.title or kv.get("title") or None,
        date=meta.date or kv.get("date") or None,
        account_id=meta.account_id or kv.get("account_id") or None,
        company=meta.company or kv.get("company") or None,
        domain=meta.domain or kv.get("domain") or None,
        participants=meta.participants + tuple(extra),
    )
