from __future__ import annotations

from pathlib import Path

from game.core.paths import project_root
from game.tools.talk import main

SAMPLE = project_root() / "dialogue" / "sample"


def test_talk_prints_the_transcript_and_stops_at_options(capsys):
    assert main([str(SAMPLE), "SampleStart"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:4] == [
        "<<fade in>>",
        "Ortho: Good morning, Iris. The Nexus opens in ten minutes.",
        "Iris: Morning, Ortho. Slowly, please: I had no coffee.",
        "Ortho: First time here today? I will show you around.",
    ]
    assert out[4:] == [
        "  1) Ask about the bots",
        "  2) Ask about Malik",
        "  3) Just a hint, once",
        "(choose with --choose N,...)",
    ]


def test_talk_follows_choices_and_set_values_printing_numbers_like_yarn(capsys):
    args = [str(SAMPLE / "sample.yarn"), "SampleStart", "--choose", "1"]
    assert main([*args, "--set", "sample_trust=5", "--minigame", "ep1_teach=won"]) == 0
    out = capsys.readouterr().out
    assert "-> 1) Ask about the bots" in out
    assert "Ortho: Your trust is 50 percent." in out
    assert "<<move Malik 4 6>>" not in out and out.rstrip().endswith("(end)")


def test_a_single_file_anywhere_plays_with_its_own_declarations(tmp_path: Path, capsys):
    draft = tmp_path / "draft.yarn"
    draft.write_text(
        "title: Declarations\n---\n<<declare $x = 2.5>>\n===\n"
        "title: Start\n---\nX is {$x * 2}.\n===\n"
    )
    assert main([str(draft), "Start"]) == 0
    assert capsys.readouterr().out == "X is 5.\n(end)\n"


def test_talk_reports_dialogue_errors_without_a_traceback(tmp_path: Path, capsys):
    draft = tmp_path / "bad.yarn"
    draft.write_text("title: Start\n---\n<<if $x>>\n===\n")
    assert main([str(draft), "Start"]) == 1
    err = capsys.readouterr().err
    assert "bad.yarn:3:1:" in err and "Traceback" not in err


def test_minigame_results_land_in_the_game_variables_as_the_game_sets_them(
    tmp_path: Path, capsys
):
    draft = tmp_path / "level.yarn"
    draft.write_text(
        "title: Declarations\n---\n"
        '<<declare $minigame_outcome = "">>\n<<declare $minigame_score = 0>>\n'
        "<<declare $minigame_peak_stress = 0>>\n===\n"
        "title: Start\n---\n<<minigame ep1_teach>>\n"
        "{$minigame_outcome} {$minigame_score} {$minigame_peak_stress} "
        '{minigame_outcome("ep1_teach")}\n===\n'
    )
    assert main([str(draft), "Start", "--minigame", "ep1_teach=lost 90 99"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "lost 90 99 lost"
    assert main([str(draft), "Start", "--minigame", "ep1_teach=won"]) == 0
    line = capsys.readouterr().out.splitlines()[1]
    assert line.startswith("won ") and line.endswith(" won")  # plausible numbers


def test_an_unknown_minigame_outcome_is_a_clean_error(tmp_path: Path, capsys):
    draft = tmp_path / "level.yarn"
    draft.write_text("title: Start\n---\nHi.\n===\n")
    assert main([str(draft), "Start", "--minigame", "ep1_teach=maybe"]) == 1
    err = capsys.readouterr().err
    assert "unknown minigame outcome 'maybe'" in err and "Traceback" not in err


def test_a_folder_under_dialogue_plays_with_the_whole_project(capsys):
    folder = project_root() / "dialogue" / "ep1"
    assert main([str(folder), "Ep1_Malik", "--set", "ep1_stage=4"]) == 0
    assert capsys.readouterr().out.startswith("Malik: Patch is compiling.")
