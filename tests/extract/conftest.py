import pytest

from accords.pipeline import extract_batch
from accords.records import Document


@pytest.fixture(scope="module")
def extract():
    def run(text, name="article.txt"):
        (ex,) = extract_batch([Document.from_text(name, text)])
        return ex
    return run
