"""Property-based run (schemathesis) against the published OpenAPI spec: no input may cause a server error."""

from __future__ import annotations

import pytest
from api_support import build_db, make_app

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402


@pytest.fixture(scope="module")
def operations(tmp_path_factory):
    path = tmp_path_factory.mktemp("schemathesis") / "st.db"
    tokens = build_db(path, per_account=3)
    # no catalog: fuzzed uploads with detect=true are refused at once instead of loading the models
    app = make_app(path, max_upload_mb=0.05, catalog=None)
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    ops = [result.ok() for result in schema.get_all_operations()]
    assert len(ops) >= 15
    yield ops, tokens
    app.state.services.jobs.shutdown(wait=True, cancel_futures=True)


def _fuzz(operations, examples: int) -> None:
    ops, tokens = operations
    for op in ops:
        # every role, so the 403 paths are fuzzed too; never revoke the tokens the run itself uses
        role = "csm" if op.method.upper() == "DELETE" else "admin"
        headers = {"Authorization": f"Bearer {tokens[role]}"}

        @given(case=op.as_strategy())
        @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None,
                  phases=[Phase.explicit, Phase.generate])  # report the failing case as found, unshrunk
        def check(case):
            case.call_and_validate(headers=headers, checks=[not_a_server_error])

        print(f"{op.method.upper()} {op.path}", flush=True)
        check()


def test_no_server_error_quick(operations):
    """The default run: a few examples per operation."""
    _fuzz(operations, 6)


@pytest.mark.slow
def test_no_server_error_thorough(operations):
    """`make test-all`: many examples per operation."""
    _fuzz(operations, 150)
