"""Domain exceptions; their messages name the bad value and suggest the fix."""

from __future__ import annotations


class UpsignalError(Exception):
    """Base class: an error the user can act on. `exit_code` is what the CLI returns."""

    exit_code = 1


class InputError(UpsignalError):
    """Bad user input (file, option, value): the CLI exits 2."""

    exit_code = 2


class UnknownFormatError(InputError):
    """A file whose format could not be recognised."""


class CatalogError(InputError):
    """A catalog file with one or more problems; `problems` lists them all."""

    def __init__(self, path: str, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s) in catalog:\n{lines}")


class StoreError(UpsignalError):
    """The database could not be opened or written."""
