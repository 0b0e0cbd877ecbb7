from game.core.clock import TICK, FixedStep


def test_a_frame_of_exactly_one_tick_runs_one_update():
    step = FixedStep()
    assert step.advance(TICK) == 1


def test_short_frames_accumulate_until_a_tick_is_due():
    step = FixedStep()
    assert step.advance(TICK * 0.4) == 0
    assert step.advance(TICK * 0.4) == 0
    assert step.advance(TICK * 0.4) == 1


def test_alpha_is_the_fraction_of_a_tick_left_over():
    step = FixedStep()
    step.advance(TICK * 1.25)
    assert abs(step.alpha - 0.25) < 1e-9


def test_a_huge_frame_is_clamped_and_catch_up_is_capped():
    step = FixedStep()
    assert step.advance(10.0) == 5
    assert step.accumulator == 0.0


def test_a_quarter_second_frame_is_capped_at_five_updates():
    step = FixedStep(max_ticks=5)
    assert step.advance(0.25) == 5


def test_negative_frame_times_count_as_zero():
    step = FixedStep()
    assert step.advance(-1.0) == 0
    assert step.accumulator == 0.0


def test_sixty_frames_of_real_time_give_sixty_updates():
    step = FixedStep()
    total = sum(step.advance(1 / 60) for _ in range(60))
    assert total in (59, 60)
