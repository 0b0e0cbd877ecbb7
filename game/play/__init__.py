"""The play layer: the glue between the engine and the screens.

Navigation, the save service, the compiled dialogue, level results and the
world's story port, each behind a protocol in `ports`; the typed `Context`
every scene is handed and `wiring.make_context` that builds it. Nothing here
imports a scene: screens come from the catalog passed in from above.
"""
