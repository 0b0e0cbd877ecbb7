"""Scenes: one screen each, stacked by game.scenes.base.SceneStack."""
