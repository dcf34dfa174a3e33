"""The rules pack: its models, reading it (placeholders), validating it, comparing
two packs, and what users may see of its sources."""
