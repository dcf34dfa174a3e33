"""The case library: its index, summaries and file operations."""
