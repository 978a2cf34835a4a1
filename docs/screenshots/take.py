"""Screenshots of the main pages, for the README: python docs/screenshots/take.py [BIGGER_DB]

Builds a database from ../shared/corpus/seeds, serves it on a free local port and photographs
the pages with Debian's chromium (desktop and phone width). With BIGGER_DB (such as the one
benchmarks/serve_load.py builds from 3,000 Reuters stories), also its network and the United
States' page."""
from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from accords.api import Corpus
from accords.serve import create_app

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / ".." / "shared" / "corpus" / "seeds"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def serve_and_shoot(db: Path, shots: list[tuple[str, str, int]]) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    server = uvicorn.Server(uvicorn.Config(create_app(str(db), "demo-token"),
                                           host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, path, width in shots:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(base + path)
            page.screenshot(path=str(HERE / f"{name}.png"),
                            full_page=name not in ("document", "api", "phone-document"))
            page.close()
        browser.close()
    server.should_exit = True
    thread.join(5)


def main() -> None:
    if len(sys.argv) > 1:
        serve_and_shoot(Path(sys.argv[1]), [("network-reuters", "/network", 1200),
                                            ("country-usa", "/countries/USA", 1200)])
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "seeds.db"
        with Corpus(db) as corpus:
            corpus.add([SEEDS])
            first = corpus.search_agreements(sort="-date").items
            extradition = next(a for a in first if a["conflicts"])
            doc = extradition["sources"][0]
            corpus.review(extradition["id"], "confirmed", "analyst",
                          note="Both ministries' statements agree on the text.")
        serve_and_shoot(db, [
            ("list", "/?country=PAK", 1200), ("agreement", f"/agreements/{extradition['id']}", 1200),
            ("document", f"/documents/{doc}", 1200), ("country", "/countries/PAK", 1200),
            ("network", "/network", 1200), ("events", "/events", 1200), ("api", "/api", 1200),
            ("phone-list", "/?country=PAK", 390),
            ("phone-agreement", f"/agreements/{extradition['id']}", 390),
            ("phone-document", f"/documents/{doc}", 390)])
    subprocess.run(["ls", "-la", str(HERE)], check=False)


if __name__ == "__main__":
    sys.exit(main())
