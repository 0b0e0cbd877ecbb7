"""The base layer: clock, paths, findings, launch options, story and episode data.

Everything else may import from here; nothing here imports from the rest of
the game.
"""
