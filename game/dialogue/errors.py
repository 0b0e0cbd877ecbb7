"""DialogueError: the one exception every dialogue mistake raises.

Its text is `file:line:col: message`, then the source line and a caret under
the column, so a writer sees where the problem is without reading Python.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pos:
    """A place in a .yarn file; `line` and `col` count from 1."""

    file: str
    line: int
    col: int

    def shifted(self, columns: int) -> Pos:
        return Pos(self.file, self.line, self.col + columns)


class DialogueError(Exception):
    """A mistake in dialogue text (syntax, types, references, runtime)."""

    def __init__(self, pos: Pos, message: str, source_line: str = "") -> None:
        self.pos = pos
        self.message = message
        self.source_line = source_line
        super().__init__(self.format())

    def __reduce__(self) -> tuple[type[DialogueError], tuple[Pos, str, str]]:
        # pickled by its fields (Exception's default would pass only the text)
        return (DialogueError, (self.pos, self.message, self.source_line))

    @property
    def file(self) -> str:
        return self.pos.file

    @property
    def line(self) -> int:
        return self.pos.line

    @property
    def col(self) -> int:
        return self.pos.col

    def format(self) -> str:
        head = f"{self.pos.file}:{self.pos.line}:{self.pos.col}: {self.message}"
        if not self.source_line:
            return head
        text = self.source_line.rstrip("\n").expandtabs(1)
        caret = " " * max(self.pos.col - 1, 0) + "^"
        return f"{head}\n    {text}\n    {caret}"

    def with_source(self, source_line: str) -> DialogueError:
        """The same error, carrying the text of its line (for the excerpt)."""
        if self.source_line or not source_line:
            return self
        return DialogueError(self.pos, self.message, source_line)
