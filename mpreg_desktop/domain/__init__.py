"""The knowledge and the rules. Pure Python: nothing here imports Qt."""
