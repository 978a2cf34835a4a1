"""`accords serve`: a web app and a JSON API over the database (needs the `serve` extra:
pip install 'accords[serve]'). Imported only when asked for."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI


def create_app(db: str = "accords.db", token: str | None = None) -> FastAPI:
    try:
        from accords.serve.app import create_app as make
    except ImportError as exc:  # the extra is not installed
        from accords.errors import UsageError
        raise UsageError(f"accords serve needs the 'serve' extra ({exc.name} is missing): "
                         "pip install 'accords[serve]'") from exc
    return make(db, token)


def run(db: str, host: str, port: int, token: str | None, **options: Any) -> None:
    app = create_app(db, token)
    import uvicorn
    uvicorn.run(app, host=host, port=port, log_level=options.get("log_level", "info"))
