"""Capture: grab the next raw key or pad button for the rebinding screen.

Scenes never read key codes. When the controls screen needs "the next key",
it arms a capture; the main loop then hands the next key or button *name*
(as bindings store them) to the capture instead of the action mapper.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.input.bindings import Device


@dataclass
class InputCapture:
    """One pending request for a raw input name."""

    device: Device | None = None
    result: str | None = None
    cancelled: bool = False

    @property
    def armed(self) -> bool:
        return self.device is not None and self.result is None and not self.cancelled

    def arm(self, device: Device) -> None:
        self.device, self.result, self.cancelled = device, None, False

    def offer(self, device: Device, name: str, cancel_name: str) -> bool:
        """Give a raw input; True if the capture took it."""
        if not self.armed or device is not self.device:
            return False
        if name == cancel_name:
            self.cancelled = True
        else:
            self.result = name
        return True

    def take(self) -> str | None:
        """The captured name once (then the capture is idle again)."""
        result = self.result
        if result is not None or self.cancelled:
            self.device, self.result = None, None
        return result
