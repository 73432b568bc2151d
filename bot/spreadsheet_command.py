"""`python -m bot directory|specialists export [FILE.csv]` and `... import FILE.csv [--out FILE.toml]`: one command
for both data files an operator keeps in a spreadsheet, so they behave and answer alike."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.directory_csv import ENCODING, CsvError
from bot.files import private_file

EXIT_CONFIG = 2  # as bot/runtime/cli.py: the operator must fix something first


@dataclass(frozen=True)
class Spreadsheet:
    """What differs between the directory and the roster: their names, and how each is written and read back."""

    command: str  # "directory"
    noun: str  # "organisations"
    config_key: str  # "[directory] file"
    default_file: str  # "ngos.toml"
    example: Path  # the shipped example, never overwritten
    export: Callable[[], tuple[str, int]]  # the CSV text and the number of rows
    import_file: Callable[[Path, Path], tuple[int, list[str]]]  # (CSV, TOML) -> rows written, warnings


def run(
    sheet: Spreadsheet,
    action: str,
    file: Path | None,
    out: Path | None,
    target: Callable[[], Path],
    *,
    force: bool = False,
) -> int:
    """Export or import; the exit status. `target()` is the configured file an import without --out replaces."""
    if action == "export":
        if file is not None and file.exists() and not force:
            # Running the docs' first command again would replace a spreadsheet someone has been editing for days.
            print(
                f"{sheet.command} export: {file} exists: choose another name, or add --force to replace it.",
                file=sys.stderr,
            )
            return EXIT_CONFIG
        text, count = sheet.export()
        if file is None:
            sys.stdout.write(text)
        else:
            private_file(
                file
            )  # a roster's contacts may be a specialist's own phone: owner-only, like every export
            file.write_text(text, encoding=ENCODING)
            print(f"wrote {count} {sheet.noun} to {file}")
        return 0
    if file is None:
        print(f"{sheet.command} import: name the CSV file to read", file=sys.stderr)
        return EXIT_CONFIG
    out = out or target()
    if out.resolve() == sheet.example.resolve():
        print(
            f"{sheet.command} import: {out} is the shipped example. Pass --out {sheet.default_file} and point "
            f"{sheet.config_key} in the configuration at it.",
            file=sys.stderr,
        )
        return EXIT_CONFIG
    try:
        count, warnings = sheet.import_file(file, out)
    except CsvError as error:
        for line in error.lines:
            print(line, file=sys.stderr)
        print(f"nothing written: {len(error.lines)} problem(s) to fix in the spreadsheet", file=sys.stderr)
        return EXIT_CONFIG
    # As check-config prints them: written all the same, and counted on the line that says so.
    for line in warnings:
        print(f"WARNING: {line}", file=sys.stderr)
    read = f", but read the {len(warnings)} WARNING line(s) above" if warnings else ""
    print(f"wrote {count} {sheet.noun} to {out}{read}; restart the bot to use them")
    return 0
