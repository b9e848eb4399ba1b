"""``python -m forecast …``: the one shim that hands the command line to the edge module."""

from command_line import main

raise SystemExit(main())
