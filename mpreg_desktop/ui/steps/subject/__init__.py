"""Step 1, 主体选择: the subject type and its guidance."""
