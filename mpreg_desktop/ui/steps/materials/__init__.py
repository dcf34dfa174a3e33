"""Step 2, 材料准备: materials and their attachments."""
