"""Input: players press actions, not keys.

`actions` names what a player can do, `bindings` maps keys and pad buttons to
actions (remappable, from settings), `devices` turns pygame events into one
`ActionState` per tick, and `replay` records and plays back those states.
"""

from game.input.actions import Action, ActionState

__all__ = ["Action", "ActionState"]
