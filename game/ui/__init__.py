"""User interface widgets: bitmap font, panels, menus."""
