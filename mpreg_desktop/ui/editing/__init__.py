"""The case document (the only writer), its undo commands, field bindings, safety."""
