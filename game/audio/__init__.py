"""Sound: a numpy synthesiser and sequencer (pure), and the pygame mixer layer.

`synth`-side modules (oscillators, envelope, filters, voice, sequencer, sfx,
recipes, wavfile) never import pygame; only `mixer` does, and only when a
sound is first played.
"""
