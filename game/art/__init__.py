"""Art pipeline: palette-indexed sources built into PNG sheets."""
