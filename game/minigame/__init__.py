"""The nanobot-patching minigame: simulation (numpy), levels, rendering, autoplay."""
