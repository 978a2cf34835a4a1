"""The HTML pages. Every state of a list (filters, search, sort, page) is in its URL."""
from __future__ import annotations

from collections import OrderedDict
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from accords.annotate.gazetteer import gazetteer
from accords.curate import CORRECTABLE, REVIEW_STATES
from accords.errors import UsageError
from accords.serve import render
from accords.serve.app import check_csrf, csrf_token, settings_of, with_csrf
from accords.store.browse import AGREEMENT_SORTS, EVENT_SORTS, AgreementFilter, EventFilter
from accords.vocab import TOPICS, EventKind, Kind, Status

router = APIRouter(include_in_schema=False)
PER_PAGE = 25


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    settings = settings_of(request)
    context = {"curate": bool(settings.token), "csrf": csrf_token(request), **context}
    return with_csrf(request, templates.TemplateResponse(request, name, context,
                                                         status_code=status))


def _arg(request: Request, key: str) -> str | None:
    value = request.query_params.get(key, "").strip()
    return value[:200] or None


def _int(request: Request, key: str, default: int) -> int:
    try:
        return max(1, int(request.query_params.get(key, default)))
    except ValueError:
        return default


def _names(codes: set[str] | list[str]) -> dict[str, str]:
    gaz = gazetteer()
    return {code: gaz.name(code) or code for code in codes}


def _link(params: dict[str, Any], **change: Any) -> str:
    merged = {k: v for k, v in {**params, **change}.items()
              if v not in (None, "") and not (k == "page" and v == 1)}
    return "?" + urlencode(merged) if merged else "?"


_SORT_LABELS = {"-date": "newest", "date": "oldest", "title": "title A–Z", "-title": "title Z–A",
                "kind": "kind", "status": "status", "-confidence": "most confident"}


def _fragment(request: Request, name: str, key: dict[str, Any]) -> Markup:
    """A part of a page that depends only on `key` (hashable values), rendered once: the
    facets form with its hundreds of options is most of a list page's work otherwise."""
    cache: OrderedDict[tuple[str, Any], Markup] = request.app.state.fragments
    token = (name, tuple(key.items()))
    found = cache.get(token)
    if found is None:
        templates: Jinja2Templates = request.app.state.templates
        context = {k: dict(v) if k in ("params", "options") else v for k, v in key.items()}
        found = Markup(templates.get_template(name).render(context))
        cache[token] = found
        if len(cache) > 256:
            cache.popitem(last=False)
    else:
        cache.move_to_end(token)
    return found


def _options(values: Any, chosen: str | None,
             label: Any = None) -> list[tuple[str, str, bool]]:
    """(value, label, selected) for a <select>: built here, the template only prints them."""
    return [(v, label(v) if label else v, v == chosen) for v in values]


def _rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What one line of the agreements table shows (computed once, not in the template)."""
    rows = []
    for a in items:
        dates = [h["date"] for h in a["history"] if h["date"]]
        rows.append({"id": a["id"], "title": a["title"], "kind": a["kind"],
                     "status": a["status"], "latest": max(dates) if dates else "",
                     "countries": a["countries"], "sources": len(a["sources"]),
                     "review": a["curation"]["state"], "conflict": bool(a["conflicts"])})
    return rows


@router.get("/")
async def agreements_page(request: Request) -> Response:
    keys = ("country", "status", "topic", "kind", "since", "until", "q")
    params: dict[str, Any] = {k: _arg(request, k) for k in keys}
    review = _arg(request, "review")
    sort = _arg(request, "sort") or "-date"
    if sort not in AGREEMENT_SORTS:
        sort = "-date"
    page = _int(request, "page", 1)
    corpus = settings_of(request).corpus()
    f = AgreementFilter(**params)
    try:
        result = corpus.search_agreements(f, sort, PER_PAGE, (page - 1) * PER_PAGE, review)
        error = None
    except UsageError as exc:
        result, error = None, str(exc)
    facets = corpus.facets()
    params["review"] = review
    state = {k: v for k, v in params.items() if v} | ({"sort": sort} if sort != "-date" else {})
    total = result.total if result else 0
    pages = max(1, -(-total // PER_PAGE))
    names = _names(facets["country"])
    options = {
        "country": _options(facets["country"], params["country"],
                            lambda c: f"{names.get(c, c)} ({c})"),
        "status": _options([s.value for s in Status], params["status"]),
        "topic": _options(TOPICS, params["topic"]),
        "kind": _options([k.value for k in Kind], params["kind"]),
        "review": _options(REVIEW_STATES, review, lambda r: r.replace("_", " ")),
        "sort": _options(list(_SORT_LABELS), sort, _SORT_LABELS.get)}
    form = _fragment(request, "_agreement_facets.html",
                     {"params": tuple(sorted((k, v) for k, v in params.items() if v)),
                      "options": tuple((k, tuple(v)) for k, v in options.items())})
    return _page(request, "agreements.html", {
        "title": "Agreements", "result": result, "error": error, "params": params,
        "sort": sort, "page": page, "pages": pages, "rows": _rows(result.items if result else []),
        "facet_form": form,
        "link": lambda **c: _link(state | {"page": page}, **c)})


@router.get("/agreements/{record_id}")
async def agreement_page(request: Request, record_id: str) -> Response:
    corpus = settings_of(request).corpus()
    rec = corpus.agreement(record_id)
    if rec["curation"]["merged_into"]:
        return RedirectResponse(f"/agreements/{rec['curation']['merged_into']}?from={record_id}",
                                status_code=303)
    return _page(request, "agreement.html", _record_context(corpus, rec, "agreement"))


@router.get("/events")
async def events_page(request: Request) -> Response:
    keys = ("country", "kind", "since", "until", "q")
    params: dict[str, Any] = {k: _arg(request, k) for k in keys}
    sort = _arg(request, "sort") or "-date"
    if sort not in EVENT_SORTS:
        sort = "-date"
    page = _int(request, "page", 1)
    corpus = settings_of(request).corpus()
    try:
        result = corpus.search_events(EventFilter(**params), sort, PER_PAGE,
                                      (page - 1) * PER_PAGE)
        error = None
    except UsageError as exc:
        result, error = None, str(exc)
    state = {k: v for k, v in params.items() if v} | ({"sort": sort} if sort != "-date" else {})
    total = result.total if result else 0
    return _page(request, "events.html", {
        "title": "Events", "result": result, "error": error, "params": params, "sort": sort,
        "page": page, "pages": max(1, -(-total // PER_PAGE)),
        "kinds": [k.value for k in EventKind],
        "link": lambda **c: _link(state | {"page": page}, **c)})


@router.get("/events/{record_id}")
async def event_page(request: Request, record_id: str) -> Response:
    corpus = settings_of(request).corpus()
    rec = corpus.event(record_id)
    if rec["curation"]["merged_into"]:
        return RedirectResponse(f"/events/{rec['curation']['merged_into']}?from={record_id}",
                                status_code=303)
    return _page(request, "event.html", _record_context(corpus, rec, "event"))


def _record_context(corpus: Any, rec: dict[str, Any], record_type: str) -> dict[str, Any]:
    if record_type == "agreement":
        stages = rec["history"]
        all_sources = [s for h in stages for s in h["sources"]]
        all_sources += [s for c in rec["conflicts"] for v in c["values"] for s in v["sources"]]
    else:
        all_sources = rec["sources"]
    doc_ids = list(dict.fromkeys(s["document"] for s in all_sources))
    texts = corpus.document_texts(doc_ids)
    info = corpus.document_info(doc_ids)

    def context(s: dict[str, Any]) -> tuple[str, str, str]:
        text = texts.get(s["document"])
        if text is None or text[s["start"]:s["end"]] != s["quote"]:
            return "", s["quote"], ""
        return render.in_paragraph(text, s["start"], s["end"])

    countries = set(rec.get("countries", [])) | {c for c in (rec.get("host_country"),
                                                            rec.get("visiting_country")) if c}
    linked = corpus.linked_events(rec["id"]) if record_type == "agreement" else []
    agreements = []
    if record_type == "event":
        for aid in rec["agreements"]:
            try:
                agreements.append(corpus.agreement(aid))
            except Exception:  # a linked record merged away or gone: list the id alone
                agreements.append({"id": aid, "title": aid, "status": ""})
    return {"title": rec["title"], "rec": rec, "record_type": record_type,
            "context": context, "docs": info, "doc_ids": doc_ids, "linked": linked,
            "agreements": agreements, "names": _names(countries),
            "fields": CORRECTABLE[record_type]}


@router.get("/documents/{doc_id}")
async def document_page(request: Request, doc_id: str) -> Response:
    corpus = settings_of(request).corpus()
    doc = corpus.document(doc_id)
    segments = render.highlight(doc["text"], doc["mentions"])
    records = list(dict.fromkeys((m["record"], m["type"], m["title"]) for m in doc["mentions"]))
    number = {rid: n for n, (rid, _, _) in enumerate(records, 1)}
    return _page(request, "document.html", {
        "title": doc["title"] or doc["name"], "doc": doc, "segments": segments,
        "records": records, "number": number})


@router.get("/countries/{code}")
async def country_page(request: Request, code: str) -> Response:
    code = code.upper()[:12]
    corpus = settings_of(request).corpus()
    found = corpus.country(code)
    partners = {c for a in found["agreements"] for c in a["countries"]} | {code}
    partners |= {c for e in found["events"] for c in (e["host_country"], e["visiting_country"])
                 if c}
    names = _names(partners)
    chart = render.partner_chart(code, found["agreements"], names)
    by_partner: dict[str, int] = {}
    for a in found["agreements"]:
        for c in a["countries"]:
            if c != code:
                by_partner[c] = by_partner.get(c, 0) + 1
    return _page(request, "country.html", {
        "title": names.get(code, code), "code": code, "found": found, "chart": chart,
        "names": names, "by_partner": sorted(by_partner.items(), key=lambda t: (-t[1], t[0]))})


@router.get("/network")
async def network_page(request: Request) -> Response:
    corpus = settings_of(request).corpus()
    pairs = corpus.signed_pairs()
    names = _names({c for a, b, _ in pairs for c in (a, b)})
    return _page(request, "network.html", {"title": "Who signed with whom",
                                           "net": render.network(pairs, names), "pairs": pairs,
                                           "names": names})


@router.get("/api")
async def api_page(request: Request) -> Response:
    """The API's endpoints and parameters, read from its OpenAPI description (served here,
    not by a documentation viewer loaded from the network)."""
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            params = [(p["name"], p["in"], p.get("description") or "") for p in
                      op.get("parameters", []) if p["name"] not in ("authorization",
                                                                     "x-accords-token")]
            body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = body.get("schema", {}).get("$ref", "")
            endpoints.append({"method": method.upper(), "path": path,
                              "summary": op.get("summary", ""),
                              "doc": op.get("description", ""), "params": params,
                              "body": ref.rsplit("/", 1)[-1] if ref else None,
                              "curation": "curation" in op.get("tags", [])})
    schemas = spec.get("components", {}).get("schemas", {})
    bodies = {name: schemas[name].get("properties", {}) for name in
              ("ReviewIn", "MergeIn", "SplitIn") if name in schemas}
    return _page(request, "api.html", {"title": "API", "endpoints": endpoints,
                                       "bodies": bodies})


@router.get("/reviews")
async def reviews_page(request: Request) -> Response:
    page = _int(request, "page", 1)
    corpus = settings_of(request).corpus()
    log = corpus.review_log(100, (page - 1) * 100)
    return _page(request, "reviews.html", {"title": "Review log", "log": log, "page": page,
                                           "pages": max(1, -(-log.total // 100))})


@router.get("/rejected")
async def rejected_page(request: Request) -> Response:
    corpus = settings_of(request).corpus()
    return _page(request, "rejected.html", {"title": "Rejected inputs",
                                            "rows": corpus.rejected()})


# ---------------------------------------------------------------- curation forms
@router.post("/{record_type}/{record_id}/reviews")
async def review_form(request: Request, record_type: str, record_id: str,
                csrf: str = Form(""), token: str = Form(""), reviewer: str = Form(""),
                verdict: str = Form(""), field: str = Form(""), value: str = Form(""),
                note: str = Form(""), into: str = Form(""),
                documents: list[str] = Form([])) -> Response:  # noqa: B008
    """The forms of a record page: a review, a merge or a split (`verdict`)."""
    if record_type not in ("agreements", "events"):
        raise HTTPException(404)
    check_csrf(request, csrf)
    settings = settings_of(request)
    settings.check_token(token)
    corpus = settings.corpus()
    who = reviewer.strip()[:100] or "web"
    if verdict == "merged":
        corpus.merge(record_id, into.strip(), who, note or None)
        target = into.strip()
    elif verdict == "split":
        corpus.split(record_id, documents, who, note or None)
        target = record_id
    else:
        corpus.review(record_id, verdict, who, field or None,
                      _value(value) if verdict == "corrected" else None, note or None)
        target = record_id
    return RedirectResponse(f"/{record_type}/{target}#reviews", status_code=303)


def _value(text: str) -> Any:
    """A corrected value as typed: JSON when it parses (a list, a number), else the text."""
    import json
    try:
        return json.loads(text)
    except ValueError:
        return text.strip()
