"""``python -m kesu_docs.cli`` runs the kesu command."""

from . import main

main()
