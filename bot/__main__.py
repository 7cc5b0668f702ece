"""Allow ``python -m bot`` to run the same command line as the ``oic-bot`` script."""

from bot.cli import main

if __name__ == "__main__":  # not when a spawned worker process imports it (offload.py)
    raise SystemExit(main())
