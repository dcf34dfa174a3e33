"""Case bundles and the library as a sheet, in the window."""
