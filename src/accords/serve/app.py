"""The web app: server-rendered pages (Jinja2, htmx), the JSON API under /api/v1, and
curation behind a token.

Each worker thread keeps its own connection to the database (sqlite3 connections stay in the
thread that made them); a connection notices another one's commits (`PRAGMA data_version`)
and brings the search index up to date before it answers.
"""
from __future__ import annotations

import hmac
import os
import secrets
import sqlite3
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from accords import __version__
from accords.api import Corpus
from accords.errors import RecordNotFoundError, UsageError

HERE = Path(__file__).parent
CSRF_COOKIE = "accords_csrf"


@dataclass
class Settings:
    db: str
    token: str | None = None
    _local: threading.local = field(default_factory=threading.local)

    def corpus(self) -> Corpus:
        """This thread's connection, with the search index brought up to date."""
        local = self._local
        corpus: Corpus | None = getattr(local, "corpus", None)
        if corpus is None:
            corpus = Corpus(self.db)
            corpus.prepare()
            local.corpus = corpus
            local.version = _data_version(corpus)
            return corpus
        version = _data_version(corpus)
        if version != local.version:
            try:
                corpus.prepare()
            except sqlite3.OperationalError:  # a run is writing: search the index as it is
                return corpus
            local.version = _data_version(corpus)
        return corpus

    def check_token(self, given: str | None) -> None:
        """403 when the app is read-only, 401 when the token is missing or wrong."""
        if not self.token:
            raise HTTPException(403, "read-only: start accords serve with --curate-token "
                                     "(or ACCORDS_TOKEN) to curate")
        if not given or not hmac.compare_digest(given.encode(), self.token.encode()):
            raise HTTPException(401, "a valid curation token is required",
                                headers={"WWW-Authenticate": "Bearer"})


def _data_version(corpus: Corpus) -> int:
    return int(corpus.db.conn.execute("PRAGMA data_version").fetchone()[0])


def create_app(db: str | os.PathLike[str] = "accords.db", token: str | None = None) -> FastAPI:
    """The app over the database `db`; curation is allowed only when `token` is set."""
    if not Path(db).exists():
        raise UsageError(f"no database at {db}; make one with accords run")
    settings = Settings(str(db), token or None)
    app = FastAPI(title="accords", version=__version__,
                  description="Consolidated, sourced records of diplomatic agreements and "
                              "events (accords/1), and their review log.",
                  docs_url=None, redoc_url=None)  # Swagger UI would load from a CDN: /api instead
    app.state.settings = settings
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.autoescape = True  # every template, whatever its file name
    app.state.templates = templates
    app.state.fragments = OrderedDict()  # rendered parts of pages: pages.py, _fragment
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    from accords.serve import api_routes, pages
    app.include_router(api_routes.router)
    app.include_router(pages.router)

    @app.exception_handler(RecordNotFoundError)
    async def not_found(request: Request, exc: RecordNotFoundError) -> Response:
        return _error(request, 404, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = _error(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(UsageError)
    async def bad_request(request: Request, exc: UsageError) -> Response:
        return _error(request, 422, str(exc.args[0] if exc.args else exc))

    app.add_middleware(SecurityHeaders)

    return app


class SecurityHeaders:
    """Headers that keep pages from being framed, sniffed or made to run others' scripts
    (a plain ASGI middleware: cheaper than Starlette's BaseHTTPMiddleware)."""

    COMMON = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"same-origin"),
              (b"x-frame-options", b"DENY")]
    CSP = (b"content-security-policy",
           b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
           b"form-action 'self'; frame-ancestors 'none'")

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += self.COMMON
                if any(k == b"content-type" and v.startswith(b"text/html") for k, v in headers):
                    headers.append(self.CSP)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)


def _error(request: Request, status: int, message: str) -> Response:
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html",
                                      {"status": status, "message": message},
                                      status_code=status)


def csrf_token(request: Request) -> str:
    """The page's CSRF token: the one in the cookie, or a new one (set by `with_csrf`)."""
    existing = request.cookies.get(CSRF_COOKIE)
    if existing and len(existing) >= 32:
        return existing
    token: str = getattr(request.state, "new_csrf", None) or secrets.token_urlsafe(32)
    request.state.new_csrf = token
    return token


def with_csrf(request: Request, response: Response) -> Response:
    new = getattr(request.state, "new_csrf", None)
    if new:
        response.set_cookie(CSRF_COOKIE, new, httponly=True, samesite="strict", path="/")
    return response


def check_csrf(request: Request, submitted: str | None) -> None:
    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie.encode(), submitted.encode()):
        raise HTTPException(403, "the form has expired or did not come from this site: "
                                 "reload the page and try again")


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings
