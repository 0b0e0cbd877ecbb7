"""A scripted player: presses actions tick by tick, as a person at the keys would.

It walks by holding direction actions along a path found on the map's
collision (a breadth-first search over 8 px cells), faces what it wants,
presses INTERACT, reads dialogue by pressing CONFIRM, picks options by
pressing DOWN/UP then CONFIRM, and plays minigame levels through the
autoplayer's commands turned back into actions. Nothing is set directly:
every change to the game comes from an ActionState fed to the main loop.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from game.input.actions import IDLE, Action, ActionState

CELL = 8
DIRS = {
    (1, 0): Action.RIGHT,
    (-1, 0): Action.LEFT,
    (0, 1): Action.DOWN,
    (0, -1): Action.UP,
}
FACING_STEP = {"right": (1, 0), "left": (-1, 0), "down": (0, 1), "up": (0, -1)}


def npc(npc_id: str) -> Callable:
    """Matches the NPC whose npc_id is `npc_id`."""
    return lambda obj: obj is not None and getattr(obj, "npc_id", "") == npc_id


def calls(node: str) -> Callable:
    """Matches the object whose `dialogue` runs `node`."""
    return lambda obj: obj is not None and getattr(obj, "dialogue", "") == node


def examines(node: str) -> Callable:
    """Matches the prop whose `examine` runs `node`."""
    return lambda obj: obj is not None and getattr(obj, "examine", "") == node


def _feet(cell: tuple[int, int]) -> tuple[float, float]:
    """Where the player's feet stand when on `cell`."""
    return (cell[0] + 0.5) * CELL, (cell[1] + 1) * CELL - 1


class Stuck(AssertionError):
    """The scripted player could not do what the script asked."""


@dataclass
class Driver:
    """Feeds actions to a MainLoop; `log` keeps what happened, for failures."""

    loop: object
    tick_limit: int = 200_000
    ticks: int = 0
    log: list[str] = field(default_factory=list)
    _doors: dict = field(default_factory=dict)
    _walls: dict = field(default_factory=dict)

    # -- basics ---------------------------------------------------------------
    @property
    def ctx(self):
        return self.loop.ctx

    @property
    def top(self):
        return self.ctx.stack.top

    def tick(self, actions: ActionState = IDLE) -> None:
        self.ticks += 1
        if self.ticks > self.tick_limit:
            raise Stuck(f"gave up after {self.tick_limit} ticks; last: {self.log[-5:]}")
        self.loop.tick(actions)
        if self.ticks % 30 == 0:
            self.loop.draw(1.0)

    def press(self, action: Action, hold: int = 1) -> None:
        held = frozenset({action})
        self.tick(ActionState(held=held, pressed=held))
        for _ in range(hold - 1):
            self.tick(ActionState(held=held))
        self.tick(ActionState(released=held))

    def wait_until(self, done: Callable[[], bool], limit: int, what: str) -> None:
        for _ in range(limit):
            if done():
                return
            self.tick()
        if not done():
            raise Stuck(
                f"waited {limit} ticks for {what}; top is {type(self.top).__name__}"
            )

    def is_top(self, name: str) -> bool:
        return type(self.top).__name__ == name

    def new_game(self, episode: int) -> None:
        """Title: New game; episode select: RIGHT to `episode`, then CONFIRM;
        waits for the episode's opening conversation."""
        self.wait_until(lambda: self.is_top("TitleScene"), 10, "the title screen")
        self.press(Action.CONFIRM)
        self.wait_until(
            lambda: self.is_top("EpisodeSelectScene"), 10, "the episode select"
        )
        for _ in range(episode - 1):
            self.press(Action.RIGHT)
        assert self.top.chosen.number == episode
        self.press(Action.CONFIRM)
        self.wait_until(self.in_conversation, 600, "the opening")

    def check_finished(
        self, episode: int, ending: str, stage: int, chosen: dict
    ) -> None:
        """The story ended episode `episode` at `ending` (the profile too),
        both its levels were played, its stage variable reached `stage` and
        every variable in `chosen` holds its value."""
        story = self.ctx.story
        assert story.episode == episode
        assert story.endings == [ending]
        assert ending in self.ctx.profile.endings_for(episode)
        assert set(story.minigame) == {f"ep{episode}_teach", f"ep{episode}_crisis"}
        assert story.variables[f"ep{episode}_stage"] == stage
        for name, value in chosen.items():
            assert story.variables[name] == value, name

    # -- walking --------------------------------------------------------------
    def overworld(self):
        from game.scenes.overworld import OverworldScene

        scene = self.ctx.stack.find(OverworldScene)
        if scene is None or scene.session is None:
            raise Stuck("no overworld map is open")
        return scene

    def _free(self, session, cell: tuple[int, int], people: set) -> bool:
        if cell in people:
            return False
        walls = self._walls.setdefault(session.collision, {})
        if cell not in walls:  # walls never move, so each cell is asked once
            box = session.player.box_at(*_feet(cell))
            walls[cell] = not session.collision.blocked(box)
        return walls[cell]

    @staticmethod
    def _people(session) -> set[tuple[int, int]]:
        """The cells where the player would bump into someone standing now."""
        cells = set()
        for npc in session.npcs:
            if not npc.visible:
                continue
            box = npc.box()
            xs = range(int(box.x // CELL) - 2, int(box.right // CELL) + 3)
            ys = range(int(box.y // CELL) - 2, int(box.bottom // CELL) + 3)
            for cell in ((cx, cy) for cx in xs for cy in ys):
                if session.player.box_at(*_feet(cell)).overlaps(box):
                    cells.add(cell)
        return cells

    def _path(
        self, session, goal: Callable[[tuple[int, int]], bool]
    ) -> list[tuple[int, int]]:
        player = session.player
        start = (int(player.x // CELL), int((player.y - 1) // CELL))
        width, height = session.world.pixel_size
        people = self._people(session)  # where they stand while planning
        seen = {start: None}
        queue = deque([start])
        while queue:
            cell = queue.popleft()
            if goal(cell):
                path = []
                while cell is not None:
                    path.append(cell)
                    cell = seen[cell]
                return path[::-1]
            for dx, dy in DIRS:
                nxt = (cell[0] + dx, cell[1] + dy)
                inside = 0 <= nxt[0] * CELL < width and 0 <= nxt[1] * CELL < height
                if inside and nxt not in seen and self._free(session, nxt, people):
                    seen[nxt] = cell
                    queue.append(nxt)
        raise Stuck(f"no path from {start} on {session.world.path.name}")

    def _step_to(self, cell: tuple[int, int]) -> None:
        tx, ty = _feet(cell)
        for _ in range(240):
            scene = self.overworld()
            if scene.fading() or self.top is not scene:
                return
            player = scene.session.player
            dx, dy = tx - player.x, ty - player.y
            if abs(dx) < 1.0 and abs(dy) < 1.0:
                return
            if abs(dx) >= 1.0:
                action = Action.RIGHT if dx > 0 else Action.LEFT
            else:
                action = Action.DOWN if dy > 0 else Action.UP
            self.tick(ActionState(held=frozenset({action})))
        raise Stuck(f"could not step to cell {cell}")

    def walk_path(self, path: list[tuple[int, int]]) -> None:
        for cell in path[1:]:
            scene = self.overworld()
            if scene.fading() or self.top is not scene:
                return
            self._step_to(cell)
        self.tick()

    def face(self, direction: str) -> None:
        action = DIRS[FACING_STEP[direction]]
        self.tick(ActionState(held=frozenset({action}), pressed=frozenset({action})))
        self.tick(ActionState(released=frozenset({action})))

    # -- using things ---------------------------------------------------------
    def find(self, wanted: Callable) -> object:
        """The first map object or NPC actor for which `wanted(obj)` is true."""
        session = self.overworld().session
        for actor in session.npcs:
            if actor.visible and wanted(actor.npc):
                return actor
        for obj in session.world.objects:
            if wanted(obj):
                return obj
        raise Stuck(f"nothing on {session.world.path.name} matches")

    def interact(self, wanted: Callable, attempts: int = 40) -> None:
        """Walk up to the NPC or object, face it, and press INTERACT. People
        wander, so the path is planned again every few steps."""
        target = self.find(wanted)
        name = getattr(target, "key", None) or getattr(target, "name", "?")
        self.log.append(f"interact {name}")
        for _ in range(attempts):
            session = self.overworld().session
            path = self._path(session, lambda c: self._beside(c, target) is not None)
            if len(path) <= 1:
                self.face(self._beside(path[-1], target))
                if session.target() is not None and session.target().obj is _obj(
                    target
                ):
                    self.press(Action.INTERACT)
                    return
            self.walk_path(path[:4])
        raise Stuck(f"could not reach {name}")

    def _beside(self, cell: tuple[int, int], target) -> str | None:
        """The facing from which INTERACT at `cell` reaches `target`, if any."""
        overworld = self.overworld()
        player, reach = overworld.session.player, overworld.stage.tuning.interact_reach
        area = target.box() if hasattr(target, "box") else target.shape.rect
        x, y = _feet(cell)
        near = reach + 2 * CELL  # no probe reaches further than this
        if not (
            area.x - near <= x <= area.x + area.w + near
            and area.y - near <= y <= area.y + area.h + near
        ):
            return None
        saved = (player.x, player.y, player.facing)
        try:
            for facing in FACING_STEP:
                player.x, player.y, player.facing = x, y, facing
                if player.facing_probe(reach).overlaps(area):
                    return facing
            return None
        finally:
            player.x, player.y, player.facing = saved

    def walk_into(self, wanted: Callable) -> None:
        """Walk until the player stands inside an area (a door or trigger)."""
        target = self.find(wanted)
        rect = target.shape.rect
        session = self.overworld().session

        def inside(cell: tuple[int, int]) -> bool:
            return rect.contains(*_feet(cell))

        self.log.append(f"walk into {target.name or target.id}")
        self.walk_path(self._path(session, inside))

    # -- between maps ---------------------------------------------------------
    def map_name(self) -> str:
        return self.overworld().map_path.name

    def _door_graph(self, start: Path) -> dict[Path, list[tuple[Path, int]]]:
        """Every map reachable by doors from `start`: map -> [(target, door id)]."""
        from game.world.loader import load_map
        from game.world.model import Door

        graph = self._doors  # doors never move during a run, so maps load once
        todo = [start.resolve()]
        while todo:
            here = todo.pop()
            if here in graph:
                continue
            doors = load_map(here).of_type(Door)
            graph[here] = [
                ((here.parent / d.target_map).resolve(), d.id) for d in doors
            ]
            todo.extend(target for target, _ in graph[here])
        return graph

    def go_to(self, map_name: str) -> None:
        """Walk through doors until the map called `map_name` is open."""
        for _ in range(12):
            if self.map_name() == map_name:
                return
            here = self.overworld().map_path.resolve()
            door = self._first_door(self._door_graph(here), here, map_name)
            before = self.overworld().map_path
            self.walk_into(lambda o, d=door: getattr(o, "id", None) == d)
            self.wait_until(
                lambda b=before: (
                    self.overworld().map_path != b and not self.overworld().fading()
                ),
                600,
                f"the door to {map_name}",
            )
        raise Stuck(f"no way to {map_name}")

    @staticmethod
    def _first_door(graph, here: Path, map_name: str) -> int:
        queue = deque([(here, None)])
        seen = {here}
        while queue:
            node, first = queue.popleft()
            if node.name == map_name:
                return first
            for target, door in graph.get(node, []):
                if target not in seen:
                    seen.add(target)
                    queue.append((target, first if first is not None else door))
        raise Stuck(f"no door route to {map_name}")

    # -- dialogue -------------------------------------------------------------
    def talk(
        self, choices: list[int] | None = None, shutdown_at: int | None = None
    ) -> list[str]:
        """Read the open conversation to its end, picking options in order
        (1-based among the options shown); a level it starts is played, with
        the shutdown switch pulled at tick `shutdown_at` if given. Returns the
        lines read."""
        choices = list(choices or [])
        lines: list[str] = []
        self.wait_until(self.in_conversation, 120, "a conversation")
        while self.in_conversation() or self.in_minigame():
            if self.in_minigame():
                self.play_level(shutdown_at)
                continue
            if self.in_card():
                self.press(Action.CONFIRM)  # a time card: skip it
                continue
            box = self.top
            if box.options is not None and box.visible:
                if not choices:
                    texts = [box.options.options[i].text for i in box.visible]
                    raise Stuck(
                        f"options {texts} but no choice left; read {lines[-3:]}"
                    )
                self._choose(box, choices.pop(0))
            elif box.waiting is not None:
                self.tick()
            else:
                if box.line is not None and (not lines or lines[-1] != box.line.text):
                    lines.append(f"{box.line.speaker}: {box.line.text}")
                self.press(Action.CONFIRM)
        if choices:
            raise Stuck(f"conversation ended with choices left over: {choices}")
        return lines

    def in_conversation(self) -> bool:
        """A dialogue box, or a time card the conversation waits for."""
        return self.is_top("DialogueBoxScene") or self.in_card()

    def in_card(self) -> bool:
        return self.is_top("TimeCardScene")

    # -- minigame -------------------------------------------------------------
    def in_minigame(self) -> bool:
        return self.is_top("MinigameScene") or self.is_top("MinigameResultScene")

    def play_level(self, shutdown_at: int | None = None):
        """Play the open level like a competent player (the autoplayer's
        choices, entered as mouse moves and button presses); then press
        Continue on the result screen. Returns the result."""
        from game.minigame.autoplay import AutoPlayer
        from game.minigame.view import CELL_PX

        scene = self.top
        hands = MinigameHands(CELL_PX)
        bot = AutoPlayer(scene.state, shutdown_at)
        self.log.append(f"play {scene.level_path.name}")
        while (
            self.is_top("MinigameScene")
            and scene.state.vitals.outcome.name == "PLAYING"
        ):
            self.tick(hands.actions(bot.commands()))
        self.wait_until(lambda: self.is_top("MinigameResultScene"), 900, "the result")
        result = self.top.result
        self.log.append(f"result {result.outcome} score {result.score}")
        self.press(Action.CONFIRM)
        return result

    def _choose(self, box, number: int) -> None:
        target = number - 1
        if not 0 <= target < len(box.visible):
            raise Stuck(f"option {number} of {len(box.visible)}")
        self.log.append(
            f"choose {number}: {box.options.options[box.visible[target]].text}"
        )
        while box.selected != target:
            self.press(Action.DOWN if box.selected < target else Action.UP)
        self.press(Action.CONFIRM)


@dataclass
class MinigameHands:
    """Turns the autoplayer's commands into what a player's hands do: the
    mouse moves to the reticle, buttons go down and up, two clicks of
    FIREWALL place a wall, SHUTDOWN is confirmed."""

    cell_px: int
    pulsing: bool = False
    queue: deque = field(default_factory=deque)

    def actions(self, cmd) -> ActionState:
        if self.queue:
            return self.queue.popleft()
        pointer = (round(cmd.x * self.cell_px), round(cmd.y * self.cell_px))
        pressed: set[Action] = set()
        released: set[Action] = set()
        if cmd.pulse != self.pulsing:
            (pressed if cmd.pulse else released).add(Action.PULSE)
            self.pulsing = cmd.pulse
        held = {Action.PULSE} if self.pulsing else set()
        if cmd.scan:
            pressed.add(Action.SCAN)
        if cmd.feed_step:
            pressed.add(Action.NEXT_FEED if cmd.feed_step > 0 else Action.PREV_FEED)
        if cmd.firewall is not None:
            x0, y0, x1, y1 = cmd.firewall
            start = (round(x0 * self.cell_px), round(y0 * self.cell_px))
            end = (round(x1 * self.cell_px), round(y1 * self.cell_px))
            fire = frozenset({Action.FIREWALL})
            self.queue.append(ActionState(pressed=fire, pointer=end))
            return ActionState(pressed=fire, pointer=start)
        if cmd.shutdown:
            self.queue.append(ActionState(pressed=frozenset({Action.CONFIRM})))
            pressed.add(Action.SHUTDOWN)
        return ActionState(
            held=frozenset(held),
            pressed=frozenset(pressed),
            released=frozenset(released),
            pointer=pointer,
        )


def _obj(target):
    """The map object behind an NPC actor (or the object itself)."""
    return getattr(target, "npc", None) or target
