"""Saiasat's adapters: the command line, settings, the Telegram application, rendering, storage."""
