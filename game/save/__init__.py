"""Saves and the player profile: JSON files written so that none is ever lost.

The core (atomic writes, the save model, migrations, slots, the profile) runs
without pygame; only `thumbnail` touches pygame, to turn a frame into PNG bytes.
"""
