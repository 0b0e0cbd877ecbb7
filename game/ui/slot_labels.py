"""How a save slot is named and described on screen (pure text, no pygame):
its title, its episode, its date and its play time."""

from __future__ import annotations

from game.core.episodes import episode
from game.save.model import parse_time
from game.ui.dates import local_date_time


def slot_title(slot: str) -> str:
    """The slot's name on screen: 'Quick save', 'Autosave 2', 'Slot 7'."""
    if slot == "quick":
        return "Quick save"
    kind, _, number = slot.partition("-")
    return f"Autosave {number}" if kind == "auto" else f"Slot {number}"


def episode_title(number: int) -> str:
    try:
        return f"Episode {number}: {episode(number).title}"
    except (KeyError, OSError, ValueError):
        return f"Episode {number}"


def short_date(saved_at: str) -> str:
    """The save time in local time, dated the player's way ('' if unreadable)."""
    moment = parse_time(saved_at)
    return local_date_time(moment) if moment else ""


def clock_text(seconds: float) -> str:
    """Play time as '2h 05m' (or '7m' under an hour)."""
    hours, minutes = divmod(int(seconds) // 60, 60)
    return f"{hours}h {minutes:02}m" if hours else f"{minutes}m"
