"""Every CLI command is documented in the README (as sqlite-utils tests its docs)."""
from __future__ import annotations

from pathlib import Path

from accords.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme() -> None:
    missing = [name for name in main.commands if f"accords {name}" not in README]
    assert not missing, f"commands missing from README.md: {missing}"
