"""Read stage: paths -> Document, or Rejected with a reason (never a silent drop)."""
from accords.read.files import MAX_BYTES, ReadOptions, iter_inputs, read_file, read_path
from accords.read.jsonl import JsonlFields

__all__ = ["MAX_BYTES", "JsonlFields", "ReadOptions", "iter_inputs", "read_file", "read_path"]
