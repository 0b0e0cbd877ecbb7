"""The `smile-protocol` command (and main.py): run the game without pygame's banner.

pygame prints a support banner when it is first imported unless the
environment says not to; the command sets that first, so `--version` and
`--help` print only what they are asked for.
"""

from __future__ import annotations

import os


def main(argv: list[str] | None = None) -> int:
    """Run the game with the command line `argv` (sys.argv when None)."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    # Deferred: pygame (through game.app) must load after the variable is set.
    from game.app import main as run_game

    return run_game(argv)
