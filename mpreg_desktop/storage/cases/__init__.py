"""One case file: reading and writing it, backups, recovery, locks, versions."""
