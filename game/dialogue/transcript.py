"""Events as text: the talk tool's transcript and the test-plan lines."""

from __future__ import annotations

from game.dialogue.evaluate import format_value
from game.dialogue.expr import Value
from game.dialogue.runner import Command, End, Event, Line, Option, Options


def said(speaker: str | None, text: str) -> str:
    return f"{speaker}: {text}" if speaker else text


def command_text(event: Command) -> str:
    return " ".join([event.name, *(_arg(a) for a in event.args)])


def _arg(value: Value) -> str:
    text = format_value(value)
    return f'"{text}"' if isinstance(value, str) and (" " in text or not text) else text


def plan_items(event: Event) -> list[tuple[str, str]]:
    """(kind, text) pairs a test plan compares: line, option, unavailable,
    command, end."""
    if isinstance(event, Line):
        return [("line", said(event.speaker, event.text))]
    if isinstance(event, Options):
        return [_option_item(o) for o in event.options]
    if isinstance(event, Command):
        return [("command", command_text(event))]
    if isinstance(event, End):
        return [("end", "")]
    return []


def _option_item(option: Option) -> tuple[str, str]:
    kind = "option" if option.available else "unavailable"
    return kind, said(option.speaker, option.text)


def shown_options(event: Options) -> list[int]:
    """Indexes of the options the player sees, in order: all of them with
    `show_unavailable` (unavailable ones greyed), else the available ones.
    The talk tool numbers these from 1, as the player counts them."""
    return [
        i
        for i, option in enumerate(event.options)
        if option.available or event.show_unavailable
    ]


def transcript_lines(event: Event) -> list[str]:
    """How the talk tool prints an event: options numbered as the player
    sees them; hidden ones listed unnumbered."""
    if isinstance(event, Line):
        return [said(event.name or event.speaker, event.text)]
    if isinstance(event, Options):
        numbers = {index: n for n, index in enumerate(shown_options(event), start=1)}
        return [_option_line(o, numbers.get(i)) for i, o in enumerate(event.options)]
    if isinstance(event, Command):
        return [f"<<{command_text(event)}>>"]
    return ["(end)"]


def _option_line(option: Option, number: int | None) -> str:
    text = said(option.speaker, option.text)
    if number is None:
        return f"   -  {text}  [hidden: its condition is false]"
    return f"  {number}) {text}" + ("" if option.available else "  [unavailable]")
