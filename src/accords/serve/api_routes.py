"""The JSON API under /api/v1: the accords/1 records, paged and filtered as on the pages, and
curation (reviews, merges, splits) behind the token."""
from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from accords.browse import MAX_LIMIT
from accords.serve.app import settings_of
from accords.store.browse import AgreementFilter, EventFilter

router = APIRouter(prefix="/api/v1", tags=["accords/1"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0)]
Country = Annotated[str | None, Query(max_length=200, description=(
    "ISO alpha-3 code of a party (agreements) or of the host, the visitor or a participant "
    "(events), e.g. PAK"))]
Status = Annotated[str | None, Query(max_length=200, description=(
    "current status, e.g. signed"))]
Topic = Annotated[str | None, Query(max_length=200, description=(
    "a topic, e.g. defence"))]
Kind = Annotated[str | None, Query(max_length=200, description=(
    "kind of instrument (agreements) or of event"))]
Since = Annotated[str | None, Query(max_length=200, description=(
    "latest stage (agreements) or end (events) on or after this date, YYYY-MM-DD"))]
Until = Annotated[str | None, Query(max_length=200, description=(
    "first stage (agreements) or start (events) on or before this date"))]
Search = Annotated[str | None, Query(max_length=200, description=(
    "words searched in titles, parties and quotes (the last one as a prefix)"))]
Review = Annotated[Literal["unreviewed", "confirmed", "corrected", "rejected", "not_rejected"]
                   | None, Query(description="review state; not_rejected: all but rejected")]


class Page(BaseModel):
    total: int
    items: list[dict[str, Any]]


class ReviewIn(BaseModel):
    verdict: Literal["confirmed", "rejected", "corrected"]
    field: str | None = Field(None, max_length=40)
    value: Any = None
    note: str | None = Field(None, max_length=4000)
    reviewer: str | None = Field(None, max_length=100, description="who reviews (default: api)")


class MergeIn(BaseModel):
    into: str = Field(max_length=64, description="id of the record this one is part of")
    note: str | None = Field(None, max_length=4000)
    reviewer: str | None = Field(None, max_length=100)


class SplitIn(BaseModel):
    documents: list[str] = Field(min_length=1, max_length=1000,
                                 description="source documents whose facts make a new record")
    note: str | None = Field(None, max_length=4000)
    reviewer: str | None = Field(None, max_length=100)


def _json(data: dict[str, Any]) -> Response:
    """The records are plain JSON already: dumped as they are, not re-validated."""
    return Response(json.dumps(data, ensure_ascii=False), media_type="application/json")


def _token(authorization: str | None, x_accords_token: str | None) -> str | None:
    if authorization and authorization.lower().startswith("bearer "):
        return authorization[7:].strip()
    return x_accords_token


@router.get("/agreements", response_model=Page)
async def list_agreements(request: Request, country: Country = None, status: Status = None,
                          topic: Topic = None, kind: Kind = None, since: Since = None,
                          until: Until = None, q: Search = None,
                    sort: Literal["date", "-date", "title", "-title", "kind", "status",
                                  "confidence", "-confidence", "export"] = "export",
                    review: Review = None, limit: Limit = 50, offset: Offset = 0) -> Response:
    """Agreements as in the accords/1 export, filtered as accords agreements filters them;
    default order: the export's."""
    corpus = settings_of(request).corpus()
    f = AgreementFilter(country, status, topic, kind, since, until, q)
    return _json(corpus.search_agreements(f, sort, limit, offset, review).to_dict())


@router.get("/agreements/{record_id}", response_model=dict[str, Any])
async def get_agreement(request: Request, record_id: str) -> Response:
    """One agreement as in the export, with its reviews and curation (ID~N: a part split
    off by a reviewer)."""
    return _json(settings_of(request).corpus().agreement(record_id))


@router.get("/events", response_model=Page)
async def list_events(request: Request, country: Country = None, kind: Kind = None,
                      since: Since = None, until: Until = None, q: Search = None,
                sort: Literal["date", "-date", "title", "-title", "kind", "export"] = "export",
                review: Review = None, limit: Limit = 50, offset: Offset = 0) -> Response:
    """Events as in the accords/1 export."""
    corpus = settings_of(request).corpus()
    return _json(corpus.search_events(EventFilter(country, kind, since, until, q), sort, limit,
                                      offset, review).to_dict())


@router.get("/events/{record_id}", response_model=dict[str, Any])
async def get_event(request: Request, record_id: str) -> Response:
    """One event as in the export, with its reviews and curation."""
    return _json(settings_of(request).corpus().event(record_id))


@router.get("/documents/{doc_id}", response_model=dict[str, Any])
async def get_document(request: Request, doc_id: str) -> Response:
    """The article's text and metadata, and every quote of a record in it, with offsets
    (text[start:end] == quote)."""
    return _json(settings_of(request).corpus().document(doc_id))


@router.get("/reviews", response_model=Page, tags=["curation"])
async def list_reviews(request: Request, limit: Limit = 50, offset: Offset = 0) -> Response:
    """The review log, newest first: who judged which record, when, how and why."""
    return _json(settings_of(request).corpus().review_log(limit, offset).to_dict())


def _curate(request: Request, authorization: str | None, x_accords_token: str | None) -> Any:
    settings = settings_of(request)
    settings.check_token(_token(authorization, x_accords_token))
    return settings.corpus()


Auth = Annotated[str | None, Header(description="Bearer TOKEN")]
AltAuth = Annotated[str | None, Header(description="or the token alone")]


@router.post("/agreements/{record_id}/reviews", status_code=201, tags=["curation"])
async def review_agreement(request: Request, record_id: str, body: ReviewIn,
                     authorization: Auth = None, x_accords_token: AltAuth = None) -> dict[str, Any]:
    """Append a review to the record's log: who (reviewer), when, the verdict and why."""
    corpus = _curate(request, authorization, x_accords_token)
    corpus.agreement(record_id)
    return dict(corpus.review(record_id, body.verdict, body.reviewer or "api", body.field,
                              body.value, body.note))


@router.post("/events/{record_id}/reviews", status_code=201, tags=["curation"])
async def review_event(request: Request, record_id: str, body: ReviewIn,
                 authorization: Auth = None, x_accords_token: AltAuth = None) -> dict[str, Any]:
    corpus = _curate(request, authorization, x_accords_token)
    corpus.event(record_id)
    return dict(corpus.review(record_id, body.verdict, body.reviewer or "api", body.field,
                              body.value, body.note))


@router.post("/agreements/{record_id}/merge", status_code=201, tags=["curation"])
async def merge_agreement(request: Request, record_id: str, body: MergeIn,
                    authorization: Auth = None, x_accords_token: AltAuth = None) -> dict[str, Any]:
    """Show this record as part of another (into) from now on; the log keeps who and why."""
    corpus = _curate(request, authorization, x_accords_token)
    corpus.agreement(record_id)
    return dict(corpus.merge(record_id, body.into, body.reviewer or "api", body.note))


@router.post("/events/{record_id}/merge", status_code=201, tags=["curation"])
async def merge_event(request: Request, record_id: str, body: MergeIn,
                authorization: Auth = None, x_accords_token: AltAuth = None) -> dict[str, Any]:
    corpus = _curate(request, authorization, x_accords_token)
    corpus.event(record_id)
    return dict(corpus.merge(record_id, body.into, body.reviewer or "api", body.note))


@router.post("/agreements/{record_id}/split", status_code=201, tags=["curation"])
async def split_agreement(request: Request, record_id: str, body: SplitIn,
                    authorization: Auth = None, x_accords_token: AltAuth = None) -> dict[str, Any]:
    """What some source documents say about this record becomes a record of its own (ID~N)."""
    corpus = _curate(request, authorization, x_accords_token)
    return dict(corpus.split(record_id, body.documents, body.reviewer or "api", body.note))


@router.post("/events/{record_id}/split", status_code=201, tags=["curation"])
async def split_event(request: Request, record_id: str, body: SplitIn,
                authorization: Auth = None, x_accords_token: AltAuth = None) -> dict[str, Any]:
    corpus = _curate(request, authorization, x_accords_token)
    return dict(corpus.split(record_id, body.documents, body.reviewer or "api", body.note))
