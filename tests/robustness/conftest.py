"""The robustness tests share xml_mutations.py (importlib mode does not put
test folders on sys.path, so this folder is added here)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
