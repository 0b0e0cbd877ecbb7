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


def transcript_lines(event: Event) -> list[str]:
    """How the talk tool prints an event."""
    if isinstance(event, Line):
        return [said(event.speaker, event.text)]
    if isinstance(event, Options):
        return [
            f"  {i}) {said(o.speaker, o.text)}"
            + ("" if o.available else "  [unavailable]")
            for i, o in enumerate(event.options, start=1)
        ]
    if isinstance(event, Command):
        return [f"<<{command_text(event)}>>"]
    return ["(end)"]
