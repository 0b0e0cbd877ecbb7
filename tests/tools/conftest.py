"""Says loudly, in the test summary, when Tiled's command-line tools are
absent and the render-equality and round-trip tests therefore skipped."""

from __future__ import annotations

import shutil

import pytest

MISSING = (
    "tiled is not installed: map render-equality and Tiled round-trip tests SKIPPED"
)
HOW = "install it with: apt-get update && apt-get install -y tiled"


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """A warning section when tmxrasterizer or tiled cannot be found."""
    if shutil.which("tmxrasterizer") and shutil.which("tiled"):
        return
    terminalreporter.section("Tiled tools missing", sep="!", red=True, bold=True)
    terminalreporter.line(f"{MISSING}; {HOW}", red=True, bold=True)
