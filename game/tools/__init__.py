"""Command-line tools for developers, designers and writers."""
