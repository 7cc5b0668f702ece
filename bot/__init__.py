"""oic-bot: answers questions about the Organisation of Islamic Cooperation, with sources."""

__version__ = "0.1.0"
