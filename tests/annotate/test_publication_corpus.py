"""On a real corpus whose stories carry no date (BBC 2004-05, ../shared/corpus): no document
may get a publication date (issue 8: 45 once took one from a date in their body)."""
from pathlib import Path

import pytest

from accords.annotate.published import document_dates
from accords.read import iter_inputs
from accords.records import Document

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "bbc.jsonl.gz"


@pytest.mark.skipif(not CORPUS.exists(), reason="the shared corpus is not beside the repository")
def test_undated_bbc_stories_get_no_publication_date() -> None:
    dated = [d.name for d in iter_inputs([CORPUS]) if isinstance(d, Document)
             and document_dates(d.text).published]
    assert dated == []
