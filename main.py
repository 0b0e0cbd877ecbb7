"""Start Smile Protocol: parse the command line and run the game."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    from game.app import main

    sys.exit(main())
