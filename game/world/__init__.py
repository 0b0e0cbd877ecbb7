"""The clinic world: Tiled map loading, validation, actors, rendering."""
