"""``python -m copylint`` and the ``copylint`` command."""

from __future__ import annotations


def run() -> None:
    """The command, with the collector held while it starts and no collection as it exits
    (see :mod:`copylint.collector`)."""
    from copylint import collector

    collector.hold()
    from copylint.cli import main

    try:
        main(prog_name="copylint")
    finally:
        collector.finish()


if __name__ == "__main__":
    run()
