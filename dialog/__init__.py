"""Conversations as data: the Scene, Decisions, and Sessions (a tree of turns with undo and branches).

Must not import torch: it runs (and is tested) without any model.
"""
