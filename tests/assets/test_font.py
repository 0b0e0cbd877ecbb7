"""The bitmap font: metrics, wrapping, alignment, rich text, rendering."""

from __future__ import annotations

import pygame
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.assets.font import load_fonts
from game.assets.font_metrics import FontMetrics
from game.assets.rich_text import RichTextError, Span, parse_rich
from game.core.paths import assets_dir


@pytest.fixture(scope="module")
def metrics() -> FontMetrics:
    return FontMetrics.load(assets_dir() / "fonts" / "regular.json")


@pytest.fixture(scope="module")
def fonts():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    return load_fonts()


def test_every_ascii_and_latin1_character_has_a_glyph(metrics):
    codes = [*range(32, 127), *range(160, 256)]
    assert all(code in metrics.glyphs for code in codes)


DIALOGUE_PUNCTUATION = "\u2014\u2013\u2018\u2019\u201c\u201d\u2026\u2022\u20ac¼½¾©®"


@pytest.mark.parametrize("weight", ["regular", "bold"])
@pytest.mark.parametrize("char", list(DIALOGUE_PUNCTUATION))
def test_dialogue_punctuation_has_its_own_glyph(weight, char):
    metrics = FontMetrics.load(assets_dir() / "fonts" / f"{weight}.json")
    fallback = metrics.glyphs[metrics.fallback]
    assert ord(char) in metrics.glyphs
    assert metrics.measure(char)[0] > 0
    assert metrics.glyph(char) != fallback


@pytest.mark.parametrize("weight", ["regular", "bold"])
@pytest.mark.parametrize("char", ["\u203a", "_"])
def test_the_menu_separator_and_the_underscore_draw_their_own_ink(fonts, weight, char):
    font = getattr(fonts, weight)
    assert font.metrics.glyph(char) != font.metrics.glyphs[font.metrics.fallback]
    ink = pygame.mask.from_surface(font.render(char, (255, 255, 255)))
    assert ink.count() > 0


def test_em_dash_is_longer_than_en_dash_is_longer_than_hyphen(metrics):
    widths = [metrics.line_width(c) for c in "\u2014\u2013-"]
    assert widths == sorted(widths, reverse=True)
    assert len(set(widths)) == 3


def test_line_height_is_at_least_ten_pixels(metrics):
    assert metrics.line_height >= 10


def test_measure_of_one_capital_is_its_glyph_width(metrics):
    assert metrics.measure("A") == (5, metrics.line_height)


def test_measure_counts_lines_and_takes_the_widest(metrics):
    width, height = metrics.measure("ab\nabcd")
    assert width == metrics.line_width("abcd")
    assert height == 2 * metrics.line_height


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="abc XYZ\n.-éß", max_size=80),
    width=st.integers(min_value=1, max_value=120),
)
def test_wrapped_lines_never_exceed_the_width(metrics, text, width):
    for line in metrics.wrap(text, width):
        # A single glyph wider than the width is the only allowed overflow.
        assert metrics.line_width(line) <= width or len(line) == 1


def test_wrap_keeps_every_word_in_order(metrics):
    text = "the swarm is calm and the patient smiles"
    assert " ".join(metrics.wrap(text, 60)) == text


def test_wrap_breaks_a_word_longer_than_the_width(metrics):
    lines = metrics.wrap("supercalifragilistic", 30)
    assert len(lines) > 1
    assert "".join(lines) == "supercalifragilistic"
    assert all(metrics.line_width(line) <= 30 for line in lines)


def test_wrap_honours_newlines_and_blank_lines(metrics):
    assert metrics.wrap("one\n\ntwo", 200) == ["one", "", "two"]


def test_parse_rich_makes_bold_and_coloured_spans():
    spans = parse_rich("a [b]bold[/b] [c=mint]mint [b]both[/b][/c]")
    assert spans == [
        Span("a "),
        Span("bold", bold=True),
        Span(" "),
        Span("mint ", colour="mint"),
        Span("both", bold=True, colour="mint"),
    ]


def test_parse_rich_double_bracket_is_a_literal_bracket():
    assert parse_rich("[[x]") == [Span("[x]")]


@pytest.mark.parametrize("bad", ["[b]open", "[/b]", "[q]x[/q]", "[c=mint]x[/b]", "[b"])
def test_parse_rich_rejects_bad_markup_with_a_message(bad):
    with pytest.raises(RichTextError):
        parse_rich(bad)


def test_unknown_colour_name_is_named_in_the_error(fonts):
    with pytest.raises(RichTextError, match="nope"):
        fonts.spans("[c=nope]x[/c]")


def test_wrap_rich_keeps_styles_across_lines(fonts):
    lines = fonts.wrap_rich("[c=coral]one two three four five six[/c] end", 50)
    assert len(lines) > 1
    text = " ".join("".join(s.text for s in line) for line in lines)
    assert text == "one two three four five six end"
    assert all(s.colour == "coral" for s in lines[0])
    assert all(fonts.measure_rich(line)[0] <= 50 for line in lines)


def test_render_is_the_measured_size_and_cached(fonts):
    image = fonts.regular.render("Hello, Iris", "white")
    assert image.get_size() == fonts.regular.measure("Hello, Iris")
    assert fonts.regular.render("Hello, Iris", "white") is image


def test_render_uses_exactly_the_requested_colour(fonts):
    image = fonts.regular.render("W", "coral")
    colours = {tuple(image.get_at((x, y))) for x in range(5) for y in range(12)}
    assert colours == {(0, 0, 0, 0), (*fonts.regular.rgb("coral"), 255)}


@pytest.mark.parametrize(
    ("align", "left"), [("left", 100), ("center", 100 - 21 // 2), ("right", 100 - 21)]
)
def test_draw_aligns_on_the_given_x(fonts, align, left):
    surface = pygame.Surface((200, 40), pygame.SRCALPHA)
    assert fonts.regular.measure("Smile")[0] == 21
    area = fonts.regular.draw(surface, "Smile", (100, 10), "white", align=align)
    assert area.left == left


def test_bold_is_wider_than_regular(fonts):
    assert fonts.bold.measure("Ortho")[0] > fonts.regular.measure("Ortho")[0]


def test_draw_rich_typewriter_shows_only_the_first_characters(fonts):
    line = fonts.spans("ab[b]cd[/b]")
    full = fonts.draw_rich(pygame.Surface((50, 12)), line, (0, 0), "white")
    part = fonts.draw_rich(pygame.Surface((50, 12)), line, (0, 0), "white", max_chars=2)
    assert part.width == fonts.regular.measure("ab")[0] < full.width
