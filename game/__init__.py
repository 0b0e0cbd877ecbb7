"""Smile Protocol: a narrative pixel game about dental nanobots."""
