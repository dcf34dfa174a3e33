"""Dialogs opened from the menus: preferences, rules, history, guide, printing, recovery."""
