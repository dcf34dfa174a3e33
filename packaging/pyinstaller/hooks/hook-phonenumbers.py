"""phonenumbers loads each region's metadata by name; the app only validates numbers.

Replaces the contributed hook (which takes every submodule): the geocoder, carrier and time-zone
data (over 40 MB) are never used, nor the other regions' metadata.
"""

from PyInstaller.utils.hooks import collect_submodules

# by whole name part: "carrier" alone left phonenumbers.carrierdata (0.3 MB) in
UNUSED = ("geocoder", "geodata", "carrier", "carrierdata", "timezone", "tzdata")


def wanted(name: str) -> bool:
    """Only mainland China's metadata: the app asks phonenumbers about 11-digit numbers that
    start with 1, parsed for region CN (domain/checks/identifiers.py), which stay in +86."""
    parts = name.split(".")
    if any(part in UNUSED for part in parts):
        return False
    return not parts[-1].startswith("region_") or parts[-1] == "region_CN"


hiddenimports = collect_submodules("phonenumbers", filter=wanted)
