"""Reading case files safely: decoding, safe YAML, validation and the folder scan.

`Library` (core/library.py) is the entry point; these modules are its parts:
decoding.py (bytes -> text), safe_yaml.py (front matter), validate.py (the format's rules),
body.py (section headings), scan.py (walking folders, reading a file) and parse.py (one
file -> Case + problems).
"""

from hyvatkaytannot.core.loader.parse import parse_bytes, parse_file, parse_text
from hyvatkaytannot.core.loader.scan import MAX_FILE_BYTES, is_case_file_name, scan_folder

__all__ = [
    "MAX_FILE_BYTES",
    "is_case_file_name",
    "parse_bytes",
    "parse_file",
    "parse_text",
    "scan_folder",
]
