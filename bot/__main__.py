"""Allow ``python -m bot`` to run the same command line as the ``oic-bot`` script."""

from bot.cli import main

raise SystemExit(main())
