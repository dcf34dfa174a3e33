"""Files and folders. Pure Python: nothing here imports Qt."""
