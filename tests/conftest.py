"""Test setup: headless SDL drivers and private user folders, before pygame loads."""

import os
import tempfile

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
_USER_DIRS = tempfile.mkdtemp(prefix="smile-protocol-tests-")
os.environ["SMILE_PROTOCOL_CONFIG_DIR"] = os.path.join(_USER_DIRS, "config")
os.environ["SMILE_PROTOCOL_DATA_DIR"] = os.path.join(_USER_DIRS, "data")
os.environ["SMILE_PROTOCOL_CACHE_DIR"] = os.path.join(_USER_DIRS, "cache")
