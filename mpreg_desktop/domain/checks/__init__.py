"""Checks of a case: identifiers, names, regions, the filing, read scans."""
