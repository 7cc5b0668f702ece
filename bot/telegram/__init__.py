"""The Telegram front end: decides whether to speak, renders the engine's replies."""
