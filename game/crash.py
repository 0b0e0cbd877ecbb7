"""Crash reports: when a bug stops the game, keep what is needed to fix it.

`write_report` puts a text report (version, seed, launch options, the
traceback, the last inputs) and the run's input recording in the user's
data folder under `crashes/`; replaying that recording with `--replay`
repeats the run up to the crash.
"""

from __future__ import annotations

import platform
import time
import traceback
from dataclasses import asdict
from pathlib import Path

import pygame

from game.core.options import LaunchOptions
from game.input.replay import Recorder

LAST_EVENTS = 30  # input changes quoted in the report


def write_report(
    error: BaseException, options: LaunchOptions, recorder: Recorder, folder: Path
) -> Path:
    """Write the report and the recording into `folder`; the report's path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    replay = folder / f"crash-{stamp}.replay.json"
    recorder.save(replay)
    report = folder / f"crash-{stamp}.txt"
    report.write_text(_report_text(error, options, recorder, replay), "utf-8")
    return report


def _report_text(
    error: BaseException, options: LaunchOptions, recorder: Recorder, replay: Path
) -> str:
    # Deferred: package metadata is read only when a crash is written.
    from game.core.version import game_version

    lines = [
        "Smile Protocol crash report",
        f"version: {game_version()}",
        f"python: {platform.python_version()}  pygame-ce: {pygame.version.ver}",
        f"system: {platform.platform()}",
        f"seed: {recorder.seed}",
        f"ticks played: {recorder.ticks}",
        f"options: {_options_text(options)}",
        f"replay: python3 main.py --replay {replay}",
        "",
        "".join(traceback.format_exception(error)).rstrip(),
        "",
        f"last inputs (tick, changes), newest last, up to {LAST_EVENTS}:",
        *(f"  {tick}: {fields}" for tick, fields in recorder.events[-LAST_EVENTS:]),
    ]
    return "\n".join(lines) + "\n"


def _options_text(options: LaunchOptions) -> str:
    chosen = {k: v for k, v in asdict(options).items() if v not in (None, False)}
    return ", ".join(f"{k}={v}" for k, v in sorted(chosen.items())) or "(none)"
