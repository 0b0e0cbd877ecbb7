"""The grid filters: box3's flat row pass (whole arrays) gives exactly the
values of its row-by-row pass (windows of a larger grid)."""

from __future__ import annotations

import numpy as np
import pytest

from game.minigame.fields import box3


@pytest.mark.parametrize("shape", [(2, 2), (3, 5), (45, 80), (180, 640)])
def test_box3_on_a_whole_array_equals_box3_on_a_window(shape):
    rng = np.random.default_rng(5)
    field = rng.random(shape, dtype=np.float32)
    whole = box3(field, np.empty_like(field), np.empty_like(field))
    big = np.zeros((shape[0] + 2, shape[1] + 4), np.float32)
    window = big[1:-1, 2:-2]  # not contiguous: the row-by-row pass
    window[...] = field
    tmp = np.zeros_like(big)[1:-1, 2:-2]
    out = np.zeros_like(big)[1:-1, 2:-2]
    assert not window.flags.c_contiguous
    assert np.array_equal(whole, box3(window, tmp, out))


def test_box3_in_place_on_a_whole_array():
    rng = np.random.default_rng(6)
    field = rng.random((20, 30), dtype=np.float32)
    expected = box3(field, np.empty_like(field), np.empty_like(field))
    box3(field, np.empty_like(field), field)
    assert np.array_equal(field, expected)
