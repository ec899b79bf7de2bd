"""The version of the keys: bump whenever a word's keys can change.

The index and the analysis cache are stamped with it and rebuilt when it differs.
"""

ANALYZER_VERSION = "3"
