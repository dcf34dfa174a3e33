"""Step 3, 验证认证: the verification method and its outcome."""
