"""Detection: customer sentences -> rules + classifier -> fused, catalog-linked Signals."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..catalog import Catalog
from ..nlp.pipeline import (
    MAX_SENTENCE_CHARS,
    MAX_SENTENCES_PER_TURN,
    Sentence,
    build_nlp,
    message_form,
    scoped_clauses,
    span_text,
    split_lines,
    subject_form,
    subject_line,
)
from ..types import SENTENCE_KINDS, Account, Conversation, Evidence, Signal
from .fusion import RESOLVED_BY_NEXT, RULES, Decision, fuse, suppressed
from .rules import (
    RuleEvidence,
    confirms_resolution,
    past_need,
    sentence_evidence,
    topic_stems,
    vendor_fixes,
)

SEMANTIC = "semantic-link.v1"
AccountOf = Callable[[Conversation], Account | None]


@dataclass
class _Item:
    """One customer sentence on its way through detection."""

    conv: Conversation
    sentence: Sentence
    evidence: RuleEvidence


class Detector:
    """Callable over a batch of conversations: returns {conversation id: [Signal, ...]}."""

    def __init__(self, catalog: Catalog, classifier: object | None = None, linker: object | None = None,
                 account_of: AccountOf | None = None) -> None:
        self.catalog = catalog
        self.classifier = classifier  # SentenceClassifier or None (rules only)
        self.linker = linker  # FeatureLinker or None (alias linking only)
        self.account_of = account_of or (lambda conv: None)
        self._nlp: dict[str, object] = {}
        self.classifier_name = getattr(classifier, "name", "classifier.v1")

    def nlp(self, lang: str | None):  # noqa: ANN201
        lang = lang if lang in ("en", "de") else "en"
        if lang not in self._nlp:
            self._nlp[lang] = build_nlp(lang, self.catalog)
        return self._nlp[lang]

    def __call__(self, conversations: Sequence[Conversation],
                 accounts: dict[str, Account | None] | None = None) -> dict[str, list[Signal]]:
        """Signals per conversation; `accounts` (conversation id -> account), when the caller has
        already linked the batch, saves resolving each conversation again through `account_of`."""
        items = self._sentences(conversations)
        probs = self._probabilities([i.sentence.text for i in items])
        thresholds = {lang: self._thresholds(lang) for lang in {i.conv.language for i in items}}
        decisions = [fuse(i.evidence, p, thresholds[i.conv.language], self.classifier_name)
                     for i, p in zip(items, probs, strict=True)]
        _form_requests(items, probs, decisions)
        _resolve_across_turns(conversations, items, decisions)
        links = self._semantic_links(items, decisions)
        out: dict[str, list[Signal]] = {c.id: [] for c in conversations}
        accounts = dict(accounts or {})
        for item, decision, link in zip(items, decisions, links, strict=True):
            conv = item.conv
            if conv.id not in accounts:
                accounts[conv.id] = self.account_of(conv)
            out[conv.id].extend(self._signals(item, decision, link, accounts[conv.id]))
        return out

    def _sentences(self, conversations: Sequence[Conversation]) -> list[_Item]:
        """Split customer turns (vendor turns never count) into sentences with rule evidence."""
        by_lang: dict[str, list[tuple[str, tuple[Conversation, int, int]]]] = {}
        originals: dict[tuple[str, int], str] = {}  # the quote is always cut from the turn as written
        for conv in conversations:
            lang = conv.language if conv.language in ("en", "de") else "en"
            for turn in conv.turns:
                if turn.role != "vendor":
                    originals[(conv.id, turn.index)] = turn.text
                    lines = by_lang.setdefault(lang, [])
                    lines.extend((line, (conv, turn.index, offset)) for offset, line in split_lines(turn.text))
        items: list[_Item] = []
        per_turn: dict[tuple[str, int], int] = {}
        forms: dict[tuple[str, int], tuple[str, str] | None] = {}
        subject_features: dict[tuple[str, int], list[str]] = {}
        for lang, lines in by_lang.items():
            for doc, (conv, turn_index, offset) in self.nlp(lang).pipe(lines, as_tuples=True, batch_size=512):
                spans = sorted(doc.spans["upsignal"], key=lambda sp: sp.start)
                for sent in doc.sents:
                    text = span_text(sent).strip()
                    key = (conv.id, turn_index)
                    if len(text) < 3 or per_turn.get(key, 0) >= MAX_SENTENCES_PER_TURN:
                        continue
                    per_turn[key] = per_turn.get(key, 0) + 1
                    if key not in forms:
                        forms[key] = message_form(originals[key]) or subject_form(conv.title, originals[key])
                        if forms[key] and forms[key][0] == "feature_request":
                            subject_features[key] = self._named_features(
                                lang, subject_line(conv.title, originals[key]))
                    inside = [sp for sp in spans if sp.start >= sent.start and sp.end <= sent.end]
                    for part in scoped_clauses(sent, inside):  # "We don't need SSO, but ..." is two
                        raw = span_text(part)
                        start = offset + part.start_char + (len(raw) - len(raw.lstrip()))
                        part_text = originals[key][start:start + len(raw.strip())]  # as written
                        s = Sentence(turn_index, start, start + len(part_text), part_text[:MAX_SENTENCE_CHARS])
                        part_spans = inside if part is sent else [
                            sp for sp in inside if sp.start >= part.start and sp.end <= part.end]
                        evidence = sentence_evidence(part, part_spans, self.catalog.product)
                        if forms[key]:
                            evidence.form = forms[key][0]
                            if evidence.form == "feature_request":  # a cue for every sentence of the message
                                evidence.cues.setdefault("feature_request", []).append(f"form:{forms[key][1]}")
                                evidence.subject_features = subject_features[key]
                        items.append(_Item(conv, s, evidence))
        order = {c.id: i for i, c in enumerate(conversations)}
        items.sort(key=lambda it: (order[it.conv.id], it.sentence.turn_index, it.sentence.start))
        _resolve_backwards(items)
        return items

    def _named_features(self, lang: str, text: str) -> list[str]:
        """Catalog features named by alias in `text` (e.g. a request's subject), in order."""
        if not text.strip():
            return []
        doc = self.nlp(lang)(text)
        found = [sp.label_.partition(":")[2] for sp in sorted(doc.spans["upsignal"], key=lambda sp: sp.start)
                 if sp.label_.startswith("FEATURE:")]
        return list(dict.fromkeys(found))

    def _thresholds(self, lang: str | None = None) -> dict[str, float]:
        if hasattr(self.classifier, "thresholds_for"):
            return self.classifier.thresholds_for(lang if lang in ("en", "de") else "en")
        return dict(getattr(self.classifier, "thresholds", {}) or {})

    def _probabilities(self, texts: list[str]) -> list[dict[str, float]]:
        if self.classifier is None or not texts:
            return [{} for _ in texts]
        matrix = self.classifier.predict_proba(texts)
        kinds = list(self.classifier.kinds)
        return [{k: float(row[j]) for j, k in enumerate(kinds) if k in SENTENCE_KINDS} for row in matrix]

    def _semantic_links(self, items: list[_Item], decisions: list[Decision]) -> list[tuple[str, float] | None]:
        """Requests that name no catalog alias are linked by meaning (one batched call)."""
        links: list[tuple[str, float] | None] = [None] * len(items)
        todo = [i for i, (it, d) in enumerate(zip(items, decisions, strict=True))
                if "feature_request" in d.kinds and not it.evidence.features and not it.evidence.subject_features]
        if self.linker is not None and todo:
            for i, link in zip(todo, self.linker.link([items[i].sentence.text for i in todo]), strict=True):
                links[i] = link
        return links

    def _signals(self, item: _Item, decision: Decision, link: tuple[str, float] | None,
                 account: Account | None) -> list[Signal]:
        ev, s = item.evidence, item.sentence
        evidence = Evidence(s.turn_index, s.start, s.end, s.text)
        out = []
        for kind, (confidence, detectors) in decision.kinds.items():
            fields: dict[str, object] = {}
            reasons = list(decision.reasons.get(kind, ()))
            if kind == "feature_request":
                kind, fields = self._feature_fields(ev, link, account, reasons)
                if kind is None:
                    continue  # how-to question about a feature the account already has
            elif kind == "comparison":
                kind, fields = self._comparison_fields(ev)
            elif kind == "limit_pressure" and ev.limits:
                fields = {"limit_id": ev.limits[0]}
            elif kind == "budget" and ev.plan_interest:
                kind, fields = self._plan_fields(ev.plan_interest[0], account, decision, reasons)
                if kind is None:
                    continue
            elif kind == "compliance_need":
                compliance = [f for f in ev.features if (feat := self.catalog.feature(f)) and feat.compliance]
                if compliance:
                    fields = {"feature_id": compliance[0], "tier_id": self.catalog.feature(compliance[0]).tier}
            if link and kind in ("feature_request", "tier_feature_request") and not ev.features:
                detectors = (*detectors, SEMANTIC)
            out.append(Signal(
                conversation_id=item.conv.id, kind=kind, confidence=round(confidence, 4), evidence=evidence,
                detectors=tuple(detectors), account_id=account.id if account else None,
                reasons=tuple(reasons), **fields,
            ))
        return out

    def _feature_fields(self, ev: RuleEvidence, link: tuple[str, float] | None, account: Account | None,
                        reasons: list[str]) -> tuple[str | None, dict[str, object]]:
        """The request's kind and catalog fields; kind None when it is no request (a how-to question
        about a feature the account's plan includes)."""
        named = ev.features or ev.subject_features
        feature_id = named[0] if named else (link[0] if link else None)
        if not ev.features and ev.subject_features:
            reasons.append(f"subject:{ev.subject_features[0]}")  # "Add recurring tasks" + "we need this"
        elif link and not ev.features:
            reasons.append(f"semantic:{link[0]}={link[1]:.2f}")
        feature = self.catalog.feature(feature_id) if feature_id else None
        if feature is None:
            return "feature_request", {}
        fields: dict[str, object] = {"feature_id": feature.id, "tier_id": feature.tier}
        tier = self.catalog.tier(feature.tier)
        plan = self.catalog.tier(account.plan) if account else None
        if tier and plan and tier.rank > plan.rank:
            reasons.append(f"tier:{feature.tier}>{plan.id}")
            return "tier_feature_request", fields
        if tier and plan and ev.howto:
            return None, {}  # "is there a way to ... in the timesheet?" on a plan that has it: help
        return "feature_request", fields

    def _plan_fields(self, tier_ids: tuple[str, ...], account: Account | None, decision: Decision,
                     reasons: list[str]) -> tuple[str | None, dict[str, object]]:
        """A sentence that wants one of our plans (the highest it names): a buying signal (`budget`, linked
        to the tier) when the plan ranks above the account's (above the lowest when the account is
        unknown); a move down is churn risk; asking about the plan the account already has is neither,
        unless other evidence ("our renewal in Q3") made it a budget signal."""
        tier = max((self.catalog.tier(t) for t in tier_ids), key=lambda t: t.rank)  # ids come from the catalog
        tier_id = tier.id
        plan = self.catalog.tier(account.plan) if account else None
        floor = plan.rank if plan else min(t.rank for t in self.catalog.tiers)
        only_plan = all(r.startswith("plan:") for r in reasons)
        if tier.rank > floor:
            reasons.append(f"tier:{tier_id}>{plan.id}" if plan else f"tier:{tier_id}")
            return "budget", {"tier_id": tier_id}
        if plan and tier.rank < floor:  # down from the account's plan: contraction
            if "churn_risk" in decision.kinds:
                return None, {}
            reasons[:] = [f"downgrade:{tier_id}<{plan.id}", *reasons]
            return "churn_risk", {"tier_id": tier_id}
        return (None, {}) if only_plan else ("budget", {})

    def _comparison_fields(self, ev: RuleEvidence) -> tuple[str, dict[str, object]]:
        if ev.competitors:
            comp = self.catalog.competitor(ev.competitors[0])
            return "competitor_comparison", {"competitor_id": comp.id, "competitor_name": comp.name,
                                             "stance": ev.stance}
        if ev.unknown_competitors:
            return "competitor_comparison", {"competitor_name": ev.unknown_competitors[0], "stance": ev.stance}
        return "comparison", {"stance": ev.stance}


def _resolve_backwards(items: list[_Item]) -> None:
    """A need told in the past is resolved by a back-reference right after it in the same turn:
    "We needed SSO for the pilot. You shipped it last month, thanks!" """
    for before, item in pairwise(items):
        if (item.evidence.resolves_back and not before.evidence.resolves_back and before.conv.id == item.conv.id
                and before.sentence.turn_index == item.sentence.turn_index and past_need(before.sentence.text)):
            before.evidence.resolved_by_next = item.evidence.resolves_back


def _resolve_across_turns(conversations: Sequence[Conversation], items: list[_Item],
                          decisions: list[Decision]) -> None:
    """A need the vendor's reply says is done and the customer's next turn confirms does not fire:
    "We've used 22k of the 25k automation runs" / "I've raised your limit to 40k" / "Yes that fixed it".
    The vendor's fix must share a content word with the need ("automation runs"): a reply that fixes a bug
    and declines the request beside it resolves only the bug."""
    turn_items: dict[tuple[str, int], list[int]] = {}
    for n, item in enumerate(items):
        turn_items.setdefault((item.conv.id, item.sentence.turn_index), []).append(n)
    for conv in conversations:
        turns = conv.turns
        for k, turn in enumerate(turns):
            mine = turn_items.get((conv.id, turn.index), ())
            if k == 0 or turns[k - 1].role != "vendor" or not any(
                    confirms_resolution(items[n].sentence.text, items[n].evidence) for n in mine):
                continue
            j, fixes = k - 1, []
            while j >= 0 and turns[j].role == "vendor":  # the reply, maybe in several messages
                fixes += vendor_fixes(turns[j].text)
                j -= 1
            asked: list[int] = []
            while j >= 0 and turns[j].role != "vendor":  # what the customer said before it
                asked += turn_items.get((conv.id, turns[j].index), [])
                j -= 1
            needs = [n for n in asked if any(kind in decisions[n].kinds for kind in RESOLVED_BY_NEXT)]
            if not fixes or not needs:
                continue
            topic = set().union(*map(topic_stems, fixes))
            for n in (n for n in needs if topic_stems(items[n].sentence.text) & topic):
                for kind in RESOLVED_BY_NEXT:
                    decisions[n].kinds.pop(kind, None)
                    decisions[n].reasons.pop(kind, None)


def _form_requests(items: list[_Item], probs: list[dict[str, float]], decisions: list[Decision]) -> None:
    """A message written on a feature-request form is a request even when no single sentence
    reads like one: its most request-like sentence becomes the evidence (not a suppressed one, and
    not the form's own label or template line)."""
    best: dict[tuple[str, int], int] = {}
    fired: set[tuple[str, int]] = set()
    for n, item in enumerate(items):
        if item.evidence.form != "feature_request":
            continue
        key = (item.conv.id, item.sentence.turn_index)
        if "feature_request" in decisions[n].kinds:
            fired.add(key)
        elif not suppressed("feature_request", item.evidence) and not message_form(item.sentence.text) and (
                key not in best or probs[n].get("feature_request", 0.0) > probs[best[key]].get("feature_request", 0.0)):
            best[key] = n
    for key, n in best.items():
        if key in fired:
            continue
        p = probs[n].get("feature_request", 0.0)
        form = next(c for c in items[n].evidence.cues["feature_request"] if c.startswith("form:"))
        decisions[n].kinds["feature_request"] = (round(max(p, 0.5), 4), (RULES,))
        decisions[n].reasons["feature_request"] = [f"{form}+most request-like sentence (p={p:.2f})"]
