"""Read stage: paths -> Document, or Rejected with a reason (never a silent drop)."""
from accords.read.files import iter_inputs, read_file

__all__ = ["iter_inputs", "read_file"]
