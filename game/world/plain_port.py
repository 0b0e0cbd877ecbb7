"""PlainStoryPort: the world's stand-in for the dialogue and minigame systems.

It shows the node (or level) name in a plain box until CONFIRM/INTERACT and
evaluates `requires` with a tiny `$flag and not $other` subset, so maps can be
played before the dialogue system lands and in world-only tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.actions import Action
from game.scenes.base import Scene

if TYPE_CHECKING:
    from game.context import Context
    from game.input.actions import ActionState
    from game.ui.font import Fonts

TOKEN = re.compile(r"\s*(\(|\)|\$[A-Za-z_]\w*|and|or|not|true|false)")


def evaluate_flags(expression: str, variables: dict[str, object]) -> bool:
    """`$a and not ($b or $c)`-style conditions; anything else is False."""
    tokens: list[str] = []
    text = expression.strip()
    while text:
        match = TOKEN.match(text)
        if not match:
            return False
        tokens.append(match.group(1))
        text = text[match.end() :]
    try:
        value, rest = _or(tokens, variables)
    except IndexError:
        return False
    return value and not rest


def _or(tokens: list[str], env: dict[str, object]) -> tuple[bool, list[str]]:
    value, tokens = _and(tokens, env)
    while tokens and tokens[0] == "or":
        right, tokens = _and(tokens[1:], env)
        value = value or right
    return value, tokens


def _and(tokens: list[str], env: dict[str, object]) -> tuple[bool, list[str]]:
    value, tokens = _not(tokens, env)
    while tokens and tokens[0] == "and":
        right, tokens = _not(tokens[1:], env)
        value = value and right
    return value, tokens


def _not(tokens: list[str], env: dict[str, object]) -> tuple[bool, list[str]]:
    head = tokens[0]
    if head == "not":
        value, rest = _not(tokens[1:], env)
        return not value, rest
    if head == "(":
        value, rest = _or(tokens[1:], env)
        if not rest or rest[0] != ")":
            raise IndexError("unclosed (")
        return value, rest[1:]
    if head.startswith("$"):
        return bool(env.get(head[1:], False)), tokens[1:]
    if head in ("true", "false"):
        return head == "true", tokens[1:]
    raise IndexError(head)


class PlainStoryPort:
    """StoryPort that shows names in a box (see module docstring)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.shown: list[str] = []  # what was shown, in order (for tests)

    def condition(self, expression: str, where: str) -> bool:
        if not expression.strip():
            return True
        variables = self.ctx.story.variables if self.ctx.story else {}
        return evaluate_flags(expression, variables)

    def run_dialogue(
        self, node: str, on_done: Callable[[], None] | None = None
    ) -> None:
        if self.ctx.story is not None:
            self.ctx.story.visit(node)
        self._show(node, on_done)

    def start_minigame(
        self, level: str, intro_node: str | None, on_done: Callable[[], None] | None
    ) -> None:
        self._show(f"minigame {level}", on_done)

    def _show(self, text: str, on_done: Callable[[], None] | None) -> None:
        self.shown.append(text)
        self.ctx.stack.push(NoticeScene(self.ctx, text, on_done))


class NoticeScene(Scene):
    """A one-line box over the world; CONFIRM or INTERACT closes it."""

    overlay = True

    def __init__(
        self, ctx: Context, text: str, on_done: Callable[[], None] | None
    ) -> None:
        super().__init__(ctx)
        self.text = text
        self.on_done = on_done
        self._fonts: Fonts | None = None

    def update(self, actions: ActionState, dt: float) -> None:
        if any(
            actions.was_pressed(a)
            for a in (Action.CONFIRM, Action.INTERACT, Action.CANCEL)
        ):
            self.ctx.stack.pop()
            if self.on_done:
                self.ctx.stack.after(self.on_done)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        if self._fonts is None:
            from game.ui.font import load_fonts

            self._fonts = load_fonts()
        draw_box(surface, self._fonts, self.text)


def draw_box(
    surface: pygame.Surface, fonts: Fonts, text: str, lines: list[str] | None = None
) -> None:
    """A solid panel at the bottom of the canvas with the text in the pixel font."""
    rows = [text, *(lines or [])]
    height = 12 + fonts.line_height * len(rows)
    panel = pygame.Rect(
        16, surface.get_height() - height - 12, surface.get_width() - 32, height
    )
    pygame.draw.rect(surface, fonts.regular.rgb("night"), panel)
    pygame.draw.rect(surface, fonts.regular.rgb("teallite"), panel, 1)
    for row, line in enumerate(rows):
        colour = "white" if row == 0 else "silver"
        fonts.regular.draw(
            surface, line, (panel.x + 8, panel.y + 6 + row * fonts.line_height), colour
        )
