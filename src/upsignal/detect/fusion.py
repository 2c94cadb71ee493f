"""Fusion: classifier probabilities + rule evidence -> which kinds fire, with what confidence."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..types import SENTENCE_KINDS
from .rules import RuleEvidence

DEFAULT_THRESHOLD = 0.5
RULE_WEIGHT = 0.6  # a strong rule alone gives confidence 0.6; with classifier support more
CUE_DISCOUNT = 0.75  # a matching cue lowers the classifier threshold to 75% of its value
RULES = "rules.v1"
# What a resolution resolves, by a back-reference in the next sentence ("We needed SSO. You shipped it,
# thanks!") or across turns (a vendor's fix the customer confirms); growth, budget, comparison and churn
# told before stay true.
RESOLVED_BY_NEXT = ("feature_request", "workaround", "limit_pressure", "compliance_need")


@dataclass
class Decision:
    """Kinds that fire in one sentence: kind -> (confidence, detectors), and the reasons."""

    kinds: dict[str, tuple[float, tuple[str, ...]]] = field(default_factory=dict)
    reasons: dict[str, list[str]] = field(default_factory=dict)


def strong_rule(kind: str, ev: RuleEvidence) -> str | None:
    """A catalog entity plus a cue of the kind, or a sentence built as a request: precise enough to
    fire on its own. Returns why."""
    cue = ev.cues.get(kind)
    if kind == "feature_request" and ev.features and (cue or ev.asks):
        return f'feature:{ev.features[0]}+cue="{(cue or ev.asks)[0]}"'
    if kind == "feature_request" and ev.request and ev.form != "bug_report":
        return f'request:"{ev.request}"'
    if kind == "comparison" and (cue or ev.stances):
        who = (ev.competitors or ev.unknown_competitors or [ev.alternative])[0]
        if who:
            return f'competitor:{who}+cue="{(cue or ev.stances)[0]}"'
    if kind == "workaround" and ev.workaround:
        return f'workaround:"{ev.workaround}"'
    if kind == "limit_pressure" and ev.limits and cue:
        return f'limit:{ev.limits[0]}+cue="{cue[0]}"'
    if kind == "compliance_need" and cue and "feature_request" in ev.cues:
        return f'cue="{cue[0]}"+need="{ev.cues["feature_request"][0]}"'
    if kind == "budget" and ev.plan_interest:
        return f'plan:{"/".join(ev.plan_interest[0])}+cue="{ev.plan_interest[1]}"'
    if kind in ev.grammar:
        return f'{kind}:"{ev.grammar[kind]}"'
    if (kind == "churn_risk" and ev.competitors and "switching_to" in ev.stances
            and "migrated_from" not in ev.stances):  # moving to a rival is churn; coming from one is not
        return f"competitor:{ev.competitors[0]}+stance=switching_to"
    return None


def suppressed(kind: str, ev: RuleEvidence) -> str | None:
    """Negated, hypothetical and resolved mentions, pleasantries ("Hi team") and a form's boilerplate do not
    fire (a past switch still counts)."""
    if ev.pleasantry:
        return "pleasantry"
    if ev.boilerplate:
        return "form boilerplate"
    if ev.negated or (ev.negated_comparison and kind in ("comparison", "churn_risk")):  # "not switching"
        return "negated"
    if ev.hypothetical:
        return "hypothetical"
    if ev.resolved and kind not in ("comparison", "churn_risk"):
        return "resolved"
    if ev.resolved_by_next and kind in RESOLVED_BY_NEXT:
        return "resolved"
    return None


def fuse(ev: RuleEvidence, probs: dict[str, float], thresholds: dict[str, float],
         classifier_name: str = "classifier.v1") -> Decision:
    """Decide each kind for one sentence."""
    decision = Decision()
    for kind in SENTENCE_KINDS:
        if suppressed(kind, ev) or (kind == "feature_request" and ev.service and not ev.features):
            continue  # a service request ("please add jane@acme.com") asks for admin work, not a feature
        if kind == "limit_pressure" and ev.limit_unpressed:
            continue  # "Is there an API limit on Pro?", "the rate limit doesn't matter to us": hits no limit
        if (kind == "workaround" and ev.stopped) or (kind == "churn_risk" and ev.churn_averted):
            continue  # "we no longer copy tasks by hand", "I almost cancelled but the update fixed it"
        p = probs.get(kind)
        threshold = thresholds.get(kind, DEFAULT_THRESHOLD)
        rule = strong_rule(kind, ev)
        reasons: list[str] = []
        detectors: list[str] = []
        confidence = 0.0
        if kind == "feature_request" and ev.form == "bug_report":
            p = None  # expected behaviour on a bug form is not a request: only a strong rule fires
        elif kind == "feature_request" and ev.form in ("bug_subject", "question") and kind not in ev.cues:
            p = None  # a bug-titled message or a declared question: a request needs a request phrase
        elif kind == "feature_request" and ev.not_an_ask and not ev.features:
            p = None  # "I just wish my friends would install it", "could not be easier": no capability asked for
        elif kind == "feature_request" and ev.howto and not ev.asks and kind not in ev.cues:
            p = None  # "Quick one: how do I add a custom field to every task?" asks how, not for a capability
        elif kind == "feature_request" and ev.fix_plea and not ev.features:
            p = None  # "Könnt ihr bitte den Fehler beim Login beheben?" asks for a repair, not a capability
        elif kind == "workaround" and ev.fault and kind not in ev.cues:
            p = None  # a fault report ("crashes every time I open it") is no workaround without a workaround cue
        elif kind == "churn_risk" and ev.moved_to_us and kind not in ev.cues:
            p = None  # "Seit dem Umstieg von Excel auf Planwise sparen wir einen halben Tag": a move to us
        elif kind == "churn_risk" and ev.plan_change and not ev.competitors and kind not in ev.cues:
            p = None  # "we're moving to the Business plan" stays with us
        elif kind == "feature_request" and ev.plan_change and not ev.features and kind not in ev.cues:
            p = None  # "Could we switch to annual billing?" asks for a plan change, not a capability
        elif kind == "churn_risk" and kind not in ev.cues and (
                ("migrated_from" in ev.stances and "switching_to" not in ev.stances and not ev.contrast)
                or "compliance_need" in ev.grammar):
            p = None  # "we moved over from Asana and never looked back" came to us; "we can't sign without
            # a DPA" is a compliance need: neither is churn unless a churn word says so ("..., or we cancel")
        elif kind in ("budget", "growth") and kind not in ev.grammar and (
                (ev.competitors and "switching_to" in ev.stances) or "churn_risk" in ev.grammar):
            p = None  # "switch to Smartsheet when our contract runs out", "everyone on ClickUp by Q3, so we're
            # winding down Planwise": timing or growth that goes to a rival is churn, not a buying signal
        elif kind in ("churn_risk", "workaround") and ev.praise and kind not in ev.cues and kind not in ev.grammar:
            p = None  # "Der Support antwortet schnell und kompetent", "Your support team is friendly and competent"
        elif kind in ("compliance_need", "feature_request") and ev.in_place and kind not in ev.grammar:
            p = None  # "SSO is already set up and working fine for us" needs nothing, though "SSO" is a cue
        elif (kind == "growth" and ev.growth_halted) or (kind == "churn_risk" and ev.errand):
            p = None  # "hiring has been frozen ever since", "please cancel the duplicate invoice"
        elif kind == "limit_pressure" and ev.underused and kind not in ev.cues:
            p = None  # "25 seats but only 10 people log in": unused seats press on no limit
        elif kind == "comparison" and ev.empty_comparative:
            p = None  # "better than expected", "DirectX 9 or better": the only comparative compares nothing
        elif (kind in ("comparison", "churn_risk") and ev.weighing and kind not in ev.cues and not ev.stances
              and not ev.competitors):
            p = None  # "evaluating whether to roll this out to Munich" weighs a decision, not a rival
        elif kind == "compliance_need" and ev.billing_detail and kind not in ev.cues and kind not in ev.grammar:
            p = None  # "We need our VAT ID on the invoice" asks for an invoice detail, not a compliance control
        elif kind == "comparison" and ev.plan_change and not ev.competitors and kind not in ev.cues:
            p = None  # "Wir wechseln zu Monatsabrechnung" moves between our own plans
        elif kind == "feature_request" and kind not in ev.cues and not ev.wants:
            p = None  # the classifier alone names a request only where the sentence asks for something
        elif kind == "workaround" and kind not in ev.cues and not ev.effort:
            p = None  # the classifier alone names a workaround only where the sentence shows its effort
        if p is not None:
            cue_threshold = threshold * CUE_DISCOUNT if kind in ev.cues else threshold
            if p >= cue_threshold:
                confidence = p
                detectors.append(classifier_name)
                reasons.append(f"classifier:{kind}={p:.2f}")
                if kind in ev.cues:
                    detectors.append(RULES)
                    reasons.append(f'cue="{ev.cues[kind][0]}"')
        if rule:
            confidence = RULE_WEIGHT + (1 - RULE_WEIGHT) * (p or 0.0)
            if RULES not in detectors:
                detectors.append(RULES)
            reasons.append(rule)
        if confidence > 0:
            decision.kinds[kind] = (min(confidence, 1.0), tuple(detectors))
            decision.reasons[kind] = reasons
    _compliance_implies_request(ev, decision)
    return decision


def _compliance_implies_request(ev: RuleEvidence, decision: Decision) -> None:
    """Needing a catalog feature for compliance ("our auditors want the audit log") is a request for it."""
    if "compliance_need" in decision.kinds and ev.features and "feature_request" not in decision.kinds:
        confidence, detectors = decision.kinds["compliance_need"]
        detectors = tuple(dict.fromkeys((*detectors, RULES)))  # each detector once
        decision.kinds["feature_request"] = (round(confidence * 0.9, 4), detectors)
        decision.reasons["feature_request"] = [f"compliance_need+feature:{ev.features[0]}"]
