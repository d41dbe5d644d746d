"""How the bot runs: receiving updates durably, handling them concurrently per chat, sending within
Telegram's limits, and the one periodic worker that does what is due."""
