"""Files the bot writes hold people's data (the database, its log, backups, exports), so they are the owner's
alone whatever the umask: folders it creates 0700, files 0600. docs/deploy.md also sets UMask=0077."""

from __future__ import annotations

import errno
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """Create `path` (and its missing parents) for the owner only; a folder that exists is left as the operator
    made it."""
    if not path.is_dir():
        for folder in (path, *path.parents):
            if folder.exists() and not folder.is_dir():
                raise NotADirectoryError(errno.ENOTDIR, "a file, not a folder", str(folder))
        path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        os.chmod(path, FOLDER_MODE)  # mkdir's mode is narrowed by the umask, never widened: say it exactly
    return path


def private_file(path: Path) -> Path:
    """Make `path` an owner-only file before anything writes to it: created empty if missing, narrowed if not.
    Whoever opens it afterwards ("w" truncates, SQLite reuses it) keeps the mode."""
    private_folder(path.parent)
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "a folder, not a file", str(path))
    try:
        # O_EXCL: an existing file is never opened here. Closing a descriptor of a database drops every SQLite
        # lock this process holds on it, even through another connection.
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    except FileExistsError:
        pass
    os.chmod(path, FILE_MODE)
    return path
