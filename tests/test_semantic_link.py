"""Semantic linking: requests that name no alias go to the closest catalog feature (or to none)."""

from __future__ import annotations

from typing import ClassVar

import numpy as np
import pytest

from upsignal.detect.engine import SEMANTIC, Detector
from upsignal.detect.semantic import FeatureLinker, content_stems
from upsignal.types import Account, Conversation, Turn


class RequestClassifier:
    """Every sentence is a feature request (p = 0.9): the tests look at linking only."""

    name = "fixed.v1"
    kinds = ("feature_request",)
    thresholds: ClassVar[dict[str, float]] = {"feature_request": 0.5}

    def predict_proba(self, texts):
        return np.full((len(texts), 1), 0.9)


def requests(detector, text: str):
    conv = Conversation(id="c1", source_system="t", external_id="1", channel="ticket", language="en",
                        turns=(Turn(0, "Sam", "customer", text),))
    free = Account("ACC-9", "Tiny Co", ("tiny.example",), "free", 0.0, 2, 3, None)
    return [s for s in detector([conv], accounts={"c1": free})["c1"] if s.kind.endswith("feature_request")]


@pytest.fixture(scope="module")
def detector(catalog):
    return Detector(catalog, classifier=RequestClassifier(), linker=FeatureLinker(catalog))  # real MiniLM


def test_request_naming_no_alias_is_linked_by_meaning(detector):
    (sig,) = requests(detector, "We'd like tasks that repeat every week automatically.")
    assert (sig.kind, sig.feature_id, sig.tier_id) == ("tier_feature_request", "recurring_tasks", "starter")
    assert SEMANTIC in sig.detectors
    assert any(r.startswith("semantic:recurring_tasks=") for r in sig.reasons)


def test_request_matching_no_feature_stays_roadmap_demand(detector):
    (sig,) = requests(detector, "Please add a dark mode.")
    assert (sig.kind, sig.feature_id) == ("feature_request", None)
    assert SEMANTIC not in sig.detectors


def test_lexical_gate_skips_sentences_sharing_no_word_with_any_feature(catalog):
    embedded: list[str] = []

    def encoder(texts):
        embedded.extend(texts)
        return np.ones((len(texts), 4)) / 2.0  # every cosine is 1.0: anything embedded would link

    linker = FeatureLinker(catalog, encoder=encoder)
    dark, weekly = "A dark theme for the night shift, please.", "Tasks that repeat every week, please."
    assert content_stems(dark).isdisjoint(content_stems("recurring tasks"))
    links = linker.link([dark, weekly])
    assert links[0] is None and links[1] is not None
    assert dark not in embedded and weekly in embedded
    ungated = FeatureLinker(catalog, encoder=encoder, lexical_gate=False)
    assert ungated.link([dark])[0] is not None  # without the gate, the model decides


def test_content_stems_drop_stop_words_and_keep_five_letters():
    stems = content_stems("We would have recurring Aufgaben, bitte, for 2 teams!")
    assert stems == {"recur", "aufga", "bitte", "teams"}


def test_first_stage_only_for_the_default_model(catalog_path):
    from upsignal.link import AccountIndex
    from upsignal.pipeline import build_detector

    assert build_detector(catalog_path, AccountIndex([])).linker.lexical_gate
    other = build_detector(catalog_path, AccountIndex([]), model="/models/multilingual-e5-small")
    assert not other.linker.lexical_gate  # never loaded here: the linker embeds lazily


def test_bfloat16_embeddings_match_float32(monkeypatch):
    from upsignal.embedding import encode

    texts = ["We'd like tasks that repeat every week automatically.", "Wir brauchen SSO über Okta.",
             "Export to Excel cuts off the last column of every report we build for finance."]
    full = encode(texts, precision="float32")
    fast = encode(texts, precision="bfloat16")
    assert fast.dtype == np.float32 and fast.shape == full.shape
    assert np.all((full * fast).sum(axis=1) > 0.999)
    monkeypatch.setenv("UPSIGNAL_EMBEDDING_PRECISION", "float32")
    assert np.array_equal(encode(texts), full)  # the setting is read when no precision is given


def test_embedding_precision_setting(monkeypatch):
    from upsignal.embedding import native_bfloat16, use_bfloat16
    from upsignal.errors import UpsignalError

    assert (use_bfloat16("float32"), use_bfloat16("bfloat16")) == (False, True)
    assert use_bfloat16("auto") is native_bfloat16()
    monkeypatch.setenv("UPSIGNAL_EMBEDDING_PRECISION", "fp16")
    with pytest.raises(UpsignalError, match="UPSIGNAL_EMBEDDING_PRECISION must be one of auto, float32, bfloat16"):
        use_bfloat16()
