"""Static types of expressions: number, string, bool (Yarn's three).

`TypeChecker.check` returns the type of an expression and appends a
DialogueError for every mistake found on the way (unknown variable or
function, wrong argument count, operands of the wrong type).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.dialogue.errors import DialogueError
from game.dialogue.expr import Binary, Call, Expr, Literal, Unary, Value, Var
from game.dialogue.registry import Registry

ARITH = ("-", "*", "/", "%")
ORDER = ("<", "<=", ">", ">=")
EQUALITY = ("==", "!=")
LOGIC = ("and", "or")


def type_of_value(value: Value) -> str:
    if isinstance(value, bool):
        return "bool"
    return "number" if isinstance(value, float) else "string"


@dataclass
class TypeChecker:
    """Types expressions against declared variables and the registry."""

    variables: dict[str, str]  # name -> type
    registry: Registry
    errors: list[DialogueError] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def fail(self, expr: Expr, message: str) -> None:
        self.errors.append(DialogueError(expr.pos, message))

    def check(self, expr: Expr) -> str | None:
        """The type of `expr`, or None when a mistake hides it."""
        if isinstance(expr, Literal):
            return type_of_value(expr.value)
        if isinstance(expr, Var):
            return self.var(expr)
        if isinstance(expr, Call):
            return self.call(expr)
        if isinstance(expr, Unary):
            return self.unary(expr)
        return self.binary(expr)

    def expect(self, expr: Expr, wanted: str, what: str) -> None:
        found = self.check(expr)
        if found is not None and found != wanted:
            self.fail(expr, f"{what} must be a {wanted}, but this is a {found}")

    def var(self, expr: Var) -> str | None:
        self.used.add(expr.name)
        if expr.name not in self.variables:
            self.fail(
                expr,
                f"undeclared variable ${expr.name}: add "
                f"<<declare ${expr.name} = …>> to the Declarations node",
            )
            return None
        return self.variables[expr.name]

    def call(self, expr: Call) -> str | None:
        spec = self.registry.functions.get(expr.name)
        if spec is None:
            known = ", ".join(sorted(self.registry.functions))
            self.fail(expr, f"unknown function {expr.name}(): known are {known}")
            return None
        if len(expr.args) != len(spec.params):
            self.fail(
                expr,
                f"{spec.signature} takes {len(spec.params)} argument(s), "
                f"not {len(expr.args)}",
            )
        for arg, param in zip(expr.args, spec.params, strict=False):
            self.expect(arg, param.type, f"{expr.name}()'s {param.name}")
        return spec.returns

    def unary(self, expr: Unary) -> str | None:
        wanted = "number" if expr.op == "-" else "bool"
        self.expect(expr.operand, wanted, f"the operand of `{expr.op}`")
        return wanted

    def binary(self, expr: Binary) -> str | None:
        left = self.check(expr.left)
        right = self.check(expr.right)
        if left is None or right is None:
            return _result_type(expr.op, left or right)
        message = _binary_mismatch(expr.op, left, right) or _by_zero(expr)
        if message:
            self.fail(expr, message)
        return _result_type(expr.op, left)


def _by_zero(expr: Binary) -> str | None:
    """A division by a literal zero (the game would stop the conversation)."""
    right = expr.right
    zero = isinstance(right, Literal) and type(right.value) in (int, float)
    if expr.op in ("/", "%") and zero and right.value == 0:  # type: ignore[union-attr]
        return f"`{expr.op}` by zero: the conversation would stop here"
    return None


def _binary_mismatch(op: str, left: str, right: str) -> str | None:
    if left != right:
        return f"`{op}` between a {left} and a {right}: both sides need the same type"
    allowed = {
        "+": ("number", "string"),
        **{o: ("number",) for o in ARITH + ORDER},
        **{o: ("bool",) for o in LOGIC},
    }.get(op)
    if allowed is not None and left not in allowed:
        return f"`{op}` does not work on {left}s"
    return None


def _result_type(op: str, operand: str | None) -> str | None:
    if op in ORDER or op in EQUALITY or op in LOGIC:
        return "bool"
    return operand
