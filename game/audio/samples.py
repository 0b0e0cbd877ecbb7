"""The array types the synthesiser passes between its stages."""

from __future__ import annotations

from typing import TypeAlias

import numpy as np
import numpy.typing as npt

Signal: TypeAlias = npt.NDArray[np.float64]
"""Float samples (or per-sample values such as gain or Hz), one per sample."""

Pcm16: TypeAlias = npt.NDArray[np.int16]
"""Little-endian 16-bit samples, as written to a WAV file."""
