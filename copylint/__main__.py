"""``python -m copylint``."""

from copylint.cli import main

main(prog_name="copylint")
