"""In a real browser (Debian's chromium, driven by Playwright): open the list, filter, open a
record, see the highlighted quote, open its article, submit a review with the token."""
from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from accords.serve import create_app

from .conftest import TOKEN

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason=f"no chromium at {CHROMIUM} (apt-get install chromium)")


@pytest.fixture
def server(db_copy: Path) -> Iterator[str]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    config = uvicorn.Config(create_app(str(db_copy), TOKEN), host="127.0.0.1", port=port,
                            log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture
def page(server: str) -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1100, "height": 900})
        pg = context.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda exc: errors.append(str(exc)))
        # a Content-Security-Policy violation or a missing asset shows as a console error
        pg.on("console", lambda msg: errors.append(msg.text)
              if msg.type == "error" and "status of 401" not in msg.text else None)
        # (a request the browser itself cancels when the page moves on is not a failure)
        pg.on("requestfailed", lambda req: errors.append(f"failed: {req.url}")
              if "ERR_ABORTED" not in (req.failure or "") else None)
        pg.set_default_timeout(15_000)
        yield pg
        context.close()
        browser.close()
        assert not errors, errors


def test_an_analyst_filters_opens_checks_and_reviews(page, server, seeds_count):
    expect = sync_api.expect
    page.goto(server + "/")
    expect(page.locator("p.count")).to_contain_text(f"{seeds_count} agreements")

    # filter by status: htmx swaps the results and puts the filter in the URL
    page.select_option("select[name=status]", "planned")
    expect(page.locator("p.count")).to_contain_text("2 agreements")
    page.wait_for_url("**status=planned**")
    page.select_option("select[name=status]", "")
    page.fill("input[name=q]", "extradition treaty")
    page.wait_for_url("**q=extradition**")
    expect(page.locator("table.records a.title").first).to_be_visible()

    # open the treaty, see its quotes highlighted
    page.locator("table.records a.title", has_text="Extradition treaty").first.click()
    page.wait_for_url("**/agreements/**")
    expect(page.locator("h1")).to_contain_text("Extradition treaty")
    mark = page.locator("ol.timeline blockquote.quote mark").first
    expect(mark).to_be_visible()
    quote = mark.inner_text()
    assert len(quote) > 20
    background = mark.evaluate("m => getComputedStyle(m).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")

    # open its article: the same quote is marked there, linked back to the record
    record_url = page.url
    page.locator("ol.timeline blockquote.quote cite a").first.click()
    page.wait_for_url("**/documents/**")
    marked = page.locator("article.text mark")
    expect(marked.first).to_be_visible()
    texts = [" ".join(t.split()) for t in marked.all_inner_texts()]
    assert any(" ".join(quote.split()) in t or t in " ".join(quote.split()) for t in texts)
    assert page.locator(f"article.text mark a[href='{record_url.split(server)[1]}']").count()

    # back to the record: submit a review with the token
    page.goto(record_url)
    form = page.locator("form.review-form").first
    form.locator("input[name=token]").fill(TOKEN)
    form.locator("input[name=reviewer]").fill("Ana Analyst")
    form.locator("input[value=confirmed]").check()
    form.locator("textarea[name=note]").fill("Checked against the ministry's statement.")
    form.locator("button[type=submit]").click()
    page.wait_for_url("**#reviews")
    reviews = page.locator("#reviews ol.reviews")
    expect(reviews).to_contain_text("Ana Analyst")
    expect(reviews).to_contain_text("Checked against the ministry's statement.")
    expect(page.locator("h1 .badge")).to_have_text("confirmed")


def test_a_wrong_token_is_refused_in_the_browser(page, server):
    page.goto(server + "/")
    page.locator("table.records a.title").first.click()
    form = page.locator("form.review-form").first
    form.locator("input[name=token]").fill("not-the-token")
    form.locator("input[name=reviewer]").fill("Mallory")
    form.locator("button[type=submit]").click()
    sync_api.expect(page.locator("p.error")).to_contain_text("token")
    page.go_back()
    page.reload()
    sync_api.expect(page.locator("#reviews")).not_to_contain_text("Mallory")


def test_the_list_reads_at_phone_width(page, server):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(server + "/?country=PAK")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width}px)"
    sync_api.expect(page.locator("table.records a.title").first).to_be_visible()
    page.locator("table.records a.title").first.click()
    page.wait_for_url("**/agreements/**")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the record scrolls sideways ({width}px)"


def test_screenshots_can_be_taken(page, server, tmp_path):
    page.goto(server + "/network")
    shot = tmp_path / "network.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 1000
    assert shutil.which("chromium") or Path(CHROMIUM).exists()
