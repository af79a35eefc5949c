"""Rewriters that turn a chat message plus the current Scene into a Decision: rule-based and LLM-based."""
