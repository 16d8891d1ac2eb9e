"""``python -m redline``: the same command line as the ``redline`` script, from any checkout."""

from redline.cli.main import main

main()
