"""Reading a data file's TOML (the NGO directory, the specialists' roster, the destination packs) with one set of
errors worded for whoever edits the file."""

from __future__ import annotations

import tomllib
from pathlib import Path


def read_data_file(path: Path, error: type[Exception], missing: str, entries: str) -> dict[str, object]:
    """A data file's TOML, or `error` naming the file, what is wrong and the fix: `missing` says which setting names
    the file, `entries` how each entry starts."""
    try:
        # utf-8-sig: Windows editors save "UTF-8 with BOM", whose invisible first character TOML refuses.
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise error(f"{path}: file not found. {missing}") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"{path}: cannot be read ({problem}). Check the file and its permissions.") from None
    except tomllib.TOMLDecodeError as problem:
        # The message ends with "(at line N, column M)".
        raise error(
            f"{path}: not valid TOML: {problem}. Fix the syntax at that line (strings need quotes; {entries})."
        ) from None
