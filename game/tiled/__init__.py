"""The Tiled front end: reads .tmx/.tsx/.tx files into a plain document model.

Start at `game.tiled.reader.read_map`. Layer 1 (engine): imports only
game.core, the standard library and nothing of the world, the minigame or
the screens; no pygame, no pytmx. Nothing happens at import.
"""
