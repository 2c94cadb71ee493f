"""Rule layer: what the catalog/cue matches in one sentence say (cues, entities, modifiers, stance)."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from spacy.lang.de.stop_words import STOP_WORDS as DE_STOP_WORDS
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.tokens import Span

from ..nlp.cues import (
    AWAITED,
    BARE_COMPARATIVES,
    BILLING_DETAIL,
    CANCEL_ERRAND,
    CHURN_AVERTED,
    CHURN_THREAT,
    COMPLIANCE_CONTROLS,
    COMPLIANCE_GATES,
    COMPLIANCE_MANDATES,
    COMPLIANCE_OBLIGATIONS,
    COMPLIANCE_TERMS,
    CONFIRM_VETO,
    CONFIRMED,
    CONTACT_REQUEST,
    CONTRAST,
    EFFORT,
    FAULT_NOUNS,
    FAULT_WORDS,
    FIX_VERBS,
    FORM_BOILERPLATE,
    GERMAN_SEPARABLE_MOVE,
    GROWTH_HALTED,
    HOWTO_QUESTION,
    IN_PLACE,
    IN_PLACE_SPOILED,
    KIND_GRAMMAR,
    LIMIT_HEADROOM,
    LIMIT_INDIFFERENT,
    LIMIT_PRESSED,
    LIMIT_QUESTION,
    LIMIT_STATEMENT,
    MAKES_EASIER,
    MANUAL_PRACTICE,
    MET_NEED,
    MOVED_TO_US,
    NEW_THING,
    NOT_AN_ASK,
    NUMBER,
    ONE_OFF_MANUAL,
    PAST_NEED,
    PLAN_LEAD,
    PLAN_NOUNS,
    PLAN_PRICE,
    PLAN_UPGRADE,
    PLEASANTRY,
    PLEASANTRY_NAMES,
    PRACTICE_GOES_ON,
    PRAISE,
    PRAISE_SPOILED,
    RECURRING,
    REQUEST_FORM_GATE,
    REQUEST_FORMS,
    REQUEST_GRAMMAR,
    RESOLUTION_VETO,
    RESOLVED_BACK,
    RIVAL_STATEMENT,
    SELF_FIX,
    SERVICE_REQUEST,
    STANCE_GRAMMAR,
    STANCE_GRAMMAR_GATE,
    STANCES,
    STAYING,
    STOPPED_PRACTICE,
    TROUBLESHOOTING,
    UNDERUSED,
    VENDOR_FIX,
    VENDOR_FIX_VETO,
    WANTS,
    WEIGHING,
    WORKAROUND_AFTER_GAP,
    WORKAROUND_AFTER_GAP_GATE,
    WORKAROUND_GRAMMAR,
)
from ..nlp.pipeline import span_text

# Words that look like product names when capitalised but are not.
_NOT_A_PRODUCT = frozenset("""
i we you they he she it this that these those the a an our your their my his her its there here
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december today tomorrow yesterday excel google sheets sheet
spreadsheet csv pdf api sso saml okta azure slack email outlook teams zoom ok okay yes no hi hello
thanks thank please also but and or so then now still just maybe actually honestly basically e.g i.e etc
everything nothing everyone someone anyone something which what who one each both all some other
another most many none either neither
wir ihr sie es das die der den dem ein eine einen unser unsere euer eure ich du er man hallo danke
bitte auch aber und oder dann jetzt noch nur vielleicht eigentlich ehrlich gesagt haus hause hand
anfang grund seite seiten kunden kollegen team
""".split()) | EN_STOP_WORDS | DE_STOP_WORDS  # "Even better, ...", "For better flavor, ...": a word, not a rival
_PRODUCT_SHAPE = re.compile(r"[A-Z0-9]|\.\w")  # after the first letter: "ClickUp", "Jira2", "monday.com"
# A product name is letters, digits and a few joiners; code ("React.cloneElement(null") is not one.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9.+&'-]*")
_VERSION = re.compile(r"v?\d[\d.]*[a-z]{0,3}", re.IGNORECASE)  # "4.6.0", "v6.14", "3.0L": a version, not a rival
_DE_BEFORE_NAME = frozenset({"zu", "auf", "von", "nach", "mit", "bei", "gegen", "als", "wie"})
STANCE_ORDER = tuple(STANCES)  # when several stance cues fire, the first in this order wins
_NUMBER = re.compile(r"\d")


def _any_of(table: dict[str, tuple[str, ...]], **fill: str) -> str:
    """One alternation of every language's regexes in `table`, with "{name}" placeholders filled.

    Consecutive alternatives that open with a word boundary share one: "\\b(?:a|b)|c" tries the same
    alternatives in the same order as "\\ba|\\bb|c", so it matches the same text, but Python's engine
    drops most start positions (inside words) after one check instead of one per alternative: about
    three times faster on the request grammar."""
    out: list[str] = []
    run: list[str] = []  # consecutive alternatives opening with \b, without it
    for lang in table.values():
        for p in lang:
            for name, value in fill.items():
                p = p.replace("{" + name + "}", value)
            if p.startswith(r"\b") and not _has_top_level_bar(p):
                run.append(f"(?:{p[2:]})")
                continue
            if run:
                out.append(rf"\b(?:{'|'.join(run)})")
                run = []
            out.append(f"(?:{p})")
    if run:
        out.append(rf"\b(?:{'|'.join(run)})")
    return "|".join(out)


def _has_top_level_bar(pattern: str) -> bool:
    """Does `pattern` alternate at its top level ("a|b"), outside groups, classes and escapes?"""
    depth, in_class, escaped = 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:  # a "]" right after "[" or "[^" is a literal
            in_class = ch != "]" or pattern[i - 1] == "[" or pattern[i - 2 : i] == "[^"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
    return False


def _words(alternatives: tuple[str, ...]) -> str:
    """Whole-word alternation of `alternatives`."""
    return r"\b(?:" + "|".join(alternatives) + r")\b"


_REQUEST = re.compile(_any_of(REQUEST_GRAMMAR))
_REQUEST_FORM = re.compile(_any_of(REQUEST_FORMS))
_WORKAROUND = re.compile(_any_of(WORKAROUND_GRAMMAR))
_WORKAROUND_AFTER_GAP = re.compile(_any_of(WORKAROUND_AFTER_GAP))
_PLEASANTRY = re.compile(_any_of(PLEASANTRY, names=PLEASANTRY_NAMES))
_BOILERPLATE = re.compile(_any_of(FORM_BOILERPLATE))
_MAKES_EASIER = re.compile(_any_of(MAKES_EASIER))
_BOILERPLATE_GATE = ("bug", "fehler", "include", "attach", "provide", "paste", "fill", "for help", "for support",
                     "for usage", "bitte")  # cheap gate: a word every FORM_BOILERPLATE form has
_HOWTO = re.compile(_any_of(HOWTO_QUESTION))
_FAULT = re.compile(_words(FAULT_WORDS))
_FIX_VERB = re.compile(_words(FIX_VERBS))
_FAULT_NOUN = re.compile(_words(FAULT_NOUNS))
_NEW_THING = re.compile(_words(NEW_THING))
_FIX_GATE = ("fix", "repair", "resolv", "sort out", "patch", "beheb", "behob", "reparier", "korrigier", "ordnung",
             "hinbekommen", "lös", "look into", "look at", "anschau", "ansehen", "angucken",
             "drüberschau", "stop")  # cheap gate: a word every FIX_VERBS form has
_TROUBLESHOOTING = re.compile(_words(TROUBLESHOOTING))
_RECURRING = re.compile(_words(RECURRING))
_ONE_OFF_MANUAL = re.compile(_words(ONE_OFF_MANUAL))
_NOT_AN_ASK = re.compile(_words(NOT_AN_ASK))
_NOT_AN_ASK_GATE = ("wish", "would", "thank", "could", "hätte", "wünsch", "könnte", "danke", "kann ich", "würde",
                    "fehlt", "rechnung", "invoice", "hoffe", "hope", "plans for", "pläne für")
_MANUAL_PRACTICE = re.compile(_words(MANUAL_PRACTICE))
_MANUAL_CUES = frozenset({"manually", "by hand"})
_EFFORT = re.compile(_words(EFFORT))
_WANTS = re.compile(_words(WANTS) + r"|\?")
_COMPLIANCE_TERM = re.compile(_words(COMPLIANCE_TERMS))
_COMPLIANCE_OBLIGATION = re.compile(  # not "don't need", nor "das müssen wir nicht haben"
    r"(?<!n't )(?<!not )(?<!no )" + _words(COMPLIANCE_OBLIGATIONS)
    + r"(?! (?:\w+ ){0,2}?(?:nicht|not|kein\w*)\b)")
_COMPLIANCE_CONTROL = re.compile(_words(COMPLIANCE_CONTROLS))
_COMPLIANCE_GATE = re.compile(_words(COMPLIANCE_GATES))
_COMPLIANCE_MANDATE = re.compile(_words(COMPLIANCE_MANDATES))
_MANDATE_GATE = ("mandatory", "compulsory", "required by", "pflicht", "vorgeschrieben", "zwingend")
_CONTRAST_WORDS = tuple(w for ws in CONTRAST.values() for w in ws)
_CONTRAST_WORD = re.compile(_words(_CONTRAST_WORDS))
# a clause ends at punctuation, a contrast word ("but", "aber") or a coordinating "and"/"und"
_CLAUSE_BREAK = re.compile(r"[,;:]|" + _words(_CONTRAST_WORDS + ("and", "und", "while", "während", "obwohl")))
_WORKAROUND_GATE = ("work", "lösung", "helf", "umweg", "ve to", "as to", "ad to", "side", "next to", "alongside",
                    "parallel", "separately", "paper", "shared", "nebenher", "daneben", "nebenbei", "zusätzlich",
                    "gemeinsam", "do is", "doing is", "do now is", "do, is", "doing, is", "dummy", "fake", "umgehen",
                    "ersatz", "holfen")  # one of these is in every sentence WORKAROUND_GRAMMAR matches
_SERVICE_WORDS = ("add", "invite", "remov", "delet", "activat", "onboard", "hinzu", "einlad", "entfern",
                  "freischalt", "anleg", "ladet", "laden")  # cheap gate: the verbs SERVICE_REQUEST needs
_SERVICE = re.compile(_any_of(SERVICE_REQUEST))
_CONTACT_WORDS = ("call", "ring", "phone", "get back", "schedul", "set up", "book", "arrang", "propos", "suggest",
                  "find", "answer", "repl", "respons", "rückruf", "zurückruf", "rufen", "termin", "antwort",
                  "rückmeldung", "send", "email", "forward", "schick", "zukommen", "weiterleit", "mailen", "gespräch",
                  "telefonat"
                  )  # cheap gate: the words CONTACT_REQUEST needs
_CONTACT = re.compile(_any_of(CONTACT_REQUEST))
_UNDERUSED = re.compile(_any_of(UNDERUSED))
_MET_NEED = re.compile(_any_of(MET_NEED))
_LIMIT_QUESTION = re.compile(_any_of(LIMIT_QUESTION))
_LIMIT_PRESSED = re.compile(_words(LIMIT_PRESSED))
_LIMIT_INDIFFERENT = re.compile(_words(LIMIT_INDIFFERENT))
_LIMIT_STATEMENT = re.compile("|".join(LIMIT_STATEMENT))
_LIMIT_HEADROOM = re.compile(_any_of(LIMIT_HEADROOM))
_STOPPED = re.compile(_any_of(STOPPED_PRACTICE))
_GOES_ON = re.compile(_words(PRACTICE_GOES_ON))
_STOPPED_GATE = ("no longer", "anymore", "any more", "used to", "stopped", "over", "history", "früher", "mehr",
                 "vorbei", "geschichte", "vergangenheit")  # cheap gate: a word every STOPPED_PRACTICE form has
_RESOLVED_BACK = re.compile(_any_of(RESOLVED_BACK))
_SELF_FIX = re.compile(_any_of(SELF_FIX))
_RESOLUTION_VETO = re.compile(r"\b(?:" + _any_of(RESOLUTION_VETO) + r")\b|\?")
_PAST_NEED = re.compile(_any_of(PAST_NEED))
_VENDOR_FIX = re.compile(_any_of(VENDOR_FIX))
_VENDOR_FIX_VETO = re.compile(r"\b(?:" + _any_of(VENDOR_FIX_VETO) + r")\b|\?")
_CONFIRMED = re.compile(_any_of(CONFIRMED))
_CONFIRM_VETO = re.compile(r"\b(?:" + _any_of(CONFIRM_VETO) + r")\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_TOPIC_WORD = re.compile(r"[^\W\d_]{4,}|\b[A-Z]{2,3}\b")  # content words and acronyms ("SSO", "API")
_RESOLVED_BACK_GATE = ("shipped", "added", "built", "released", "delivered", "fixed", "solved", "implemented",
                       "launched", "rolled out", "sorted", "resolved", "care of", "live", "in place", "there now",
                       "geliefert", "gebaut", "umgesetzt", "behoben", "gelöst", "ergänzt", "nachgerüstet",
                       "freigeschaltet", "veröffentlicht", "implementiert", "erledigt", "vom tisch")
_CHURN_AVERTED = re.compile(_any_of(CHURN_AVERTED))
_GROWTH_HALTED = re.compile(_words(GROWTH_HALTED))
_CANCEL_ERRAND = re.compile(_any_of(CANCEL_ERRAND))
_CHURN_THREAT = re.compile(_words(CHURN_THREAT))
_WEIGHING = re.compile(_words(WEIGHING))
_BILLING_DETAIL = re.compile(_words(BILLING_DETAIL))
_CAPABILITY = re.compile(r"\b(?:fields?|feld\w*|options?|features?|templates?|vorlage\w*|support\w*|nachrüst\w*|"
                         r"functions?|funktion\w*|möglichkeit\w*)\b")
_BILLING_GATE = ("vat", "tax", "tin", "gst", "ust", "umsatzsteuer", "steuernummer", "invoice", "rechnung", "po number",
                 "purchase order", "bestellnummer", "billing address")  # cheap gate: a word every BILLING_DETAIL has
_AWAITED = re.compile(_any_of(AWAITED))
_AWAITED_GATE = ("wait", "when", "consider", "reason", "holding", "keeping", "stopping", "haven't", "warten",
                 "wann", "würdet")  # cheap gate: a word every AWAITED form has
_STAYING = re.compile(_words(STAYING))
_PRAISE = re.compile(_words(PRAISE))
_PRAISE_SPOILED = re.compile(_words(PRAISE_SPOILED))
_IN_PLACE = re.compile(_words(IN_PLACE))
_IN_PLACE_SPOILED = re.compile(_words(IN_PLACE_SPOILED))
_IN_PLACE_GATE = ("already", "work", "running", "been", "bereits", "schon", "läuft", "laufen", "funktion",
                  "klapp")  # cheap gate: a word every IN_PLACE form has
_CHURN_GATE = ("cancel", "churn", "quit", "leav", "left", "switch", "uninstall", "stay", "kündig", "wechsel",
               "bleiben", "complain", "beschwer", "klagen", "outage", "downtime", "incident", "ausfall", "störung",
               "wartung")  # cheap gate: a word every CHURN_AVERTED form has
_LIMIT_GATE = ("limit", "cap", "quota", "max", "grenze", "kontingent", "full", "voll", "seat", "storage", "api",
               "lizenz", "licen", "speicher", "plätze", "runs", "calls")  # cheap gate: what limit pressure names
_GRAMMAR_GATES = {  # cheap gates: a word every KIND_GRAMMAR form of the kind has (growth: or a number)
    "growth": ("open", "eröffn", "follow", "join", "board", "subsidiar", "sister", "entity", "bord", "nachzieh",
               "folgen", "dazukommen", "gründ", "tochter", "grow", "doubl", "expand", "scal", "wächst", "wachs",
               "vergrößer", "verdoppel"),
    "budget": ("freeze", "series", "seed", "funding", "financing", "contract", "subscription", "licen", "term",
               "agreement", "money", "stopp", "sperre", "finanzierung", "vertrag", "abo", "lizenz", "laufzeit",
               "kündigungsfrist", "budget", "geld", "tranche", "the po", "a po", "our po", "purchase order",
               "order form", "purchasing", "procurement", "beschaffung", "beantragt", "gegengezeichnet",
               "haushaltsjahr"),
    "limit_pressure": ("throttl", "rate", "429", "seat", "licen", "slot", "drossel", "limit", "lizenz", "plätze",
                       "sitze", "aufgebraucht"),
    "churn_risk": ("using", "hardly", "barely", "rarely", "moving", "migrating", "switching", "wind", "worth",
                   "justify", "price", "money", "cost", "drop", "ditch", "dump", "rid of", "paying", "walk away",
                   "cancel", "replac", "switch", "mov", "done with", "regret", "stopped", "quit", "seats", "licen",
                   "users", "kaum", "arbeite", "weg von", "raus aus", "ablös", "abschaff", "auslauf", "geld", "preis",
                   "finden", "suchen", "reduzier", "recommend", "avoid", "stay away", "plug", "exit", "won't be",
                   "will not be", "empfehl", "finger weg", "letzte", "boykott", "stecker", "überlegen", "down",
                   "offline", "erreichbar"),
}
_ERRAND_WORDS = ("cancel", "kündig", "gekündigt")  # a word every CANCEL_ERRAND form has, and the churn cues it may hide
_MORE = ("more", "additional", "extra", "mehr", "weitere", "zusätzliche")  # "more seats": buying, unless asked
_LIMIT_COMPOUND = re.compile(r"\b\w+(?:limit|grenze|kontingent)(?:s|e|en)?\b")
_CAPPED = re.compile(r"\b(?:limit\w*|cap|max\w*|allows?|lets?|can|could|erlaubt|können|darf|dürfen)\b")


@dataclass
class RuleEvidence:
    """Everything the rule layer found in one sentence."""

    cues: dict[str, list[str]] = field(default_factory=dict)  # kind -> matched phrases
    features: list[str] = field(default_factory=list)
    competitors: list[str] = field(default_factory=list)  # catalog competitor ids
    unknown_competitors: list[str] = field(default_factory=list)  # product names seen in a comparison
    limits: list[str] = field(default_factory=list)
    stances: list[str] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)  # broad asking phrases ("how much would", "need")
    alternative: str | None = None  # a generic alternative ("other tools", "unser altes Tool")
    form: str | None = None  # the message's "feature_request"/"bug_report"/"question" form, or "bug_subject"
    subject_features: list[str] = field(default_factory=list)  # named in a request message's subject
    request: str | None = None  # the sentence is built as a request ("you should add ...")
    workaround: str | None = None  # the sentence states a workaround ("Our current workaround is ...")
    service: str | None = None  # a service request ("please add jane@acme.com to our workspace")
    pleasantry: bool = False  # only a greeting, sign-off or offer of help ("Hi team", "Thanks, Anna")
    boilerplate: bool = False  # a form's instructions to the reporter ("Include any logs ...")
    wants: bool = False  # words a request shows ("want", "could you", "please", "missing", "?"), or a title
    effort: bool = False  # shows a workaround's effort ("I have to", "every Monday", "a separate app")
    not_an_ask: bool = False  # a wish or modal idiom that asks for nothing ("wish I'd found this sooner")
    fix_plea: bool = False  # asks to fix a fault ("Could you please fix the sync error?"): a repair, no capability
    fault: bool = False  # reports a fault or a one-off fix ("crashes every time I open it", "had to reinstall")
    howto: bool = False  # a how-to question ("Is there a way to see ... in the timesheet?")
    growth_halted: bool = False  # hiring has stopped ("hiring has been frozen ever since")
    errand: bool = False  # cancels an errand or an employee quit ("please cancel the duplicate invoice")
    praise: bool = False  # praise with no word of trouble ("Der Support antwortet schnell und kompetent")
    in_place: bool = False  # set up and working, no trouble or need ("SSO is already set up and working fine")
    grammar: dict[str, str] = field(default_factory=dict)  # kind -> phrase of a sentence built as that kind
    negated: bool = False
    negated_comparison: bool = False  # "we aren't looking at other tools": comparisons only
    empty_comparative: bool = False  # its only comparatives compare nothing ("better than expected")
    limit_unpressed: bool = False  # asks what a limit is ("Is there an API limit on Pro?"), shrugs it off or
    # has room under it ("we haven't hit the API limit once")
    stopped: bool = False  # a practice that has stopped ("we no longer copy tasks by hand"): no workaround
    churn_averted: bool = False  # "I almost cancelled but the update fixed it", "Wir wollen nicht kündigen"
    moved_to_us: bool = False  # a move whose target is the vendor's product ("seit dem Umstieg auf Planwise")
    weighing: bool = False  # weighs a decision ("evaluating whether to roll this out"): no product compared
    billing_detail: bool = False  # asks for invoice details ("our VAT ID on the invoice"): no compliance need
    contrast: bool = False  # a stance sentence with a contrast word ("..., but now we're thinking of leaving")
    underused: bool = False  # seats paid for but not used ("only 10 of our 25 seats log in")
    plan_change: str | None = None  # a move to one of our own plans: the tier id, or "plan" ("annual billing")
    plan_interest: tuple[tuple[str, ...], str] | None = None  # (tier ids, cue): "upgrade to Enterprise"
    hypothetical: bool = False
    resolved: bool = False
    resolves_back: str | None = None  # resolves what came before by a pronoun ("You shipped it last month")
    resolved_by_next: str | None = None  # the next sentence of the turn resolved it (its phrase)
    has_number: bool = False

    @property
    def stance(self) -> str | None:
        for s in STANCE_ORDER:
            if s in self.stances:
                return s
        return None

    def explain(self) -> list[str]:
        """Short human-readable reasons, e.g. 'cue:feature_request="please add"'."""
        out = [f'cue:{k}="{v[0]}"' for k, v in self.cues.items()]
        out += [f'request:"{self.request}"'] if self.request else []
        out += [f'workaround:"{self.workaround}"'] if self.workaround else []
        out += [f"feature:{f}" for f in self.features] + [f"competitor:{c}" for c in self.competitors]
        out += [f"limit:{lim}" for lim in self.limits]
        out += [m for m in ("negated", "negated_comparison", "hypothetical", "resolved") if getattr(self, m)]
        return out


def sentence_evidence(sent: Span, matches: list[Span], own_product: str = "") -> RuleEvidence:
    """Collect what the catalog/cue matches inside this sentence say."""
    text = span_text(sent)
    ev = RuleEvidence(has_number=bool(_NUMBER.search(text)))
    low = text.strip().lower()
    m = _REQUEST.search(low)
    if m is None and any(w in low for w in REQUEST_FORM_GATE):
        m = _REQUEST_FORM.search(low)
    if m:
        ev.request = m.group().lstrip(",;.! ")  # the words, not the clause break before them
    if any(w in low for w in _WORKAROUND_GATE):  # cheap gate
        if m := _WORKAROUND.search(low):
            ev.workaround = m.group()
    if (ev.workaround is None and any(w in low for w in WORKAROUND_AFTER_GAP_GATE)
            and (m := _WORKAROUND_AFTER_GAP.search(low))):
        ev.workaround = m.group()  # "crashes on photos, so they send them on WhatsApp"
    if any(w in low for w in _SERVICE_WORDS) and (m := _SERVICE.search(low)):
        ev.service = m.group()
    elif ev.request is None and any(w in low for w in _CONTACT_WORDS) and (m := _CONTACT.search(low)):
        ev.service = m.group()  # asking to be called back or for a meeting asks for no capability
    ev.fault = bool(_FAULT.search(low)) or bool(_TROUBLESHOOTING.search(low) and not _RECURRING.search(low))
    ev.effort = bool(_EFFORT.search(low))
    ev.not_an_ask = any(w in low for w in _NOT_AN_ASK_GATE) and bool(_NOT_AN_ASK.search(low))
    ev.fix_plea = (any(w in low for w in _FIX_GATE) and bool(_FIX_VERB.search(low))
                   and (ev.fault or bool(_FAULT_NOUN.search(low))) and not _NEW_THING.search(low))
    # a bare title ("Dark mode for the mobile app", no closing stop, a few words) may name what it wants
    ev.wants = bool(_WANTS.search(low)) or (not low.endswith((".", "!")) and len(low.split()) <= 8)
    ev.pleasantry = bool(_PLEASANTRY.fullmatch(text.strip()))
    ev.boilerplate = any(w in low for w in _BOILERPLATE_GATE) and bool(_BOILERPLATE.search(low))
    ev.howto = low.endswith("?") and ev.request is None and bool(_HOWTO.search(low))
    for kind, pattern in _kind_grammar(own_product.lower()).items():
        gate = _GRAMMAR_GATES.get(kind)
        if gate and not (kind == "growth" and ev.has_number) and not any(w in low for w in gate):
            continue  # growth is mostly built on numbers ("from 5 to 12 people")
        if m := pattern.search(low):
            ev.grammar[kind] = m.group()
    if (any(w in low for w in ("seat", "licen", "lizenz", "plätze")) and (m := _UNDERUSED.search(low))
            and not _CAPPED.search(m.group())):  # not "the seat limit only lets 10 people log in"
        ev.underused = True
        ev.grammar.setdefault("churn_risk", m.group())
    if any(w in low for w in ("without", "ohne")) and _MET_NEED.search(low):
        ev.resolved = True  # "couldn't have passed SOC 2 without your audit log": thanks, not a need
    if (any(w in low for w in _RESOLVED_BACK_GATE) and (m := _RESOLVED_BACK.search(low))
            and not _SELF_FIX.search(low) and not _RESOLUTION_VETO.search(low)):
        ev.resolves_back = m.group()  # "We needed SSO and you shipped it last month"
        ev.resolved = True
    if any(w in low for w in _LIMIT_GATE):
        ev.limit_unpressed = ((low.endswith("?") and bool(_LIMIT_QUESTION.search(low))
                               and not _LIMIT_PRESSED.search(low)) or bool(_LIMIT_INDIFFERENT.search(low))
                              or bool(_LIMIT_STATEMENT.search(low))
                              or (bool(_LIMIT_HEADROOM.search(low)) and not _CONTRAST_WORD.search(low)))
    if any(w in low for w in _STOPPED_GATE):
        ev.stopped = bool(_STOPPED.search(low)) and not _GOES_ON.search(low)
    if any(w in low for w in _CHURN_GATE):
        ev.churn_averted = bool(_CHURN_AVERTED.search(low)) and not _CHURN_THREAT.search(low)
    if any(w in low for w in ("hiring", "einstell", "stellen", "stellt")):
        ev.growth_halted = bool(_GROWTH_HALTED.search(low))
    ev.praise = bool(_PRAISE.search(low)) and not _PRAISE_SPOILED.search(low)
    if any(w in low for w in _IN_PLACE_GATE):
        ev.in_place = (bool(_IN_PLACE.search(low)) and not _PRAISE_SPOILED.search(low)
                       and not _IN_PLACE_SPOILED.search(low))
    errand = any(w in low for w in _ERRAND_WORDS) and bool(_CANCEL_ERRAND.search(low))
    if any(w in low for w in _BILLING_GATE) and (m := _BILLING_DETAIL.search(low)):
        ev.billing_detail = True
        if not _CAPABILITY.search(low):  # "add a field for PO numbers on the invoice" asks for a feature
            ev.service = ev.service or m.group()  # "put our PO number on every invoice" is admin work
    if need := _compliance_need(low):
        ev.grammar["compliance_need"] = need
        if _DOCUMENT_ASK.search(need):
            ev.service = ev.service or need  # asking for the DPA is a service request, not a feature request
    stance_spans: list[Span] = []
    courtesy = [sp for sp in matches if sp.label_ == "COURTESY:any"]
    weighing: list[tuple[int, int]] = []  # character spans of "evaluating whether", "prüfen, ob"
    if any(w in low for w in (" ob", "whether", " if", "how")):  # cheap gate
        weighing = [(sent.start_char + m.start(), sent.start_char + m.end())
                    for m in _WEIGHING.finditer(text.lower())]
    ev.weighing = bool(weighing) and not _STAYING.search(low)  # weighing whether to stay is churn risk
    ev.churn_averted = ev.churn_averted and not weighing
    if own_product and own_product.lower() in low:
        ev.moved_to_us = bool(_moved_to_us(own_product.lower()).search(low))
    plan_moves = _plan_moves(sent, matches)
    if plan_moves:
        ev.plan_change = plan_moves[0][1]
    tiers = _our_tiers(sent, matches, own_product)
    ev.plan_interest = _plan_interest(sent, low, tiers, plan_moves, asks=ev.wants)
    if included := _included_in_plan(low, matches, tiers):
        ev.asks.append(included)  # "Is SSO included in Enterprise?" asks for SSO
        ev.howto = True  # ... and is only a question when the account's plan has it
    for span in matches:
        kind, _, value = span.label_.partition(":")
        if kind == "STANCE" or (kind == "CUE" and value == "comparison"):
            if any(m.start < span.end and span.start < m.end for m, _ in plan_moves):
                continue  # "moving to the Business plan" moves between our own plans
            if any(c.start <= span.start and span.end <= c.end for c in courtesy):
                ev.empty_comparative = True
                continue  # "a call, if that's easier", "Windows 7 or better" compare nothing
            if any(w0 <= span.start_char and span.end_char <= w1 for w0, w1 in weighing):
                continue  # "evaluating whether to roll this out" weighs a decision, not a product
        if kind == "CUE":
            ev.cues.setdefault(value, []).append(span.text.lower())
        elif kind == "FEATURE" and value not in ev.features:
            ev.features.append(value)
        elif kind == "COMPETITOR" and value not in ev.competitors:
            ev.competitors.append(value)
        elif kind == "LIMIT" and value not in ev.limits:
            ev.limits.append(value)
        elif kind == "STANCE":
            ev.stances.append(value)
            stance_spans.append(span)
        elif kind == "MOD":
            setattr(ev, value, True)
        elif kind == "ASK":
            ev.asks.append(span.text.lower())
        elif kind == "ALT":
            ev.alternative = ev.alternative or span.text
    if (set(ev.cues.get("workaround", ())) <= _MANUAL_CUES and ("manually" in low or "by hand" in low)
            and _ONE_OFF_MANUAL.search(low) and not _MANUAL_PRACTICE.search(low)):
        ev.cues.pop("workaround", None)  # "I installed the 64-bit build manually": a one-off step, told like a fault
        ev.fault = True
    # an errand ("cancel the duplicate invoice") hides only its own cancel word, not "..., we're leaving"
    ev.errand = errand and all(c.startswith(_ERRAND_WORDS) for c in ev.cues.get("churn_risk", ()))
    if ("limit_pressure" not in ev.cues and any(w in low for w in ("limit", "grenze", "kontingent"))
            and (m := _LIMIT_COMPOUND.search(low))):
        ev.cues["limit_pressure"] = [m.group()]  # a German compound: "ans Nutzerlimit gestoßen", "Speicherkontingent"
    if ev.features and any(w in low for w in _AWAITED_GATE) and (m := _AWAITED.search(low)):
        ev.asks.append(m.group())  # "We've been waiting on the Gantt view for six months"
    if ev.features and low.endswith("?") and (offered := _asks_if_offered(sent, matches)):
        ev.asks.append(offered)  # "Is there a sandbox where we can test?" asks for the sandbox ...
        ev.howto = True  # ... and is only a question when the account's plan has it
    if ("budget" in ev.cues and (limit_cues := ev.cues.get("limit_pressure")) and not ev.asks and not ev.wants
            and all(c.split()[0] in _MORE for c in limit_cues)):
        del ev.cues["limit_pressure"]  # "budget approved for 30 more seats" buys more: no limit cue ("We need
        # more seats, the budget is there" and "Should we add more seats before the renewal?" still ask)
    if ("comparison" in ev.cues and not ev.competitors and not stance_spans and " than " not in low
            and " als " not in low and set(ev.cues["comparison"]) <= BARE_COMPARATIVES and _MAKES_EASIER.search(low)):
        del ev.cues["comparison"]  # "this makes my life so much easier" compares nothing
        ev.empty_comparative = True
    ev.empty_comparative = ev.empty_comparative and not stance_spans and "comparison" not in ev.cues
    if not stance_spans and "comparison" not in ev.cues and (
            courtesy or (("than" in low or " als " in low) and _QUANTITY.search(low))):
        ev.empty_comparative = True  # "laggy with more than 200 tasks", "gerne telefonisch, falls das einfacher ist"
    if not ev.competitors and (stance_spans or "comparison" in ev.cues):
        ours = {i for sp in matches if sp.label_.startswith(("TIER:", "FEATURE:")) for i in range(sp.start, sp.end)}
        ev.unknown_competitors = _product_names(sent, stance_spans, own_product, ours)
    if not ev.stances and any(w in low for w in STANCE_GRAMMAR_GATE):
        _stance_grammar(sent, matches, ev, own_product)
    if ev.competitors and not ev.stances:
        _rival_statement(low, matches, ev)
    if ev.stances:
        ev.contrast = bool(_CONTRAST_WORD.search(low))  # only the stance rules read it
    return ev


# "Is there a sandbox ...?", "Do you have an audit log?", "Gibt es eine Zeitleiste?": the feature right after
# the existence question (one free word between), not "Is there a bug in the Gantt view?".
_OFFERED = re.compile(r"\b(?:is there|are there|do you have|do you guys have|does (?:it|the app|the tool|\w+) have|"
                      r"gibt es|habt ihr|bietet ihr|haben sie)\s+(?:(?:a|an|any|some|ein|eine|einen|eigene\w*)\s+)?"
                      r"(?:[\w-]+\s+)?$")


def _asks_if_offered(sent: Span, matches: list[Span]) -> str | None:
    """The existence question right before a catalog feature in this sentence, if any."""
    for span in matches:
        if span.label_.startswith("FEATURE:"):
            before = sent.doc[max(sent.start, span.start - 6):span.start].text.lower()
            if m := _OFFERED.search(before + " " if before else ""):
                return m.group().strip()
    return None


# a quantity, not a comparison: "more than 200 tasks", "less than a minute", "mehr als 50 Nutzer"
_QUANTITY = re.compile(r"\b(?:more|less|fewer|mehr|weniger) (?:than|als) (?:\d|a (?:few|couple|dozen|hundred|thousand|"
                       r"minute|second|day|week|month|year)|one|two|three|four|five|six|ten|twenty|fifty|hundred|"
                       r"zwei|drei|vier|fünf|zehn|zwanzig|hundert|eine?[nm]? )")
_DOCUMENT_ASK = re.compile(r"\b(?:send|share|provide|schicken|senden|zusenden|bereitstellen)\b")


def _compliance_need(low: str) -> str | None:
    """'term+obligation' when a compliance term and an obligation share a clause, a few words apart (the
    obligation alone when it names the term: "könnt ihr uns den av-vertrag schicken"), or a security control
    and a gate ("won't approve it without an audit log")."""
    need = _paired(low, _COMPLIANCE_TERM, _COMPLIANCE_OBLIGATION)
    if need is None and any(w in low for w in ("without", "until", "ohne", "erst wenn")):
        need = _paired(low, _COMPLIANCE_CONTROL, _COMPLIANCE_GATE)
    if need is None and any(w in low for w in _MANDATE_GATE):
        need = _paired(low, _COMPLIANCE_CONTROL, _COMPLIANCE_MANDATE)  # "Azure AD login is mandatory"
    return need


def _paired(low: str, term_pattern: re.Pattern[str], need_pattern: re.Pattern[str]) -> str | None:
    terms = list(itertools.islice(term_pattern.finditer(low), 20))  # bounded on run-on "sentences"
    if not terms:
        return None
    for need in itertools.islice(need_pattern.finditer(low), 20):
        for term in terms:
            if max(term.start(), need.start()) - min(term.end(), need.end()) > 120:
                continue
            if need.group().endswith("without") and term.start() < need.end():
                continue  # what cannot be done without is the term after it, not the one before
            if need.start() <= term.start() and term.end() <= need.end():
                return need.group()  # the ask names the document
            between = low[min(term.end(), need.end()):max(term.start(), need.start())]
            if len(between.split()) <= 10 and not _CLAUSE_BREAK.search(between):
                return f"{term.group()}+{need.group()}"
    return None


@functools.lru_cache(maxsize=16)
def _moved_to_us(own_product: str) -> re.Pattern[str]:
    """MOVED_TO_US compiled for one product name."""
    return re.compile(_any_of({"any": MOVED_TO_US}, own=re.escape(own_product)))


@functools.lru_cache(maxsize=16)
def _kind_grammar(own_product: str) -> dict[str, re.Pattern[str]]:
    """KIND_GRAMMAR compiled for one product name ("{own}" matches nothing when there is none)."""
    own = re.escape(own_product) if own_product else r"(?!x)x"
    return {kind: re.compile(_any_of(by_lang, own=own, num=NUMBER)) for kind, by_lang in KIND_GRAMMAR.items()}


@functools.lru_cache(maxsize=16)
def _stance_patterns(own_product: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    own = re.escape(own_product.lower()) if own_product else r"(?!x)x"
    word = r"[A-Z][\w+&-]*(?:\.[\w+&-]+)*"  # "ClickUp", "monday.com", not the full stop after a name
    rival = rf"(?P<rival>{word}(?: {word})?)"
    return tuple((stance, re.compile(p.replace("{own}", own).replace("{rival}", rival)))
                 for stance, patterns in STANCE_GRAMMAR.items() for p in patterns)


def _stance_grammar(sent: Span, matches: list[Span], ev: RuleEvidence, own_product: str) -> None:
    """A stance built around a product name ("We used Trello before"): the stance, and the name as an
    unknown competitor unless the catalog already named one. German capitalises every noun, so there an
    unknown name needs a product's shape ("bei Gelegenheit geht das" names nothing)."""
    known = {sp.text.lower() for sp in matches if sp.label_.startswith("COMPETITOR:")}
    plans = {sp.text.lower() for sp in matches if sp.label_.startswith("TIER:")}
    text = span_text(sent)
    for stance, pattern in _stance_patterns(own_product):
        m = pattern.search(text)
        if not m:
            continue
        name = m.group("rival")
        if name.lower() in plans or name.lower().partition("-")[0] in plans:
            continue  # "auf den Enterprise-Tarif umsteigen" moves to our own plan
        if name.lower() not in known and (
                name.lower() in _NOT_A_PRODUCT or name.lower() == own_product.lower()
                or (sent.doc.lang_ == "de" and not _PRODUCT_SHAPE.search(name[1:]))):
            continue
        ev.stances.append(stance)
        ev.cues.setdefault("comparison", []).append(m.group().lower())
        if not ev.competitors and name not in ev.unknown_competitors:
            ev.unknown_competitors.append(name)
        return


@functools.lru_cache(maxsize=256)
def _rival_patterns(names: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """RIVAL_STATEMENT compiled for the competitor names found in one sentence (few distinct sets)."""
    rival = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    return tuple((stance, re.compile(p.replace("{rival}", rival)))
                 for stance, patterns in RIVAL_STATEMENT.items() for p in patterns)


def _rival_statement(low: str, matches: list[Span], ev: RuleEvidence) -> None:
    """What a catalog competitor does, costs or is left for, said without a comparison word ("Wrike lets
    our clients approve proofs without a login"): the stance, and the words as a comparison cue."""
    names = tuple(sorted({n for sp in matches if sp.label_.startswith("COMPETITOR:")
                          and (n := sp.text.lower()) not in _NOT_A_PRODUCT}))  # not "On Monday we can ..."
    if not names:
        return
    for stance, pattern in _rival_patterns(names):
        if m := pattern.search(low):
            ev.stances.append(stance)
            ev.cues.setdefault("comparison", []).append(m.group())
            return


def vendor_fixes(text: str) -> list[str]:
    """Sentences of a vendor's reply that say the thing is done ("I've raised your automation runs to 40k",
    "This should be fixed now"), not logged, planned, offered or patched for now."""
    return [sent for sent in _SENTENCE_END.split(text) if (low := sent.lower()) and _VENDOR_FIX.search(low)
            and not _VENDOR_FIX_VETO.search(low)]


def confirms_resolution(text: str, ev: RuleEvidence) -> bool:
    """A customer sentence that says what the vendor did worked ("Yes that fixed it", "Hat funktioniert,
    danke!"); not a question, a denial or a stopgap ("that works for now")."""
    low = text.lower()
    if ev.negated or "?" in low or _RESOLUTION_VETO.search(low) or _CONFIRM_VETO.search(low):
        return False
    return bool(ev.resolves_back or ev.resolved or _CONFIRMED.search(low))


@functools.cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN

    return frozenset(EN | DE | {"thanks", "thank", "danke", "please", "bitte", "issue", "problem", "team",
                                "account", "konto", "help", "hilfe", "today", "heute", "again", "wieder"})


def topic_stems(text: str) -> set[str]:
    """What a sentence is about, roughly: the first five letters of its content words and its acronyms, a
    plural "s" dropped ("seats"/"seat limit" and "Speicherplatz"/"Speicher" meet)."""
    stop = _stop_words()
    return {w.lower().removesuffix("s")[:5] for w in _TOPIC_WORD.findall(text) if w.lower() not in stop}


def past_need(text: str) -> bool:
    """The sentence tells a need in the past ("We needed SSO for the pilot", "Wir haben jeden Freitag nach
    Excel exportiert"), so a back-reference right after it may resolve it."""
    return bool(_PAST_NEED.search(text.lower()))


def _product_names(sent: Span, cue_spans: list[Span], own_product: str, ours: set[int] = frozenset()) -> list[str]:
    """Capitalised names right after a stance cue ('trialling Foo') or right before one ('Bar has this'),
    not our own plans and features (token indices `ours`: "Das Upgrade auf Enterprise hat das gelöst").

    German capitalises every noun ("Wir testen gerade Funktionen"), so there a name needs the shape
    of a product (an inner capital, a digit or a dot: "ClickUp", "monday.com") or a preposition in
    front of it ("zu Plandeck", "bei Taskbase").
    """
    names: list[str] = []
    own = own_product.lower()
    german = sent.doc.lang_ == "de"
    for cue in cue_spans:
        if _inside_name(cue):
            continue  # "Lake Superior", "Better Place", "Superior Court": a name, not a comparison
        for tok in (*sent.doc[cue.end : min(cue.end + 3, sent.end)], *sent.doc[max(cue.start - 3, sent.start) : cue.start]):
            text = tok.text.strip(".,;:!?")
            if tok.i in ours or not _NAME.fullmatch(text) or _VERSION.fullmatch(text):
                continue
            looks_like_name = (text[:1].isupper() and not text.isupper()) or "." in text[1:-1]
            if german and looks_like_name and not (
                    _PRODUCT_SHAPE.search(text[1:]) or (tok.i > 0 and sent.doc[tok.i - 1].lower_ in _DE_BEFORE_NAME)):
                continue
            if (looks_like_name and len(text) > 2 and text.lower() not in _NOT_A_PRODUCT
                    and text.lower() != own and text.isascii()
                    and (not tok.is_sent_start or tok.i == cue.start - 1)  # "Plandeck does this out of the box"
                    and text not in names):
                names.append(text)
    return names[:2]


def _inside_name(cue: Span) -> bool:
    """A one-word cue written capitalised mid-sentence, or next to another capitalised word, is part of
    a name or a heading ("Lake Superior", "Better Place", "Superior Customer Support"), not a comparison.
    Longer cues ("Better than Plandeck", "Besser als Plandeck") are never names."""
    first = cue.doc[cue.start]
    if len(cue) > 1 or not first.text[:1].isupper() or first.text.isupper():
        return False
    neighbours = [cue.doc[i] for i in (cue.start - 1, cue.end) if 0 <= i < len(cue.doc)]
    return any(t.text[:1].isupper() and t.is_alpha and not t.is_sent_start for t in neighbours) or (
        not first.is_sent_start and cue.start > 0 and cue.doc[cue.start - 1].text not in ('"', "'", "(", "“"))


_PLAN_LEAD = frozenset(w for words in PLAN_LEAD.values() for w in words)
_PLAN_NOUN = frozenset(w for words in PLAN_NOUNS.values() for w in words)
_DE_PLAN_COMPOUND = re.compile(rf"\w+-?(?:{'|'.join(PLAN_NOUNS['de'])})", re.I)  # "Jahresvertrag", "Business-Tarif"
_PLAN_STANCES = frozenset({"switching_to", "evaluating", "migrated_from"})
_DE_TO = frozenset({"auf", "zu", "zum", "zur", "ins", "in"})


def _plan_moves(sent: Span, matches: list[Span]) -> list[tuple[Span, str]]:
    """Switching or evaluating cues whose object is one of our own plans: (cue span, tier id or "plan").

    The plan follows the cue ("switch to the annual plan", "evaluating Enterprise", "moving to the
    Business plan") or, in German, stands before the verb after "auf"/"zu" ("auf den Business-Tarif
    umsteigen"): a catalog tier name, a plan noun, or a German compound ending in one.
    """
    doc = sent.doc
    tiers = {sp.start: sp.label_.partition(":")[2] for sp in matches if sp.label_.startswith("TIER:")}
    rivals = {sp.start for sp in matches if sp.label_.startswith("COMPETITOR:")}

    def plan_at(i: int) -> str | None:
        word = doc[i].lower_
        if i in tiers:
            return tiers[i]
        if word in _PLAN_NOUN or (doc.lang_ == "de" and _DE_PLAN_COMPOUND.fullmatch(word)):
            return "plan"
        return None

    moves = []
    for span in matches:
        kind, _, value = span.label_.partition(":")
        if kind != "STANCE" or value not in _PLAN_STANCES:
            continue
        found = None
        i = span.end
        while i < sent.end and i - span.end < 4 and doc[i].lower_ in _PLAN_LEAD:
            i += 1
        if i < sent.end and i not in rivals:
            found = plan_at(i)
            if not found and doc[i].text[:1].isupper() and i + 1 < sent.end and doc[i + 1].lower_ in _PLAN_NOUN:
                found = "plan"  # "the Business plan" (not "Asana Business", not "Plandeck Pro")
        j = span.start - 1
        if not found and doc.lang_ == "de" and j >= sent.start and (plan := plan_at(j)):
            k = j - 1
            while k >= sent.start and j - k < 4 and doc[k].lower_ in _PLAN_LEAD and doc[k].lower_ not in _DE_TO:
                k -= 1
            if k >= sent.start and doc[k].lower_ in _DE_TO:
                found = plan
        if found:
            moves.append((span, found))
    return moves


_UPGRADE_WORD = re.compile(_words(tuple(w for ws in PLAN_UPGRADE.values() for w in ws)))
_PRICE_WORD = re.compile(_words(tuple(w for ws in PLAN_PRICE.values() for w in ws)))
_PRICE_AFTER = re.compile(r"\b(?:cost|costs|price|prices|pricing|kostet|kosten|preis|preise)\b")  # "Pro cost?"
_EVENT = frozenset({"the", "this", "that", "after", "since", "recent", "last", "der", "dem", "das", "nach", "seit"})
_WINDOW = 6  # words between the cue and the tier name
_DE_SEPARABLE_PLAN = re.compile(GERMAN_SEPARABLE_MOVE + r"(?P<obj>[\w-]+)(?: [\w-]+){0,4}? um\b")
_NOT = re.compile(r"\b(?:not|n't|never|no|nicht|nie|kein\w*)\b")  # "we won't upgrade to Pro", "nicht auf Pro"
_TIER_COMPARE = re.compile(_words(("difference", "differences", "differ", "compare", "comparison", "vs", "versus",
                                     "unterschied", "unterschiede", "unterscheiden", "vergleich", "vergleichen")))
_INCLUDED = re.compile(_words(("included", "include", "includes", "part of", "come with", "comes with",
                               "available in", "available on", "enthalten", "inklusive", "dabei", "gibt es")))


def _plan_interest(sent: Span, low: str, tiers: list[Span], plan_moves: list[tuple[Span, str]],
                   asks: bool) -> tuple[tuple[str, ...], str] | None:
    """(tier ids, cue) when the sentence wants one of our own plans by name: a switching or evaluating cue
    before it ("switch to Enterprise"), an upgrade or purchase word ("upgrade to the Pro plan", in German
    also after it: "auf den Pro-Tarif upgraden"), or, in a sentence that asks, a price word ("Can you send
    a quote for Enterprise?", "Was kostet Enterprise?") or a comparison of two plans ("What's the
    difference between Pro and Enterprise?"). A rival's plan ("Asana Business", "Plandeck Pro") and a
    common word ("free trial", "pro tip") are no plan. Which plan counts (the highest) and which way the
    move goes (up, or down from the account's plan) is for the caller to judge. `tiers` are the sentence's
    tier names that name our plan (`_our_tiers`); `low` is its lower-cased text."""
    for cue, found in plan_moves:
        if found != "plan" and "migrated_from" not in cue.label_:
            return (found,), cue.text.lower()
    doc = sent.doc
    wanted: dict[str, str] = {}
    for tier in tiers:
        before = _clause_words(doc[max(sent.start, tier.start - _WINDOW):tier.start], from_end=True)
        after = _clause_words(doc[tier.end:min(sent.end, tier.end + _WINDOW)], from_end=False)
        if _NOT.search(before) or (doc.lang_ == "de" and _NOT.search(after)):
            continue
        m = _UPGRADE_WORD.search(before)
        if m and set(before[:m.start()].split()[-1:]) & _EVENT:
            m = None  # "after the upgrade to Pro" is an event
        if not m and doc.lang_ == "de":
            m = _UPGRADE_WORD.search(after) or next(  # "steigen ... auf den Enterprise-Tarif um"
                (sm for sm in _DE_SEPARABLE_PLAN.finditer(low) if sm.group("obj").startswith(tier.text.lower())),
                None)
        if not m and asks:
            m = _PRICE_WORD.search(before) or _PRICE_AFTER.search(after)
        if m:
            wanted.setdefault(tier.label_.partition(":")[2], m.group())
    ids = tuple(dict.fromkeys(t.label_.partition(":")[2] for t in tiers))
    if len(ids) > 1 and asks and (m := _TIER_COMPARE.search(low)):
        return ids, m.group()  # "Pro or Enterprise: what's the difference?"
    return (tuple(wanted), next(iter(wanted.values()))) if wanted else None


def _our_tiers(sent: Span, matches: list[Span], own_product: str) -> list[Span]:
    """Catalog tier names in the sentence that name our plan: capitalised or before a plan noun ("free
    trial", "pro tip" are words), and not right after a rival or another name ("Asana Business")."""
    doc = sent.doc
    rivals = {i for sp in matches if sp.label_.startswith("COMPETITOR:") for i in range(sp.start, sp.end)}
    own = own_product.lower()
    out = []
    for tier in (sp for sp in matches if sp.label_.startswith("TIER:")):
        nxt = doc[tier.end].lower_ if tier.end < sent.end else ""
        if not (tier.text[:1].isupper() or nxt in _PLAN_NOUN or nxt == "-"):
            continue
        prev = doc[tier.start - 1] if tier.start > sent.start else None
        if prev is not None and (prev.i in rivals or (
                prev.text[:1].isupper() and not prev.is_sent_start and prev.lower_ not in _PLAN_LEAD
                and prev.lower_ != own)):
            continue
        out.append(tier)
    return out


def _included_in_plan(low: str, matches: list[Span], tiers: list[Span]) -> str | None:
    """The inclusion word of a question whether a plan has a feature ("Is SSO included in Enterprise?",
    "Ist SSO im Enterprise-Tarif enthalten?"): a request for the feature when that plan is above the
    account's, a how-to question when the account's plan has it."""
    if not tiers or not low.endswith("?") or not any(sp.label_.startswith("FEATURE:") for sp in matches):
        return None
    m = _INCLUDED.search(low)
    return m.group() if m else None


def _clause_words(span: Span, from_end: bool) -> str:
    """The lower-cased words of `span` on the tier's side of the nearest clause break."""
    words = [t.lower_ for t in span]
    text = " ".join(words)
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if not breaks:
        return text
    return text[breaks[-1].end():] if from_end else text[:breaks[0].start()]
