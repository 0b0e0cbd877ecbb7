"""The talk tool plays a branch in a translation, as the game shows it."""

from game.tools.talk import main


def test_talk_plays_a_node_in_the_pseudo_locale(capsys):
    assert main(["dialogue/ep1", "Ep1_Launch", "--locale", "pseudo"]) == 0
    out = capsys.readouterr().out.splitlines()
    first_line = next(line for line in out if not line.startswith("<<"))
    assert first_line.startswith("[ÖÔrthöô]: [Göôöôð möôrñîïñg, ÎÏrîïs.")
    assert "  1) [Léèt's öôpéèñ théè ðöôöôrs.]" in out


def test_an_unknown_locale_is_refused_with_the_known_ones(capsys):
    assert main(["dialogue/ep1", "Ep1_Launch", "--locale", "zz"]) == 2
    assert "no locale 'zz' (known: en, " in capsys.readouterr().err
