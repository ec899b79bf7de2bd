"""The case loader's problems (core/loader/, core/library.py): codes and English texts.

The loader's `Problem`s carry these (core/problems.py); the catalogue (context "Messages")
translates them, so `check` and the GUI's problems panel speak the user's language.
"""

from __future__ import annotations

from hyvatkaytannot.core.messages_marks import QT_TRANSLATE_NOOP, translate

CASE_MESSAGES: dict[str, str] = {
    "case.kind_empty": QT_TRANSLATE_NOOP("Messages", "empty"),
    "case.kind_bool": QT_TRANSLATE_NOOP("Messages", "the truth value {value}"),
    "case.kind_number": QT_TRANSLATE_NOOP("Messages", "the number {value}"),
    "case.kind_text": QT_TRANSLATE_NOOP("Messages", "the text “{value}”"),
    "case.kind_list": QT_TRANSLATE_NOOP("Messages", "a list"),
    "case.kind_mapping": QT_TRANSLATE_NOOP("Messages", "a structure"),
    "case.kind_other": QT_TRANSLATE_NOOP("Messages", "a value of type {value}"),
    "case.front_matter": QT_TRANSLATE_NOOP("Messages", "the front matter"),
    "case.must_be_text": QT_TRANSLATE_NOOP(
        "Messages", "The field {field} must be text, now {kind}."
    ),
    "case.required_missing": QT_TRANSLATE_NOOP(
        "Messages", "The required field {field} is missing or empty."
    ),
    "case.must_be_list_example": QT_TRANSLATE_NOOP(
        "Messages", "The field {field} must be a list, e.g. [A, B], now {kind}."
    ),
    "case.must_be_mapping": QT_TRANSLATE_NOOP(
        "Messages", "The field {field} must be a structure (key: value), now {kind}."
    ),
    "case.unknown_subfield": QT_TRANSLATE_NOOP(
        "Messages", "Unknown field {field} (known: {known}); it is kept."
    ),
    "case.must_be_list": QT_TRANSLATE_NOOP(
        "Messages", "The field {field} must be a list, now {kind}."
    ),
    "case.bad_date": QT_TRANSLATE_NOOP(
        "Messages",
        "The field {field} must be a year or a date written as 2018 or 2018-10-10, now “{value}”.",
    ),
    "case.bad_amount": QT_TRANSLATE_NOOP(
        "Messages",
        "The field {field} must be an amount in euros in digits without spaces (e.g. 25000 or 1250.50), now “{value}”.",
    ),
    "case.front_matter_not_mapping": QT_TRANSLATE_NOOP(
        "Messages", "The front matter must be fields (key: value), now {kind}."
    ),
    "case.unknown_field": QT_TRANSLATE_NOOP(
        "Messages", "Unknown field {field}: it is kept, but the app does not use it."
    ),
    "case.bad_id": QT_TRANSLATE_NOOP(
        "Messages",
        "The id may only be made of lower-case letters a–z, digits and hyphens, e.g. posio-yhteistyo; now “{value}”.",
    ),
    "case.summary_missing": QT_TRANSLATE_NOOP("Messages", "The summary is missing."),
    "case.summary_placeholder": QT_TRANSLATE_NOOP(
        "Messages", "The summary is still the template's placeholder; write your own."
    ),
    "case.summary_too_long": translate(
        "Messages", "The summary has more than %n sentence(s); shorten it.", None, 1
    ),
    "case.unknown_theme": QT_TRANSLATE_NOOP(
        "Messages", "Unknown theme “{theme}” (themes: resources/themes.yaml)."
    ),
    "case.bad_status": QT_TRANSLATE_NOOP(
        "Messages", "The status is “{status}”; allowed: {allowed}."
    ),
    "case.bad_language": QT_TRANSLATE_NOOP(
        "Messages", "The language is a language code, e.g. fi; now “{language}”."
    ),
    "case.unknown_language": QT_TRANSLATE_NOOP(
        "Messages",
        "The language “{language}” is not known (fi or sv); the text is searched as Finnish.",
    ),
    "case.bad_review": QT_TRANSLATE_NOOP(
        "Messages", "The review state is “{review}”; allowed: ehdotus."
    ),
    "case.review_proposal": QT_TRANSLATE_NOOP(
        "Messages",
        "The case is a capture proposal nobody has reviewed yet: check the fields and remove the line review: ehdotus (the editor does it when saving).",
    ),
    "case.unknown_municipality": QT_TRANSLATE_NOOP(
        "Messages",
        "The municipality “{name}” is not in the list of municipalities (a merger or a typo?).",
    ),
    "case.unknown_region": QT_TRANSLATE_NOOP(
        "Messages", "The region “{name}” is not in the list of regions."
    ),
    "case.period_end_before_start": QT_TRANSLATE_NOOP(
        "Messages", "The period's end ({end}) is before its start ({start})."
    ),
    "case.bad_email": QT_TRANSLATE_NOOP(
        "Messages", "The e-mail address “{email}” does not look like an e-mail address."
    ),
    "case.bad_url": QT_TRANSLATE_NOOP(
        "Messages", "A source's address must start with http:// or https://, now “{url}”."
    ),
    "case.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "The case has no text: the summary and every section are empty. Write at least the summary or one section.",
    ),
    "case.unknown_heading": QT_TRANSLATE_NOOP(
        "Messages", "Unknown heading “{title}”; use the headings: {headings} (subheadings ###)."
    ),
    "case.heading_twice": QT_TRANSLATE_NOOP(
        "Messages", "The heading “{title}” appears twice (first on line {first})."
    ),
    "case.heading_order": QT_TRANSLATE_NOOP(
        "Messages", "The heading “{title}” is out of order ({order})."
    ),
    "case.headings_missing": QT_TRANSLATE_NOOP(
        "Messages", "The text lacks the heading(s): {headings}."
    ),
    "case.cp1252": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is saved in the {encoding} character set, not UTF-8; it was read, but save it as UTF-8.",
    ),
    "case.nul_bytes": QT_TRANSLATE_NOOP(
        "Messages", "The file is not text (it has NUL bytes): skipped."
    ),
    "case.stray_byte": QT_TRANSLATE_NOOP(
        "Messages",
        "The file is UTF-8, but line {line} has a character that is not UTF-8 (copied from another character set?). Fix the character and save the file as UTF-8.",
    ),
    "case.unknown_encoding": QT_TRANSLATE_NOOP(
        "Messages",
        "The file's character set was not recognised (neither UTF-8 nor Windows-1252): skipped.",
    ),
    "case.nul_chars": QT_TRANSLATE_NOOP(
        "Messages", "The file is not text (it has NUL characters): skipped."
    ),
    "case.binary_like": QT_TRANSLATE_NOOP(
        "Messages", "The file does not look like text (many control characters): skipped."
    ),
    "case.bad_bom_text": QT_TRANSLATE_NOOP(
        "Messages",
        "The file starts with a {name} mark, but its byte {byte} is not valid {name} text: skipped.",
    ),
    "case.file_empty": QT_TRANSLATE_NOOP("Messages", "The file is empty."),
    "case.no_front_matter": QT_TRANSLATE_NOOP(
        "Messages", "The file does not start with front matter: the first line must be just ---."
    ),
    "case.front_matter_unclosed": QT_TRANSLATE_NOOP(
        "Messages",
        "The front matter's end mark is missing: no second --- line follows the --- on line 1.",
    ),
    "case.front_matter_too_long": QT_TRANSLATE_NOOP(
        "Messages", "The front matter is too long ({size} KB; at most {limit} KB)."
    ),
    "case.yaml_error": QT_TRANSLATE_NOOP("Messages", "YAML error: {reason}"),
    "case.control_char": QT_TRANSLATE_NOOP(
        "Messages",
        "The front matter has an invisible control character (U+{code}) that YAML does not allow; remove it.",
    ),
    "case.too_deep": QT_TRANSLATE_NOOP(
        "Messages", "The front matter's structure is nested too deeply."
    ),
    "case.yaml_anchors": QT_TRANSLATE_NOOP(
        "Messages",
        'YAML anchors and aliases (& and *) are not allowed in the front matter; write the value out or quote it ("*").',
    ),
    "case.yaml_tags": QT_TRANSLATE_NOOP(
        "Messages",
        'YAML type tags (!…) are not allowed in the front matter; quote a value that starts with an exclamation mark ("!").',
    ),
    "case.yaml_key_not_text": QT_TRANSLATE_NOOP("Messages", "a key must be text."),
    "case.field_twice": QT_TRANSLATE_NOOP(
        "Messages", "The field “{key}” appears twice (first on line {first}); remove one."
    ),
    "case.yaml_unknown_structure": QT_TRANSLATE_NOOP("Messages", "unknown structure."),
    "case.yaml_unknown_type": QT_TRANSLATE_NOOP("Messages", "unknown type {tag}."),
    "yaml.unknown": QT_TRANSLATE_NOOP(
        "Messages", "the structure is invalid; check the indentation, colons and quotation marks"
    ),
    "yaml.too_deep": QT_TRANSLATE_NOOP("Messages", "the structure is nested too deeply"),
    "yaml.colon_misplaced": QT_TRANSLATE_NOOP(
        "Messages", "a colon (:) in the wrong place; quote a value that contains a colon"
    ),
    "yaml.colon_missing": QT_TRANSLATE_NOOP("Messages", "a colon (:) is missing after the key"),
    "yaml.bad_start": QT_TRANSLATE_NOOP(
        "Messages", "a character a value cannot start with (a tab, @ or `?)"
    ),
    "yaml.tab": QT_TRANSLATE_NOOP("Messages", "a tab character in the indentation; use spaces"),
    "yaml.unclosed_quote": QT_TRANSLATE_NOOP("Messages", "a quotation mark was left open"),
    "yaml.broken_list": QT_TRANSLATE_NOOP(
        "Messages", "the list in brackets [ ] is broken (is a ] or , missing?)"
    ),
    "yaml.broken_mapping": QT_TRANSLATE_NOOP(
        "Messages", "the structure in braces { } is broken (is a } or , missing?)"
    ),
    "yaml.indent": QT_TRANSLATE_NOOP("Messages", "the indentation does not match the lines above"),
    "yaml.list_indent": QT_TRANSLATE_NOOP("Messages", "the list's indentation does not match"),
    "yaml.one_document": QT_TRANSLATE_NOOP(
        "Messages", "the front matter may hold only one YAML document"
    ),
    "yaml.alias": QT_TRANSLATE_NOOP("Messages", "YAML aliases (*) are not allowed"),
    "yaml.block_scalar": QT_TRANSLATE_NOOP(
        "Messages", "| or > starts multi-line text; quote the value"
    ),
    "yaml.dash_misplaced": QT_TRANSLATE_NOOP(
        "Messages", "a list dash (-) in the wrong place; check the indentation"
    ),
    "yaml.key_misplaced": QT_TRANSLATE_NOOP(
        "Messages", "a key in the wrong place; check the indentation"
    ),
    "yaml.value_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "a value is missing or starts with a character a value cannot start with; quote the value",
    ),
    "yaml.plain_char": QT_TRANSLATE_NOOP(
        "Messages",
        "the value has a character that cannot be used without quotation marks; quote the value",
    ),
    "yaml.trailing": QT_TRANSLATE_NOOP(
        "Messages", "extra text after the structure; check the indentation and brackets"
    ),
    "scan.no_folder": QT_TRANSLATE_NOOP(
        "Messages", "The library folder does not exist or is not a folder."
    ),
    "scan.folder_vanished": QT_TRANSLATE_NOOP(
        "Messages", "The folder disappeared while it was read: skipped."
    ),
    "scan.folder_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "The folder cannot be read ({reason}): skipped."
    ),
    "scan.special_file": QT_TRANSLATE_NOOP(
        "Messages", "Not an ordinary file (e.g. a FIFO or a device): skipped."
    ),
    "scan.cannot_examine": QT_TRANSLATE_NOOP("Messages", "The file cannot be examined ({reason})."),
    "scan.file_vanished": QT_TRANSLATE_NOOP(
        "Messages", "The file disappeared before it could be read."
    ),
    "scan.file_is_link": QT_TRANSLATE_NOOP(
        "Messages", "The file is a link; links are not followed."
    ),
    "scan.file_unreadable": QT_TRANSLATE_NOOP("Messages", "The file cannot be read ({reason})."),
    "scan.not_regular": QT_TRANSLATE_NOOP("Messages", "Not an ordinary file: skipped."),
    "scan.too_large": QT_TRANSLATE_NOOP(
        "Messages", "The file is too large ({size} MB; at most {limit} MB): skipped unread."
    ),
    "scan.link_target_missing": QT_TRANSLATE_NOOP(
        "Messages", "The link's target does not exist: skipped."
    ),
    "scan.link_loop": QT_TRANSLATE_NOOP(
        "Messages", "The link goes round in a circle (a loop): skipped."
    ),
    "scan.link_outside": QT_TRANSLATE_NOOP(
        "Messages", "The link points outside the library folder ({target}): skipped."
    ),
    "scan.link_up": QT_TRANSLATE_NOOP(
        "Messages", "The link points to a folder above it (a loop): skipped."
    ),
    "scan.permission": QT_TRANSLATE_NOOP("Messages", "permission denied"),
    "case.duplicate_first": QT_TRANSLATE_NOOP(
        "Messages", "The same id “{case_id}” is also in the file {other}; that one was not loaded."
    ),
    "case.duplicate_second": QT_TRANSLATE_NOOP(
        "Messages",
        "The same id “{case_id}” is already in the file {other}; this file was not loaded. Change the id.",
    ),
    "bundle.id_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The file's id is “{file_id}”, the bundle's list says “{listed_id}”."
    ),
    "case.id_used_by": QT_TRANSLATE_NOOP(
        "Messages", "The id “{case_id}” is already used by {path}; choose another id."
    ),
}
