import pytest

from accords.pipeline import extract_batch
from accords.records import Document


@pytest.fixture(scope="module")
def extract():
    def run(text, name="article.txt", published=None):
        (ex,) = extract_batch([Document.from_text(name, text, published=published)])
        return ex
    return run
