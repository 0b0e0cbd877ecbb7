import numpy as np
import pygame
import pytest

from game.save.model import MAX_THUMBNAIL_BYTES, SaveGame
from game.save.thumbnail import capture_thumbnail, decode_thumbnail, encode_thumbnail


@pytest.fixture(scope="module", autouse=True)
def video():
    pygame.display.init()
    yield


def test_a_frame_becomes_a_small_png_of_160_by_90():
    frame = pygame.Surface((640, 360))
    frame.fill((20, 90, 100))
    pygame.draw.rect(frame, (240, 240, 230), (40, 40, 200, 120))
    data = encode_thumbnail(frame)
    assert data.startswith(b"\x89PNG") and len(data) <= MAX_THUMBNAIL_BYTES
    assert decode_thumbnail(data).get_size() == (160, 90)


def test_even_pure_noise_fits_the_limit():
    noise = np.random.default_rng(7).integers(0, 256, (640, 360, 3), np.uint8)
    data = encode_thumbnail(pygame.surfarray.make_surface(noise))
    assert len(data) <= MAX_THUMBNAIL_BYTES
    assert decode_thumbnail(data) is not None


def test_broken_or_missing_thumbnails_decode_to_none():
    assert decode_thumbnail(b"") is None
    assert decode_thumbnail(b"\x89PNG\r\n\x1a\nrubbish") is None


def test_a_save_refuses_an_oversized_thumbnail(story):
    with pytest.raises(ValueError, match="limit"):
        SaveGame(story, "maps/a.tmx", (0, 0), thumbnail=b"x" * 30_000)


def test_capture_draws_off_screen_and_encodes():
    data = capture_thumbnail(lambda surface: surface.fill((239, 242, 247)))
    assert decode_thumbnail(data).get_at((5, 5))[:3] == (239, 242, 247)
