"""The matcher, kept between starts in a file beside the database.

Building the matcher's index reads every title, question and example (some 18,600 texts) and takes about 1.5 s of the
bot's start, growing with the examples; read back from a file it takes about a tenth of that. The file is named by a
fingerprint of everything the index is built from (the knowledge base's texts, the examples, the concepts, the
calibration) and of the code that builds it, so any change to them builds and keeps a new one, and the old one is
removed. Reading a pickle runs code, so the file is written owner-only and read only when it belongs to the bot's user
and nobody else may write it; anything wrong with it (damaged, written by another version) and the index is built
again, with a warning."""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.files import private_folder
from bot.knowledge import KnowledgeBase
from bot.nlp.calibration import CALIBRATION_FILE
from bot.nlp.calibration import fingerprint as learned_from
from bot.nlp.examples import Examples
from bot.nlp.matcher import Matcher

log = logging.getLogger(__name__)
PREFIX = "matcher-index-"
CODE = Path(__file__).resolve().parent  # bot/nlp: the index's code, all of it


def fingerprint(knowledge: KnowledgeBase, examples: Examples) -> str:
    """A hash of the index's inputs and of the code that builds it: what the calibration's fingerprint covers (titles,
    questions, examples, concepts), the answers (their words are known words), the calibration, the code."""
    digest = hashlib.sha256()

    def add(*parts: str) -> None:
        for part in parts:
            digest.update(part.encode("utf-8") + b"\0")

    add(sys.version, learned_from(knowledge, examples), CALIBRATION_FILE.read_text(encoding="utf-8"))
    for source in sorted(CODE.glob("*.py")):
        add(source.name, source.read_text(encoding="utf-8"))
    for topic in knowledge.topics.values():
        for language, text in sorted(topic.texts.items()):
            add(topic.id, language, text.answer)
    return digest.hexdigest()[:24]


@dataclass(frozen=True)
class KeptIndex:
    matcher: Matcher
    path: Path  # where it is kept
    built: bool  # built now (no usable file): keep() writes it

    def keep(self) -> None:
        """Write the index built now; nothing when it was read. Called once the database has opened, so that a
        data folder the bot cannot use is reported once, by the database."""
        if self.built:
            _keep(self.matcher, self.path)


def load_index(knowledge: KnowledgeBase, threshold: float, folder: Path) -> KeptIndex:
    """The matcher from the file kept in `folder` for today's inputs, else built (and kept by `keep()`)."""
    examples = Examples.load(set(knowledge.topics))
    path = folder / f"{PREFIX}{fingerprint(knowledge, examples)}.pickle"
    matcher = _read(path)
    built = matcher is None
    if matcher is None:
        matcher = Matcher(knowledge, threshold, examples)
    matcher.threshold = threshold  # a setting, not part of the index
    return KeptIndex(matcher, path, built)


def _read(path: Path) -> Matcher | None:
    try:
        status = path.stat()
    except (
        FileNotFoundError,
        NotADirectoryError,
    ):  # none kept yet; a data folder that is a file, the database says
        return None
    except OSError as error:
        log.warning("%s: cannot read the kept matcher index (%s); building it", path, error.strerror)
        return None
    if status.st_uid != os.getuid() or status.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        log.warning(
            "%s: another user may have written this file, so it is not read; building the index", path
        )
        return None
    try:
        with path.open("rb") as file:
            matcher = pickle.load(file)
    except Exception as error:  # damaged or cut short: whatever unpickling raised, build it again
        log.warning("%s: the kept matcher index cannot be read (%s); building it", path, type(error).__name__)
        return None
    if not isinstance(matcher, Matcher):
        log.warning("%s: not a matcher index; building it", path)
        return None
    return matcher


def _keep(matcher: Matcher, path: Path) -> None:
    """Written whole or not at all (a temporary file renamed), owner-only; the folder's older ones removed."""
    try:
        private_folder(path.parent)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=PREFIX, suffix=".tmp")
        try:
            with os.fdopen(descriptor, "wb") as file:
                pickle.dump(matcher, file, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        # Older indexes, and the half-written file of a start that was killed while writing.
        for old in path.parent.glob(f"{PREFIX}*"):
            if old != path and old.suffix in (".pickle", ".tmp"):
                old.unlink(missing_ok=True)
    except OSError as error:
        # The bot runs as well without it: the next start builds the index again.
        log.warning(
            "%s: cannot keep the matcher index (%s); the next start builds it again", path, error.strerror
        )
