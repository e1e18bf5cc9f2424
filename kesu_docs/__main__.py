"""``python -m kesu_docs`` runs the kesu command (Ctrl-C handled from the very start)."""

from .entry import main

main()
