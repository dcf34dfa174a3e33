"""Step 4, 备案: filing fields and stages."""
