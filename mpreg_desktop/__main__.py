"""Entry point: ``mpreg-desktop [FILE]`` opens the window; subcommands run headless."""

from mpreg_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
