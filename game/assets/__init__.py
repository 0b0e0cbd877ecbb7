"""The asset gateway: every image, font, UI kit and data file under assets/.

`gateway.Assets` caches by logical name; `files.load_image` is the one
function that reads image files; `font` and `uikit` turn loaded sheets into
the bitmap font and the 9-slice UI kit. Nothing here imports scenes or UI.
"""
