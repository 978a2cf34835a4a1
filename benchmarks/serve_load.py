"""Load on `accords serve`: 50 concurrent clients, 20 requests each (agreement list with
facets, full-text search, a record, an article, the JSON API), on a database of the first
3,000 Reuters-21578 stories plus the seed articles. The server is the real command
(`accords serve`, uvicorn, one process) on a free port of 127.0.0.1; the clients are one
asyncio loop in this process, each with its own keep-alive connection. Bar: no error, p95 < 300 ms.

    .venv/bin/python benchmarks/serve_load.py [--db FILE] [--stories 3000] [--clients 50]
                                              [--requests 20] [--json OUT]

The database is built once and kept at --db (default /tmp/accords-serve-load.db).
"""
from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from _common import REPO, SHARED_CORPUS

BAR_P95_MS = 300.0


def build(db: Path, stories: int) -> None:
    from accords.api import Corpus
    with tempfile.TemporaryDirectory() as tmp:
        part = Path(tmp) / f"reuters-first-{stories}.jsonl.gz"
        with gzip.open(SHARED_CORPUS / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as src, \
                gzip.open(part, "wt", encoding="utf-8") as out:
            for n, line in enumerate(src):
                if n >= stories:
                    break
                out.write(line)
        started = time.monotonic()
        with Corpus(db) as corpus:
            summary = corpus.add([part, SHARED_CORPUS / "seeds"])
        print(f"built {db}: {summary.added} documents, {summary.agreements} agreements, "
              f"{summary.events} events in {time.monotonic() - started:.0f} s", flush=True)


def targets(db: Path, rng: random.Random) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    agreements = [r[0] for r in conn.execute("SELECT id FROM agreements")]
    events = [r[0] for r in conn.execute("SELECT id FROM events")]
    docs = [r[0] for r in conn.execute("SELECT DISTINCT document FROM sources")]
    countries = [r[0] for r in conn.execute(
        "SELECT value, COUNT(*) FROM agreements, json_each(countries) GROUP BY 1 "
        "ORDER BY 2 DESC LIMIT 12")]
    words = ["trade", "agreement", "oil", "loan", "treaty", "minister", "talks", "debt",
             "memorandum", "cooperation", "Pakistan", "extradition", "sign", "bank"]
    conn.close()
    rng.shuffle(docs)
    return {"agreements": agreements, "events": events, "docs": docs[:300],
            "countries": countries, "words": words}


def request_mix(t: dict[str, list[str]], rng: random.Random) -> list[tuple[str, str]]:
    """One of each kind, in turn, with random arguments: (kind, path)."""
    c = rng.choice
    country = c(t["countries"])
    return [
        ("list", c(["/", f"/?country={country}", f"/?country={country}&sort=title",
                    "/?status=signed&page=2", f"/?kind=agreement&country={country}"])),
        ("search", f"/?q={c(t['words'])}"),
        ("record", f"/agreements/{c(t['agreements'])}"),
        ("article", f"/documents/{c(t['docs'])}"),
        ("api", c([f"/api/v1/agreements?country={country}&limit=50",
                   f"/api/v1/agreements?q={c(t['words'])}",
                   f"/api/v1/agreements/{c(t['agreements'])}",
                   f"/api/v1/documents/{c(t['docs'])}",
                   "/api/v1/events?limit=20"])),
    ]


class Connection:
    """One keep-alive HTTP/1.1 connection, as lean as a load generator must be: a client
    library's own cost (httpx spends milliseconds per request at this concurrency) would be
    counted as the server's latency, on a machine where both share two cores."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                          "Accept: text/html,application/json\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in
                   (line.partition(":") for line in lines[1:] if line)}
        if headers.get("transfer-encoding") == "chunked":
            body = b""
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                body += chunk[:-2]
        else:
            body = await self.reader.readexactly(int(headers.get("content-length", 0)))
        if headers.get("connection") == "close":
            await self.close()
        return status, body

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def client(host: str, port: int, t: dict[str, list[str]], n: int, seed: int,
                 out: list[tuple[str, float, int, int]]) -> None:
    rng = random.Random(seed)
    plan: list[tuple[str, str]] = []
    while len(plan) < n:
        plan += request_mix(t, rng)
    conn = Connection(host, port)
    for kind, path in plan[:n]:
        started = time.perf_counter()
        body = b""
        try:
            status, body = await asyncio.wait_for(conn.get(path), 30)
            if status == 200 and not body:
                status = -2
        except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
            status = -1
            await conn.close()
        out.append((kind, (time.perf_counter() - started) * 1000, status, len(body)))
    await conn.close()


async def load(host: str, port: int, t: dict[str, list[str]], clients: int,
               n: int) -> list[Any]:
    out: list[tuple[str, float, int, int]] = []
    await asyncio.gather(*(client(host, port, t, n, i, out) for i in range(clients)))
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "accords-serve-load.db")
    ap.add_argument("--stories", type=int, default=3000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=20)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--port", type=int, help="load a server already running on 127.0.0.1:PORT "
                                             "(over the same --db) instead of starting one")
    args = ap.parse_args()
    if not args.db.exists():
        build(args.db, args.stories)
    rng = random.Random(7)
    t = targets(args.db, rng)
    server: subprocess.Popen[bytes] | None = None
    port = args.port
    if port is None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        sock.close()
        server = subprocess.Popen([sys.executable, "-m", "accords.cli", "serve", "--db",
                                   str(args.db), "--port", str(port)], cwd=REPO,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/v1/events?limit=1", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if (server and server.poll() is not None) or time.monotonic() > deadline:
                raise SystemExit("the server did not answer: " + (
                    server.stderr.read().decode() if server and server.stderr else base))
            time.sleep(0.2)
        asyncio.run(load("127.0.0.1", port, t, 5, 5))  # warm up: the connection, the caches
        started = time.monotonic()
        results = asyncio.run(load("127.0.0.1", port, t, args.clients, args.requests))
        wall = time.monotonic() - started
    finally:
        if server:
            server.terminate()
            server.wait(10)
    ms = [r[1] for r in results]
    errors = [r for r in results if r[2] != 200]
    report: dict[str, Any] = {
        "stories": args.stories, "clients": args.clients, "requests_each": args.requests,
        "requests": len(results), "errors": len(errors), "seconds": round(wall, 2),
        "requests_per_s": round(len(results) / wall, 1),
        "p50_ms": round(pct(ms, 50), 1), "p95_ms": round(pct(ms, 95), 1),
        "p99_ms": round(pct(ms, 99), 1), "max_ms": round(max(ms), 1),
        "mean_ms": round(statistics.mean(ms), 1),
        "megabytes_received": round(sum(r[3] for r in results) / 1e6, 1),
        "by_kind_requests": {k: sum(r[0] == k for r in results)
                             for k in sorted({r[0] for r in results})},
        "by_kind_p95_ms": {k: round(pct([r[1] for r in results if r[0] == k], 95), 1)
                           for k in sorted({r[0] for r in results})},
    }
    conn = sqlite3.connect(args.db)
    report["database"] = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                          for t in ("documents", "agreements", "events", "sources")}
    conn.close()
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    ok = not errors and report["p95_ms"] < BAR_P95_MS
    print(("PASS" if ok else "FAIL") + f": {len(errors)} errors, p95 {report['p95_ms']} ms "
          f"(bar: no error, p95 < {BAR_P95_MS:.0f} ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
