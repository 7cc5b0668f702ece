"""Study groups: quiz items (written by operators or generated from the tables and the country
data), their selection, Leitner boxes, daily posts and learning paths. Pure: no Telegram, no
store; the Telegram layer (bot/telegram/study.py) and the store (bot/store/study.py) use it."""
