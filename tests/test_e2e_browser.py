"""End to end in headless Chromium: login -> accounts -> account -> quote in its conversation -> report."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest
from api_support import build_db, make_app

CHROMIUM = Path(os.environ.get("UPSIGNAL_CHROMIUM", "/usr/bin/chromium"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no system Chromium at {CHROMIUM} "
                                "(apt-get install chromium; .ci/run does this)")


@pytest.fixture
def server(tmp_path):
    import uvicorn

    path = tmp_path / "e2e.db"
    tokens = build_db(path)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(make_app(path), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", tokens
    srv.should_exit = True
    thread.join(timeout=10)


def test_login_account_quote_report(server, tmp_path):
    sync_playwright = pytest.importorskip("playwright.sync_api").sync_playwright
    base, tokens = server
    shots = Path(os.environ.get("UPSIGNAL_SCREENSHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        page = browser.new_page(viewport={"width": 1366, "height": 820})
        page.goto(f"{base}/accounts")
        assert "/login" in page.url  # not signed in yet
        page.fill("#token", "wrong")
        page.click("button[type=submit]")
        assert "not valid" in page.inner_text(".error")
        page.fill("#token", tokens["admin"])
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/accounts")
        assert page.locator("table.accounts tbody tr").count() == 3

        page.click("text=Acme Logistics")
        page.wait_for_url(f"{base}/accounts/ACC-1")
        assert page.locator(".bigscore b").inner_text().isdigit()
        quote = page.locator(".feed .quote-link").first
        sentence = quote.inner_text().strip("“”")
        quote.click()
        page.wait_for_url("**/conversations/**")
        evidence = page.locator("li.turn.focus mark.evidence")
        assert evidence.inner_text() == sentence
        page.screenshot(path=str(shots / "e2e-quote.png"))

        page.click("nav >> text=Feature demand")
        page.wait_for_url(f"{base}/reports/features")
        assert page.locator("svg.chart").count() == 2
        assert page.locator("text=SAML single sign-on").count() >= 1
        page.screenshot(path=str(shots / "e2e-report.png"), full_page=True)
        browser.close()
    assert (shots / "e2e-report.png").stat().st_size > 10_000
