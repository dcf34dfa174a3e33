"""The case library: model, view, scanner, actions."""
