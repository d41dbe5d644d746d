"""Saiasat's Telegram-free core: the essay, the knowledge base, matching, quizzes and tips.

Nothing in this package touches the network, a database or Telegram.
"""
