"""The command line: what a launch asks for (`python main.py --help`)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class LaunchOptions:
    """Parsed command-line options; the defaults start at the title screen."""

    seed: int | None = None
    episode: int | None = None
    map: Path | None = None
    at: str | None = None
    level: Path | None = None
    dev: bool = False
    frames: int | None = None
    screenshot: Path | None = None
    scale: int | None = None
    fullscreen: bool = False
    replay: Path | None = None
    record: Path | None = None
    mute: bool = False
    locale: str | None = None


class _ShowVersion(argparse.Action):
    """`--version`: print the version and exit. The version is looked up only
    then (reading package metadata costs every other launch ~25 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any):
        kwargs.update(nargs=0, default=argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        from game.core.version import game_version

        print(f"{parser.prog} {game_version()}")
        parser.exit()


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="smile-protocol",
        description="Smile Protocol: a narrative pixel game about dental nanobots.",
    )
    add = parser.add_argument
    add("--version", action=_ShowVersion, help="show the version and exit")
    add(
        "--seed",
        type=int,
        help="seed for the run's random generator (reproducible runs)",
    )
    add(
        "--episode",
        type=int,
        choices=range(1, 6),
        metavar="N",
        help="start episode N (1-5)",
    )
    add("--map", type=Path, metavar="PATH", help="start in this Tiled map (.tmx)")
    add(
        "--at",
        metavar="SPAWN_OR_OBJECT_ID",
        help="with --map: a spawn name or object id",
    )
    add("--level", type=Path, metavar="PATH", help="play this minigame level (.tmx)")
    add("--dev", action="store_true", help="debug overlay and hot reload of content")
    add(
        "--frames",
        type=_positive,
        metavar="N",
        help="run N frames uncapped, one fixed update each, then exit",
    )
    add("--screenshot", type=Path, metavar="PATH", help="save the last frame as PNG")
    add("--scale", type=_positive, metavar="N", help="window scale (whole number)")
    add("--fullscreen", action="store_true", help="start in fullscreen")
    add("--replay", type=Path, metavar="FILE", help="play back recorded input")
    add("--record", type=Path, metavar="FILE", help="record input (with the seed)")
    add("--mute", action="store_true", help="no sound")
    add(
        "--locale",
        metavar="CODE",
        help="show the dialogue in this language for this run (e.g. pseudo)",
    )
    return parser


def parse_options(argv: list[str] | None = None) -> LaunchOptions:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.at and not args.map:
        parser.error("--at needs --map")
    if args.replay and args.record:
        parser.error("--replay and --record cannot be used together")
    return LaunchOptions(**vars(args))
