"""Call and review pools for the demo corpora (same snippet format as demo_corpora_pools_en)."""

from __future__ import annotations


def S(text: str, tags: str = "", need: str = "") -> tuple[str, str, str]:
    return (text, tags, need)


CALL_TITLES = {
    "en": ["Quarterly business review", "Renewal call", "Check-in", "Expansion discussion", "Onboarding sync",
           "Security review follow-up", "Executive sponsor call", "Discovery call", "Mid-term check-in"],
    "de": ["Quartalsgespräch", "Verlängerungsgespräch", "Check-in", "Ausbau-Gespräch", "Onboarding-Abstimmung",
           "Sicherheitsfragen", "Jahresgespräch"],
}

# vendor openers, prompts that lead into a kind of answer, pitches (hard negatives), wrap-ups
CALL_VENDOR = {
    "en": {
        "open": ["Hi {cust}, thanks for making the time today.", "Hey {cust}, good to see you again.",
                 "Hi everyone, can you hear me okay?"],
        "agenda": ["So the plan for today is a quick look at usage, what's coming up on your side, and the renewal.",
                   "I thought we'd go through how the rollout is going and then any open questions.",
                   "I have about thirty minutes, so let's dive in."],
        "prompt": {
            "fr": ["Anything on your wishlist for the product?", "What's the one thing you'd change?"],
            "want": ["Which features are you missing day to day?", "Anything the team keeps asking you for?"],
            "cn": ["Are there any security or compliance requirements coming up?", "How did the security review go?"],
            "cc": ["Are you looking at any other tools at the moment?", "How do we stack up against what you used before?"],
            "cmp": ["How do we compare to other tools you've seen?"],
            "wk": ["How are you handling reporting today?", "How do you deal with that right now?"],
            "lp": ["How's usage looking, any limits you're bumping into?"],
            "gr": ["How is the team developing this year?", "Any new teams or locations coming on board?"],
            "bu": ["How's the budget looking for next year?", "What does your procurement timeline look like?"],
            "ch": ["How has the last month been for you?", "I heard there were some issues recently, how bad was it?"],
        },
        "pitch": ["Enterprise would give you SSO and audit logs, I can send over a quote.",
                  "If you go beyond {SL} seats, the next tier would make more sense for you.",
                  "A lot of teams your size move to Enterprise for the portfolio view.",
                  "Our Pro plan includes time tracking and the Gantt view, so that might be worth a look.",
                  "Just so you know, we also integrate with Jira and Salesforce on Enterprise.",
                  "I could set you up with a two-week Enterprise trial if that helps."],
        "react": ["Got it, that's really helpful.", "Okay, makes sense.", "Right, I'll note that down.",
                  "Mm-hm.", "Yeah, totally.", "Interesting, thanks for sharing that."],
        "wrap": ["Great, I'll send a recap with next steps after the call.",
                 "Thanks so much, I'll follow up by email this week.",
                 "Perfect, let's pick this up again in a month."],
    },
    "de": {
        "open": ["Hallo {cust}, danke, dass Sie sich Zeit nehmen.", "Hi {cust}, schön, dich wiederzusehen.",
                 "Hallo zusammen, hört ihr mich gut?"],
        "agenda": ["Ich würde vorschlagen, wir schauen kurz auf die Nutzung, eure Pläne und dann die Verlängerung.",
                   "Wir haben etwa eine halbe Stunde, lasst uns direkt einsteigen."],
        "prompt": {
            "fr": ["Was steht bei euch auf der Wunschliste?", "Was würdet ihr am Produkt ändern?"],
            "want": ["Welche Funktionen fehlen euch im Alltag?"],
            "cn": ["Gibt es neue Anforderungen von Datenschutz oder IT-Sicherheit?"],
            "cc": ["Schaut ihr euch gerade andere Tools an?", "Wie schneiden wir im Vergleich zu eurem alten Tool ab?"],
            "cmp": ["Wie sehen Sie uns im Vergleich zu anderen Lösungen?"],
            "wk": ["Wie macht ihr das Reporting aktuell?"],
            "lp": ["Stoßt ihr irgendwo an Grenzen, Lizenzen oder Speicher?"],
            "gr": ["Wie entwickelt sich das Team dieses Jahr?"],
            "bu": ["Wie sieht es mit dem Budget fürs nächste Jahr aus?"],
            "ch": ["Wie lief der letzte Monat aus Ihrer Sicht?"],
        },
        "pitch": ["Mit Enterprise hättet ihr SSO und Audit-Logs, ich kann gern ein Angebot schicken.",
                  "Wenn ihr über {SL} Lizenzen kommt, wäre der nächste Tarif sinnvoll.",
                  "Im Pro-Tarif wären Zeiterfassung und Gantt-Diagramm dabei.",
                  "Ich könnte euch zwei Wochen Enterprise zum Testen freischalten."],
        "react": ["Verstehe, danke.", "Okay, das notiere ich mir.", "Mhm.", "Ja, absolut.", "Spannend, danke."],
        "wrap": ["Super, ich schicke nach dem Call eine Zusammenfassung.",
                 "Vielen Dank, ich melde mich diese Woche per Mail.",
                 "Prima, dann sprechen wir uns in einem Monat wieder."],
    },
}

CALL_CUSTOMER = {
    "en": {
        "hello": ["Hi, yeah, can hear you fine.", "Hey, sorry, I'm a couple of minutes late, previous meeting ran over.",
                  "Hi, all good, thanks for setting this up."],
        "lead": ["Yeah, so.", "Um, good question.", "Honestly?", "So, one thing.", "Yeah, I mean.", "Okay, so."],
        "tail": ["Yeah.", "So that's where we are.", "That's probably the main thing.", "Does that make sense?",
                 "Anyway.", "Um, yeah."],
        "small": ["Things are busy, end of quarter as always.", "The team is happy with it overall.",
                  "Sorry, my dog is barking in the background.", "Can you share your screen? I can't see it yet.",
                  "Let me just close the door quickly."],
        "bye": ["Sounds good, thanks.", "Great, talk soon.", "Perfect, thanks for your time.", "Bye!"],
    },
    "de": {
        "hello": ["Hallo, ja, ich höre dich gut.", "Hi, sorry für die Verspätung, das Meeting davor hat überzogen.",
                  "Hallo, danke fürs Einrichten."],
        "lead": ["Ja, also.", "Gute Frage.", "Ehrlich gesagt?", "Also, ein Punkt noch.", "Ähm, ja."],
        "tail": ["Ja.", "Das ist so der Stand.", "Das ist eigentlich der Hauptpunkt.", "Genau."],
        "small": ["Bei uns ist gerade viel los, Quartalsende halt.", "Das Team ist insgesamt zufrieden.",
                  "Kannst du den Bildschirm teilen? Ich sehe noch nichts."],
        "bye": ["Klingt gut, danke.", "Super, bis bald.", "Danke, tschüss!"],
    },
}

REVIEW_TITLES = {
    "en": ["Solid tool for mid-sized teams", "Great for non-technical teams", "Good but missing a few things",
           "Does the job", "Our go-to for project tracking", "Easy to adopt, reporting is weak",
           "Love it, with some caveats", "Not worth the price anymore", "Clean and fast", "Decent, not perfect",
           "Switched last year, no regrets", "Frustrating support experience", "Best board view out there",
           "Good value for small teams", "Great UX, limited admin controls"],
    "de": ["Solides Tool für unser Team", "Einfach und übersichtlich", "Gut, aber mit Lücken",
           "Tut, was es soll", "Für den Preis okay", "Leider nicht mehr zu empfehlen", "Top für Agenturen"],
}

REVIEW_PROS = {
    "en": [S("Super intuitive board view, our whole team was up and running in a day."),
           S("The mobile app is clean and notifications actually make sense."),
           S("Onboarding was painless and support answered within hours."),
           S("Templates save us a ton of time for recurring client projects."),
           S("It's easy for people who have never used a project tool before."),
           S("Compared to Jira it is so much friendlier for our marketing folks.", "cc:jira/worse_at"),
           S("We switched from Trello and finally have real structure in our projects.", "cc:trello/migrated_from"),
           S("We moved over from Asana two years ago and never looked back.", "cc:asana/migrated_from"),
           S("Much less cluttered than ClickUp.", "cc:clickup/worse_at"),
           S("Fast, reliable, and the Slack integration just works."),
           S("Good price for what you get."),
           S("The comment threads keep discussions in one place instead of email."),
           S("Everything is where you expect it to be."),
           S("Of all the tools we trialled it was the one people actually kept using.", "cmp/worse_at")],
    "de": [S("Sehr übersichtlich, das ganze Team war nach einem Tag startklar."),
           S("Die App ist schnell und die Benachrichtigungen sind sinnvoll."),
           S("Der Support antwortet schnell und kompetent."),
           S("Wir sind von Trello umgestiegen und haben endlich Struktur in den Projekten.", "cc:trello/migrated_from"),
           S("Viel aufgeräumter als monday.com.", "cc:monday/worse_at"),
           S("Vorlagen sparen uns bei wiederkehrenden Projekten viel Zeit."),
           S("Auch Kollegen ohne Vorerfahrung kommen sofort zurecht.")],
}

REVIEW_CONS = {
    "en": [S("Reporting is very basic, we export to Excel every week and build the charts there.", "wk"),
           S("No dark mode, which is a bit of a joke in 2026.", "fr"),
           S("The mobile app really needs an offline mode.", "fr"),
           S("Asana's timeline is still better than what you get here.", "cc:asana/better_at"),
           S("Smartsheet handles big spreadsheets-style projects much better.", "cc:smartsheet/better_at"),
           S("Wrike's approval flow is more mature.", "cc:wrike/better_at"),
           S("Permissions are too coarse, we need custom roles.", "want:custom_roles"),
           S("SSO is locked behind the most expensive tier.", "want:sso_saml"),
           S("We'd love native time tracking without a third-party app.", "want:time_tracking"),
           S("We hit the seat cap on our plan within three months of signing up.", "lp:seats"),
           S("We constantly bump into the storage limit with design files.", "lp:storage"),
           S("Support took over a week to answer during an outage, which almost made us leave.", "ch"),
           S("The last price increase was hard to justify and we're looking at alternatives.", "ch cmp/evaluating"),
           S("Other tools do Gantt charts out of the box without an upgrade.", "cmp/better_at"),
           S("We still keep a separate spreadsheet for resource planning.", "wk"),
           S("Search could be smarter."),
           S("Sometimes slow with very large projects."),
           S("Nothing major, occasionally the notifications are a bit much."),
           S("The API is fine but webhooks would make our life easier.", "want:webhooks"),
           S("Not much to dislike honestly."),
           S("We don't need the enterprise features, so no complaints there.", "neg:negation"),
           S("The CSV export bug we had last year has been fixed, so nothing to report now.", "neg:resolved"),
           S("If we ever needed SSO we'd have to upgrade, but for now it's fine.", "neg:hypothetical")],
    "de": [S("Das Reporting ist sehr einfach, wir exportieren jede Woche nach Excel.", "wk"),
           S("Ein Dark Mode fehlt leider.", "fr"),
           S("Eine Zeiterfassung direkt im Tool wäre super.", "want:time_tracking"),
           S("Bei Asana ist die Zeitleiste ausgereifter.", "cc:asana/better_at"),
           S("Single Sign-On gibt es nur im teuersten Tarif.", "want:sso_saml"),
           S("Die Rechteverwaltung ist zu grob, wir bräuchten eigene Rollen.", "want:custom_roles"),
           S("Der Speicherplatz reicht bei unseren vielen Plänen hinten und vorne nicht.", "lp:storage"),
           S("Nach der letzten Preiserhöhung überlegen wir ernsthaft zu wechseln.", "ch"),
           S("Andere Tools bieten das Gantt-Diagramm schon im Basistarif.", "cmp/better_at"),
           S("Eigentlich nichts Gravierendes."),
           S("Manchmal etwas langsam bei großen Projekten."),
           S("SSO brauchen wir nicht, daher kein Kritikpunkt.", "neg:negation")],
}

REVIEW_ROLES = {
    "en": ["Project Manager", "Operations Director", "Marketing Manager", "Founder", "Office Manager",
           "IT Administrator", "Creative Director", "Team Lead", "PMO Analyst"],
    "de": ["Projektleiterin", "Geschäftsführer", "Teamleitung", "IT-Administrator", "Büroleitung"],
}
ANON_SIZES = ["Small-Business (50 or fewer emp.)", "Mid-Market (51-1000 emp.)", "Enterprise (> 1000 emp.)"]
