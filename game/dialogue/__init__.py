"""Dialogue: a Yarn Spinner-compatible language, checker and runner (no pygame)."""
