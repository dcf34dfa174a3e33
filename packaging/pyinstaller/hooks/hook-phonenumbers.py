"""phonenumbers loads each region's metadata by name; the app only validates numbers.

Replaces the contributed hook (which takes every submodule): the geocoder, carrier and time-zone
data (over 40 MB) are never used.
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = ("geocoder", "geodata", "carrier", "timezone", "tzdata")

hiddenimports = collect_submodules(
    "phonenumbers", filter=lambda name: not any(part in UNUSED for part in name.split("."))
)
