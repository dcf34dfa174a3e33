"""Sharing a case and the library: case bundles (.mpregz) and sheets (.xlsx/.csv); no Qt."""
