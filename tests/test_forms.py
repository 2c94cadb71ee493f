"""Messages from issue trackers and web forms: template text is not the customer's, and the form
they chose (feature request or bug report) is evidence of its own."""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pytest

from upsignal.detect.engine import Detector
from upsignal.nlp.pipeline import (
    bug_subject,
    message_form,
    prose,
    question_subject,
    request_subject,
    split_lines,
)
from upsignal.normalize import repair_apostrophes
from upsignal.types import Account, Conversation, Turn


class FixedClassifier:
    """Says feature_request with probability `p` for every sentence."""

    name = "fixed.v1"
    kinds = ("feature_request",)
    thresholds: ClassVar[dict[str, float]] = {"feature_request": 0.5}

    def __init__(self, p: float) -> None:
        self.p = p

    def predict_proba(self, texts):
        return np.full((len(texts), 1), self.p)


def conv(text: str, title: str | None = None, language: str = "en") -> Conversation:
    return Conversation(id="c1", source_system="t", external_id="1", channel="ticket", language=language,
                        title=title, turns=(Turn(0, "Sam", "customer", text),))


def signals(detector: Detector, text: str, title: str | None = None, language: str = "en"):
    return detector([conv(text, title, language)])["c1"]


def test_template_text_is_blanked_but_offsets_hold():
    text = ("Export is slow  <!-- Please provide a clear and concise description\nof what the bug is. -->\n"
            "We need a bulk export.\n```\n$ make export\n```\n### Issue type\n- [ ] I searched the issues\n"
            "It times out.\\n\\nAlso the CSV has no header.")
    masked = prose(text)
    assert len(masked) == len(text) and masked.count("\n") >= text.count("\n")
    lines = [line.strip() for _, line in split_lines(text)]
    assert lines == ["Export is slow", "We need a bulk export.", "It times out.", "Also the CSV has no header."]
    for offset, line in split_lines(text):
        assert text[offset:offset + len(line.strip())] == line.strip()


@pytest.mark.parametrize(("text", "form"), [
    ("Add dark mode  **Is your feature request related to a problem? Please describe.** No.", "feature_request"),
    ("Type: Feature request\nPlease let us group boards.", "feature_request"),
    ("Kategorie: Funktionswunsch\nBitte Ordner für Boards.", "feature_request"),
    ("Crash on save\n**Steps to reproduce**\n1. open\n**Expected behavior**\nIt should save.", "bug_report"),
    ("Absturz\n### Erwartetes Verhalten\nEs sollte speichern.", "bug_report"),
    ("Sync broken\nRepro steps: open a board, press sync.", "bug_report"),
    ("Absturz beim Speichern. Schritte zum Reproduzieren: Board öffnen.", "bug_report"),
    # an export that flattened the lines keeps the heading's marks; OpenCV's template spells "Descripe"
    ("Rotate text  ### Descripe the feature and motivation  Let putText() take an angle.", "feature_request"),
    ("Rotate text\n### Descripe the feature and motivation\nLet putText() take an angle.", "feature_request"),
])
def test_message_form(text, form):
    assert message_form(text)[0] == form


def test_plain_message_has_no_form():
    assert message_form("Please add a Gantt view. Any report or feature request is welcome.") is None


def test_feature_request_form_fires_on_its_most_request_like_sentence(catalog):
    text = ("Batched boxes  <!-- feature_request_template -->\n### Describe the feature and motivation\n"
            "Batched NMS is useful for detection models with many classes.")
    (sig,) = [s for s in signals(Detector(catalog, classifier=FixedClassifier(0.2)), text)
              if s.kind == "feature_request"]
    assert text[sig.evidence.start:sig.evidence.end] == sig.evidence.sentence
    assert "template" not in sig.evidence.sentence and "Describe" not in sig.evidence.sentence
    assert any(r.startswith("form:") for r in sig.reasons)


def test_feature_request_form_does_not_override_negation(catalog):
    text = "Type: Feature request\nWe don't need SSO."
    assert not [s for s in signals(Detector(catalog, classifier=FixedClassifier(0.2)), text)
                if s.kind.endswith("feature_request")]


def test_bug_report_form_silences_the_classifier_for_requests(catalog):
    bug = "Sync fails\n**Steps to reproduce**\nOpen a board.\n**Expected behavior**\nIt should sync the board."
    plain = "Sync fails. It should sync the board."
    detector = Detector(catalog, classifier=FixedClassifier(0.9))
    assert not [s for s in signals(detector, bug) if s.kind.endswith("feature_request")]
    assert [s for s in signals(detector, plain) if s.kind.endswith("feature_request")]


@pytest.mark.parametrize(("title", "text", "word"), [
    (None, "Export crashes on large boards\nIt should export all 400 cards.", "crashes"),
    ("Login error after update", "It should remember me.", "error"),
    (None, "CSV-Export funktioniert nicht\nEr sollte alle Karten exportieren.", "funktioniert nicht"),
    ("Absturz beim Speichern", "Es sollte speichern.", "absturz"),
])
def test_bug_subject(title, text, word):
    assert bug_subject(title, text) == word


@pytest.mark.parametrize(("title", "text"), [
    (None, "Export crashes on large boards. It should export all 400 cards."),  # one line: no subject
    ("Add an option to retry failed exports", "It should retry three times."),  # the subject asks
    (None, "Option zum Wiederholen fehlgeschlagener Exporte\nBitte mit drei Versuchen."),
    ("Gantt view", "It should show dependencies."),
])
def test_no_bug_subject(title, text):
    assert bug_subject(title, text) is None


def test_bug_subject_needs_a_request_phrase_not_the_classifier_alone(catalog):
    detector = Detector(catalog, classifier=FixedClassifier(0.9))

    def requests(*args, **kwargs):
        return [s for s in signals(detector, *args, **kwargs) if s.kind.endswith("feature_request")]

    assert not requests("Export crashes on large boards\nIt should export all 400 cards.")
    assert not requests("It should export all 400 cards.", title="Export crashes on large boards")
    assert not requests("Er sollte alle Karten exportieren.", title="Export stürzt ab", language="de")
    # the same sentence under a neutral subject, and a request phrase under a bug subject, still count
    assert requests("It should export all 400 cards.", title="Exporting large boards")
    (sig,) = requests("Also, please add an option to export as PDF.", title="Export crashes on large boards")
    assert sig.evidence.sentence == "Also, please add an option to export as PDF."


@pytest.mark.parametrize(("text", "fixed"), [
    ("I don  t need it", "I do not need it"),
    ("Can  t export, won  t sync", "Cannot export, won't  sync"),
    ("We don t need SSO", "We don't need SSO"),
    ("I d like a dark mode, it s late", "I'd like a dark mode, it's late"),
    ("you re right, we ll wait", "you're right, we'll wait"),
    ("The s key and Re install stay", "The s key and Re install stay"),
])
def test_repair_apostrophes_keeps_length(text, fixed):
    assert repair_apostrophes(text) == fixed and len(fixed) == len(text)


def test_lost_apostrophes_do_not_hide_negation_or_requests(catalog):
    detector = Detector(catalog, classifier=FixedClassifier(0.2))  # below threshold: rules decide
    assert not [s for s in signals(Detector(catalog, classifier=FixedClassifier(0.9)), "We don  t need SSO.")
                if s.kind.endswith("feature_request")]
    (sig,) = [s for s in signals(detector, "I d love a Gantt view.") if s.kind.endswith("feature_request")]
    assert sig.evidence.sentence == "I d love a Gantt view."  # the quote is the text as written


@pytest.mark.parametrize(("text", "language"), [
    ("Happy to jump on a call if that's easier.", "en"),
    ("We can send the export by email if you prefer.", "en"),
    ("Gerne auch telefonisch, wenn das einfacher ist.", "de"),
])
def test_courtesy_offers_are_not_comparisons(catalog, text, language):
    """The comparative word in an offer compares nothing: no cue, so a middling classifier score
    (above the cue-discounted threshold, below the plain one) does not fire."""
    detector = Detector(catalog, classifier=ComparisonClassifier(0.3))
    assert not [s for s in signals(detector, text, language=language) if s.kind.endswith("comparison")]
    # the same score with a real comparative cue fires
    assert [s for s in signals(detector, "Trello is easier than this.") if s.kind.endswith("comparison")]


@pytest.mark.parametrize(("text", "language"), [
    ("Requires Windows 10 or better and 4 GB RAM.", "en"),  # a minimum requirement
    ("Onboarding went better than expected.", "en"),
    ("For better or worse, the team lives in the board view.", "en"),
    ("Läuft ab Android 12 oder höher, umso besser.", "de"),
])
def test_set_phrases_compare_nothing(catalog, text, language):
    """A comparative inside a set phrase is no comparison, even with a confident classifier; another
    comparative in the same sentence still counts."""
    detector = Detector(catalog, classifier=ComparisonClassifier(0.9))
    assert not [s for s in signals(detector, text, language=language) if s.kind.endswith("comparison")]
    assert [s for s in signals(detector, "Onboarding went better than expected, and it is faster than Trello.")
            if s.kind.endswith("comparison")]


class ComparisonClassifier(FixedClassifier):
    kinds = ("comparison",)
    thresholds: ClassVar[dict[str, float]] = {"comparison": 0.35}


@pytest.mark.parametrize(("text", "form"), [
    ("Sync times out\n\n### Issue Type\n\nSupport\n\n### Source\n\nbinary", "question"),
    ("Tabs reorder\n\nType: <b>Bug</b>\n\nWhen I drag a tab it jumps back.", "bug_report"),
    ("Group boards\n**Category:** Feature request\nWe have 40 boards.", "feature_request"),
    ("Nested folders\n**Do you want to request a *feature* or report a *bug*?**\nFeature (the errors are fine)",
     "feature_request"),
    ("Login loop\n**Do you want to request a *feature* or report a *bug*?**\n\nBug", "bug_report"),
    ("Export leer\nTyp: Fehler\nDer Export ist leer.", "bug_report"),
    ("Frage zum Export\nKategorie: Frage\nWie exportiere ich?", "question"),
    ("Ordner\n### Anfrageart\nVerbesserungsvorschlag", "feature_request"),
])
def test_declared_type_decides_the_form(text, form):
    assert message_form(text)[0] == form


@pytest.mark.parametrize("text", [
    "Timers\n**Do you want to request a *feature* or report a *bug*?**\nbug or feature (not sure)\nIt stops.",
    "Start: Monday\nWe need SSO by then.",  # "art" inside another word is no label
    "Which kind of export do you support?\nThanks",
])
def test_no_declared_type(text):
    assert message_form(text) is None


def test_form_fields_are_not_sentences_and_offsets_hold():
    text = "Tabs\r\n\r\n### Issue Type\r\n\r\nSupport\r\n\r\nType: <b>Bug</b>\r\nWe need a tab list.\n" \
           "Kategorie: Frage\nType: Feature request - please add tab groups to the sidebar"
    lines = [line.strip() for _, line in split_lines(text)]
    assert lines == ["Tabs", "We need a tab list.",
                     "Type: Feature request - please add tab groups to the sidebar"]  # a long value is prose
    for offset, line in split_lines(text):
        assert text[offset:offset + len(line.strip())] == line.strip()


@pytest.mark.parametrize(("text", "language"), [
    ("Sync times out\n### Issue Type\nSupport\nIt should sync within a minute.", "en"),
    ("Sync dauert lange\nKategorie: Frage\nEs sollte in einer Minute synchronisieren.", "de"),
])
def test_declared_question_needs_a_request_phrase(catalog, text, language):
    detector = Detector(catalog, classifier=FixedClassifier(0.9))
    requests = [s for s in signals(detector, text, language=language) if s.kind.endswith("feature_request")]
    assert not requests
    asked = text.replace("It should sync within a minute.", "Please add a sync button.").replace(
        "Es sollte in einer Minute synchronisieren.", "Wir wünschen uns einen Sync-Knopf.")
    assert [s for s in signals(detector, asked, language=language) if s.kind.endswith("feature_request")]


@pytest.mark.parametrize(("title", "asks"), [
    ("Add a bulk export", "Add"),
    ("core: support nested folders", "core: support"),
    ("[Export] Allow CSV headers", "[Export] Allow"),
    ("feat(api): expose webhooks", "feat(api): expose"),
    ("Add user roles", "Add"),
    ("Dunkelmodus hinzufügen", "Dunkelmodus hinzufügen"),
    ("SAML-Login ermöglichen", "SAML-Login ermöglichen"),
    ("[Feature] Folders for boards", "[Feature]"),
    ("Vorschlag: Ordner für Boards", "Vorschlag:"),
    ("WebP support", "WebP support"),
    ("SAML-Unterstützung", "SAML-Unterstützung"),
    ("Improve error messages for invalid states", "Improve"),
    ("search: show open files first", "search: show"),
    ("Consider adding a keybinding for the board view", "Consider adding"),
    ("Consider adding `ctrl+shift+.` as a keybinding", "Consider adding"),  # code right after the verb
    ("quick text search: show open files first", "quick text search: show"),  # a prefix of a few words
    ("Diff editor v2: show moved code", "Diff editor v2: show"),
])
def test_request_subject(title, asks):
    assert request_subject(title, "") == asks


@pytest.mark.parametrize("title", [
    "Add a user", "Add 5 seats to our plan", "Add more storage", "Add me to the beta", "Support ticket 123",
    "Support: login broken", "Adding users fails", "Neue Benutzer hinzufügen", "3 Lizenzen hinzufügen",
    "Need support", "[Bug] Export fails", "Kunden-Unterstützung", "Broken SSO support",
    "Support is amazing", "Support team rocks", "Support – slow response", "Add",
    "Show stopper: export crashes", "Display issue on the board view", "Replace my credit card",
])
def test_service_requests_and_labels_are_no_request_subject(title):
    assert request_subject(title, "") is None


@pytest.mark.parametrize(("text", "title", "language"), [
    ("We keep 40 boards per client.\nThe sidebar gets long.", "Add folders for boards", "en"),
    ("core: support nested folders\nWe keep 40 boards per client.", None, "en"),
    ("Wir haben 40 Boards pro Kunde.", "Ordner für Boards hinzufügen", "de"),
])
def test_request_subject_makes_the_message_a_request(catalog, text, title, language):
    detector = Detector(catalog, classifier=FixedClassifier(0.2))  # no sentence reads as a request
    (sig,) = [s for s in signals(detector, text, title, language) if s.kind.endswith("feature_request")]
    assert any(r.startswith("form:subject:") for r in sig.reasons)
    assert not [s for s in signals(detector, text, "Add a user", language) if s.kind.endswith("feature_request")]


@pytest.mark.parametrize(("title", "question"), [
    ("How to export a board?", "How to"),
    ("Sync: why does it skip archived cards", "Sync: why"),
    ("[Question] Sync order", "[Question]"),
    ("Wie kann ich Boards exportieren?", "Wie kann ich"),
    ("Warum fehlt der Export?", "Warum"),
])
def test_question_subject(title, question):
    assert question_subject(title, "") == question


@pytest.mark.parametrize("title", ["Export how-to guide is outdated", "Add a howto page", "Wiederkehrende Aufgaben"])
def test_no_question_subject(title):
    assert question_subject(title, "") is None


@pytest.mark.parametrize(("title", "language", "plain", "asked"), [
    ("How to export a board?", "en", "It should export PDFs.", "Please add a PDF export."),
    ("Wie exportiere ich ein Board?", "de", "Es sollte PDFs exportieren.", "Wir wünschen uns einen PDF-Export."),
])
def test_question_subject_needs_a_request_phrase(catalog, title, language, plain, asked):
    detector = Detector(catalog, classifier=FixedClassifier(0.9))

    def requests(text):
        return [s for s in signals(detector, text, title, language) if s.kind.endswith("feature_request")]

    assert not requests(plain)
    assert requests(asked)


@pytest.mark.parametrize(("text", "language"), [
    ("Please add jane@acme.com to our workspace.", "en"),
    ("Could you add 3 seats to our plan?", "en"),
    ("Please invite our new colleague to the board.", "en"),
    ("Bitte Kollegin Meier als Nutzerin hinzufügen.", "de"),
    ("Fügt bitte Benutzer max@nordwind.de hinzu.", "de"),
])
def test_service_requests_are_not_feature_requests(catalog, text, language):
    detector = Detector(catalog, classifier=FixedClassifier(0.9))
    assert not [s for s in signals(detector, text, language=language) if s.kind.endswith("feature_request")]


@pytest.mark.parametrize(("text", "language"), [
    ("Please add a 'remove user from workspace' button.", "en"),
    ("Please add user roles.", "en"),
    ("Please add SSO for our workspace.", "en"),
    ("Bitte fügt Gantt-Diagramme hinzu.", "de"),
])
def test_feature_asks_that_mention_people_are_still_requests(catalog, text, language):
    detector = Detector(catalog, classifier=FixedClassifier(0.9))
    assert [s for s in signals(detector, text, language=language) if s.kind.endswith("feature_request")]


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Add recurring tasks", "We recreate the same 12 cards every sprint.", "en"),
    ("Wiederkehrende Aufgaben hinzufügen", "Wir legen jede Woche dieselben Karten neu an.", "de"),
])
def test_request_subject_links_the_feature_it_names(catalog, title, text, language):
    """The body names no feature; the subject does: the request links to it, and (the account's plan
    ranks below the feature's tier) is a tier_feature_request."""
    detector = Detector(catalog, classifier=FixedClassifier(0.2))
    free = Account("ACC-9", "Tiny Co", ("tiny.example",), "free", 0.0, 2, 3, None)
    c = conv(text, title, language)
    (sig,) = [s for s in detector([c], accounts={c.id: free})[c.id] if s.kind.endswith("feature_request")]
    assert (sig.kind, sig.feature_id, sig.tier_id) == ("tier_feature_request", "recurring_tasks", "starter")
    assert "subject:recurring_tasks" in sig.reasons
    # a subject that reports a bug lends its feature to nothing
    assert not [s for s in signals(detector, text, "Recurring tasks crash", language)
                if s.kind.endswith("feature_request")]


@pytest.mark.parametrize(("text", "language"), [
    ("Hi Planwise support", "en"),
    ("Thanks again, Anna!", "en"),
    ("Let me know if you need anything else.", "en"),
    ("Hallo zusammen,", "de"),
    ("Viele Grüße, Jonas", "de"),
    ("Gebt gerne Bescheid, wenn ihr noch etwas braucht.", "de"),
    ("Any suggestions would be much appreciated!", "en"),
    ("Für jeden Tipp wäre ich dankbar.", "de"),
])
def test_pleasantries_carry_no_signal(catalog, text, language):
    detector = Detector(catalog, classifier=FixedClassifier(0.9))
    assert signals(detector, text, language=language) == []


@pytest.mark.parametrize("text", ["Hi, please add a Gantt view", "Thanks, but please add a Gantt view."])
def test_a_greeting_does_not_hide_the_rest_of_the_sentence(catalog, text):
    detector = Detector(catalog, classifier=FixedClassifier(0.9))
    assert [s for s in signals(detector, text) if s.kind.endswith("feature_request")]


def test_long_single_line_messages_stay_linear():
    """A pasted 16,000-character line full of 'bug'/'feature' and '?' (no answer line after it):
    the first version of the template-question rule backtracked cubically here (16 s)."""
    text = "this bug is a feature? x " * 640 + "\nend"
    assert message_form(text) is None
    assert message_form("Sync\n" + "Is this a bug or a feature request?\nFeature\n") == (
        "feature_request", "Is this a bug or a feature request? Feature")


class WorkaroundClassifier(FixedClassifier):
    kinds = ("workaround",)
    thresholds: ClassVar[dict[str, float]] = {"workaround": 0.5}


@pytest.mark.parametrize(("fault", "workaround", "language"), [
    ("The mobile app crashes every time I open a project.",
     "The export fails, so every week we copy the board into Excel by hand.", "en"),
    ("Die App stürzt jedes Mal ab, wenn ich ein Projekt öffne.",
     "Der Export ist kaputt, deshalb kopieren wir alles von Hand in eine Excel-Tabelle.", "de"),
    # a one-off troubleshooting step is no workaround; the same step repeated to get something done is
    ("I even had to uninstall and reinstall because the player got stuck.",
     "I have to uninstall and reinstall every time I want to switch accounts.", "en"),
    ("Ich musste die App neu installieren, weil sie hing.",
     "Ich muss die App jedes Mal neu installieren, wenn ich das Konto wechseln will.", "de"),
])
def test_a_fault_report_is_no_workaround_without_a_workaround_cue(catalog, fault, workaround, language):
    detector = Detector(catalog, classifier=WorkaroundClassifier(0.9))
    assert not [s for s in signals(detector, fault, language=language) if s.kind == "workaround"]
    assert [s for s in signals(detector, workaround, language=language) if s.kind == "workaround"]


@pytest.mark.parametrize(("plain", "effort", "language"), [
    ("Comments I write on my phone don't show up on desktop until I refresh twice.",
     "Because the app has no dark mode, I use the phone's forced dark setting.", "en"),
    ("Their workload view looked slick, I have to admit.",
     "I have to open every invoice in the browser to print it.", "en"),
    ("Search results load slowly on large projects.",
     "Until they add a widget I just keep the app pinned in split screen.", "en"),
    ("It's great that I don't have to log in twice anymore.",
     "I need to re-enter the filters every time I open the board.", "en"),
    ("Die Kommentare erscheinen erst nach zweimaligem Neuladen.",
     "Weil es keine Webhooks gibt, fragen wir die API jede Nacht ab.", "de"),
    ("Die Suche ist bei großen Projekten langsam.",
     "Bis ihr das behebt, verschicken wir die Dateien per Mail.", "de"),
])
def test_the_classifier_alone_names_a_workaround_only_where_the_sentence_shows_its_effort(
        catalog, plain, effort, language):
    """An obligation, a standing habit, another means or a reason ("because there's no ...") shows
    what the writer does instead; a sentence with none of these is no workaround on the classifier
    alone (real reviews: 'have to' and 'until' describe faults and opinions as often as workarounds)."""
    detector = Detector(catalog, classifier=WorkaroundClassifier(0.9))
    assert not [s for s in signals(detector, plain, language=language) if s.kind == "workaround"]
    assert [s for s in signals(detector, effort, language=language) if s.kind == "workaround"]


@pytest.mark.parametrize(("text", "language"), [
    ("Our current workaround is to export the board every Friday.", "en"),
    ("Workaround: set PYTHONUTF8=1 before each run.", "en"),
    ("As a workaround I generate the file list with find.", "en"),
    ("We found a hacky workaround with two saved filters.", "en"),
    ("Als Notlösung exportieren wir die Liste jeden Abend.", "de"),
    ("Unser Workaround ist ein zweites Konto für die Freelancer.", "de"),
    ("No print button, so I have to open every pin in Safari to print it.", "en"),
    ("Scrobbling is broken, I have to use a third party app for it.", "en"),
])
def test_a_stated_workaround_fires_without_the_classifier(catalog, text, language):
    detector = Detector(catalog, classifier=WorkaroundClassifier(0.0))
    found = [s for s in signals(detector, text, language=language) if s.kind == "workaround"]
    assert found and any(r.startswith("workaround:") for r in found[0].reasons)


@pytest.mark.parametrize(("text", "language"), [
    ("Is there a workaround for the sync issue?", "en"),
    ("I tried the workarounds from the forum but nothing changed.", "en"),
    ("As a workaround, you can clear your browser cache and log in again.", "en"),  # advice, not practice
    ("The export works now, so our workaround is no longer needed.", "en"),
    ("Mit Version 2.3.1 ist das Problem behoben, der Workaround ist nicht mehr nötig.", "de"),
    ("Since the update I don't have to copy anything by hand anymore.", "en"),  # relief
    ("You have to be really careful with the potions.", "en"),  # an obligation, no other means
])
def test_asking_for_trying_or_advising_a_workaround_is_none(catalog, text, language):
    detector = Detector(catalog, classifier=WorkaroundClassifier(0.0))
    assert not [s for s in signals(detector, text, language=language) if s.kind == "workaround"]


@pytest.mark.parametrize(("praise", "ask", "language"), [
    ("Great app, I love the my-list feature.", "It'd be awesome if this was supported on mobile.", "en"),
    ("Templates save us a ton of time for recurring client projects.",
     "Can a setting be added so the overlay colour is configurable?", "en"),
    ("Whenever I run out of ideas, I find a ton here!", "Dark mode for the mobile app", "en"),  # a title
    ("Die Vorlagen sparen uns jede Woche viel Zeit.", "Schade, dass es keine Offline-Karten gibt.", "de"),
    ("Tolle App, die Listenfunktion ist super.", "Hätte mir noch einen Timer gewünscht.", "de"),
])
def test_the_classifier_alone_names_a_request_only_where_the_sentence_asks(catalog, praise, ask, language):
    """Praise that names a feature is no request, however sure the classifier is; a want, a modal, a
    plea, a lack, a question or a bare title is needed."""
    detector = Detector(catalog, classifier=FixedClassifier(0.9))
    assert not [s for s in signals(detector, praise, language=language) if s.kind.endswith("feature_request")]
    assert [s for s in signals(detector, ask, language=language) if s.kind.endswith("feature_request")]
