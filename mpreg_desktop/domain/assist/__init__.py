"""Help with the official web forms: their rows, upload-ready scans, reusing
people and subjects, reading scans."""
