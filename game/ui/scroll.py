"""Scroll window: which rows of a long list are on screen (pure, no pygame).

Contract: `ScrollWindow(fits)`; `follow(focus, count)` moves the first visible
row just enough to keep `focus` on screen and returns the visible range.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ScrollWindow:
    """A window of `fits` rows over a longer list; `first` is its top row."""

    fits: int
    first: int = 0

    def follow(self, focus: int, count: int) -> range:
        """Keep `focus` visible (and the window inside the list); the rows shown."""
        fits = max(1, self.fits)
        if focus < self.first:
            self.first = focus
        elif focus >= self.first + fits:
            self.first = focus - fits + 1
        self.first = max(0, min(self.first, count - fits))
        return range(self.first, min(count, self.first + fits))

    def more_above(self) -> bool:
        return self.first > 0

    def more_below(self, count: int) -> bool:
        return self.first + self.fits < count
