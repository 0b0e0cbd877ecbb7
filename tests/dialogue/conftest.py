"""Dialogue tests share small helpers in helpers.py (importlib mode does not
put test folders on sys.path, so this folder is added here)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
