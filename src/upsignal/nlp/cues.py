"""Cue phrases (EN/DE) for the rule layer; matched case-insensitively on tokens.

Product-specific words never live here (they come from the catalog); these are the ways
customers talk about wanting, comparing, coping, growing, paying and leaving.
"""

from __future__ import annotations

# kind -> language -> phrases. A phrase is matched on lower-cased tokens, so "we'd love" also
# matches "We'd love". Keep phrases short and specific: the classifier covers paraphrases.
CUES: dict[str, dict[str, tuple[str, ...]]] = {
    "feature_request": {
        "en": (
            "please add", "pls add", "can you add", "could you add", "would you add", "could you please add",
            "please implement", "please support", "please consider", "please make it possible",
            "would be nice", "would be great", "would be awesome", "would be helpful", "would be useful",
            "would love", "we'd love", "i'd love", "would really like", "we would like to be able",
            "i wish", "we wish", "wish there was", "wish it had", "wish you had", "wish list", "wishlist",
            "feature request", "any plans to", "any plans for", "is there a plan", "on the roadmap",
            "on your roadmap", "add support for", "add an option", "add the option", "add a way",
            "an option to", "the option to", "ability to", "the possibility to", "allow us to",
            "allow users to", "let us add", "let us set", "let us choose", "let us pick", "let us change",
            "let us create", "let us edit", "let us see", "let us hide", "let us export", "let us filter",
            "let us sort", "let us customize", "let us customise", "let us use", "let us have", "we need a",
            "we need an", "we need the", "we really need",
            "we'd need", "we would need", "need a way to", "needs a way to", "needs an option",
            "it lacks", "is missing", "are missing", "missing feature", "doesn't support", "does not support",
            "not supported", "no way to", "there is no way", "there's no way", "should have", "should add",
            "should support", "should allow", "should be able to", "request:", "suggestion:",
            "it'd be nice", "it'd be great", "hoping for", "looking forward to", "when will you",
            "when can we expect", "do you plan", "are you planning", "would help if we could",
            "would help if i could", "would help if our team could", "would help us if we could",
            "would save us", "would save our", "would save me", "would save so much",
        ),
        "de": (
            "bitte einbauen", "bitte hinzufügen", "bitte ergänzen", "könntet ihr", "könnten sie",
            "wäre schön", "wäre super", "wäre toll", "wäre klasse", "wäre hilfreich", "wäre praktisch",
            "wäre es möglich", "wir hätten gern", "wir hätten gerne", "ich hätte gern", "ich hätte gerne",
            "wünschen uns", "wünsche mir", "ich wünsche", "wunsch:", "feature-wunsch", "feature request",
            "wir bräuchten", "wir brauchen", "uns fehlt", "mir fehlt", "es fehlt", "fehlt leider",
            "vermissen", "vermisse", "gibt es pläne", "ist geplant", "auf der roadmap", "die möglichkeit",
            "möglichkeit geben", "unterstützt leider kein", "unterstützt leider keine", "sollte man",
            "sollte es", "wann kommt", "wann wird es", "benötigen", "brauchen dringend",
            "würde uns helfen, wenn", "würde helfen, wenn wir", "würde mir helfen, wenn",
            "würde uns viel zeit sparen", "würde uns zeit sparen", "würde viel zeit sparen",
        ),
    },
    "comparison": {
        "en": (
            "better than", "worse than", "faster than", "slower than", "cheaper than", "easier than",
            "more expensive than", "compared to", "compared with", "in comparison", "versus", "vs",
            "vs.", "unlike", "same as", "just like", "similar to", "prefer", "instead of",
            "out of the box", "built in", "built-in", "has this", "have this", "does this",
            "switch to", "switching to", "switched to", "move to", "moving to", "moved to",
            "migrate to", "migrating to", "moved from", "migrated from", "switched from", "coming from",
            "came from", "used to use", "trialling", "trialing", "evaluating", "looking at alternatives",
            "the best", "superior to", "inferior to",
            "beats", "outperforms", "as good as", "over at", "ahead of", "came close", "can do this",
            "could do this", "do this without", "does it better", "better", "worse", "easier", "faster",
            "comparing", "compare", "simpler", "more intuitive",
            # far ahead, and benchmarks: "the Enterprise dashboards are leagues ahead", "benchmark you against Asana"
            "leagues ahead", "miles ahead", "miles better", "light years ahead", "benchmark", "benchmarking",
            "side by side", "head to head", "head-to-head",
            # a rival has what we lack: "Monday.com offers EU data residency and you don't"
            "and you don't", "but you don't", "and you guys don't", "but you guys don't",
            # what the tool before us did: "Our old tool let us bulk edit due dates"
            "our old tool let us", "our old tool could", "our old tool had", "our previous tool let us",
            "our previous tool could", "our previous tool had", "our old system could", "our old system had",
        ),
        "de": (
            "besser als", "schlechter als", "schneller als", "langsamer als", "günstiger als",
            "billiger als", "teurer als", "einfacher als", "im vergleich", "verglichen mit", "gegenüber",
            "im gegensatz zu", "genau wie", "genauso wie", "ähnlich wie", "lieber", "statt", "anstatt",
            "von haus aus", "eingebaut", "kann das", "hat das", "wechseln zu", "wechseln auf",
            "umsteigen auf", "umgestiegen", "gewechselt", "migriert", "kommen von", "testen gerade",
            "evaluieren", "der beste",
            "die beste", "das beste", "können das", "standardmäßig", "bessere", "besseren", "besser",
            "schlechter", "vergleichen", "voraus", "einfacher", "intuitiver",
            "meilenweit", "um längen", "benchmark", "gegenüberstellen", "und ihr nicht", "ihr aber nicht",
            "unser altes tool konnte", "unser altes tool hatte", "unser vorheriges tool konnte",
            "unser vorheriges tool hatte", "in unserem alten tool",
        ),
    },
    "workaround": {
        "en": (
            "workaround", "work around", "by hand", "manually", "manual process", "copy and paste",
            "copy-paste", "copy paste", "spreadsheet", "google sheet", "google sheets", "excel sheet",
            "in excel", "into excel", "a script", "wrote a script", "little script", "cron job",
            "for now we", "for now i", "in the meantime", "as a stopgap", "hack", "hacky", "duct tape",
            "separate tool", "another tool", "we export", "export it to", "every friday", "every week we",
            "every morning", "each time we", "we have to manually", "zapier", "we keep a",
            "on the side", "on paper", "shared login", "back and forth",
        ),
        "de": (
            "workaround", "umweg", "von hand", "händisch", "manuell", "per hand", "copy & paste",
            "kopieren", "excel-liste", "excel-tabelle", "in excel", "nach excel", "tabelle",
            "ein skript", "kleines skript", "notlösung", "behelfen", "behelf", "übergangslösung",
            "zurzeit machen wir", "im moment machen wir", "jeden freitag", "jede woche", "jeden morgen",
            "separates tool", "anderes tool", "zapier", "pflegen wir", "hin und her", "auf papier",
            "gemeinsamen login", "nebenher",
        ),
    },
    "limit_pressure": {
        "en": (
            "limit", "limits", "hit the limit", "hitting the limit", "reached the limit", "at the limit",
            "over the limit", "ran out of", "running out of", "run out of", "maxed out", "max out",
            "quota", "rate limit", "rate limited", "throttled", "capped", "cap", "almost full", "is full",
            "are full", "'s full", "'re full", "getting full", "already full", "completely full", "full up",
            "at full capacity",  # not "full access", "full price"
            "no more seats", "out of seats", "out of storage", "more seats", "more licenses",
            "more storage", "additional seats", "extra seats", "exceeded", "exceeding", "burned through", "burnt through",
        ),
        "de": (
            "limit", "grenze", "obergrenze", "kontingent", "ausgeschöpft", "erreicht", "voll",
            "fast voll", "aufgebraucht", "überschritten", "mehr lizenzen", "weitere lizenzen",
            "zusätzliche lizenzen", "mehr plätze", "mehr speicher", "gedrosselt", "keine lizenzen mehr",
        ),
    },
    "growth": {
        "en": (
            "hiring", "we're hiring", "new hires", "onboarding", "onboard", "expanding", "expansion",
            "growing", "grow", "doubled", "doubling", "new team", "new office", "new department",
            "new region", "new market", "roll out to", "rolling out to", "roll it out", "rollout",
            "more teams", "other teams", "whole company", "company-wide", "headcount", "acquired",
            "acquisition", "merger", "new use case", "scale up", "scaling", "new starters", "new joiners",
            "more hires", "hires approved", "headcount approved",
        ),
        "de": (
            "stellen ein", "neue mitarbeiter", "neue kollegen", "einstellen", "wachsen", "wachstum",
            "expandieren", "expansion", "verdoppelt", "neues team", "neuer standort", "neues büro",
            "neue abteilung", "ausrollen", "ausweiten", "weitere teams", "andere abteilungen",
            "ganze unternehmen", "unternehmensweit", "übernommen", "übernahme", "kommt dazu",
            "kommen dazu", "onboarding", "wächst", "mit dazu", "auszurollen", "konzernweit",
        ),
    },
    "compliance_need": {
        "en": (
            "soc 2", "soc2", "iso 27001", "iso27001", "gdpr", "hipaa", "audit", "auditor", "auditors",
            "compliance", "compliant", "security review", "security questionnaire", "infosec",
            "data residency", "data protection", "dpa", "penetration test", "pen test", "sso",
            "access logs", "audit log", "audit trail", "encryption", "retention policy", "two-factor",
            "2fa", "mfa", "works council", "data processing agreement", "subprocessors",
            "sub-processors", "data hosted", "stays in the eu", "hosted in the eu",
        ),
        "de": (
            "dsgvo", "datenschutz", "iso 27001", "soc 2", "audit", "revision", "prüfer",
            "compliance", "sicherheitsanforderungen", "auftragsverarbeitung", "avv", "betriebsrat",
            "datenhaltung", "rechenzentrum in deutschland", "verschlüsselung", "sicherheitsprüfung",
            "it-sicherheit", "informationssicherheit", "av-vertrag", "unterauftragsverarbeiter",
            "zwei-faktor", "2fa", "zertifizierung", "daten gehostet", "in der eu bleiben",
        ),
    },
    "budget": {
        "en": (
            "budget", "budgets", "fiscal year", "renewal",
            "renew", "renewing", "contract ends", "contract expires", "procurement", "purchase order",
            "po", "quote", "pricing", "invoice", "funding", "raised", "series a", "series b",
            "spend", "approved", "sign off", "signed off", "cfo", "spending freeze", "budget freeze",
            "funding round", "series c", "annual billing",
        ),
        "de": (
            "budget", "haushalt", "geschäftsjahr", "nächstes quartal", "verlängerung", "verlängern",
            "vertrag läuft", "vertragsende", "kündigungsfrist", "einkauf", "bestellung", "angebot",
            "rechnung", "finanzierung", "freigabe", "freigegeben", "genehmigt", "investition",
            "ausgabenstopp", "budgetstopp", "finanzierungsrunde", "jährliche abrechnung",
        ),
    },
    "churn_risk": {
        "en": (
            "cancel", "cancelling", "canceling", "cancellation", "terminate", "termination",
            "not renew", "won't renew", "will not renew", "leave", "leaving", "switch away",
            "unacceptable", "frustrated", "frustrating", "fed up", "disappointed", "furious",
            "angry", "worst", "terrible", "horrible", "useless", "garbage", "outage", "outages",
            "downtime", "down again", "uninstall", "uninstalling", "refund", "last straw",
            "looking elsewhere", "escalate", "escalation", "unprofessional", "embarrassing", "sick of",
            "tired of", "keeps getting worse", "getting worse and worse", "going downhill",
        ),
        "de": (
            "kündigen", "kündigung", "gekündigt", "nicht verlängern", "nicht mehr verlängern",
            "inakzeptabel", "unzumutbar", "frustriert", "frustrierend", "enttäuscht", "verärgert",
            "katastrophe", "katastrophal", "unbrauchbar", "ausfall", "ausfälle", "schon wieder down",
            "deinstalliert", "erstattung", "reicht uns", "reicht mir", "eskalieren", "unprofessionell",
            "peinlich", "die nase voll", "wird immer schlechter",
        ),
    },
}

# Every language's phrases are matched in every pipeline (customers mix languages), except these: another
# language's phrase that is a different common word here. German "will" (wants) is English "will", so "I
# will send you a screenshot of the audit log" asked for nothing.
FALSE_FRIENDS: dict[str, frozenset[str]] = {"en": frozenset({"will"})}

# Ways of asking for something that are too broad to count alone, but precise next to a catalog
# feature alias ("How much extra would it be to get EU hosting?", "Can we turn on SCIM?").
ASKS: dict[str, tuple[str, ...]] = {
    "en": ("is there any way", "is there a way", "how much would", "how much extra", "would it cost",
           "what would it cost", "turn on", "switch on", "enable", "can we get", "could we get",
           "can we have", "could we have", "is available", "available for us", "available on our",
           "asking for", "asked for", "ask for", "asking me for", "asked me for", "asking us for",
           "asked us for", "asks me for", "asks us for", "want", "wants", "need", "needs", "needed", "insist",
           "insists", "require", "requires", "required", "requirement", "get access to", "add-on",
           "upgrade for", "only in a higher plan", "on our plan", "on our current plan", "can users be",
           "is it possible", "possible to get", "do you offer", "do you support", "does planwise support",
           "locked behind", "only available in", "only available on", "paywall", "paywalled",
           "most expensive tier", "most expensive plan", "a higher tier", "a higher plan"),
    "de": ("gibt es eine möglichkeit", "was würde", "was kostet", "kosten", "dazubuchen", "freischalten",
           "aktivieren", "bekommen wir", "können wir", "brauchen", "braucht", "bräuchten", "benötigt",
           "wollen", "will", "möchten", "verlangt", "fordert", "voraussetzung", "ist das möglich",
           "ist es möglich", "bietet ihr", "unterstützt ihr", "im tarif", "in unserem tarif",
           "gibt es nur im", "gibt es nur in", "teuersten tarif", "höheren tarif", "fragt nach",
           "fragt ständig nach", "fragen nach", "fragen ständig nach", "fragt immer wieder nach"),
}

# Courtesy offers: the comparative word in them compares nothing ("a call, if that's easier").
# Comparison cues inside one do not count.
COURTESY: dict[str, tuple[str, ...]] = {
    "en": ("if that's easier", "if that is easier", "if it's easier", "if it is easier", "if that's better",
           "if that works better", "if it works better", "whichever is easier", "whatever is easier",
           "whichever works better", "if you prefer", "if you'd prefer", "if you would prefer"),
    "de": ("wenn das einfacher ist", "falls das einfacher ist", "wenn es einfacher ist",
           "falls es einfacher ist", "wenn ihnen das lieber ist", "falls ihnen das lieber ist",
           "wenn dir das lieber ist", "falls dir das lieber ist", "wenn euch das lieber ist"),
}

# Set phrases whose comparative word compares no two things: a minimum requirement ("Windows 7 or
# better"), expectations or time ("better than expected", "the sooner the better"), idioms. Comparison
# cues inside one do not count, as in a courtesy offer.
EMPTY_COMPARATIVES: dict[str, tuple[str, ...]] = {
    "en": ("or better", "or higher", "or newer", "or later", "for better or worse", "for better or for worse",
           "better than expected", "better-than-expected", "worse than expected", "worse-than-expected",
           "better than ever", "better than before", "better late than never", "better safe than sorry",
           "the sooner the better", "the more the merrier", "all the better", "so much the better",
           "had better", "you'd better", "we'd better", "i'd better", "no better time"),
    "de": ("oder höher", "oder neuer", "oder besser", "besser spät als nie", "desto besser", "umso besser",
           "um so besser", "besser als erwartet", "schlechter als erwartet", "besser als je zuvor"),
}

# Making something easier, better or faster, with nothing compared and no rival named, is no comparison:
# "This makes my life so much easier", "please make it easier to find archived boards", "Das neue Board
# macht die Planung deutlich einfacher". "Asana makes it easier" (a rival) and "... easier than in Jira"
# still compare. Regexes on the lower-cased sentence; the comparison cues must all be among BARE_COMPARATIVES.
MAKES_EASIER: dict[str, tuple[str, ...]] = {
    "en": ((r"\bmak(?:es?|ing) (?:\w+ ){0,5}?(?:easier|better|faster|quicker|simpler|nicer|smoother|"
            r"more intuitive)\b"),),
    "de": (r"\bmach(?:t|en|e|st)? (?:\w+ ){0,4}?(?:einfacher|leichter|schneller|besser|angenehmer|intuitiver)\b",),
}
BARE_COMPARATIVES = frozenset({"better", "easier", "faster", "quicker", "simpler", "nicer", "smoother",
                               "more intuitive", "einfacher", "leichter", "schneller", "besser", "angenehmer",
                               "intuitiver"})

# Weighing a decision compares no products, and is no churn unless a churn word says so: "We're
# evaluating whether to roll this out to our Munich office", "Wir prüfen gerade, ob ...".
WEIGHING: tuple[str, ...] = (
    r"(?:evaluating|considering|deciding|discussing|weighing(?: up)?|assessing) (?:whether|if|how)",
    r"(?:prüfen|evaluieren|überlegen|entscheiden|klären)(?: \w+){0,2},? ob",
)

# ... but weighing whether to stay or renew is churn risk ("Wir prüfen, ob wir noch bei Ihnen bleiben").
STAYING: tuple[str, ...] = (r"stay\w*", r"renew\w*", r"keep using", r"continue", r"bleiben", r"verlänger\w*",
                            r"weiter nutzen")

# A move between the vendor's own plans is no comparison with an alternative ("we're moving to the
# Business plan", "auf Jahresvertrag wechseln"). After a switching or evaluating cue, these words may
# stand before the plan; the plan is a catalog tier name or one of PLAN_NOUNS (in German also as the end
# of a compound: "Jahresvertrag", "Business-Tarif").
PLAN_LEAD: dict[str, tuple[str, ...]] = {
    "en": ("the", "a", "an", "our", "your", "their", "higher", "bigger", "larger", "next", "paid", "annual",
           "yearly", "monthly", "top", "premium", "full"),
    "de": ("den", "die", "das", "einen", "eine", "ein", "unseren", "unsere", "euren", "eure", "ihren", "höheren",
           "größeren", "nächsten", "bezahlten", "jährlichen", "monatlichen", "zum", "zur", "ins", "auf"),
}
PLAN_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("plan", "plans", "tier", "tiers", "billing", "contract", "license", "licence", "licenses",
           "subscription", "edition", "package"),
    "de": ("tarif", "vertrag", "abo", "abonnement", "lizenz", "lizenzen", "abrechnung", "paket", "plan", "edition"),
}

# A German move split around its object ("Wir steigen nächsten Monat auf Asana um", "stellen auf den
# Enterprise-Tarif um"): the verb, up to six words with no negation, "auf"/"zu" and an article; what
# follows is the object, then "um" closes the verb.
GERMAN_SEPARABLE_MOVE = (
    r"\b(?:steigen|steige|steigt|stellen|stelle|stellt|ziehen|ziehe|zieht)\b(?: (?!nicht\b|nie\b|kein\w*\b)"
    r"[\w,-]+){0,6}? (?:auf|zu|zum) (?:den |die |das |dem |der |unser\w* )?"
)

# Comparisons built around a product name rather than a fixed phrase ("We used Trello before", "Before
# Planwise we were on Asana", "Bei Asana ging das mit zwei Klicks"): stance -> regexes on the sentence as
# written, where {rival} is a capitalised name and {own} the catalog's product name. The words around
# the name are matched in any case.
STANCE_GRAMMAR: dict[str, tuple[str, ...]] = {
    "migrated_from": (
        r"(?i:\b(?:we|i) (?:\w+ )?(?:used|were on|were using|ran on|worked with|worked in) ){rival}"
        r"(?i:(?: [\w,'-]+){0,6}? before\b)",
        r"(?i:\bbefore (?:{own}|you(?:r tool)?|switching|moving)\b,? (?:we|i) (?:\w+ )?(?:used|were on|were using|"
        r"ran on|worked with|worked in) ){rival}",
        r"(?i:\b(?:our|my) (?:old|previous|former|last) (?:tool|system|vendor|provider|solution|platform) "
        r"(?:was|is) ){rival}",
    ),
    "better_at": (
        r"(?i:\bbei ){rival}(?i: (?:ging|geht|gab es|gibt es|konnte man|kann man|klappte|klappt|funktionierte)\b)",
    ),
    "evaluating": (  # "We tried ClickUp for a week and came back"
        r"(?i:\b(?:we|i) (?:\w+ )?(?:tried|tested|trialled|trialed|piloted) (?:out )?){rival}"
        r"(?i: (?:for|and|but|last|in|over|with)\b)",
    ),
    "switching_to": (  # German separable verbs: "Wir steigen nächsten Monat auf Asana um"
        r"(?i:" + GERMAN_SEPARABLE_MOVE + r"){rival}(?i:(?: [\w-]+){0,4}? um\b)",
    ),
}
# What a catalog competitor does, costs or is left for, said without a comparison word ("Wrike lets our
# clients approve proofs without a login", "In Jira you just link the commit", "ClickUp quoted us 7 dollars
# a head", "Bei Wrike dürfen Gäste kommentieren", "we left Asana for you"): stance -> regexes
# on the lower-cased sentence, where {rival} is the name of a competitor the catalog found in it. Only
# catalog names: an unknown capitalised word at the start of a sentence ("Search shows nothing") is no rival.
# the rival as the subject, not the object of a preposition ("Der Import aus Smartsheet hat ..." is not)
_RIVAL_SUBJECT = r"\b" + "".join(rf"(?<!\b{w} )" for w in (
    "aus", "von", "vom", "mit", "nach", "zu", "in", "im", "into", "from", "with", "to", "for", "für", "of", "über",
    "about", "than", "als"))
_RIVAL_NOT_ABOUT = (r"(?! (?:integration|sync|connector|import|export|plugin|power-up|app|api|webhook|schnittstelle|"
                    r"anbindung)s?\b)")
RIVAL_STATEMENT: dict[str, tuple[str, ...]] = {
    "evaluating": (
        # a rival's price or offer: "ClickUp quoted us 7 dollars a head", "Asana came in 30% under your quote"
        _RIVAL_SUBJECT + r"{rival}(?: [\w-]+){0,2} (?:quoted|quotes|offered|offers|gave|gives) (?:us|me)\b",
        r"\b{rival} (?:came|comes) in (?:[\w%-]+ ){0,3}(?:under|below|cheaper|lower)\b",
        # on the shortlist: "Smartsheet is first on the list", "Smartsheet und Wrike stehen auf der Liste"
        (r"\b{rival}(?: (?:and|und|or|oder) [\w.-]+)? (?:is|are|steht|stehen) (?:\w+ )?(?:on|auf) (?:the|our|der|"
         r"unserer) (?:short)?(?:list|liste)\b"),
        (_RIVAL_SUBJECT + r"{rival}" + _RIVAL_NOT_ABOUT
         + r"(?: [\w-]+){0,3} (?:costs?|kostet|verlangt|charges?|is (?:half|cheaper)|"
         r"hat uns (?:ein|einen) (?:angebot|rabatt|preis))\b"),
    ),
    "better_at": (
        # what the rival does: "Harvest shows budget burn", "Asana's SCIM worked with Okta on day one"
        (_RIVAL_SUBJECT + r"{rival}" + _RIVAL_NOT_ABOUT
         + r"(?:'s?(?: [\w-]+){1,3})? (?:just |already |simply |actually |even |also |"
         r"still |automatically )?(?:lets|allows|has|does|shows|gives|offers|supports|turns|rounds|exports|posts|"
         r"handles|ships|includes|comes with|links|makes|notices|let|showed|gave|offered|supported|worked|works|"
         r"make|"  # not "show", "support", "link": nouns too ("an Asana link", "Jira support")
         r"kann|konnte|hat|hatte|bietet|zeigt|rundet|macht|erlaubt|lässt|liefert|unterstützt)\b"
         r"(?! (?:been|gewesen|probleme|problems|issues|an outage|a bug|einen fehler|einen ausfall)\b)"),
        # working in the rival: "In Toggl you just hit the spacebar", "In Jira hängen die Commits am Ticket"
        (r"\b(?:in|with|on|using) {rival},? (?:you|we|i|they|one|people|our [\w-]+|the [\w-]+)(?: [\w-]+)? "
         r"(?:can|could|just|simply|get|got|had|hit|press|click|drag|see|saw|tag|approve)\b"),
        (r"\b(?:bei|in) {rival},? (?:kann|konnte|können|konnten|darf|dürfen|durfte|durften|gibt|gab|geht|ging|"
         r"hat|hatte|haben|hatten|hängen|hängt|startet|startete|läuft|lief|sieht|sah|klappt|klappte)\b"),
        # "the same drag and drop as Trello", "wie bei Trello"
        r"\bsame(?: [\w-]+){0,4} as (?:in )?{rival}\b",
        r"\bwie (?:bei|in) {rival}\b",
    ),
    "migrated_from": (  # "we left asana for you", "moved our whole PMO off Smartsheet", "dropping Toggl"
        r"\bleft {rival} (?:for|behind)\b",
        r"\b(?:moved|moving|migrated|migrating|got|getting|came|coming)\b(?: [\w-]+){0,4} off {rival}\b",
        r"\b(?:moved|moving|migrated|migrating|brought|bringing)\b(?: [\w-]+){1,4} over from {rival}\b",
        r"\b(?:dropping|dropped|ditching|ditched|retiring|retired) {rival}\b",
    ),
    "switching_to": (  # "the legal team went back to Trello", "we move the agency to ClickUp"
        r"\b(?:went|gone|goes) back to {rival}\b",
        r"\b(?:standardi[sz]ed|standardi[sz]ing|standardisiert) (?:on|auf) {rival}\b",
        (r"\b(?:move|moving|moved|migrate|migrating|switch|switching)\b(?: (?!(?:sync|integration|connector|tickets?|"
         r"issues?|webhooks?)\b)[\w-]+){1,3} (?:over )?to {rival}\b"),
    ),
}

# a cheap test before the regexes: one of these is in every sentence they match
STANCE_GRAMMAR_GATE = ("before", "bei ", " um", " old ", "previous ", "former ", "last tool", "last system", "last vendor",
                       "last provider", "last solution", "last platform", "tried", "tested", "trialled", "trialed",
                       "piloted")

# Interest in one of the vendor's own higher plans is a buying signal (kind `budget`, linked to the tier):
# an upgrade or purchase word before the tier name ("upgrade to Enterprise", "buy the Pro plan"; in
# German also after it: "auf Enterprise upgraden", "den Pro-Tarif buchen"), or a price word next to it
# in a sentence that asks ("Can you send a quote for the Enterprise plan?", "Was kostet Enterprise?").
PLAN_UPGRADE: dict[str, tuple[str, ...]] = {
    "en": ("upgrade", "upgrading", "buy", "buying", "purchase", "purchasing", "subscribe", "subscribing",
           "go for", "going for", "move up to", "moving up to", "step up to", "sign up for", "add-on"),
    "de": ("upgraden", "upgrade", "hochstufen", "hochzustufen", "buchen", "dazubuchen", "kaufen", "abschließen",
           "abonnieren"),
}
PLAN_PRICE: dict[str, tuple[str, ...]] = {
    "en": ("quote", "offer", "pricing", "price", "prices", "cost", "costs", "how much", "proposal"),
    "de": ("angebot", "preis", "preise", "kostet", "kosten", "preisangebot", "konditionen"),
}

# Generic references to alternatives: stand in for a competitor name in comparisons.
ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "en": ("other tools", "other tool", "another tool", "alternatives", "alternative", "the competition",
           "competitors", "competitor", "our old tool", "our previous tool", "our last tool",
           "our old system", "our previous system", "other apps", "other vendors", "other products",
           "every other", "any other tool", "the tool we used before", "our project tool",
           "at my last company", "other solutions"),
    "de": ("andere tools", "anderen tools", "anderes tool", "anderen tool", "alternativen", "alternative",
           "konkurrenz", "wettbewerb", "wettbewerber", "altes tool", "alten tool", "vorheriges tool",
           "andere anbieter", "anderen anbieter", "jedes andere", "andere lösungen", "anderen lösungen",
           "andere programme"),
}

# Modifiers: one of these phrases anywhere in a sentence silences the sentence's signals (a resolved
# one leaves comparisons and churn risk), so keep them specific to the negated/hypothetical meaning.
NEGATION: dict[str, tuple[str, ...]] = {
    "en": ("don't need", "do not need", "doesn't need", "no need", "not need", "don't want",
           "do not want", "not interested", "never needed", "not a priority", "not required",
           "no longer need", "don't really need", "we're fine without", "not necessary",
           "not planning", "no plans to", "don't plan", "won't need", "not going to",
           "not a requirement", "isn't a requirement", "not a must", "not needed", "isn't needed",
           "aren't needed", "not something we need", "isn't something we need", "nothing we need",
           "can live without", "could live without", "don't care about", "do not care about",
           "not important to us", "isn't important to us", "aren't important to us", "no use for",
           "not relevant for us", "not relevant to us", "not on our radar", "not a dealbreaker",
           "not growing", "isn't growing", "aren't growing", "not hiring", "isn't hiring", "aren't hiring",
           "hiring freeze", "no new hires", "nobody has asked", "no one has asked", "nobody has ever asked",
           "no one has ever asked", "nobody here has asked", "nobody on our team has asked",
           "no one on our team has asked", "nobody on the team has asked", "no one on the team has asked",
           "not opening any", "not opening new", "no new offices", "no new sites", "don't miss",
           "do not miss", "never missed"),
    "de": ("brauchen kein", "brauchen keine", "brauchen keinen", "brauchen wir nicht",
           "brauchen wir kein", "brauchen wir keine", "benötigen kein", "benötigen keine",
           "nicht nötig", "nicht notwendig", "kein bedarf", "keinen bedarf", "nicht geplant",
           "haben nicht vor", "wollen kein", "wollen keine", "nicht erforderlich", "nicht wichtig",
           "keine anforderung", "kein muss", "nicht gebraucht", "können darauf verzichten",
           "können wir verzichten", "nicht relevant", "spielt keine rolle", "interessiert uns nicht",
           "wachsen nicht", "wächst nicht", "stellen nicht ein",
           "stellen niemanden ein", "niemanden ein", "einstellungsstopp", "keine neuen stellen",
           "hat niemand gefragt", "hat keiner gefragt", "hat noch niemand gefragt", "hat niemand danach gefragt",
           "hat noch keiner gefragt", "keine neuen standorte", "keine neuen büros", "nicht eröffnen",
           "möchten kein", "möchten keine", "möchten keinen", "wollen keinen", "wollen wir nicht",
           "wollen wir gar nicht", "wollen wir kein", "wollen wir keine", "brauchen wir gar nicht",
           "brauchen wir überhaupt nicht", "möchten wir nicht", "möchten wir gar nicht", "möchten wir kein",
           "möchten wir keine", "möchten wir keinen", "kein thema", "brauchen wir das nicht",
           "brauchen wir die nicht", "brauchen wir den nicht", "vermissen wir nicht", "vermisse ich nicht",
           "vermissen wir gar nicht", "vermisse ich gar nicht", "vermissen wir ehrlich gesagt nicht"),
}
# Denying a comparison ("We aren't looking at other tools"): silences comparison cues only, so the
# rest of the sentence still counts ("..., but please add SSO").
NEGATED_COMPARISON: dict[str, tuple[str, ...]] = {
    "en": ("aren't looking at", "are not looking at", "not looking at", "not evaluating", "not considering",
           "not switching", "not trialling", "not trialing"),
    "de": ("schauen uns keine", "schauen uns nicht", "nicht auf der suche", "wechseln nicht",
           "testen keine", "evaluieren keine"),
}
HYPOTHETICAL: dict[str, tuple[str, ...]] = {
    "en": ("if we ever", "if we were to", "if we ever grow", "should we ever", "in case we ever",
           "hypothetically", "someday maybe", "might one day", "if at some point", "suppose we",
           "in theory", "if we decide to", "if we grew", "what if we",
           "maybe one day we", "one day we might", "if the team grows", "if the team doubles",
           "if our team grows", "if our team doubles", "if the team gets bigger", "if we double", "if we grow",
           "should the team grow", "should the team double"),
    "de": ("falls wir irgendwann", "falls wir mal", "wenn wir irgendwann", "sollten wir irgendwann",
           "hypothetisch", "theoretisch", "irgendwann vielleicht", "angenommen", "falls wir jemals",
           "eines tages brauchen wir", "eines tages werden wir", "wenn das team wächst",
           "falls das team wächst",
           "wenn das team größer wird", "falls das team größer wird", "wenn wir wachsen",
           "falls wir wachsen", "sollte das team wachsen"),
}
RESOLVED: dict[str, tuple[str, ...]] = {
    "en": ("is fixed", "was fixed", "fixed now", "been fixed", "is resolved", "was resolved",
           "been resolved", "resolved now", "works now", "working now", "no longer an issue",
           "not an issue anymore", "used to be an issue", "used to be a problem", "sorted now",
           "all good now", "never mind", "nevermind", "figured it out", "found it", "problem solved",
           "used to hit", "used to run out", "used to exceed", "we're fine now", "we are fine now",
           "but now we're fine", "no longer needed", "no longer necessary", "not needed anymore",
           "not necessary anymore", "exactly what we needed", "just what we needed", "exactly what we were looking for",
           "just what we were looking for", "been fine since", "fine ever since", "all set now", "so we're all set",
           "so we are all set", "a thing of the past", "it's back now", "it is back now", "they're back now",
           "is live now", "is now live", "are live now", "are now live"),
    "de": ("ist behoben", "wurde behoben", "inzwischen behoben", "ist gelöst", "wurde gelöst",
           "funktioniert jetzt", "funktioniert wieder", "klappt jetzt", "klappt wieder",
           "kein problem mehr", "hat sich erledigt", "erledigt", "doch gefunden", "hat sich geklärt",
           "passt jetzt", "passt wieder", "sind wir wieder unter", "inzwischen reicht", "problem behoben",
           "fehler behoben", "nicht mehr nötig", "nicht mehr notwendig", "nicht mehr erforderlich",
           "genau das, was wir gebraucht haben", "genau was wir gebraucht haben", "läuft seitdem", "seitdem läuft",
           "seitdem ist ruhe", "ist wieder da", "ist jetzt live", "ist nun live", "sind jetzt live"),
}

# Resolution by back-reference: "You shipped it last month", "The new view fixed that", "Die habt ihr
# geliefert", "Damit ist das erledigt". The pronoun points at what was said before, so such a sentence
# resolves the need in its own clause ("We needed SSO and you shipped it") and in the sentence just
# before it in the same turn ("We needed SSO for the pilot. You shipped it last month, thanks!").
# Regexes on the lower-cased sentence; the pronoun is required, so "The export bug is fixed now"
# resolves only itself.
RESOLVED_BACK: dict[str, tuple[str, ...]] = {
    "en": (
        (r"\b(?:you|you guys|your team|the team|they)(?:'ve| have)? (?:already |finally |just |since |now )?"
        r"(?:shipped|added|built|released|delivered|fixed|solved|implemented|launched|rolled out|sorted)"
        r" (?:it|that|this|them|those)\b(?! (?:\w+ )?(?:worse|harder|slower|impossible|unusable)\b)"),
        (r"\b(?:fixed|solved|resolved|sorted(?: out)?|took care of|takes care of) (?:it|that|this|them)"
        r"(?: out)?(?: for us| now| nicely| completely)?(?:[ ,.!;]|$)(?! (?:\w+ )?(?:worse|harder|slower)\b)"),
        (r"\b(?:it|that|this|they|those)(?:'s|'re| is| are| was| were| has been| have been)"
        r"(?: now| finally| already| all)? (?:fixed|solved|sorted(?: out)?|resolved|live|shipped|in place|"
        r"there now)\b"),
    ),
    "de": (
        (r"\b(?:die|das|den|dies\w*|es|sie) (?:habt ihr|haben sie|hat euer team|hat ihr team) (?:\S+ ){0,4}?"
        r"(?:geliefert|eingebaut|gebaut|umgesetzt|behoben|gelöst|ergänzt|nachgerüstet|freigeschaltet|"
        r"veröffentlicht|implementiert)\b"),
        (r"\bihr habt (?:\S+ ){0,3}?(?:es|das|sie|die|ihn|dies\w*) (?:\S+ ){0,3}?(?:geliefert|eingebaut|"
        r"umgesetzt|behoben|gelöst|ergänzt|nachgerüstet|freigeschaltet|implementiert)\b"),
        r"\b(?:ist|wurde|hat sich) (?:das|dies|es)(?: \S+){0,2}? (?:erledigt|gelöst|behoben|vom tisch)\b",
        (r"\b(?:das|dies|es) (?:ist|wurde) (?:jetzt |damit |nun |inzwischen |mittlerweile |zum glück )?"
        r"(?:erledigt|gelöst|behoben|vom tisch|live)\b"),
        r"\bhat (?:das|dies|es) (?:\S+ )?gelöst\b",
    ),
}
# ... and not when the resolution is denied, awaited, wished for or asked about: "hasn't fixed it", "back
# to 5 stars when that is fixed", "I hope it is fixed soon", "until this has been resolved", "how did you
# solve it?", "Ist das schon erledigt?", "sobald das behoben ist".
RESOLUTION_VETO: dict[str, tuple[str, ...]] = {
    "en": (r"if", r"when", r"whenever", r"until", r"till", r"once", r"unless", r"hop(?:e|es|ed|ing|efully)",
           r"soon", r"will", r"would", r"\w+'ll", r"not", r"never", r"yet", r"cannot", r"how", r"whether",
           r"(?:is|was|are|were|has|have|had|do|does|did|ca|wo|could|would|should)n'?t",
           r"wish\w*", r"maybe", r"please"),
    "de": (r"wenn", r"falls", r"sobald", r"bis", r"hoff\w*", r"nicht", r"nie", r"kein\w*", r"wird", r"werden",
           r"würde\w*", r"ob", r"wann", r"bitte"),
}

# A sentence resolved by the next one tells its need in the past ("We needed SSO for the pilot", "We hit
# the seat limit in March", "Wir haben jeden Freitag nach Excel exportiert"); a present ask ("Please add
# SSO. Also the export bug: you fixed that, thanks") is not resolved by a back-reference to something else.
PAST_NEED: dict[str, tuple[str, ...]] = {
    "en": ((r"\b(?:needed|wanted|asked|requested|were|was|had|hit|ran out|used to|missed|lacked|"
           r"couldn't|could not|did|didn't)\b"),
           r"\b(?:we|i|they|team|everyone|people) (?:\w+ )?\w+ed\b"),
    "de": ((r"\b(?:brauchten|benötigten|wollten|hatten|hatte|waren|war|mussten|musste|fehlte|fehlten|"
           r"vermissten|konnten|wünschten|stießen|liefen)\b"),
           r"\b(?:haben|hat|habe)\b[^.!?]{0,80}?\b(?:ge\w+[tn]|\w+iert)\b", r"\b(?:sind|bin|ist)\b[^.!?]{0,80}?\bge\w+en\b"),
}
# ... unless the writer fixed it themselves, which is how a workaround is told ("We solved that by
# exporting to Excel every Friday", "Wir haben das gelöst, indem wir ...").
SELF_FIX: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:we|i)(?:'ve| have)? (?:\w+ )?(?:fixed|solved|sorted|resolved)\b",
           r"\b(?:by \w+ing|using|via|through)\b"),
    "de": (r"\b(?:wir|ich) (?:haben |habe )?(?:\S+ ){0,3}?(?:gelöst|behoben)\b", r"\b(?:indem|mittels|durch)\b"),
}

# Resolution across turns: the customer raised a need, the vendor's reply says it is done ("I've raised
# your automation runs to 40k", "This should be fixed now", "Ich habe SSO für Ihr Konto freigeschaltet") and
# the customer's next turn confirms it ("Yes that fixed it", "Hat funktioniert, danke!"). Regexes on the
# lower-cased sentence. A reply that only logs, plans or offers ("I've added your vote", "the fix comes with
# the next release", "I've enabled a trial") or gives a stopgap ("for now", "vorübergehend") resolves nothing.
VENDOR_FIX: dict[str, tuple[str, ...]] = {
    "en": (
        (r"\b(?:i|we)(?:'ve| have)? (?:just |now |already |also )?(?:raised|increased|bumped|extended|enabled|"
         r"turned on|switched on|activated|unlocked|added|fixed|resolved|restored|reset|deployed|shipped|"
         r"released|rolled out|upgraded|lifted|doubled|set up|removed|repaired)\b"),
        (r"\b(?:it|this|that|the (?:\w+ ){0,3}?\w+)(?:'s| is| should be| has been| was| are| have been)"
         r"(?: now| all)? (?:fixed|resolved|live|deployed|restored|back|enabled|unlocked|raised|increased)\b"),
        r"\bfix (?:is|has been|went|was) (?:now )?(?:live|deployed|out|released|rolled out)\b",
    ),
    "de": (
        (r"\b(?:ich|wir) (?:habe|haben) (?:\S+ ){0,5}?(?:erhöht|angehoben|erweitert|freigeschaltet|aktiviert|"
         r"behoben|hinzugefügt|ergänzt|eingerichtet|zurückgesetzt|wiederhergestellt|verdoppelt|ausgerollt|"
         r"veröffentlicht|repariert|korrigiert)\b"),
        (r"\b(?:ist|sollte|wurde|sind|wurden) (?:\S+ ){0,4}?(?:jetzt |nun |inzwischen |wieder )?"
         r"(?:behoben|gelöst|live|freigeschaltet|aktiviert|erhöht|wiederhergestellt)\b"),
    ),
}
VENDOR_FIX_VETO: dict[str, tuple[str, ...]] = {
    "en": (r"will", r"\w+'ll", r"going to", r"schedul\w*", r"next", r"soon", r"vote", r"request", r"roadmap",
           r"logged", r"noted", r"product team", r"temporar\w*", r"for now", r"one-time", r"trial", r"if",
           r"once", r"not", r"\w+n't", r"yet", r"hope\w*", r"may", r"might", r"could", r"would", r"can"),
    "de": (r"wird", r"werden", r"nächste\w*", r"sobald", r"bald", r"\w*wunsch", r"stimme", r"roadmap",
           r"notiert", r"produktteam", r"vorübergehend", r"vorerst", r"einmalig", r"test\w*", r"falls", r"wenn",
           r"ob", r"nicht", r"kein\w*", r"noch", r"hoffe\w*", r"könnte\w*", r"würde\w*"),
}
# ... and the customer's confirmation, beside the resolutions above ("works now", "that fixed it"); "that
# works for now" takes a stopgap and resolves nothing.
CONFIRMED: dict[str, tuple[str, ...]] = {
    "en": (r"\b(?:that|this|it)(?: has| just| really)? (?:did the trick|did it|worked|helped)\b",
           r"\bworks? (?:now|again|perfectly|fine now|great now)\b", r"\ball (?:good|sorted|set) now\b",
           r"\bproblem solved\b"),
    "de": (r"\b(?:das|es|dies)? ?hat(?:'s)? (?:\S+ )?(?:geholfen|funktioniert|geklappt)\b",
           r"\b(?:funktioniert|klappt|läuft) (?:jetzt|wieder|nun)\b"),
}
CONFIRM_VETO: dict[str, tuple[str, ...]] = {
    "en": (r"for now", r"for the moment", r"partly", r"partially", r"temporar\w*"),
    "de": (r"vorerst", r"erstmal", r"erst mal", r"fürs erste", r"vorübergehend", r"teilweise"),
}

# Words that open a contrasting clause. A negated, hypothetical or resolved mention before one of
# these does not silence what follows it ("We don't need SSO, but a Gantt view would help"); one
# after it still silences the whole sentence ("SSO sounds nice, but we don't need it").
CONTRAST: dict[str, tuple[str, ...]] = {
    "en": ("but", "however", "although", "though", "whereas"),
    "de": ("aber", "jedoch", "allerdings", "sondern", "dennoch", "trotzdem"),
}

# Stance cues for comparisons: stance -> language -> phrases.
STANCES: dict[str, dict[str, tuple[str, ...]]] = {
    "evaluating": {
        "en": ("trialling", "trialing", "trial of", "evaluating", "looking at", "testing", "demo",
               "considering", "comparing", "shortlist", "pilot", "poc", "proof of concept",
               "a quote from", "an offer from", "pushing for", "bake-off", "side-by-side",
               "hold it up against", "holding it up against"),
        "de": ("testen gerade", "testen parallel", "evaluieren", "schauen uns", "angeschaut",
               "vergleichen", "pilot", "demo", "ziehen in betracht", "testet gerade", "testen wir gerade",
               "probieren gerade", "angebot von", "ausprobiert", "getestet", "pilotprojekt", "pilotphase",
               "testphase", "nebeneinander"),
    },
    "switching_to": {
        "en": ("switch to", "switching to", "move to", "moving to", "migrate to", "migrating to",
               "go with", "going with", "replace you with", "leave for", "sign with", "signed with",
               "moved over to", "move over to", "moving over to", "switched to", "switched over to",
               "move everyone to", "moving everyone to",  # not "moved to" ("We moved to Berlin")
               "go back to", "going back to", "switch back to", "switching back to", "move back to",
               "moving back to", "considering going back", "thinking of going back",
               "thinking about going back"),
        "de": ("wechseln zu", "wechseln auf", "umsteigen auf", "umzusteigen", "migrieren zu",
               "entscheiden uns für", "gehen zu", "wechseln", "umsteigen", "wechseln werden",
               "zurückwechseln", "wieder zurück zu"),
    },
    "migrated_from": {
        "en": ("moved from", "migrated from", "switched from", "coming from", "came from",
               "used to use", "before we used", "previously used", "moved over from", "replaced",
               "came over from", "come over from", "ran everything in", "before switching",
               "moved off", "came off"),
        "de": ("umgestiegen von", "gewechselt von", "kommen von", "vorher", "früher", "migriert von",
               "abgelöst", "umgestiegen", "gewechselt", "migriert"),
    },
    "worse_at": {
        "en": ("worse than", "slower than", "more expensive than", "clunkier", "not as good",
               "we prefer you", "better than them", "unlike", "too cluttered"),
        "de": ("schlechter als", "langsamer als", "teurer als", "nicht so gut", "überladen"),
    },
    "better_at": {
        "en": ("better than", "faster than", "cheaper than", "easier than", "out of the box",
               "built in", "built-in", "has this", "have this", "does this", "superior", "beats",
               "nicer", "better", "already has", "natively", "more mature", "lets you do this"),
        "de": ("besser als", "schneller als", "günstiger als", "billiger als", "einfacher als",
               "von haus aus", "eingebaut", "kann das", "hat das", "besser", "ausgereifter"),
    },
    "integrates_with": {
        "en": ("integrate with", "integration with", "integrates with", "sync with", "syncs with",
               "connect to", "connector for", "plugin for", "import from", "together with",
               "connector", "power-up", "embed", "in sync", "sync between", "two-way"),
        "de": ("integration mit", "anbindung an", "synchronisieren mit", "schnittstelle zu",
               "verbinden mit", "zusammen mit", "anbindung", "schnittstelle", "synchronisieren"),
    },
}

# Messages written on a form (issue-tracker templates, help-desk ticket types), matched on the raw
# turn text. A feature-request form is a feature_request cue for every sentence of the message; on a
# bug-report form "it should ..." describes expected behaviour, so the classifier alone does not
# make a feature_request there.
FEATURE_REQUEST_FORMS: tuple[str, ...] = (
    r"feature[_ -]request[_ -]template",
    r"is your feature request related to a problem",
    r"describe the solution you'?d like",
    # a heading, also inline where an export flattened the lines; OpenCV's form spells it "Descripe"
    r"(?:^[ \t]*#{1,6}|#{2,6})[ \t]*descri(?:be|pe) the (?:new )?feature",
    r"^[ \t]*\[?feature[ -]?request\]?[ \t]*:",
)
BUG_REPORT_FORMS: tuple[str, ...] = (
    r"bug[_ -]report[_ -]template",
    r"describe the bug",
    r"steps to reproduce",
    r"repro(?:duction)? steps",
    r"^[ \t]*[#*]*[ \t]*expected (?:behaviou?r|result)",
    r"^[ \t]*[#*]*[ \t]*actual (?:behaviou?r|result)",
    r"schritte zum reproduzieren",
    r"^[ \t]*[#*]*[ \t]*erwartetes verhalten",
)

# A message that declares its own type in a form field: "Type: Bug", "### Issue Type" with "Feature
# Request" on the next line, "Typ: <b>Bug</b>", "Kategorie: Funktionswunsch", or the answer under a
# template question naming both ("Do you want to request a feature or report a bug?" -> "feature").
# The field's value decides (a value naming both feature and bug decides nothing). A declared question
# or support request is treated like a bug-titled message: only a request phrase makes a request there.
TYPE_FIELD_LABELS = r"(?:issue |ticket |request )?(?:type|category|kind)|typ|art|kategorie|anfrageart"
TYPE_VALUES: dict[str, str] = {
    "feature_request": r"feature|enhancement|suggestion|idea|improvement|wish|funktionswunsch|"
    r"feature-?wunsch|wunsch|verbesserung\w*|vorschlag|anregung|erweiterung",
    "bug_report": r"bug|defect|incident|problem|error|regression|crash|performance|fehler|störung|"
    r"defekt|absturz",
    "question": r"support|question|help|how[- ]?to|usage|frage|hilfe|unterstützung",
}

# A message whose subject (the ticket subject, or an issue's first line) reports a fault is a bug
# report even without a template: the classifier alone does not make a feature_request there, a
# request phrase still does ("Export crashes ... also, please add ..."). Words matched on the subject.
BUG_SUBJECT: tuple[str, ...] = (
    r"cannot", r"can'?t", r"can not", r"unable to", r"errors?", r"exceptions?", r"crash\w*",
    r"fail(?:s|ed|ing|ure)?", r"broken", r"not working", r"doesn'?t work", r"does not work",
    r"won'?t (?:open|start|load|work)", r"bugs?", r"regression", r"wrong", r"incorrect(?:ly)?",
    r"freez\w*", r"hangs?", r"leaks?", r"segfault", r"segmentation fault", r"traceback",
    r"fehler\w*", r"absturz", r"stürzt\w*", r"abgestürzt", r"funktioniert nicht", r"geht nicht",
    r"kaputt", r"falsch\w*",
)
# A sentence reporting a fault is no workaround on the classifier alone (a workaround cue still makes
# one). Narrower than BUG_SUBJECT: "can't", "unable to", "wrong" also describe what a workaround works
# around ("I can't filter, so I export to Excel"), and dropping them there costs recall on real data.
FAULT_WORDS: tuple[str, ...] = (
    r"crash\w*", r"freez\w*", r"errors?", r"broken", r"bugs?", r"not working", r"doesn'?t work",
    r"does not work", r"won'?t (?:open|load|start|work|sync|save)", r"fails?", r"failed", r"stürzt\w*",
    r"absturz", r"fehler\w*", r"funktioniert nicht", r"geht nicht", r"kaputt", r"tim(?:es|ed|ing) out",
)
# A plea to fix a fault ("Could you please fix the sync error?", "Könnt ihr bitte den Fehler beim Login
# beheben?") asks for a repair, not a capability: the classifier alone does not make it a feature request.
# A fix verb and a fault word, and no word of something new.
FIX_VERBS: tuple[str, ...] = (
    r"fix(?:es|ed|ing)?", r"repair\w*", r"resolve", r"sort out", r"patch", r"beheb\w*", r"behob\w*",
    r"reparier\w*", r"fixen", r"fixt", r"korrigier\w*", r"in ordnung bringen", r"hinbekommen", r"lös(?:en|t)",
    r"look (?:into|at)", r"stop", r"anschauen", r"ansehen", r"angucken", r"drüberschauen",
)
FAULT_NOUNS: tuple[str, ...] = (r"issues?", r"problem[es]?", r"glitch\w*", r"darstellungsfehler")  # and FAULT_WORDS
NEW_THING: tuple[str, ...] = (
    r"add\w*", r"features?", r"options?", r"abilit\w*", r"support for", r"einbau\w*", r"\w*funktion\w*",
    r"hinzufüg\w*", r"ergänz\w*", r"möglichkeit\w*", r"anbieten", r"new", r"neue\w*",
)

# Wish and modal idioms that ask for no capability ("wish I'd found this sooner", "I just wish my friends would
# install it", "couldn't be easier", "would give 10 stars if I could", "thank you for adding ...", "would be
# grateful for any pointers"): the classifier alone names no feature request there.
NOT_AN_ASK: tuple[str, ...] = (
    r"wish (?:i|we)(?:'d| had| would have| could have)? (?:found|known|had|discovered|got|seen|downloaded)",
    r"wish (?:people|my friends|my family|everyone|others|more people|the community|users|other \w+|my \w+) would",
    r"would be (?:awesome|great|nice|cool) if more people",
    r"thank(?:s| you)(?: so much| guys)? for (?:adding|the new|bringing|making|including|finally)",
    r"could(?:n'?t| not) (?:be (?:any )?(?:easier|better|simpler|happier)|ask for (?:an? )?(?:better|more))",
    r"would give (?:it )?(?:\d+|ten|six) stars", r"would love to (?:thank|give you|actually give)",
    r"would be grateful for any (?:pointers|help|advice|tips|ideas|hints)",
    r"hätte (?:ich|wir) (?:\S+ ){0,3}?(?:früher|eher) (?:gefunden|gekannt|entdeckt)",
    r"wünschte,? (?:ich hätte|meine \w+ würden|mehr leute würden)",
    r"könnte (?:gar )?nicht (?:einfacher|besser|leichter) sein",
    r"danke (?:\S+ )?für (?:die neue|das neue|den neuen|das hinzufügen|die möglichkeit)",
    r"(?:könnte|kann) ich mir (?:\S+ ){0,2}?nicht wünschen", r"würde (?:\d+|sechs|zehn) sterne geben",
    r"fehlt (?:es )?(?:an )?(?:nix|nichts)", r"fehlt\?? (?:ehrlich gesagt |eigentlich )?(?:nix|nichts)",
    r"wünsche (?:allen|euch|ihnen|dir|dir und|allen hier) ",
    r"(?:tochter|sohn|frau|mann|kinder|kind|freundin|freund) wünscht sich",
    r"(?:kopie|duplikat) (?:der|unserer|einer|von der) rechnung", r"copy of (?:the|our|an?|that) invoice",
    r"hoffe,? (?:sie|du|ihr) (?:hatten|hattest|hattet)",
    (r"hope (?:you|the (?:whole )?team|everyone|y'all|you all|all of you) (?:gets? (?:some|a)|enjoy\w*|had a|"
     r"ha(?:ve|s) a (?:great|good|nice|lovely|relaxing|restful)|stays? (?:safe|well|healthy)|(?:is|are) (?:doing )?well)"),
    r"plans for (?:the )?(?:holidays|weekend|summer|christmas|new year|vacation|break)\b",
    r"pläne für (?:die feiertage|das wochenende|den urlaub|weihnachten|die ferien)", r"hätte (?:noch )?(?:eine|ein paar) (?:\S+ )?frage",
)
# Troubleshooting steps ("I even had to reinstall because it got stuck") count like a fault, unless
# the step recurs to get something done ("I have to reinstall every time I switch accounts").
TROUBLESHOOTING: tuple[str, ...] = (
    r"re-?install\w*", r"uninstall\w*", r"reboot\w*", r"force[- ]?(?:stop|close)\w*",
    r"clear(?:ed|ing)? (?:the )?cache", r"neu ?install\w*", r"neu gestartet", r"neustart\w*",
)
# A one-off step done by hand, told in the past ("I installed the 64-bit build manually", "we manually added a
# column years ago", "the playlist was edited by hand"): no workaround unless it recurs or copes with a gap.
ONE_OFF_MANUAL_VERBS = (r"(?:installed|configured|set|edited|ripped|cancell?ed|approved|added|entered|updated|changed|"
                        r"deleted|removed|restarted|stopped|killed|started|selected|turned|switched|closed|opened|"
                        r"skipped|tried|created|fixed|checked|assigned)")
ONE_OFF_MANUAL: tuple[str, ...] = (
    r"(?:i|we)(?:'ve| have| had)?(?: \w+)? " + ONE_OFF_MANUAL_VERBS + r" (?:[\w'-]+ ){0,6}?(?:manually|by hand)",
    r"(?:manually|by hand) " + ONE_OFF_MANUAL_VERBS,
    r"(?:was|were|been|got) " + ONE_OFF_MANUAL_VERBS + r" (?:manually|by hand)",
)
# ... what makes it a practice or a way around a gap after all
MANUAL_PRACTICE: tuple[str, ...] = (
    r"every", r"each", r"always", r"whenever", r"usually", r"for now", r"currently", r"at the moment",
    r"right now", r"(?:have|has|had|need|needs) to", r"until", r"instead", r"daily", r"weekly", r"monthly",
    r"because", r"since", r"as there", r"so that", r"cause", r"due to", r"work(?:ed)? around", r"workaround",
)
RECURRING: tuple[str, ...] = (
    r"every time", r"each time", r"whenever", r"jedes mal", r"jedesmal", r"immer wenn",
)
# What a workaround told without a workaround word still shows (the classifier alone names one only
# in a sentence with one of these): an obligation, a standing habit, another means, a reason or a time
# limit for what the writer does, or the writer's own practice. Real reviews use "have to" and "until"
# for faults and opinions as often ("won't show up until I refresh", "I have to admit").
EFFORT: tuple[str, ...] = (
    # an obligation or a standing habit
    r"(?<!not )(?<!never )(?<!n't )(?<!nt )(?<!n  t )(?:have|has|had|having|need|needs|needed) to"
    # not "so I don't have to ..." (relief, not effort), nor "I have to say / tell you" (a figure of speech)
    r"(?! (?:admit|say|agree|ask|thank|tell|mention|warn|confess|be honest|point out))", r"must",
    r"forced to", r"currently", r"at the moment", r"right now", r"for now", r"every single",
    r"(?:every|each) (?:day|week|month|morning|evening|night|time|monday|tuesday|wednesday|thursday"
    r"|friday)",
    r"muss\w*(?!(?: \w+)? (?:sagen|zugeben|gestehen|deutlich werden|ehrlich sein))", r"momentan", r"derzeit", r"zurzeit", r"aktuell", r"im moment",
    r"(?:jede[nrs]?|jedes) (?:tag|woche|monat|morgen|abend|mal|montag|dienstag|mittwoch|donnerstag"
    r"|freitag)",
    # another means ("export\w*" also covers "exportieren", "separat\w*" "separate(ly)")
    r"instead", r"(?:an)?other (?:app|tool|program|site|service|player|browser)",
    r"third[- ]party", r"(?:extension|plugin|add-on|script)s?", r"re-?(?:type|enter|do|create|upload)\w*",
    r"paste\w*", r"cop(?:y|ies|ied|ying)", r"macros?", r"screenshot\w*", r"export\w*", r"keep a",
    r"separat\w*", r"stattdessen",
    r"anderen? (?:app|tool|programm)", r"skript\w*", r"übertrag\w*", r"abtipp\w*", r"kopier\w*",
    r"temporary", r"temporär\w*", r"zwischenlösung", r"krücke", r"beholfen",
    r"gebaut", r"selbstgebaut\w*", r"zusätzlich", r"einzeln",
    # a reason or a time limit: "since there's no ...", "until they fix it"
    r"(?:since|because|as|cause|weil|da) (?:[\w'-]+ ){0,4}?(?:no|not|\w+n't|cannot|lacks?|missing"
    r"|kein\w*|nicht|fehl\w*)",
    r"until (?:they|you|there|it|the \w+|an? \w+) (?:\w+ )?(?:adds?|fix\w*|is|are|'s|has|have"
    r"|comes?|gets?|support\w*|release\w*)",
    r"bis (?:es|ihr|sie|das|die|der|ein|eine)",
    # the writer's own practice
    r"what (?:i|we) (?:do|did|end up|'ve been)", r"end(?:ed)? up", r"(?:i|we)'ve been",
    r"(?:i|we) (?:just |still |now |then )?(?:use|keep|set|put|print|email|carry|made|make|wrote"
    r"|built|create|send|track|log|run|subclass|wrap)\w*", r"(?:i'm|we're) (?:using|running)",
    r"(?:ich|wir) (?:\w+ )?(?:nutze|nutzen|benutze|verwende\w*|drucke\w*|schreibe|schicken"
    r"|verschicken|baue|bauen|bearbeite|leiten|ersetzen|fange)",
)
# What a request shows in its words: a want, a modal, a plea, an ask for a change or a capability, a
# lack, or a question. The classifier alone names a feature request only in a sentence with one of these;
# on real reviews it otherwise fires on praise that names a feature ("great app, love the my-list feature").
WANTS: tuple[str, ...] = (
    r"want\w*", r"wanna", r"wish\w*", r"hop(?:e|es|ing|efully)", r"would", r"could", r"should",
    r"please", r"pls", r"plz", r"\w*'d (?:\w+ )?(?:like|love|be|benefit)", r"id (?:\w+ )?(?:like|love)",
    r"ask for", r"if only", r"idea", r"suggest\w*", r"request\w*", r"consider\w*", r"why", r"cannot",
    r"can'?t", r"no way", r"way to", r"need\w*", r"missing", r"miss", r"lack\w*", r"option\w*",
    r"abilit\w*", r"able to", r"add(?:s|ed|ing)?", r"allow\w*", r"let", r"make", r"bring", r"improve\w*",
    r"support\w*", r"enable", r"create", r"show", r"change", r"remove", r"provide", r"include",
    r"implement\w*", r"introduce\w*", r"integrat\w*", r"give", r"put", r"expose", r"raise", r"extend",
    r"wünsch\w*", r"wunsch", r"gewünscht", r"hoff\w*", r"bitte", r"könnt\w*", r"sollt\w*", r"wäre\w*",
    r"würde\w*", r"waere", r"koennt\w*", r"wuerde\w*", r"brauch\w*", r"bräucht\w*", r"benötig\w*",
    r"fehl\w*", r"vermiss\w*", r"schade", r"möglich\w*", r"moeglich\w*", r"möchte\w*", r"gerne?",
    r"vorschlag\w*", r"warum", r"wieso", r"hinzufüg\w*", r"einbau\w*", r"unterstütz\w*",
    r"ermöglich\w*", r"lass\w*", r"mach\w*", r"anbieten", r"einführ\w*", r"ergänz\w*", r"erweiter\w*",
    r"integrier\w*", r"funktion\w*",
)
# ... unless the subject asks for something ("Add an option to retry failed exports").
REQUEST_SUBJECT: tuple[str, ...] = (
    r"add", r"support", r"allow", r"feature", r"option", r"enable", r"provide", r"request",
    r"hinzufügen", r"unterstützung", r"funktionswunsch", r"möglichkeit", r"wunsch",
)

# A subject that asks for a capability: it opens with a request verb, after any component prefixes or
# tags ("Add a bulk export", "core: support nested folders", "[Export] Allow CSV headers"), or, in
# German, ends with one ("Dunkelmodus hinzufügen"). The whole message is then a feature request, like a
# message on a request form. Not "Add a user", "Add 5 seats to our plan", "Add more storage" (service
# or capacity requests), nor a label ("Support: login broken").
REQUEST_SUBJECT_VERBS: dict[str, str | None] = {  # verb -> what may not follow it
    # after "add": people and account items, then the end or a preposition
    "add": r"(?:an? |one |new |more |another |the |our |my |\d+ )*(?:extra |additional |new |team )?"
    r"(?:users?|members?|seats?|licen[cs]es?|colleagues?|people|persons?|admins?|accounts?|emails?|"
    r"credits?|storage|space|capacity|quota|gb|tb|me|him|her|them|us)"
    r"(?:[ \t]+(?:to|for|in|on|from|into|with)\b|[ \t.!?]*$)",
    # after "support": the noun ("Support is amazing", "Support team rocks", "Support ticket 123")
    "support": r"(?:tickets?|requests?|needed|questions?|team|staff|agents?|people|case|calls?|issues?|"
    r"response|experience|quality|is|was|are|were|has|have|had|could|can|should|needs?|got|did|does|"
    r"will|and|rocks|sucks)\b",
    "allow": None, "implement": None, "provide": None, "enable": None, "expose": None,
    "introduce": None, "make it possible": None,
    # change requests in an issue tracker's terse style ("Improve error messages for invalid states",
    # "Show open files first", "Warn on inline style update with a bad value")
    "improve": None, "adopt": None, "surface": None, "inform": None, "warn": None,
    "consider (?:adding|supporting|allowing|exposing|showing)": None,
    "show": r"(?:stoppers?)\b",
    "display": r"(?:issues?|bugs?|problems?|glitch\w*|broken|errors?|is|was|are|not|doesn't|does)\b",
    "replace": r"(?:(?:my|our|the|a) )?(?:users?|members?|admins?|seats?|licen[cs]es?|card|credit card|payment)\b",
}
REQUEST_SUBJECT_VERBS_LAST: tuple[str, ...] = (
    "hinzufügen", "einbauen", "ergänzen", "ermöglichen", "unterstützen", "anbieten",
)
# ... or carries a request tag ("[Feature] Dark mode", "feat(api): webhooks", "Vorschlag: Ordner"), or
# names the capability it wants supported ("WebP support", "SAML-Unterstützung"; not "Need support").
REQUEST_SUBJECT_TAGS = (
    r"\[[^\]\n]{0,30}\b(?:feature|feat|enhancement|suggestion|idea|wunsch|funktionswunsch|vorschlag)"
    r"\b[^\]\n]{0,30}\]"
    r"|^[ \t]*(?:feat|feature|enhancement|idea|suggestion|wunsch|funktionswunsch|vorschlag)"
    r"(?:\([^)\n]{0,30}\))?[ \t]*:"
    r"|(?<![\w.+#-])(?!(?:need|needs|customer|tech|technical|urgent|with|for|get|getting)\b)"
    r"[\w.+#-]+[ \t]+support[ \t.!]*$|(?<![\w-])(?!(?:kunden|tech)\w*-)[\w-]+-unterstützung[ \t.!]*$"
)
# A subject that asks how or why ("How to export a board?", "[Question] Sync order", "Warum fehlt der
# Export?") makes the message a question: as with a declared question, only a request phrase makes a
# request there, not the classifier alone.
QUESTION_SUBJECT = (
    r"(?:how (?:to|do|does|can|could|should|would)|why|wie (?:\w+ (?:ich|wir|man)|funktioniert|geht)|"
    r"warum|wieso)\b"
    r"|\[[^\]\n]{0,20}\b(?:question|frage)\b[^\]\n]{0,20}\]|^[ \t]*(?:question|frage)[ \t]*:"
)
SERVICE_OBJECTS_DE = r"(?:benutzer\w*|nutzer\w*|mitglied\w*|lizenz\w*|plätze|platz|kolleg\w*|mich|uns|konto|konten)"

# A workaround stated as one ("Our current workaround is to ...", "Workaround: use the 0.22 installer",
# "As a workaround I export ...", "I found a workaround") is a workaround on its own. Not a question
# for one or a failed try ("is there a workaround?", "I tried the workarounds").
WORKAROUND_GRAMMAR: dict[str, tuple[str, ...]] = {
    "en": (
        r"^workaround\s*:", r"\b(?:the|our|my|current)\s+(?:[\w-]+\s+){0,2}?workaround (?:is|was)\b",
        r"\bas an? (?:\w+ )?workaround\b(?!,? (?:you|try|please|just)\b)",  # not advice to the reader
        r"\b(?:i|we) (?:\w+ )?(?:found|use|used|built|wrote) an? (?:\w+ )?workaround\b",
        r"\b(?:i|we) (?:\w+ )?work(?:ed)? around (?:it|this|that|the)\b",
        # an obligation tied to another means: "I have to open it in Safari", "have to use a third party
        # app", "we have to copy them by hand" (not "so I don't have to ...")
        r"(?<!n't )(?<!not )\b(?:have|has|had) to (?:manually|copy|open (?:\w+ ){0,2}?in|use (?:an?other|"
        r"other|a third|third|a separate|the web|the website|the browser|a browser|excel|a spreadsheet))",
        # a side tool kept in parallel: "We maintain the resource plan in a spreadsheet on the side", "We use a
        # shared Outlook calendar next to Planwise"; tracking on paper; one login shared to save seats
        r"(?<!n't )(?<!not )(?<!no longer )\b(?:use|uses|using|keep|keeps|keeping|maintain|maintains|maintaining|track|"
        r"tracks|tracking|run|runs|"
        r"manage|manages|managing|do|does|plan|plans|planning)\b[^.;!?]{0,40}?\b(?:spreadsheets?|excel|google "
        r"sheets?|sheets?|notebook|whiteboard|calendar|word docs?|notion pages?)\b[^.;!?]{0,40}?\b(?:on the side|"
        r"next to|alongside|in parallel|separately)\b",
        r"(?<!n't )(?<!not )(?<!no longer )\b(?:print|prints|printed|write|writes|wrote|tick|ticks|track|tracks|keep|"
        r"keeps|note|notes|jot|jots)\b"
        r"[^.;!?]{0,50}?\bon paper\b",
        r"\b(?:one|a|a single) shared (?:login|account|user|user account|seat|licen[cs]e)\b",
        # "what we do is, every sprint, we clone the board", a fake record to bend the product
        (r"\bwhat (?:we|i)(?:'ve| have|'re| are)?(?: (?:usually|currently|basically|actually|now))? (?:do|end up doing|"
         r"ended up doing|been doing|doing)(?: now)?,? is\b"),
        (r"\b(?:create|created|creating|set up|setting up|made|make|use|using|added|add|adding|keep|have)\b[^.!?]{0,20}?"
         r"\b(?:dummy|fake)[- ]?(?:user|client|customer|account|project|record|entry|task)s?\b"),
    ),
    "de": (
        r"^(?:workaround|notlösung|zwischenlösung|übergangslösung)\s*:",
        r"\b(?:unser|mein|der|die|aktuell\w*)\s+(?:\w+\s+)?(?:workaround|umweg|notlösung|behelf) (?:ist|war)\b",
        r"\bals (?:workaround|notlösung|übergangslösung|zwischenlösung)\b",
        r"\b(?:wir|ich) (?:\w+ )?(?:behelfen|behelfe|helfen|helfe) (?:uns|mir)\b",
        r"\b(?:machen|mache|führen|führe|pflegen|pflege|planen|plane|tracken|halten|nutzen|nutze)\b[^.;!?]{0,40}?"
        r"\b(?:excel\S*|\S*tabelle\w*|papier|kalender|notizbuch|whiteboard)\b[^.;!?]{0,30}?"
        r"\b(?:nebenher|daneben|parallel|nebenbei|zusätzlich)\b",
        r"\b(?:einen|ein|einem) gemeinsamen? (?:login|account|zugang|nutzer|benutzerkonto)\b",
        # "Die API-Limits umgehen wir, indem ...", "als Ersatz für einen Freigabe-Workflow", "mit einem Make-Szenario
        # beholfen", "einen Dummy-Nutzer"
        r"\bumgehen (?:wir|ich)\b|\b(?:wir|ich) umgehen (?:das|es|die|den|dieses|diese)\b",
        r"\b(?:nutzen|nutze|verwenden|verwende|benutzen|nehmen|missbrauchen) (?:\S+ ){1,4}?als ersatz für\b",
        r"\b(?:uns|mir) (?:\S+ ){0,6}?beholfen\b",
        (r"\b(?:dummy|fake|pseudo)-?(?:nutzer\w*|benutzer\w*|kunde\w*|konto|konten|projekt\w*|eintr\w*|aufgabe\w*)\b"
         r"[^.!?]{0,30}?\b(?:an|angelegt|erstellt|eingerichtet)\b"),
        (r"\b(?:legen|lege|erstellen|erstelle|nutzen|nutze|haben|hab|habe)\b[^.!?]{0,30}?\b(?:dummy|fake|pseudo)-?"
         r"(?:nutzer\w*|benutzer\w*|kunde\w*|konto|konten|projekt\w*|eintr\w*|aufgabe\w*)\b"),
    ),
}

# A gap, then what the writer does about it, behind its own word gate (WORKAROUND_AFTER_GAP_GATE: one of these
# is in every sentence the patterns match), since "so" is in many sentences that are no workaround.
WORKAROUND_AFTER_GAP: dict[str, tuple[str, ...]] = {
    "en": (
        # a gap, then what the writer does about it: "the app crashes on photos, so they send them on WhatsApp",
        # "no parental lock, so i switch off the wifi", "So we export it and ..." (not "so I uninstalled it")
        (r"(?:(?:\b(?:no|not|never|without|lacks?|missing|fails?|crash(?:es)?|broken|breaks|forgets?|skips?|ignores?|"
         r"stopped|times out|greyed out|does nothing)\b|n't\b|\b(?:wont|cant|doesnt|dont|isnt)\b)"
         r"[^.;!?]{0,80}?,? so |^so,? )"
         r"(?:i|we|they|he|she|our [\w-]+|my [\w-]+)(?: (?:just|now|usually|always|then|still|basically|simply))?"
         r"(?: (?:have|has|need|needs) to)? (?:manually |by hand )?(?:download|export|copy|paste|type|retype|re-type|"
         r"re-enter|enter|convert|save|send|text|email|print|write|jot|note down|run|open|plug|dial|tether|split|"
         r"switch off|turn off|track|screenshot|sync|upload|drop|zoom|build|patch|wrap|pipe|maintain|duplicate|clone|"
         r"keep (?:a|an|it|them|track)|use (?:a|an|the|my|our|another|excel|google|whatsapp|email)|go to|log in to)\b"),
        # "which is what i ended up doing", "we ended up writing a script"
        (r"\b(?:i|we|they) (?:\w+ )?ended up (?:using|doing|writing|building|installing|running|copying|exporting|"
         r"keeping|creating|making)\b"),
    ),
    "de": (
        # eine Lücke, dann was man tut: "die App stürzt bei Fotos ab, deshalb schicken wir sie per WhatsApp"
        (r"(?:\b(?:nicht|kein\w*|nie|ohne|fehlt|fehlen|stürzt|abstürz\w*|kaputt|vergisst|ignoriert)\b[^.;!?]{0,80}?"
         r"[,;]? |^)(?:also|deshalb|darum|daher|deswegen|weshalb)\s+(?:\w+\s+)?(?:tippen|tippe|kopieren|kopiere|"
         r"exportieren|exportiere|schicken|schicke|senden|sende|schreiben|schreibe|drucken|drucke|pflegen|pflege|"
         r"führen|führe|tragen|trage|übertragen|übertrage|erfassen|erfasse|speichern|speichere|rechnen|rechne|laden|lade|"
         r"konvertieren|konvertiere)\s+(?:wir|ich|sie|die\s+\w+|unsere?\s+\w+)\b"),
    ),
}
WORKAROUND_AFTER_GAP_GATE = ("so", "ended up", "also", "deshalb", "darum", "daher", "deswegen", "weshalb")

# Request grammar: a sentence built as an explicit request ("you should add ...", "it should be able
# to ...", "I'd like to see ...") is a feature_request on its own, without the classifier's support
# (not on a bug-report form, where "it should ..." is expected behaviour). Regexes on the lower-cased
# sentence.
REQUEST_GRAMMAR: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:you|they|devs?|developers?|it|app|there) (?:should|could) "
        r"(?:add|make|have(?! (?:been|gotten|got|had|done|seen|received|known|found|\w+ed)\b)|include|"
        r"let|allow|bring|put|consider|give|offer|implement|support|be able to)\b",
        r"\b(?:you|they|devs?|developers?|it|app) needs? to "
        r"(?:add|have|include|allow|bring|implement|support|offer|be able to)\b",
        r"\bshould be able to\b",
        r"\b(?:i|we)(?:'d| would) (?:like|love) (?:to see|to have|it if|an? option|the ability|the option)\b",
        r"(?:^\W*|[,;.!]\s+)(?:please|pls|plz)\s+(?:find a way|bring back|bring (?:it|them) back|"
        r"let (?:me|us|users) (?!know)|change|remove|"
        r"increase|add|make (?!sure)|allow|include|implement|give|support|enable|consider|put|get rid of|"
        r"take (?:off|out)|restore|separate)\b",
        # a change asked for in the passive: "movies should be separated from videos", "that should be
        # brought back" (not "should be possible" or "should be fixed": expected behaviour, a bug plea)
        r"\b(?:should|needs? to|ought to) be (?:\w+ )?(?:added|removed|brought back|moved|separated|changed|"
        r"made|revamped|redesigned|reworked|optional|configurable|customi[sz]able|easier)\b",
        # what the writer misses in the product: "the only thing I miss is an undo", "I miss two features"
        r"\b(?:only|one|another|other|biggest|main) (?:thing|feature|function|option)s? (?:that )?(?:i|we)"
        r"(?: really| still| do)? (?:miss|am missing|'m missing|are missing|'re missing)\b",
        r"\b(?:only|one) (?:thing|feature)s? (?:that(?:'s| is)? )?(?:missing|lacking)\b",
        r"\bwhich (?:i|we) (?:really |sorely |still |do )?miss\b",
        r"\b(?:i|we) (?:really |still |do |sorely )?miss "
        r"(?:(?!(?:because|when|if|since|due|in|on|of|to|with|for|after|while|out)\b)\w+ ){0,3}"
        r"(?:features?|options?|functions?|functionality|buttons?|settings?)\b",
        r"\b(?:features?|functions?|functionality|options?) (?:are |is |still )?(?:lacking|missing)\b",
        # a capability the product lacks: "this app lacks copy function", "lack of core features", "the alarms
        # lack options" (not "it doesn't lack features", "no lack of options")
        (r"(?<!n't )(?<!not )(?<!no )(?<!never )(?<!without )\b(?:lacks?|lacking|lack of) "
         r"(?:a |an |the |any |some |basic |core |many |several |important |essential )?(?:[\w-]+ ){0,2}?"
         r"(?:features?|functions?|functionality|options?|settings?|buttons?|modes?|integrations?|customi[sz]ations?)\b"),
        r"\bmiss(?:es|ing)? (?:some|a few|many|several|two|three|a couple of) (?:features?|functions?|options?)\b",
        r"(?:^\W*|\b(?:it|app|this|but) )needs? (?:an?|more|some) (?:\w+ )?(?:mode|option|button|setting|"
        r"feature|widget|theme|view|preset|shortcut|filter|toggle|template|folder|column)s?\b",
        # a proposal put as a question, a hope or an aside: "how about adding ...", "why not show ...",
        # "I hope the next version will have ...", "..., also make a hotkey for ...", "I need these options"
        r"\bhow about (?:adding|making|having|allowing|including|supporting|integrating|letting|giving|showing|"
        r"an? (?:option|setting|feature|way|button))\b",
        r"\bwhy not (?:just )?(?:add|use|display|make|have|allow|include|let|give|put|show|support|offer|"
        r"provide|implement|integrate)\b",
        r"\bi hope (?:that )?(?:the )?(?:next |future |final |new )?[\w.]+(?: [\d.]+)? (?:will|would) "
        r"(?:come with|have|support|add|include|allow|get|offer)\b",
        r"(?:^\W*|[,.;!?]\s*)(?:also|and|plus),? (?:please )?(?:make|add|allow|let|include|put|give) "
        r"(?:a|an|the|us|me|some|more|option)\b",
        r"\b(?:i|we) (?:\*?really\*? |also |still |just )?need (?:these|this|those|that|more|\d+|two|some) "
        r"(?:\w+ )?(?:features?|abilit(?:y|ies)|options?|functions?|functionality)\b",
        # asked outright of the makers: "could you also show the battery temperature?", "can you please
        # make ..." (not "why would you make it ...", "can you provide some logs", "can you show me how")
        r"(?<!why )\b(?:could|can|would|will) (?:you|u)(?: guys)?,? (?:please |pls |plz |also |maybe |possibly "
        r"|kindly |just |try to |ever |guys ever |at some point )*(?:add|show(?! (?:me|us)\b)|make(?! sure)|include|let(?! (?:me|us) know)|"
        r"allow|bring|implement|support|put|create|enable|introduce|consider|integrate|"
        r"provide(?! (?:us |me )?(?:some |the |a |more |any )?(?:logs?|details?|info\w*|screenshots?|steps|"
        r"examples?|feedback|samples?)))\b",
        # missing what the product used to have: "i really miss my sms alerts" (not "I miss my alarms
        # because the phone is on silent", a fault)
        r"\b(?:i|we) (?:really |still |kinda |do )?miss (?:the|my|our|having|being able)\b"
        r"(?![^.!?]{0,40}\b(?:because|when|since|if|due to|whenever)\b)",
        # the product's missing capability as a condition, or a price put on it: "if you had SSO we'd
        # sign tomorrow", "5 stars if it had tasker integration", "we'd pay extra for a proper audit log"
        (r"\bif (?:you|you guys|they|it|the app|this app) (?:had|offered|supported|added|provided|built|"
        r"could (?:add|offer|support|have))\b"),
        (r"\b(?:would|['’]d) (?:happily |gladly |definitely |even |also )?pay (?:extra |more |good money |money )?"
        r"(?:for|to get)\b(?! (?:it|that|this|them)\b)|\btake my money\b"),  # not "we'd pay for it if ..."
        # a missing capability asked about or waited for: "why is there no way to export comments?",
        # "until you ship a Xero integration, ...", "until there's a leave calendar", "any chance of opening
        # X up to Pro?", "when can we finally get subtasks on the Gantt?", "what we're really missing is ..."
        # (not "until there's a fix", "when can we get a call back")
        r"\bwhy (?:is there no|isn't there (?:an?|any)|are there no|aren't there any)\b",
        (r"\buntil (?:you|they|the devs|the developers) (?:finally )?(?:ship|add|build|release|offer|support|"
        r"implement|integrate|introduce)\b"),
        (r"\buntil there(?:'s| is) (?:an?|some) (?!(?:\w+ )?(?:fix|patch|solution|update|resolution|workaround|"
        r"response|reply|answer)\b)"),
        (r"\bany chance (?:of|you(?:'ll| will| could| can| might)?|that you|we could) (?:\w+ ){0,2}?(?:add|adding|"
        r"get|getting|open|opening|support|supporting|offer|offering|bring|bringing|make|making|see|seeing)\b"
        r"(?! (?:a |an |the |our |my )?(?:call|refund|invoice|quote|discount|demo|meeting|reply|answer)\b)"),
        (r"\bwhen (?:can|will) (?:we|i) (?:finally |ever )?(?:get|have|see)\b"
        r"(?! (?:a |an |the |our |my |some )?(?:call|refund|invoice|quote|discount|demo|meeting|reply|answer|"
        r"response|update on|fix|credit)\b)"),
        r"\bwhat (?:i|we)(?:'re| are|'m| am)? (?:really |still |sorely )?(?:missing|miss) (?:is|are)\b",
        r"(?:^\W*|[,;.!]\s+)(?:one|my|our|only) (?:ask|wish|request)(?: would be| is)?:",
        # a need that blocks a move to us, or a plan asked about: "We'd need per-client rates before we can
        # move our invoicing over", "Is an Android app planned?"
        (r"\b(?:we'd|we would|i'd|i would|we'll|we will) (?:\w+ )?need\b(?! (?:an? |the |some |your |their |more )?(?:approval|sign-?off|quote|"
         r"budget|signature|go-ahead|ok|okay|green light|call|meeting|info\w*|answer|confirmation|to)\b)"
         r"[^.!?]{0,60}?\bbefore (?:we|i) (?:can|could)\b"),
        (r"\bis (?:(?!fix\b|maintenance\b|downtime\b|outage\b|patch\b|migration\b|update\b)\w+ ){1,5}?"
         r"(?:planned|in the works|in the pipeline)\?"),
    ),
    "de": (
        (r"\bwenn (?:ihr|sie|es|die app|das tool) (?:\S+ ){0,4}?(?:hättet|hätten|hätte|(?:anbieten|unterstützen|"
        r"einbauen) würdet)\b"),  # "wenn ihr SSO hättet"
        r"\bwürden? (?:\S+ ){0,3}?(?:mehr|extra|aufpreis) (?:\S+ ){0,2}?(?:zahlen|bezahlen)\b",  # "würden mehr zahlen"
        (r"\b(?:ihr|sie|man) (?:solltet|sollten|sollte|könntet|könnten) [^.?!]{0,40}?"
        r"(?:einbauen|hinzufügen|ergänzen|anbieten|ermöglichen|einführen|unterstützen)\b"),
        r"\bman sollte [^.?!]{0,30}?können\b|\bes sollte möglich sein\b",
        r"\b(?:das|was|den|die|dies\w*) (?:\w+ )?(?:vermissen|vermisse) (?:wir|ich)\b(?! (?:\w+ )?(?:nicht|kaum|keine?))",  # "das vermissen wir sehr"
        r"\b(?:ich|wir) (?:würde|würden) (?:sehr )?gerne? [^.?!]{0,40}?sehen\b",
        (r"\b(?:sollte|sollten|müsste|müssten) [^.?!]{0,40}?(?:hinzugefügt|entfernt|verschoben|getrennt|geändert|"
        r"zurückgebracht|überarbeitet|einstellbar|optional) (?:werden|sein)\b"),
        r"\b(?:was|das einzige,? was) (?:mir|uns) (?:noch |wirklich |leider |echt )?fehlt\b",
        r"\b(?:ich|wir) vermissen? (?:\w+ ){0,4}?\w*(?:funktion|option|möglichkeit|feature|einstellung)\w*",
        (r"\bes fehlen (?:(?:noch|leider|einfach|aber|halt) ){0,2}(?:einige |ein paar |viele |wichtige )?"
        r"\w*funktionen\b"),
        r"\bwie wäre es,? wenn (?:ihr|man|die app|das tool)\b",
        (r"\bwarum nicht (?:einfach )?(?:\w+ ){0,3}?(?:einbauen|hinzufügen|anbieten|ergänzen|erlauben|"
        r"unterstützen|anzeigen)\b"),
        (r"\bich hoffe,? (?:dass )?(?:die nächste version|das nächste update|ihr) (?:\w+ ){0,4}?"
        r"(?:bringt|hat|enthält|unterstützt|einbaut|ergänzt)\b"),
        (r"\b(?:ich|wir) (?:\w+ )?(?:brauche|brauchen) (?:diese|die|mehr|noch) (?:\w+ )?"
        r"(?:funktionen|optionen|möglichkeiten|features)\b"),
        # wishes and missing capabilities in other words: "Ich fände es hilfreich, wenn ...", "was halt cool
        # wäre: ...", "Unser Wunsch wäre ...", "Ich hätte gern, dass ...", "Warum gibt es keinen Export?",
        # "Bis ihr eine DATEV-Schnittstelle habt, ...", "Wird es künftig ... geben?", "Lasst uns die Spalten
        # selbst anordnen", "bitte nachziehen" (not "Ich hätte gern einen Rückruf", "Bitte beheben Sie ...")
        (r"\b(?:ich|wir) fänden? es (?:\w+ )?(?:hilfreich|gut|toll|super|praktisch|schön|klasse|sinnvoll|genial|"
        r"nützlich|großartig),? wenn\b"),
        r"\bwas (?:\w+ ){0,2}?(?:cool|toll|super|schön|praktisch|hilfreich|klasse|genial|nützlich) wäre\b",
        r"\b(?:unser|mein) (?:\w+ )?wunsch (?:wäre|ist|an euch)\b",
        (r"\b(?:ich|wir) hätten? (?:\w+ ){0,2}?gerne?,? (?!(?:\w+ )?(?:rückruf|termin|rechnung|angebot|antwort|"
        r"rückmeldung|kopie|bestätigung|demo|gutschrift|erstattung|ansprechpartner|info\w*|gespräch|telefonat|call|"
        r"meeting|treffen)\b)"
        r"(?:dass|eine?n?|mehr|die|den|das|\w+ (?:für|in|im|bei)\b)"),
        r"\b(?:warum|wieso|weshalb) (?:gibt es|kann man) (?:eigentlich |denn |immer noch |noch |bis heute )*kein\w*",
        (r"\b(?:bis|solange) (?:ihr|sie) (?:endlich |mal )?(?:\S+ ){0,4}?(?:habt|anbietet|anbieten|einbaut|"
        r"einbauen|unterstützt|unterstützen|liefert|liefern)\b"),
        (r"\bsolange es (?:noch |immer noch )?kein\w* (?!(?:\w+ )?(?:lösung|fix|antwort|rückmeldung|update|patch)\b)"
        r"[^.?!]{0,40}?gibt\b"),
        (r"\bwird es (?:\S+ ){0,3}?(?:künftig|bald|irgendwann|demnächst|zukünftig|in zukunft|jemals|auch) "
        r"(?:\S+ ){0,6}?geben\b"),
        r"\blasst (?:uns|mich) (?:doch |bitte |endlich |einfach )*(?!wissen\b)(?:\S+ ){0,6}?(?:selbst|selber)\b",
        r"\bbitte (?:\w+ ){0,3}?(?:nachziehen|einbauen|nachrüsten|ergänzen|hinzufügen)\b",
        # "Ist eine Android-App in Planung?", "Habt ihr vor, ... an Teams zu schicken?", "Ideal wär halt, wenn
        # ...", "bitte bringt die zurück"
        r"\bist (?:(?!fix\b|wartung\w*|behebung\b|lösung\b|update\b|patch\b)\S+ ){0,5}?in planung\?",
        (r"\b(?:habt|haben) (?:ihr|sie) (?:\w+ )?vor,? (?![^.!?]{0,80}?\b(?:preis\w*|kosten|gebühr\w*|einzustellen|"
         r"abzuschalten|abzukündigen)\b)[^.!?]{3,80}? zu \w+\?"),
        r"\bideal (?:wäre|wär|wär's)(?: \w+)?,? (?:es,? )?wenn\b",
        r"\bbitte (?:\w+ )?(?:bringt|holt)\b[^.!?]{0,50}?\bzurück\b|\b(?:bringt|holt)\b[^.!?]{0,50}?\bzurück\b(?:,? bitte\b)",
        r"\b(?:bringt|holt) (?:\w+ ){0,2}?bitte\b[^.!?]{0,50}?\bzurück\b",
    ),
}

# More request forms, behind a cheap word gate (REQUEST_FORM_GATE: one of these is in every sentence they match)
# so that the common sentence pays for none of them: labelled proposals and votes, asks to have something
# (back), a rating held back for a capability, and German wishes in other words.
REQUEST_FORMS: dict[str, tuple[str, ...]] = {
    "en": (
        # a labelled proposal or a vote: "Feature idea: ...", "Suggestion: ...", "Missing one thing: ...",
        # "+1 for tabbed windows", "Voting for a side-by-side view"
        (r"(?:^\W*|[.!?]\s+)(?:feature (?:idea|request|suggestion|wish)|suggestion|wishlist|missing one thing|"
         r"one thing missing|only thing (?:i'?d|i would|we'?d|we would) change)\s*:"),
        r"(?:^\W*|[.!?]\s+)\+1 for\b|\bvot(?:e|ing) for (?:an?|the|this|some) (?!(?:call|meeting|date)\b)",
        # asking to have something (back): "can we get folders for saved posts?", "can we have it back?", "put it
        # back!!!", "reinstate vintage + noir", "dark theme coming back when?" (not a refund, a call, access)
        (r"\b(?:can|could) (?:we|i|u) (?:please )?(?:get|have) (?!(?:around|rid|started|through|in touch)\b)"
         r"(?![^.!?]*\b(?:refund|money|invoice|receipt|call|quote|price|pricing|discount|demo|meeting|reply|answer|"
         r"response|help|guide|guidance|advice|tips|pointers|info|information|access|password|login|account|"
         r"update on|estimate|confirmation|copy of)\b)(?:[\w'-]+ ){0,6}?[\w'-]+ ?(?:back\b|\?)"),
        r"\b(?:put|bring) (?:it|them|that|this|those) back\b(?! to (?:you|me|us)\b)",
        r"\breinstate\b|\bundo the removal of\b|\b(?:coming|come) back when\b",
        r"\bany chance (?:it|they|this|that) (?:returns|comes back|could return|could come back|will return)\b",
        # a rating held back for a capability: "5 stars the day you add face id locks"
        (r"\b(?:\d|five|four) stars? (?:the day|when|once|as soon as|if) (?:you|they|the devs) (?:add|bring|give|"
         r"make|let|support|include|offer)\b"),
        # asking whether something is planned: "Is a dark mode on the roadmap at all, my eyes would thank you"
        r"(?:^|[.!?:]\s+)(?:so,? |and |also,? )?(?:is|are) (?:[\w'-]+ ){1,6}?on (?:the|your) roadmap\b",
    ),
    "de": (
        # ein benannter Vorschlag, eine Stimme, etwas zurückhaben wollen, Sterne gegen eine Funktion
        (r"(?:^\W*|[.!?]\s+)(?:feature-?(?:idee|wunsch|vorschlag)|vorschlag|verbesserungsvorschlag|wunschliste|"
         r"was (?:mir|uns) (?:noch )?fehlt)\s*:"),
        r"(?:^\W*|[.!?]\s+)\+1 für\b",
        (r"\b(?:können|könnten|kann|könnte) (?:wir|ich) (?!(?:\S+ ){0,5}?(?:geld|betrag|beitrag|kosten)\b)"
         r"(?:\S+ ){0,5}?(?:wiederhaben|zurückhaben|zurückbekommen)\b"),
        r"\b(?:\d|fünf|vier) sterne,? (?:sobald|wenn|wenn endlich) (?:ihr|sie|die entwickler|es)\b",
        # "Mehr Übungen für den Rücken wären klasse", "Fänd's mega, wenn man ...", "Wir regen an, ...", "könnte
        # flexibler sein", "Bitte als Option wieder anbieten", "Ist eine DATEV-Anbindung auf der Roadmap?"
        (r"\b(?:mehr|ein|eine|einen|weitere) \w+ (?:\S+ ){0,5}?wären? (?:echt |total |richtig |wirklich )?"
         r"(?:klasse|super|toll|mega|cool|genial|praktisch|hilfreich|schön|top)\b"),
        (r"\bfänd(?:e|'s|s)?(?: es| ich es)? (?:echt |total |wirklich )?(?:mega|super|toll|klasse|gut|cool|praktisch|"
         r"schön),? wenn\b"),
        r"\b(?:wir regen an|ich rege an|regen wir an)\b",
        (r"\bkönnte (?!(?:\S+ ){0,2}?(?:nicht|kaum|gar nicht)\b)(?:\S+ ){0,2}?(?:flexibler|übersichtlicher|schneller|"
         r"einfacher|intuitiver|besser|umfangreicher) sein\b"),
        r"\bbitte (?:\S+ ){0,4}?(?:wieder anbieten|zurückbringen|einbauen|hinzufügen|ergänzen|ermöglichen)\b",
        r"\b(?:auf der|auf eurer|auf ihrer) roadmap\?",
        r"\bob (?:ihr|sie) (?:\S+ ){0,10}?auf (?:der|eurer|ihrer) roadmap (?:habt|haben|steht|stehen)\b",
        r"\bschön wär(?:'s|s|e es),? wenn\b",
        r"\bob es (?:irgendwann|bald|mal|demnächst) (?:\S+ ){0,7}?geben (?:soll|wird)\b",
    ),
}
REQUEST_FORM_GATE = ("idea", "suggestion", "wishlist", "wunschliste", "feature request", "feature wish", "missing one",
                     "one thing missing", "only thing", "+1", "vot",
                     "can we", "can i", "can u", "could we", "could i", "could u", "back", "reinstate",
                     "undo the removal", "any chance", "star", "vorschlag", "feature-", "fehlt", "wiederhaben",
                     "zurückhaben", "zurückbekommen", "sterne", "wäre", "fänd", "rege", "könnte", "bitte",
                     "roadmap", "geben soll", "geben wird", "wär")

# Service requests: asking support to add or remove a person or seats ("Please add jane@acme.com to our
# workspace", "Bitte Kollegin Meier als Nutzerin hinzufügen") is account administration, not a feature
# request (growth or limit signals in the same sentence still count). Regexes on the lower-cased sentence.
SERVICE_REQUEST: dict[str, tuple[str, ...]] = {
    "en": (
        (r"(?:^|\b(?:please|pls|kindly|can you|could you|would you|can we|could we)\s+)"
        r"(?:add|invite|remove|delete|deactivate|reactivate|onboard)\s+"
        r"(?:(?:our|my|the|a|an|those|these|two|three|four|five|\d+|new|more|another|extra|additional)\s+)*"
        r"(?:\S+@\S+\.\w+|(?:users?|members?|colleagues?|co-?workers?|seats?|licen[cs]es?|me|him|her|them|us)"
        r"(?=\s*(?:$|[.,!?;:]|(?:to|from|in|into|on|as|for|so|please|thanks)\b)))"),
    ),
    "de": (
        (r"(?:^|\bbitte\s+)(?:\S+@\S+\.\w+|(?:neue[nr]?\s+|\d+\s+)?(?:benutzer\w*|nutzer\w*|kolleg\w*|"
        r"mitglied\w*|lizenz\w*|plätze))[^.?!]{0,40}?\b(?:hinzufügen|einladen|entfernen|freischalten|anlegen)\b"),
        (r"\b(?:fügt|fügen sie|ladet|laden sie|entfernt|entfernen sie)\s+(?:\w+\s+){0,2}?"
        r"(?:\S+@\S+\.\w+|benutzer\w*|nutzer\w*|kolleg\w*|mitglied\w*)"),
    ),
}
# Asking for contact, not for a capability: "Would be great if you could call me back tomorrow", "Könnten Sie
# mir einen Termin für eine Produktdemo vorschlagen?", "Wir bräuchten bis Freitag eine Antwort auf unsere Anfrage"
CONTACT_REQUEST: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:call|ring|phone) (?:me|us) back\b|\bget back to (?:me|us)\b",
        r"\b(?:hop|jump|get) on a (?:quick |short )?(?:call|zoom|video call|teams call)\b",
        (r"\b(?:schedule|set up|book|arrange|propose|suggest|find) (?:a |an |the )?(?:quick |short |follow-up )?"
        r"(?:call|meeting|demo|appointment|time slot|slot)\b"),
        r"\b(?:an?|your) (?:answer|reply|response) (?:to|on) (?:our|my) (?:request|question|ticket|email|inquiry)\b",
        (r"\b(?:send|resend|re-send|email|forward) (?:me|us) (?:\w+ ){0,2}?(?:invoices?|receipts?|quotes?|contract|copy|"
         r"pdf|statements?|documents?|credit note)\b"),
    ),
    "de": (
        r"\b(?:zurückrufen|zurückzurufen|rückruf\w*|rufen sie (?:mich|uns) (?:\w+ ){0,3}?an)\b",
        r"\b(?:einen|ein|den|kurzen) (?:\w+ )?(?:termin|telefontermin|gesprächstermin|call)\b",
        r"\b(?:ein|einen|ein kurzes) (?:\w+ )?(?:gespräch|telefonat) (?:über|zu|wegen)\b",
        r"\b(?:eine )?(?:antwort|rückmeldung) (?:auf|zu) (?:unsere|meine|unserer|meiner) (?:anfrage|frage|e-mail|mail|ticket)\b",
        (r"\b(?:mir|uns) (?:\w+ ){0,4}?(?:rechnung|quittung|angebot|vertrag|kopie|unterlagen|gutschrift|beleg)\w* "
         r"(?:[\w.]+ ){0,4}?(?:schicken|senden|zusenden|zukommen lassen|weiterleiten|mailen)\b"),
    ),
}

# Pleasantries: a sentence that is only a greeting, a sign-off or an offer of help ("Hi Planwise
# support", "Thanks, Anna", "Let me know if you need anything else", "Gebt gerne Bescheid, wenn ihr
# noch etwas braucht") carries no signal. Regexes matched against the whole sentence as written (names
# are recognised by their capital letter).
PLEASANTRY: dict[str, tuple[str, ...]] = {
    "en": (
        r"(?i:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b{names}[ ,!.:]*",
        r"(?i:(?:many |a lot of )?(?:thanks|thank you|thx|cheers|best|regards|kind regards|best regards|"
        r"all the best)(?: (?:so much|again|in advance|a lot))?){names}[ ,!.]*",
        r"(?i:(?:please )?let (?:me|us) know if you (?:need|have) (?:anything|any(?:thing)? (?:else|more)|more)"
        r"(?: (?:from (?:me|us)|else))?)[ ,!.]*",
        r"(?i:(?:any|all|some) (?:suggestions?|ideas?|help|advice|tips|hints|pointers|input|feedback)"
        r"(?: (?:would be|will be|is|are))? (?:very |much |greatly |really |highly |most )?"
        r"(?:appreciated|welcome))[ ,!.]*",
    ),
    "de": (
        r"(?i:hallo|hi|moin|servus|liebe[rs]?|sehr geehrte[rs]?|guten (?:tag|morgen|abend))\b{names}[ ,!.:]*",
        r"(?i:(?:vielen dank|danke(?: schön| sehr)?|viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|"
        r"grüße|lg|vg|mfg)(?: (?:im voraus|vorab|euch|ihnen))?){names}[ ,!.]*",
        r"(?i:(?:für )?(?:jede[ns]?|alle) (?:hilfe|tipps?|hinweise?|ideen?|vorschläge?)"
        r"(?: (?:wäre|wären|ist|sind)(?: ich| wir)?)? (?:sehr |wirklich )?(?:dankbar|willkommen))[ ,!.]*",
        r"(?i:(?:gebt|geben sie|gib|sagt|melde dich|meldet euch|melden sie sich) (?:gerne |gern |einfach )?"
        r"(?:bescheid|kurz bescheid)?,? (?:wenn|falls) (?:ihr|sie|du) (?:noch )?(?:etwas|was|fragen)"
        r"(?: (?:braucht|brauchen|brauchst|habt|haben|hast))?)[ ,!.]*",
    ),
}
# ... followed by at most three names: capitalised words or words for a group ("Hi Planwise support").
PLEASANTRY_NAMES = (
    r"(?:[ ,]+(?:(?i:team|all|there|everyone|everybody|folks|guys|support|zusammen|leute|und|and)|"
    r"[A-ZÄÖÜ][\w.@-]*)){0,3}"
)

# Boilerplate of an issue or ticket form left in the message: what kind of report to file ("It must be a
# bug, a feature request, or a significant problem with the documentation", "Do you want to request a
# feature or report a bug?"), what to attach ("Include any logs or source code that would be helpful",
# "If including tracebacks, please include the full traceback", "Bitte Screenshots und Logs anhängen")
# and where else to ask ("Please go to Stack Overflow for help and support"). It asks the reporter, not the
# vendor, so no kind fires. "This is a feature request, not a bug" declares the writer's own ask and stays.
# Regexes on the lower-cased sentence.
FORM_BOILERPLATE: dict[str, tuple[str, ...]] = {
    "en": (
        (r"\bbugs?(?: reports?)?(?: (?:in|with|of) (?:the |our |your )?[\w.-]+)?,? (?:or|and) (?:an? )?"
         r"(?:feature requests?|enhancements?|feature ideas?)\b"),
        r"\bbugs?, (?:an? )?feature requests?,? (?:or|and)\b",
        r"\bfeature requests?,? (?:or|and) (?:an? )?bugs?(?: reports?)?\b",
        r"\brequest an? \W?feature\W? or (?:report|file) an? \W?bug",
        (r"^(?:please )?(?:include|attach|provide|paste|fill (?:out|in)) (?:any |all |the |a |your )?"
         r"(?:full |relevant |complete |minimal |detailed |exact )?(?:logs?|tracebacks?|stack ?traces?|screenshots?|"
         r"steps to reproduce|source code|code snippets?|error messages?|reproduc\w+|repro\b|(?:the )?form below|"
         r"system information)"),
        r"^if including \w+, please include\b",
        r"^(?:please )?(?:go|head|ask|post)(?: over)? (?:to|on) [\w .-]{2,30}? for (?:help|support|usage questions)\b",
    ),
    "de": (
        (r"\b(?:bugs?|fehler)(?:meldung)? oder (?:eine?n? )?(?:feature-?(?:request|wunsch)|funktionswunsch|"
         r"verbesserungsvorschlag)"),
        r"\b(?:feature-?(?:request|wunsch)|funktionswunsch) oder (?:eine?n? )?(?:bug|fehler)",
        (r"^bitte (?:\w+ ){0,3}?(?:logs?|logdateien|screenshots?|fehlermeldung\w*|schritte zur reproduktion)"
         r"(?: \w+){0,3}? (?:anhängen|beifügen|mitschicken|angeben|einfügen)\b"),
    ),
}

# How-to questions: "Is there a way to see last month's hours in the timesheet?". About a catalog
# feature the account's plan already includes, this asks for help, not for the feature, and makes no
# request (about a feature above the plan, or with no account known, it still counts). Regexes on the
# lower-cased sentence, which must end with a question mark.
HOWTO_QUESTION: dict[str, tuple[str, ...]] = {
    "en": (
        r"^(?:(?:\w+ )?\w+[,!:]\s+)?(?:how (?:do|can|could|would|should) (?:i|we|you|one)|is there (?:a|any) way to|"
        r"where (?:do|can) (?:i|we)|(?:can|could) (?:i|we) (?:see|find|change|set|use|get|export|filter|show)|"
        r"what(?:'s| is) the (?:best )?way to|is there a trick to)\b",
    ),
    "de": (
        r"^(?:(?:\w+ )?\w+[,!:]\s+)?(?:wie (?:kann|können|könnte|könnten) (?:ich|wir|man)|wie (?:geht|funktioniert)|"
        r"gibt es eine möglichkeit|gibt es (?:einen|irgendeinen) (?:trick|kniff)|wo (?:kann|können|finde|finden) (?:ich|wir|man)|"
        r"(?:kann|können) (?:ich|wir|man) (?:sehen|finden|ändern|einstellen|nutzen|exportieren|filtern))\b",
    ),
}

# A head count in digits or words ("from 8 to 16", "von acht auf sechzehn"): "{num}" in KIND_GRAMMAR.
NUMBER = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
          r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|"
          r"zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig)\b")

# Sentences built as a business signal, precise enough to fire without the classifier's support
# (regexes on the lower-cased sentence; "{own}" is the catalog's product name). The cue lists above
# only lower the classifier's threshold, because alone they also match mentions in passing ("Your SOC
# 2 report arrived, thanks", "Congrats on your funding round").
KIND_GRAMMAR: dict[str, dict[str, tuple[str, ...]]] = {
    "growth": {  # a team growing by numbers: "the sales team grows from 5 to 12 people by summer"
        "en": (
            r"\b(?:team|company|headcount|staff|department|we|we're|we are)\b(?: (?!not\b|[\w']*n't\b|never\b)[\w'-]+){0,6}? "
            r"(?:grows?|growing|will grow|goes up|going up|expands?|expanding|scales?|scaling|doubles?|doubling)"
            r"(?: (?!not\b|[\w']*n't\b|never\b)[\w'-]+){0,5}? from {num} to {num}\b",
            # "our team doubled, from 8 to 16"
            (r"\b(?:team|company|headcount|staff|department|we)\b[^.!?]{0,50}?\b(?:doubled|tripled|grew|grown|expanded)\b"
             r"[\w ,]{0,25}?\bfrom {num} to {num}\b"),
            r"\b(?:we're|we are|we'll be|we will be) opening (?:\w+ ){0,3}?(?:offices?|sites?|locations?|branch\w*|"
            r"warehouses?|stores?)\b",  # "We're opening offices in Madrid and Lisbon"
            # the rest follows a pilot: "the other three offices will follow in spring"
            (r"\b(?:other|remaining) (?:\w+ )?(?:offices|sites|teams|departments|branches|locations|subsidiaries) "
             r"(?:will|are going to|are set to|want to) (?:follow|come on board)\b"),
            (r"\b(?:we're|we are) (?:setting up|founding|launching|spinning up) (?:a |an |our )?(?:new )?"
             r"(?:subsidiary|sister company|second entity|new entity)\b"),
        ),
        "de": (
            r"\b(?:\w*team|firma|unternehmen|belegschaft|abteilung|wir)\b(?: (?!nicht\b|kaum\b|nie\b)[\w-]+){0,4}? "
            r"(?:wächst|wachsen|wachse|vergrößert sich|vergrößern uns|verdoppelt sich)"
            r"(?: (?!nicht\b|kaum\b|nie\b)[\w-]+){0,5}? von {num} auf {num}\b",
            # "Unser Team hat sich seit Jahresbeginn verdoppelt, von acht auf sechzehn Entwickler"
            (r"\b(?:\w*team|firma|unternehmen|belegschaft|abteilung|wir)\b[^.!?]{0,50}?\b(?:verdoppelt|verdreifacht|"
             r"gewachsen|vergrößert)\b[\w ,]{0,25}?\bvon {num} auf {num}\b"),
            r"\b(?:wir )?(?:eröffnen|eröffnet) (?:(?!kein\w*\b|nicht\b)\w+ ){0,4}?(?:büros?|standorte?|niederlassung\w*|filiale\w*|"
            r"werk\w*)\b",  # "Wir eröffnen dieses Jahr Büros in Madrid"
            # "Im Januar kommt die Marketingabteilung dazu, so um die 40 Leute"
            r"\b(?:kommt|kommen)\b(?: (?!nicht\b|kein\w*\b)[\w-]+){1,6}? (?:mit )?dazu\b[^.!?]{0,30}?"
            r"\b\d+ (?:leute|personen|mitarbeiter\w*|kolleg\w*|nutzer\w*)\b",
            # "Ab März haben wir drei neue Projektleiterinnen an Bord", "alle drei Niederlassungen sollen nachziehen",
            # "Wir gründen eine Tochterfirma"
            (r"\b(?:neue|weitere|zusätzliche) (?:\w+ ){0,2}?(?:kolleg\w*|mitarbeiter\w*|\w*leiter\w*|leute|entwickler\w*|"
             r"berater\w*|mitarbeitende) (?:\w+ )?an bord\b"),
            (r"\b(?:alle|weitere|die anderen|die übrigen) (?:\w+ ){0,2}?(?:niederlassungen|standorte|abteilungen|teams|"
             r"filialen|büros|töchter) (?:\w+ ){0,4}?(?:nachziehen|folgen|dazukommen)\b"),
            r"\b(?:gründen|gegründet) (?:\w+ ){0,2}?(?:tochter\w*|niederlassung\w*|zweigstelle\w*)\b",
        ),
    },
    "budget": {
        "en": (
            r"\b(?:spending|budget|purchasing|procurement) freeze\b",
            # the customer's own funding: "we closed our Series B", "we just raised a seed round"
            r"\b(?:we|we've|we have) (?:\w+ )?(?:closed|raised|secured|landed) (?:our|a|the) "
            r"(?:series [a-e]|seed|funding|financing)\b",
            # a contract's end with a date: "our contract runs out on 30 June", "the subscription ends in March"
            (r"\b(?:contract|subscription|licen[cs]e|term|agreement)s? (?:\w+ ){0,2}?(?:runs out|run out|expires|expire|"
             r"ends|end|is up) (?:on|in|at the end of|at|by|next|this)\b"),
            r"\bmoney for (?:new |more )?(?:tools|software|licen[cs]es|seats)\b",
            # the buying process: "before they'll cut the PO", "a signed order form", "Purchasing needs a W-9"
            r"\b(?:cut|issue|raise|approve|sign)s? (?:the|a|our) (?:po|purchase order)\b", r"\bsigned order form\b",
            r"\b(?:purchasing|procurement) (?:needs|wants|requires|asked for|is asking for)\b",
        ),
        "de": (
            r"\b(?:ausgabenstopp|budgetstopp|haushaltssperre|budgetsperre|einkaufsstopp)\b",
            r"\b(?:wir|haben) (?:\w+ ){0,3}?(?:unsere|eine|die) (?:series [a-e]|finanzierungsrunde|seed-runde)"
            r" (?:\w+ )?(?:abgeschlossen|geschlossen|eingesammelt)\b",
            # "Unser Jahresvertrag läuft am 30.06. aus", "bevor die Kündigungsfrist am 31. Mai abläuft",
            # "die IT-Budgets werden im November verteilt", "wieder Geld für neue Tools da", "die nächste Tranche"
            r"\b(?:\w*vertrag|abo\w*|\w*lizenz\w*|laufzeit) (?:\w+ ){0,2}?läuft (?:[\w.]+ ){0,4}?aus\b",
            r"\bkündigungsfrist (?:[\w.]+ ){0,5}?(?:abläuft|endet|ausläuft)\b",
            r"\b(?!projekt|kunden)\w*budgets? (?!(?:\w+ ){0,2}?\w*projekt)(?:\w+ ){0,3}?(?:werden|wird) (?:[\w.]+ ){0,3}?(?:verteilt|vergeben|freigegeben|genehmigt)\b",
            r"\bgeld für (?:neue |weitere )?(?:tools|software|lizenzen)\b",
            r"\b(?:nächste|neue|zweite|dritte) (?:finanzierungs)?tranche\b",
            # der Einkaufsweg: "durchs Beschaffungsportal", "20 Lizenzen beantragt", "jede Bestellung ... von zwei
            # Geschäftsführern gegengezeichnet" (not a signed contract sent back), "erst im nächsten Haushaltsjahr"
            r"\bbeschaffungs(?:portal|prozess|abteilung|antrag)\b",
            r"\b(?:lizenzen|budget|mittel|plätze|seats) (?:\w+ ){0,3}?beantragt\b",
            r"\b(?:bestellung|kauf|auftrag|aufträge|angebot|investition)\w*\b(?:[^.!?]|\.\d){0,60}?\bgegengezeichnet\b",
            r"\b(?:nächsten|neuen|kommenden) haushaltsjahr\b",
        ),
    },
    "churn_risk": {
        "en": (
            r"\b(?:stopped|stop|quit|gave up|giving up) using (?:it|the app|the tool|the product|{own})\b",
            r"\b(?:hardly|barely|rarely) (?:use|uses|using|open|opens) (?:it|the app|the tool|{own})\b",
            r"\b(?:moving|migrating|switching) (?:away )?(?:off|from) {own}\b",
            r"\bwind(?:ing|s)? down (?:our |the )?(?:use of )?{own}\b",
            # the price is not worth it: "not worth the money", "for that price we expect more"
            r"\bnot worth (?:the (?:money|price|cost)|what we pay)\b", r"\bhard to justify the (?:cost|price|spend)\b",
            (r"\b(?:for|at) (?:that|this|the|such a) (?:price|money|cost)\b[^.!?]{0,40}?\b(?:expect|i'd expect|"
             r"we'd expect|should at least)\b"),
            # dropping the product, being done with it, regretting the move, people no longer using it, seats cut
            r"\b(?:drop|ditch|dump|get rid of|stop paying for|walk away from) (?:{own}|you guys|your (?:tool|product|app|service))\b",
            (r"\b(?:recommend\w*|propos\w*|suggest\w*|push\w* for|advis\w*) (?:to (?:\w+ ){1,3}?)?(?:that )?(?:we )?"
             r"(?:drop|dropping|ditch\w*|cancel\w*|replac\w*|switch\w* away from|mov\w* off) (?:you|you guys|{own}|it|"
             r"the (?:tool|app|product|platform|service|subscription|contract)|our (?:subscription|contract|account))\b"),
            (r"(?<!once )(?<!when )(?<!after )(?<!until )(?<!soon as )"
             r"\b(?:i'm|i am|we're|we are|team's|team is|they're|they are|everyone's|everyone is)(?: (?:pretty much|"
             r"basically|honestly|kind of|so|just|completely|totally))? done with (?:you|you guys|{own}|"
             r"the (?:app|tool|product|platform)|(?:it|this)(?=\s*(?:[.,;!?]|$| already| now| honestly)))"),
            (r"\bregret\w* (?:(?!not\b|never\b|\w*n't\b)\w+ ){0,2}?(?:moving|switching|migrating|signing|choosing|"
             r"buying|going with)\b"),
            (r"\b(?:people|everyone|nobody|no one|the team|users|staff|half (?:of )?(?:the|my|our) (?:team|users|people|staff)|"
             r"most of (?:the|my|our) team|my team|our team|half of us)\b (?:\w+ ){0,2}?"
             r"(?:stopped|quit) (?:using|logging|opening|updating|tracking)\b"
             r"(?! (?:the |our |their )?(?:old|previous|spreadsheets?|excel|paper)\b)"),
            (r"\b(?:reduc\w*|cut\w*|cutting|downsiz\w*|scal\w* back|go\w* down) (?:\w+ ){0,3}?from \d+ (?:down )?to \d+ "
             r"(?:seats|licen[cs]es|users)\b"),
            # detractors and exits: "Would not recommend.", "Avoid.", "we pull the plug", "planning our exit from
            # Plandeck", "we won't be on Plandeck by summer"
            (r"\b(?:would|will|do|can|could)(?:n't|n’t| not| never)(?: ever)? recommend(?: (?:it|this|them|you(?: guys)?|"
             r"{own}|(?:the|this) (?:app|tool|product|platform|service|software)))?(?: to (?:anyone|anybody|others))?"
             r"(?=\s*(?:[.!,;]|$))"),
            r"^\W*(?:avoid|stay away)(?: (?:it|this (?:app|tool|product|one)|{own}|at all costs))?\W*$",
            r"\bpull(?:s|ed|ing)? the plug\b",
            r"\bexit (?:from|off) (?:{own}|you\b|your (?:tool|platform|product|app))",
            (r"\b(?:{own}|the (?:app|tool|platform|site|service)) (?:was|went|has been|is|were) "
             r"(?:again |still |completely |totally |literally )?down\b(?! to\b| for (?:planned |scheduled )?maintenance\b)"),
            (r"\b(?:won't|will not) be (?:on|using|with) (?:{own}|you(?: guys)?)\b (?:by|after|next|in|much longer|"
             r"for (?:much )?longer|come)\b"),
        ),
        "de": (
            r"\b(?:nutzt|nutzen|benutzt|benutzen|verwendet|verwenden) (?:{own}|es|das tool|die app) "
            r"(?:\w+ )?kaum noch\b",
            r"\bnicht mehr (?:mit {own} arbeiten|mit {own} arbeitet)\b",
            r"\b(?:weg von|raus aus) {own}\b", r"\b{own} (?:ablösen|abschaffen|auslaufen lassen)\b",
            # der Preis lohnt nicht: "Für das Geld erwarten wir deutlich mehr", "nicht das Geld wert"
            (r"(?<!\bals )(?<!\bals ich )(?<!\bals wir )(?<!\bals man )"  # not "mehr, als ich für den Preis erwartet hätte"
             r"\bfür (?:das|den|diesen|so einen|so viel) (?:geld|preis)\b[^.!?]{0,40}?\b(?:erwart\w*|zu wenig|"
             r"müsste|sollte|dürfte)\b"),
            r"\bnicht (?:\w+ )?(?:das|sein|ihr) geld wert\b",
            r"\b(?:das|sein|ihr) geld nicht wert\b", r"\bpreis-leistungs-verhältnis (?:\w+ )?(?:stimmt|passt) nicht\b",
            # "bis Jahresende ein anderes Tool finden", "reduzieren von 30 auf 10 Lizenzen"
            r"\b(?:ein|einem) (?:anderes|neues|alternatives) (?:tool|system|programm|produkt)\w* (?:zu )?(?:finden|suchen)\b",
            r"\breduzieren (?:\w+ ){0,3}?von \d+ auf \d+ (?:lizenzen|nutzer\w*|plätze|seats)\b",
            # "Ich empfehle euch niemandem mehr", "Finger weg", "das war unser letztes Jahr mit euch", "Ablösung
            # Plandeck", "boykottieren das Tool", "den Stecker ziehen", "überlegen, ob wir das Ganze einstellen"
            r"\bempfehle\w* (?:euch|sie|es|das tool|{own}|die app) (?:\w+ )?niemandem\b",
            r"\b(?:kann|können) (?:ich|wir) (?:euch|es|das tool|{own}|die app) (?:\w+ )?nicht (?:mehr )?(?:weiter)?empfehlen\b",
            r"\bfinger weg\b", r"\b(?:unser|das) letzte[sn]? jahr (?:mit|bei) (?:euch|ihnen|{own})\b",
            r"\bablösung (?:von )?{own}\b", r"\bboykottier\w* (?:das tool|{own}|die app|die software|es)\b",
            r"\bden stecker (?:\w+ )?ziehen\b",
            (r"\b(?:(?:{own}|das tool|die app|die plattform) (?:war|ist|lag)|(?:war|ist|lag) (?:{own}|das tool|die app|"
             r"die plattform)) (?:\w+ ){0,3}?(?:down|offline|nicht erreichbar)\b"),
            (r"\büberlegen\b[^.!?]{0,25}?\bob wir (?:das ganze|{own}|es|das tool|den vertrag) (?:\w+ ){0,3}?(?:einstellen|"
             r"kündigen|abschaffen|beenden|auslaufen lassen)\b"),
        ),
    },
    "limit_pressure": {  # hitting a limit in words that name no unit: throttling, 429s, every seat taken
        "en": (
            (r"\b(?:getting|get|got|gets|being|been|are|were|is|was)(?: (?:constantly|repeatedly|still|now|already|"
             r"regularly))? (?:throttled|rate[- ]limited)\b"),
            r"\b429(?:s| errors?| responses?| too many requests)\b",
            (r"\b(?:all|every one of) (?:the |our |of our |of the )?(?:\w+ )?(?:seats|licen[cs]es|slots) (?:are |have been |were )?"
             r"(?:already )?(?:taken|used up|in use|assigned|allocated|gone)\b"),
            r"\b(?:seats|licen[cs]es|slots) (?:are|were|have been) (?:all |already )+(?:taken|used up|gone|assigned|in use)\b",
        ),
        "de": (
            r"\b(?:werden|wurden|wird|wurde|sind) (?:\w+ ){0,3}?gedrosselt\b",
            r"\bins [\w-]*limit (?:\w+ )?(?:gelaufen|gerannt|geraten|gekommen)\b",
            r"\b[\w-]*limit (?:ist |wurde |haben wir |hatten wir )?(?:schon |bereits |wieder )?erreicht\b",
            (r"\balle (?:\w+ )?(?:sitze|plätze|lizenzen|seats|nutzerplätze) (?:\w+ ){0,2}?(?:vergeben|belegt|weg|verbraucht|"
             r"aufgebraucht)\b"),
            r"(?<!geduld )(?<!nerven )\b(?:sind|ist) (?:für diesen monat |diesen monat |schon |bereits |jetzt ){0,2}aufgebraucht\b",
        ),
    },
}
# Seats paid for but not used: a contraction risk (churn_risk), never limit pressure ("We pay for 25
# seats but only 10 people log in", "Die Hälfte der Lizenzen liegt brach").
UNDERUSED: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:seats?|licen[cs]es?)\b.{0,60}?\b(?:only|just) (?:about |around )?(?:\d+|a few|a handful|half)\b"
        r".{0,40}?\b(?:use|uses|using|used|log in|logs in|logging in|logged in|active)\b",
        r"\b(?:unused|idle) (?:seats|licen[cs]es)\b",
        r"\b(?:seats|licen[cs]es) (?:are |sit |sitting |go |going )?(?:unused|idle)\b",
    ),
    "de": (
        r"\b(?:lizenzen|plätze|seats)\b.{0,60}?\bnur (?:noch )?(?:\d+|wenige|die hälfte|ein paar)\b"
        r".{0,40}?\b(?:nutzen|nutzt|genutzt|aktiv|loggen sich|melden sich|eingeloggt)\b",
        r"\bungenutzte (?:lizenzen|plätze|seats)\b",
        r"\b(?:lizenzen|plätze|seats) (?:\w+ )?(?:liegt|liegen) brach\b",
        r"\b(?:lizenzen|plätze|seats) (?:bleiben|sind) ungenutzt\b",
    ),
}
# Asking what a limit is, with no sign of pressing on it: "Is there an API limit on the Pro plan?",
# "What's the storage limit on Starter?", "Gibt es ein Limit für API-Aufrufe?". Not limit pressure unless
# the sentence also says the limit is hit ("We keep hitting the API limit, is there a higher one?").
LIMIT_QUESTION: dict[str, tuple[str, ...]] = {
    "en": (
        r"^(?:(?:hi|hey|hello|quick question|also|and|so|btw)\W+)*(?:is there|are there|what(?:'s| is| are)|"
        r"how (?:high|big|large|many|much)|do you have|does (?:the|your) \w+(?: plan)? have)\b"
        r"[^?]{0,60}\b(?:limits?|caps?|quotas?|maximum|max)\b[^?]*\?$",
        r"\b(?:curious|wondering|wonder|to know|asking) (?:whether|if|how|what)\b[^?]{0,60}"
        r"\b(?:limits?|caps?|quotas?|maximum)\b[^?]*\?$",
    ),
    "de": (
        r"^(?:(?:hallo|hi|kurze frage|noch eine frage|und|also)\W+)*(?:gibt es|was ist|wie (?:hoch|groß|viele)|"
        r"wo liegt|welche?s?|habt ihr|gilt|gelten)\b[^?]{0,60}\b(?:limits?|grenzen?|obergrenzen?|kontingente?|maximum)\b"
        r"[^?]*\?$",
    ),
}
# ... and words that show the writer is pressing on it after all.
LIMIT_PRESSED: tuple[str, ...] = (
    r"hit\w*", r"reach\w*", r"ran out", r"run\w* out", r"keep", r"exceed\w*", r"close to", r"almost",
    r"over", r"won't let", r"again", r"already", r"erreicht", r"überschritten", r"stoßen", r"schon",
    r"wieder", r"fast", r"ständig", r"aufgebraucht",
    r"rais\w*", r"increas\w*", r"higher", r"more", r"extend\w*", r"lift", r"bump\w*", r"erhöh\w*", r"mehr",
    r"höher\w*",  # asking to raise a limit presses on it
)
# What a plan includes, stated ("Plandeck Pro includes 100,000 API calls a month", "Der Business-Tarif umfasst
# bis zu 50 Projekte"), presses on nothing unless the writer is in it ("..., and we have 7 people", "nur").
LIMIT_STATEMENT: tuple[str, ...] = (
    (r"^(?:[\w.'-]+ ){1,4}?(?:includes|include|comes with|come with|gives you|offers|allows)(?: up to| a maximum of)? "
     r"[\d.,]+k?\b(?![^.!?]*\b(?:we|we're|we've|our|us|i|i'm|my|me|only|just|already|all)\b)"),
    (r"^(?:[\w.'-]+ ){1,4}?(?:enthält|beinhaltet|umfasst|bietet|erlaubt)(?: bis zu| maximal)? "
     r"[\d.,]+\b(?![^.!?]*\b(?:wir|unser\w*|uns|ich|mein\w*|mir|nur|schon|bereits|alle)\b)"),
)
# A limit the writer does not use or care about presses on nothing: "None of us uses the API, so the rate
# limit change doesn't matter to us", "Die neue API-Grenze betrifft uns nicht". Silences limit pressure only
# (in "We need SSO, the price doesn't matter to us" the request stands).
LIMIT_INDIFFERENT: tuple[str, ...] = (
    r"doesn't matter to us", r"does not matter to us", r"doesn't affect us", r"does not affect us",
    r"doesn't apply to us", r"does not apply to us", r"irrelevant (?:for|to) us", r"none of us (?:uses?|needs?)",
    r"nobody (?:here )?uses", r"we (?:don't|do not|never) use (?:it|that|the)",
    r"(?:we|i) (?:don't|do not) mind", r"stört uns nicht",
    r"betrifft uns nicht", r"spielt für uns keine rolle", r"ist uns egal", r"nutzt (?:bei uns )?(?:eh )?keiner",
    r"nutzen wir (?:eh |gar |sowieso )?nicht",
    # polling is traffic, not a limit hit: "a script that hits the API every ten minutes"
    r"hits? (?:the|our|your) (?:api|endpoint|server|webhook)s? (?:every|each|once|twice|hourly|daily|nightly)",
)
# Waiting for a catalog feature, asking when it comes, or naming it as what keeps the customer from upgrading
# asks for it ("We've been waiting on the Gantt view for six months", "Is SSO something you'd consider for
# Pro?", "Wir warten seit Monaten auf die Gantt-Ansicht"); not waiting for a fix or an answer.
AWAITED: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:been|still|are|we're|keep) waiting (?:on|for) (?!(?:a |the |any |your )?(?:fix|response|reply|answer|"
        r"patch|callback|update from|ticket))",
        r"\b(?:asking|ask|asked|wondering|wonder) when (?:the |your |a |an )?[\w -]{0,30}?\b(?:is|will be|comes?|"
        r"coming|lands?|ships?)\b",
        r"\b(?:you'd|you would|would you|will you) (?:ever )?consider\b",
        r"\b(?:only reason|holding us back|keeping us from|stopping us from|why we haven't)\b[^.!?]{0,40}?"
        r"\b(?:upgrad\w*|no|missing|lack\w*)\b",
    ),
    "de": (
        r"\bwarten (?:seit [\w ]{1,25}?|schon (?:lange |ewig |seit [\w ]{1,25}?)?|immer noch |noch immer )auf "
        r"(?!(?:eine |die |den )?(?:antwort|lösung|rückmeldung|fix|behebung))",
        r"\b(?:fragt|fragen|frage) (?:\w+ ){0,2}?(?:nach,? )?wann\b",
        r"\bwürdet ihr (?:\w+ ){0,4}?(?:in betracht ziehen|überlegen|anbieten)\b",
    ),
}
# Room left under a limit presses on nothing: "We haven't hit the API limit once this year", "nowhere near our
# storage cap", "we only use 10%", "Wir haben das API-Limit noch nie erreicht". Silences limit pressure only, and
# not in a sentence that turns ("We never hit the cap before, but now we're at 24 of 25 seats").
LIMIT_HEADROOM: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:haven't|have not|hasn't|has not|didn't|did not|never)(?: (?:yet|once|even|ever|really))? "
        r"(?:hit|reached|exceeded|come close to|got close to|gotten close to|run into|ran into|run out of|ran out of)\b",
        r"\b(?:nowhere near|not (?:even )?close to|far (?:below|from|under)|well (?:below|under)|"
        r"(?:still|comfortably|way)(?: be)? (?:below|under))\b",
        r"\bonly (?:use|using|used|need) (?:about |around |roughly )?\d+ ?(?:%|percent)",
        # a low share of it: "our storage usage is around 40% of the quota" (not "95% of our quota")
        r"\b(?:[1-9]|[1-5]\d|60) ?(?:%|percent) of (?:the|our|my) (?:\w+ )?(?:quota|limit|cap|allowance|storage|seats)\b",
        r"\bplenty of (?:room|space|headroom|seats|storage|capacity)\b",
        r"\b(?:we're|we are) (?:fine|good|happy) with (?:the|our) (?:current )?(?:storage|seats?|limits?|quota|plan)\b",
        # "We're only using 3 of our 25 seats so far"
        r"\bonly (?:using|use|used|have|need|filled|occupy|occupying) (?:about |around |roughly )?\d+ (?:\w+ )?of (?:our |the |my )?\d+\b",
    ),
    "de": (
        r"\b(?:noch nie|nie|nicht|noch nicht|kein einziges mal) (?:\w+ )?(?:erreicht|überschritten|ausgeschöpft)\b",
        r"\b(?:weit|deutlich|locker) (?:unter|unterhalb|entfernt)\b",
        r"\breicht (?:uns )?(?:völlig|locker|vollkommen|dicke|problemlos)\b",
        r"\bnur (?:etwa |ca\. |rund )?(?:\d+ ?(?:%|prozent)|einen bruchteil)\b",
        r"\b(?:[1-9]|[1-5]\d|60) ?(?:%|prozent) (?:des|unseres) (?:\w+)?(?:kontingents|limits|speichers)\b",
        # "Wir nutzen gerade mal 2 GB von unseren 50 GB Speicher"
        r"\b(?:gerade mal|gerade einmal|nur|erst) (?:etwa |ca\. |rund )?\d+ ?(?:\w+ )?von (?:unseren |unserem |den |insgesamt )?\d+\b",
    ),
}
# A move whose target is the vendor's own product came to us: "Seit dem Umstieg von Excel auf Planwise sparen wir
# Zeit", "since we moved everything over to Planwise". No churn unless a churn word says so. "{own}" is the
# catalog's product name.
MOVED_TO_US: tuple[str, ...] = (
    (r"\b(?:umstieg|umstellung|wechsel|umzug|migration|switch|switched|switching|move|moved|moving|migrated|migrating|"
     r"came over|transition\w*)\b[^.!?]{0,60}?\b(?:auf|zu|nach|to|onto|into|over to) {own}\b"),
)
# Hiring that has stopped is no growth: "We grew quickly in 2021, but hiring has been frozen ever since",
# "Einstellungsstopp bis Jahresende".
GROWTH_HALTED: tuple[str, ...] = (
    r"hiring(?: has been | is | was | got | remains | stays | is now |['’]s been |['’]s | )(?:frozen|paused|on hold|halted|stopped)",
    r"hiring freeze", r"freeze on hiring", r"einstellungsstopp",
    r"(?:stellen|stellt) (?:\w+ ){0,2}?(?:niemanden|niemand|keine\w*)(?: \w+)? (?:mehr )?ein",
)
# Cancelling an errand, or an employee quitting, is no churn: "Please cancel the duplicate invoice I created",
# "Unsere Buchhalterin hat gekündigt".
CANCEL_ERRAND: dict[str, tuple[str, ...]] = {
    "en": (
        (r"\bcancel(?:led|ed|ling|ing)? (?:the|this|that|my|our|a|an|today's|tomorrow's) (?:\w+ ){0,2}?(?:invoices?|orders?|"
         r"meetings?|calls?|appointments?|bookings?|requests?|tickets?|payments?|transfers?|exports?|imports?|jobs?|"
         r"reservations?|invitations?|invites?|sessions?|demos?|trainings?|workshops?|webinars?|leases?|office lease|"
         r"insurance)\b"),
    ),
    "de": (
        r"\b(?:mitarbeiter\w*|kolleg\w*|angestellte\w*|\w*leiter\w*|\w*halter\w*|er|sie) hat (?:\w+ ){0,2}?gekündigt\b",
        # "Wir kündigen den Mietvertrag für das alte Büro"
        (r"\b(?:kündig\w*|gekündigt) (?:\w+ ){0,2}?(?:den|die|das|unseren|unsere|unser) (?:\w+ )?(?:\w*mietvertrag\w*|büro\w*|"
         r"räume|wohnung|\w*versicherung|handyvertrag|leasing\w*|stromvertrag)\b"),
    ),
}
# Praise with nothing against it ("Der Support antwortet schnell und kompetent", "Your support team is friendly and
# competent"): the classifier alone names no churn risk or workaround there. Any word of trouble, a contrast, a
# negation or a habit keeps the sentence out ("great app, but it crashes", "great, except every Friday we ...").
PRAISE: tuple[str, ...] = (
    r"great", r"love", r"loving", r"excellent", r"amazing", r"awesome", r"fantastic", r"brilliant", r"perfect",
    r"helpful", r"friendly", r"competent", r"reliable", r"keep it up", r"well done", r"kudos", r"useful",
    r"kompetent", r"hilfreich", r"freundlich", r"zuverlässig", r"hervorragend", r"großartig", r"klasse", r"prima",
    r"spitze", r"perfekt", r"weiter so", r"toll",
)
PRAISE_SPOILED: tuple[str, ...] = (
    r"not", r"\w*n't", r"never", r"no", r"but", r"however", r"although", r"except", r"slow\w*", r"bad", r"worse",
    r"worst", r"problems?", r"issues?", r"bugs?", r"crash\w*", r"down", r"outages?", r"cancel\w*", r"leav\w*",
    r"frustrat\w*", r"annoy\w*", r"disappoint\w*", r"useless", r"terrible", r"if", r"until", r"only", r"still",
    r"again", r"have to", r"had to", r"every", r"each", r"instead", r"export\w*", r"manual\w*",
    r"aber", r"jedoch", r"nicht", r"nie", r"kein\w*", r"langsam\w*", r"schlecht\w*", r"problem(?!los)\w*",
    r"fehler(?!frei)\w*", r"ausf[aä]ll\w*", r"kündig\w*", r"leider", r"trotzdem", r"nur", r"noch", r"wieder",
    r"wenn", r"bis", r"muss\w*", r"jede\w*", r"statt", r"stattdessen", r"händisch", r"manuell",
)  # "problemlos" and "fehlerfrei" are praise, not trouble
# Something set up and working, said with no word of trouble or need: "SSO is already set up and working fine
# for us", "SSO through Okta has worked perfectly since we set it up", "Die Okta-Anbindung läuft einwandfrei".
# A sentence like that needs nothing, so the classifier alone names no compliance need or request there.
IN_PLACE: tuple[str, ...] = (
    r"already (?:set up|in place|enabled|configured|live|turned on|switched on|rolled out|connected|running)",
    (r"(?:works?|working|worked) (?:just |really |absolutely )?(?:fine|perfectly|great|well|flawlessly|smoothly|"
     r"nicely|like a charm)"),
    r"(?:is|are) up and running", r"(?:has|have) been (?:rock[- ]solid|flawless|running smoothly)",
    r"(?:ist|sind) (?:bereits|schon) (?:eingerichtet|aktiv|aktiviert|im einsatz|angebunden|live|konfiguriert)",
    (r"(?:läuft|laufen|funktioniert|funktionieren|klappt|klappen) (?:\w+ ){0,3}?(?:einwandfrei|problemlos|reibungslos|"
     r"tadellos|super|prima|bestens|wunderbar|stabil)"),
)
IN_PLACE_SPOILED: tuple[str, ...] = (  # besides PRAISE_SPOILED: a need, or a time it worked and no longer does
    r"needs?", r"needed", r"requir\w*", r"must", r"wants?", r"mandatory", r"used to", r"before", r"anymore",
    r"brauch\w*", r"benötig\w*", r"verlang\w*", r"fordert?", r"pflicht\w*", r"vorgeschrieben", r"vorher", r"früher",
    r"mehr",
)
CHURN_THREAT: tuple[str, ...] = (r"but if", r"unless", r"otherwise", r"or else", r"es sei denn", r"aber wenn",
                                 r"sonst", r"andernfalls")
# A practice that has stopped is no workaround: "We no longer copy tasks by hand", "we used to keep a
# spreadsheet on the side", "Früher haben wir Aufgaben von Hand kopiert, das ist vorbei", "Wir pflegen keine
# Excel-Liste mehr". A loss ("we can no longer see totals, so we export them") is not one of these.
STOPPED_PRACTICE: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:we|i|they|the team)(?: (?:thankfully|finally|now|actually|really|also|luckily))? no longer "
        r"(?!see\b|get\b|have\b|receive\b|find\b|access\b|able\b|be\b|know\b|works?\b|syncs?\b)",
        r"\b(?:we|i|they)(?: \w+)? (?:don't|do not|never) (?!want|wish|like|feel|wanna)(?:[\w-]+ ){1,6}?"
        r"(?:anymore|any more)\b",
        r"\b(?:we|i|they) used to\b",
        r"\b(?:we|i|they)(?: \w+)? stopped (?:using|doing|keeping|exporting|copying|tracking|maintaining|pasting|"
        r"merging|updating)\b",
        r"\b(?:that|this|it|those days) (?:is|are) (?:thankfully |finally |now )?(?:over|history)\b",
    ),
    "de": (
        r"\bfrüher (?:haben|hatten|mussten|musste|habe|hab|sind|waren|war|pflegten) (?:wir|ich)\b",
        r"\b(?:haben|hatten|mussten|musste|habe) (?:wir|ich) früher\b",
        r"\b(?:wir|ich) (?:(?!können|könnten|schaffen|wollen|möchten|kommen)[\w-]+ ){1,3}?"
        r"(?:nicht mehr|keine?[nmrs]? (?:[\w-]+ ){0,2}?mehr|nie mehr)\b",
        r"\b(?:ist|sind) (?:zum glück |endlich |jetzt |inzwischen )?(?:vorbei|geschichte)\b",
        r"\bgehört (?:\w+ )?der vergangenheit an\b",
    ),
}
# ... unless the practice goes on ("we no longer use the macro, we still paste it by hand").
PRACTICE_GOES_ON: tuple[str, ...] = (r"still", r"again", r"immer noch", r"noch immer", r"weiterhin", r"nach wie vor")
# Churn that was averted or ruled out: "I almost cancelled but the update fixed it", "we thought about
# switching but decided to stay", "Wir wollen nicht kündigen", "bleiben aber bei euch". Silences churn risk
# only (the evaluation can still be a comparison), and not next to a threat ("..., but if it goes on we will").
CHURN_AVERTED: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:almost|nearly|came close to|very nearly) (?:\w+ )?(?:cancel|churn|quit|left|leave|switch|uninstall)\w*",
        r"\b(?:was|were) (?:about|going|ready|planning) to (?:cancel|leave|switch|quit|churn)\b[^.!?]{0,80}?\bbut\b",
        r"\b(?:decided|chose|choose|decide|plan|want|going) to stay\b",
        r"\b(?:we'll|we will|we're|we are|i'll|i will|i'm|i am) (?:definitely |happily )?stay(?:ing)? "
        r"(?:with (?:you|u)\b|put\b|on\b)",
        r"\b(?:no intention|no plans?) (?:of|to) (?:cancel|leav|switch|churn|quit)\w*",
        r"^\W*no complaints\b",
        (r"\b(?:outage|downtime|incident)\b[^.!?]{0,40}?\b(?:didn't|did not|doesn't|does not|hasn't|has not|won't) "
         r"(?:affect|impact|hit|touch|bother) us\b"),
        r"\b(?:we|i)(?:'re|'m| are| am)? (?:definitely |certainly )?(?:won't|will not|not|aren't|are not|am not) "
        r"(?:going to |planning to |planning on |be )?(?:cancel(?:l?ing)?|leav(?:e|ing)|churn(?:ing)?|quit(?:ting)?)\b"
        r"(?! yet| for now| just yet)",
        # never thought of it, out of the question: "I never considered cancelling", "leaving is not an option"
        (r"\b(?:never|not once|not for a second) (?:\w+ )?(?:considered|thought about|thought of|contemplated)"
        r" (?:\w+ )?(?:cancel|leav|switch|churn|quit|moving)\w*"),
        (r"\b(?:cancel(?:l?ing)?|leaving|switching|churning)\b[^.!?]{0,30}?\b(?:is|was) (?:simply |just )?"
        r"(?:out of the question|not an option|off the table)\b"),
        (r"\b(?:cancel(?:l?ing)?|leaving|switching|churning)\b[^.!?]{0,20}?\b(?:has|had) never "
        r"(?:once )?(?:crossed|entered) (?:our|my) minds?\b"),
    ),
    "de": (
        (r"\b(?:nie|niemals|keine sekunde|keinen moment|nicht eine sekunde) (?:\S+ ){0,2}?(?:daran|ans|an|über)"
        r" (?:\S+ ){0,2}?(?:kündigen|kündigung|wechsel|wechseln|abspringen)\b"),
        (r"\b(?:kündigen|eine kündigung|ein wechsel|wechseln|abspringen)\b[^.!?]{0,30}?\b(?:kommt|ist)\b"
        r"[^.!?]{0,20}?\b(?:nicht in frage|keine option|kein thema|ausgeschlossen)\b"),
        (r"\b(?:kündigen|eine kündigung|ein wechsel|wechseln|abspringen)\b (?:war|ist) (?:bei uns |für uns )?"
        r"(?:nie|noch nie|niemals|nie wirklich) (?:ein )?thema\b"),
        r"\b(?:fast|beinahe|schon fast|kurz davor)\b[^.!?]{0,30}?\b(?:gekündigt|zu kündigen|gewechselt|zu wechseln)\b",
        r"\bbleiben (?:aber |doch |trotzdem |weiterhin |gerne )?bei (?:euch|ihnen|dir)\b",
        r"\b(?:wir|ich) (?:wollen|werden|möchten|will|werde|haben) (?:\w+ )?(?:nicht|keinesfalls|auf keinen fall) "
        r"(?:\w+ )?kündigen\b",
        r"\b(?:wollen|werden|möchten) (?:wir|ich) (?:\w+ )?(?:nicht|keinesfalls) (?:\w+ )?kündigen\b",
        r"\bkündigen (?:wir|werden wir) (?:nicht|keinesfalls|auf keinen fall)\b",
        r"\bwollten (?:\w+ ){0,2}?(?:kündigen|wechseln)\b[^.!?]{0,80}?\baber\b",
        r"^\W*keine (?:beschwerden|klagen)\b",
        (r"\b(?:ausfall|störung|downtime|wartung)\b[^.!?]{0,40}?\b(?:hat|hatte) uns (?:\w+ )?nicht (?:betroffen|"
         r"beeinträchtigt|gestört)\b"),
    ),
}
# Invoice and billing details are admin asks, not compliance needs: "We need our VAT ID on the invoice",
# "Bitte die Bestellnummer auf die Rechnung", "Wir brauchen unsere USt-IdNr.".
BILLING_DETAIL: tuple[str, ...] = (
    r"(?:vat|tax|tin|gst) (?:id|number|no\.?|reg\w*)", r"ust-?id(?:nr)?\.?", r"umsatzsteuer-?id\w*",
    r"steuernummer", r"(?:on|to) (?:the|our|every|each) invoices?", r"auf (?:der|die|unserer|jeder) rechnung",
    r"po number", r"purchase order number", r"bestellnummer", r"billing address", r"rechnungsadresse",
)
# A need already met, said as thanks: "we couldn't have passed SOC 2 without your audit log", "ohne euer
# Audit-Log hätten wir das Audit nie bestanden". The sentence names a requirement and a feature, but asks
# for nothing, so it is treated like a resolved mention.
MET_NEED: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:couldn't|could not|could never|wouldn't|would not|would never) have\b[^.!?;]{0,80}?"
        r"\bwithout (?:you|your|this|these|it)\b",
    ),
    "de": (
        r"\bohne (?:euch|euer|eure?[nmrs]?|sie|ihre?[nmrs]?|dieses?|diesen|diese)\b[^.!?;]{0,60}?\bhätten wir\b"
        r"[^.!?;]{0,60}?\b(?:nie|nicht|niemals|kaum)\b",
        r"\bhätten wir\b[^.!?;]{0,60}?\bohne (?:euch|euer|eure?[nmrs]?|sie|ihre?[nmrs]?|dieses?|diesen|diese)\b"
        r"[^.!?;]{0,60}?\b(?:nie|nicht|niemals|kaum)\b",
    ),
}
# A compliance need: a regulation, standard, contract or authority next to an obligation, in the same
# clause ("We fall under NIS2 now and need ...", "Legal won't approve it until we have a signed DPA",
# "our works council is asking"), not a mention in passing ("We're SOC 2 certified", "HIPAA doesn't
# apply", "SOC 2 is covered, but we need more seats").
COMPLIANCE_TERMS: tuple[str, ...] = (
    r"soc[ -]?2", r"iso[ -]?27001", r"hipaa", r"gdpr", r"nis ?2", r"data processing agreement", r"dpa",
    r"pen(?:etration)? test", r"security (?:questionnaire|review|audit)", r"data residency", r"works council",
    r"sub-?processors", r"auditors?", r"ciso", r"infosec",
    r"dsgvo", r"avv", r"av-vertrag", r"auftragsverarbeitungsvertrag", r"betriebsrat", r"unterauftragsverarbeiter",
    r"penetrationstest", r"datenschutzbeauftragte\w*", r"prüfer\w*",
    r"bafin(?:-\w+)?", r"kritis(?:-\w+)?", r"bsi(?:-\w+)?", r"c5(?:-testat)?", r"tisax", r"löschkonzept\w*", r"phi",
    r"pci(?:[ -]dss)?", r"fedramp",
)
# Gates: what the customer will not go ahead without. Obligations below, and (with a wider window) the
# security controls further down.
_CANNOT_WITHOUT = (r"(?:can['’]t|cannot|can not|won['’]t|will not|couldn['’]t|could not) (?!live\b|do\b)"
                   r"(?:[\w-]+ ){{0,{words}}}?without")
_GATES_EN = (r"won't (?:approve|sign)", r"will not (?:approve|sign)", r"until we have")
_GATES_DE = (r"nicht ohne", r"erst wenn", r"ohne (?:\S+ ){0,3}?(?:geht|läuft) (?:es|das) nicht",  # "nicht ohne AVV",
             # "ohne AVV geht es nicht", "ohne AVV können wir nicht starten"
             r"ohne (?:\S+ ){0,3}?(?:können|dürfen|werden) wir (?:\S+ ){0,2}?nicht")
COMPLIANCE_OBLIGATIONS: tuple[str, ...] = (
    r"needs?", r"needed", r"requires?", r"required", r"requirements?", r"must", r"mandatory", r"asking",
    r"asks? for", r"insists?", *_GATES_EN,
    r"only if", r"fall under", r"falls under", r"(?:can|could|would) you (?:please )?(?:send|share|provide)",
    # "we can't sign without a DPA", "legal won't let us go live without SOC 2", "not without a DPA"
    _CANNOT_WITHOUT.format(words=4),
    r"not without",
    r"please (?:send|share|provide)",  # asking for the document: "Could you send us your DPA?"
    r"(?:no (?:[\w-]+ ){0,3}?[\w-]+,? )?no (?:contract|deal|signature|go-live|purchase|sign-off)",  # "no SOC 2 report,
    # no contract"
    r"verlang\w*", r"forder\w*", r"brauch\w*", r"benötig\w*", r"müssen", r"muss", r"fragt", r"fragen nach",
    r"(?:ohne (?:[\w-]+ ){0,3}?[\w-]+,? )?(?:kein(?:en)? (?:vertrag|deal|go-live|kauf|abschluss)|keine unterschrift)",
    r"besteht darauf", r"besteh(?:t|en) auf", r"setzt voraus", r"nur wenn", r"fallen unter", r"fällt unter",
    r"pflicht", r"verpflichtend", r"voraussetzung", r"zwingend", r"vorgeschrieben", r"unterliegen", r"unterliegt",
    r"subject to", r"kein go",
    *_GATES_DE,
    r"(?:könnt|können|könnten) (?:ihr|sie) (?:uns )?(?:bitte )?(?:\S+ ){0,8}?(?:schicken|senden|zusenden|bereitstellen)",
)
# A security control the customer cannot go ahead without is a compliance need too ("IT won't approve the
# rollout without an audit log", "not without SSO"), but only next to a gate: "we need SSO" is a request,
# and "SSO login needs two clicks" is neither.
COMPLIANCE_CONTROLS: tuple[str, ...] = (
    r"sso", r"saml(?: sso)?", r"scim", r"mfa", r"2fa", r"two-factor(?: authentication)?", r"audit[ -]?logs?",
    r"audit trail", r"zwei-faktor-\w+", r"2-faktor-\w+", r"azure ad", r"entra id",
)
# ... or next to a mandate: "Azure AD login is mandatory for every SaaS app", "2FA ist bei uns Pflicht"
COMPLIANCE_MANDATES: tuple[str, ...] = (
    r"mandatory", r"compulsory", r"required by (?:policy|law|security|it|our policy)", r"pflicht", r"verpflichtend",
    r"vorgeschrieben", r"zwingend",
)
COMPLIANCE_GATES: tuple[str, ...] = (
    *_GATES_EN, r"not without", _CANNOT_WITHOUT.format(words=7), *_GATES_DE,
    r"ohne (?:\S+ ){0,3}?(?:gibt|geben) (?:\S+ ){0,3}?nicht frei",
)
# An inverted condition: "Should legal ever ask about data residency, ...", "Sollte der Prüfer mal fragen".
HYPOTHETICAL_INVERSION = (r"(?:^|[,;] )(?:should|sollten?) (?:[\w'-]+ ){1,3}?(?:ever|jemals|irgendwann|mal)\b"
                          r"|^(?:should (?:we|our team|the team|our company)|sollten? (?:wir|das team|unser team)) "
                          r"(?:\w+ )?(?:grow|need|add|hire|expand|double|outgrow|wachsen|brauchen|einstellen)\w*\b(?![^?]*\?)")
