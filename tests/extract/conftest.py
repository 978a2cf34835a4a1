import pytest

from accords.consolidate.run import consolidate
from accords.pipeline import extract_batch
from accords.records import Document


@pytest.fixture(scope="module")
def extract():
    def run(text, name="article.txt", published=None):
        (ex,) = extract_batch([Document.from_text(name, text, published=published)])
        return ex
    return run


@pytest.fixture(scope="module")
def agreement_history():
    """(status, date) of every history entry of the agreements consolidated from one article
    published on 2026-05-04."""
    def run(text):
        (ex,) = extract_batch([Document.from_text("a.txt", text, published="2026-05-04")])
        return [(h["status"], h.get("date")) for r in
                consolidate(ex.agreements, ex.events, ex.people).agreements
                for h in r.to_dict()["history"]]
    return run
