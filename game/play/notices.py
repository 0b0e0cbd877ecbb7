"""Notices: the short messages the player is told, each of a kind.

Contract: anything that tells the player something appends a `Notice` to
`ctx.messages`; its `kind` picks the colour it is drawn in (the theme role
`notice_<kind>`, assets/config/theme.json). Use `success` for a thing done
(saved), `info` for plain news, `warning` for a problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class NoticeKind(Enum):
    """What a notice tells: a thing done, plain news, or a problem."""

    SUCCESS = "success"
    INFO = "info"
    WARNING = "warning"

    @property
    def theme_role(self) -> str:
        """The theme colour role this kind is drawn in."""
        return f"notice_{self.value}"


@dataclass(frozen=True)
class Notice:
    """One message for the player and what kind of message it is."""

    text: str
    kind: NoticeKind


def success(text: str) -> Notice:
    return Notice(text, NoticeKind.SUCCESS)


def info(text: str) -> Notice:
    return Notice(text, NoticeKind.INFO)


def warning(text: str) -> Notice:
    return Notice(text, NoticeKind.WARNING)
