"""Which lines a change to the crisis detector (bot/nlp/crisis.py) flags differently.

python bench/crisis_changes.py save BEFORE.json      # on the code before the change
python bench/crisis_changes.py compare BEFORE.json   # on the code after it

Every line of the crisis sets (tests/data/crisis/*), the topic questions and off-topic lines (tests/data/dev,
holdout, unseen, unseen2, unseen3, offtopic.toml), the request sets (tests/data/requests) and the matcher's examples
(locales/examples) is run through detect_crisis. `compare` lists each line whose result changed, with its file, except
those of the held-out crisis sets (all of tests/data/crisis but dev), which are only counted: nobody is to tune to
them. The blind sets unseen4 and unseen5 are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.nlp.crisis import detect_crisis  # noqa: E402

DATA = ROOT / "tests" / "data"
_BLIND = {"unseen4", "unseen5"}
_QUESTION_SETS = ("dev", "holdout", "unseen", "unseen2", "unseen3", "requests")


def files() -> Iterator[Path]:
    yield from sorted((DATA / "crisis").glob("*/*.toml"))
    yield DATA / "offtopic.toml"
    for name in _QUESTION_SETS:
        yield from sorted((DATA / name).rglob("*.toml"))
    yield from sorted((ROOT / "locales" / "examples").glob("*/*.toml"))


def _strings(value: object, label: str) -> Iterator[tuple[str, str]]:
    """Every string in a TOML value, with the key path it sits under ("crisis.child", "ordinary", "en")."""
    if isinstance(value, str):
        yield label, value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, label)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{label}.{key}" if label else key)


def results() -> dict[str, str | None]:
    """detect_crisis over every line, keyed by "file|key path|text"."""
    found: dict[str, str | None] = {}
    for path in files():
        relative = path.relative_to(ROOT)
        if _BLIND & set(relative.parts):
            continue
        for label, text in _strings(tomllib.loads(path.read_text(encoding="utf-8")), ""):
            kind = detect_crisis(text)
            found[f"{relative}|{label}|{text}"] = None if kind is None else str(kind)
    return found


def held_out(key: str) -> bool:
    parts = Path(key.split("|", 1)[0]).parts
    return parts[:3] == ("tests", "data", "crisis") and parts[3] != "dev"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("snapshot", type=Path)
    args = parser.parse_args()
    now = results()
    if args.action == "save":
        args.snapshot.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
        print(f"{len(now)} lines saved")
        return
    before = json.loads(args.snapshot.read_text(encoding="utf-8"))
    changed = [key for key in now if before.get(key, "absent") != now[key]]
    counted: Counter[str] = Counter()
    for key in changed:
        path, label, text = key.split("|", 2)
        if held_out(key):
            # "crisis" or "ordinary", and which way it moved, never the line
            counted[f"{Path(path).parent.name} {label.split('.')[0]}: {before.get(key)} -> {now[key]}"] += 1
        else:
            print(f"{before.get(key)} -> {now[key]}  [{path} {label}]  {text}")
    for what, count in sorted(counted.items()):
        print(f"held out, {what}: {count}")
    print(f"{len(changed)} of {len(now)} lines changed")


if __name__ == "__main__":
    main()
