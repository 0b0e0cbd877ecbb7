"""Episode 1's opening conversation in the pseudo-locale, played from New Game.

The scripted player presses actions as in test_episode1; every line, name
plate and option it is shown must be the pseudo text of the source (so no
string escapes translation), and every page of text must fit its box.
"""

import pygame
import pytest
from driver import Driver

from game.core.paths import project_root
from game.core.story import StoryState
from game.dialogue.check import project_files
from game.dialogue.program import load_program
from game.dialogue.pseudo import PseudoLocale
from game.dialogue.runner import Line, Options, Runner, run_all
from game.input.actions import Action

CHOICES = [1, 2, 1]  # 1-based, as the player picks them


@pytest.fixture
def player(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.save.settings import default_settings

    pygame.display.init()
    display = Display(vsync=False)
    options = LaunchOptions(frames=1, mute=True, seed=2042, locale="pseudo")
    ctx = build_context(options, default_settings(), display, 2042)
    ctx.nav.start()
    yield Driver(MainLoop(ctx, display, None, None))
    pygame.display.quit()


def source_launch() -> tuple[list[Line], list[list[str]]]:
    """The launch conversation as written, with the same choices."""
    program = load_program(project_files(project_root()), project_root())
    runner = Runner(program, StoryState(episode=1), set())
    events = run_all(runner, "Ep1_Launch", [n - 1 for n in CHOICES])
    lines = [e for e in events if isinstance(e, Line)]
    options = [
        [o.text for o in e.options if o.available]
        for e in events
        if isinstance(e, Options)
    ]
    return lines, options


def read_launch(d: Driver) -> tuple[list[Line], list[list[str]]]:
    """New Game, then read the launch conversation, checking each page fits."""
    d.wait_until(lambda: d.is_top("TitleScene"), 10, "the title screen")
    d.press(Action.CONFIRM)
    d.wait_until(lambda: d.is_top("EpisodeSelectScene"), 10, "the episode select")
    d.press(Action.CONFIRM)
    d.wait_until(lambda: d.is_top("DialogueBoxScene"), 600, "the launch")
    lines: list[Line] = []
    options: list[list[str]] = []
    choices = list(CHOICES)
    while d.is_top("DialogueBoxScene"):
        box = d.top
        if box.options is not None and box.visible:
            options.append([box.options.options[i].text for i in box.visible])
            d._choose(box, choices.pop(0))
        elif box.waiting is not None:
            d.tick()
        else:
            if box.line is not None and (not lines or lines[-1] is not box.line):
                lines.append(box.line)
            page = box.pages[box.page]
            assert (
                len(page.lines) * d.ctx.assets.fonts.line_height
                <= box.text_rect().height
            )
            d.press(Action.CONFIRM)
    return lines, options


def test_every_line_name_and_option_of_the_launch_is_pseudo_text(player):
    pseudo = PseudoLocale.load()
    shown_lines, shown_options = read_launch(player)
    lines, options = source_launch()
    assert [line.text for line in shown_lines] == [pseudo.text(s.text) for s in lines]
    assert [line.name for line in shown_lines] == [
        pseudo.text(s.speaker) if s.speaker else None for s in lines
    ]
    assert shown_options == [[pseudo.text(t) for t in group] for group in options]
    assert len(shown_lines) > 30
