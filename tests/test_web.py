"""The web page in a real browser: Debian's Chromium, headless, driven by Playwright.

The page is served by the real app (uvicorn on a free localhost port) over a real store:
examples/ plus one article whose text carries HTML markup, which must show as text.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.request import urlopen

import pytest
import uvicorn

from eventwire.api import ServeSettings, create_app
from eventwire.ingest import IngestOptions
from eventwire.runner import run_ingest
from eventwire.store import Store
from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "build" / "screenshots"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync"]
HOSTILE_MARKUP = "<img src=x onerror=window.pwned=1><script>window.pwned=2</script>"
HOSTILE = {"id": "hostile", "date": "2024-07-05", "source": "Example Wire",
           "text": "Indian Prime Minister Narendra Modi met Russian President Vladimir Putin "
                   f"in Moscow on Thursday, the Kremlin said. Its statement was titled "
                   f"\"{HOSTILE_MARKUP}\" and ran to two pages."}

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run must install Debian's chromium",
                    pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install -y chromium)",
                allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(examples_db: Path, tmp_path_factory: pytest.TempPathFactory, pipeline):
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copy(examples_db, path)
    source = path.with_suffix(".jsonl")
    source.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    with Store(path) as store:
        run_ingest([str(source)], store, IngestOptions(), pipeline=pipeline)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ServeSettings(str(path))),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(base_url: str):
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        # The page's CSP forbids eval, which Playwright's waits use; bypassing it also
        # proves the escaping alone keeps article markup inert.
        context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
        opened = context.new_page()
        opened.requests = []  # type: ignore[attr-defined]
        opened.on("request", lambda request: opened.requests.append(request.url))
        opened.goto(base_url)
        opened.wait_for_function(
            "document.querySelector('#overview').textContent.includes('events from')")
        yield opened
        browser.close()


def test_filter_open_event_and_see_the_evidence_highlighted(page, base_url):
    page.fill("#filters input[name=actor]", "Narendra Modi")
    page.click("#apply")
    page.wait_for_function(
        "document.querySelector('#events-summary').textContent.startsWith('1 event ·')")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1
    assert "Narendra Modi" in rows.first.inner_text()
    rows.first.click()
    evidence = page.locator("#detail mark.evidence").first
    evidence.wait_for()
    assert evidence.inner_text() == ("Indian Prime Minister Narendra Modi met Russian President "
                                     "Vladimir Putin in Moscow on Thursday, the Kremlin said.")
    assert page.locator("#detail mark.evidence strong.trigger").first.inner_text() == "met"
    assert "1 mention · 1 source · 1 article · 1 story" in page.locator("#detail").inner_text()
    article_text = page.locator("#detail .article-text").first.inner_text()
    assert HOSTILE_MARKUP in article_text  # shown as text, never parsed
    assert page.evaluate("window.pwned") is None
    assert page.locator("#detail img, #detail-mentions script").count() == 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "event-detail.png"), full_page=True)
    assert (SCREENSHOTS / "event-detail.png").stat().st_size > 10_000


def test_timeline_network_and_map_draw_from_the_shared_filters(page, base_url):
    page.click("#clear-filters")
    page.click("#tabs button[data-view=timeline]")
    page.wait_for_selector("#timeline-chart rect")
    page.click("#tabs button[data-view=network]")
    page.wait_for_selector("#network-chart circle.node")
    assert "Vladimir Putin" in (page.locator("#network-chart").text_content() or "")
    page.fill("#filters input[name=actor]", "Vladimir Putin")
    page.click("#apply")
    page.click("#tabs button[data-view=map]")
    page.wait_for_selector("#map-chart path.land")
    expected = {place["name"] for place in json.loads(urlopen(
        f"{base_url}/api/places?actor=Vladimir+Putin").read())}
    assert {"Moscow", "Pyongyang"} <= expected
    page.wait_for_function(
        f"document.querySelectorAll('#map-chart circle.place').length === {len(expected)}")
    drawn = page.eval_on_selector_all(
        "#map-chart circle.place", "nodes => nodes.map(node => node.dataset.place)")
    assert set(drawn) == expected
    page.screenshot(path=str(SCREENSHOTS / "map.png"))
    page.click("#clear-filters")
    page.click("#tabs button[data-view=dyad]")
    page.fill("#dyad-form input[name=a]", "Putin")
    page.fill("#dyad-form input[name=b]", "Kim Jong Un")
    page.click("#dyad-form button")
    page.wait_for_selector("#dyad-chart rect")
    page.screenshot(path=str(SCREENSHOTS / "dyad.png"))


def test_page_fetches_nothing_from_elsewhere(page, base_url):
    assert page.requests and all(url.startswith(base_url) for url in page.requests)
