from game.core.episodes import episode
from game.scenes.ending import EndingScene, summary_rows


def test_the_card_shows_the_endings_rows_in_its_order_with_the_chosen_words():
    rows = summary_rows(
        episode(1),
        "lost_trust",
        {
            "ep1_shutdown": False,
            "ep1_watchdog": "stonewall",
            "ep1_forced_shutdown": True,
        },
    )
    assert rows[0] == ("The system", "Kept the system running")
    assert rows[1] == ("The Eastside Care Watch", "Sent the Care Watch to the lawyers")
    assert [label for label, _ in rows][-1] == "The forum"


def test_a_value_without_words_is_shown_as_it_is():
    rows = summary_rows(episode(1), "sanctuary", {"ep1_june_told": "later"})
    assert ("June's missing memory", "later") in rows


def test_reaching_an_ending_marks_it_in_the_profile_and_shows_the_card(ctx):
    from game.core.story import StoryState

    ctx.story = StoryState(episode=1)
    ctx.nav.end_episode("diminished")
    ctx.stack.apply_requests()
    assert isinstance(ctx.stack.top, EndingScene)
    assert "diminished" in ctx.profile.endings_for(1)
    assert ctx.story.endings == ["diminished"]
