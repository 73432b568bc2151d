"""What Telegram would refuse: decoding and validating one Bot API request.

`check_request` takes a request in the wire form python-telegram-bot sends (every parameter as
a string, JSON-encoded unless it is a String; files as `UploadedFile`), decodes it by the
declared field types in `schema`, checks nested objects recursively and then the limits in
`limits`. Unlike Telegram it refuses unknown parameters and fields: they are typos.
"""

import json
import re
from collections.abc import Mapping
from functools import lru_cache

from bot.standin.errors import BotApiRefusal, UploadedFile
from bot.standin.limits import OBJECT_CHECKS, check_method
from bot.standin.schema import METHODS, PRIMITIVES, TYPES, VARIANTS, Field

__all__ = ["BotApiRefusal", "UploadedFile", "canonical_method", "check_request"]

_BY_LOWER_NAME = {name.lower(): name for name in METHODS}
_ATTACH = re.compile(r"attach://([A-Za-z0-9_\-]+)")
_INTEGER = re.compile(r"-?[0-9]+")
# python-telegram-bot's Defaults put these into every method it sends through Bot._send_message,
# including ones that do not declare them (editMessageReplyMarkup, sendLocation). Telegram
# ignores them there, and a bot cannot avoid sending them, so they are dropped, not refused.
_PTB_DEFAULTS = frozenset({"parse_mode", "disable_notification", "protect_content"})
_MISSING = {
    "chat_id": "chat_id is empty",
    "text": "message text is empty",
    "message_id": "message identifier is not specified",
    "callback_query_id": "query_id is empty",
}


def canonical_method(method: str) -> str:
    """The method's proper name; Telegram matches method names case-insensitively."""
    name = _BY_LOWER_NAME.get(method.lower())
    if name is None:
        raise BotApiRefusal("Not Found", 404)
    return name


def check_request(method: str, raw: Mapping[str, str | UploadedFile]) -> dict[str, object]:
    """Validate one request as Telegram would; return its parameters decoded to Python values."""
    name = canonical_method(method)
    fields = METHODS[name]
    # Files referred to as attach://<name> arrive as parts of their own, not as parameters.
    texts = [value for value in raw.values() if isinstance(value, str)]
    attached = {name for text in texts for name in _ATTACH.findall(text)}
    params: dict[str, object] = {}
    for key, value in raw.items():
        if key in fields:
            params[key] = _decode_parameter(fields[key], value, raw)
        elif key in _PTB_DEFAULTS:
            continue
        elif not (isinstance(value, UploadedFile) and key in attached):
            raise BotApiRefusal(
                f'Bad Request: unknown parameter "{key}" of method {name} '
                "(Telegram would ignore it; the stand-in refuses it as a likely typo)"
            )
    for field in fields.values():
        if field.required and field.name not in params:
            missing = _MISSING.get(field.name, f'parameter "{field.name}" is required')
            raise BotApiRefusal(f"Bad Request: {missing}")
    check_method(name, params)
    return params


def _display(types: tuple[str, ...]) -> str:
    names = []
    for name in types:
        depth = 0
        while name.endswith("[]"):
            name, depth = name[:-2], depth + 1
        names.append("Array of " * depth + name)
    return " or ".join(names)


def _decode_parameter(
    field: Field, value: str | UploadedFile, raw: Mapping[str, str | UploadedFile]
) -> object:
    types = set(field.types)
    if isinstance(value, UploadedFile):
        if "InputFile" in types:
            return value
        raise _wrong_type(field)
    if "InputFile" in types and value.startswith("attach://"):
        return _attachment(value, raw)
    if types <= {"String", "InputFile"}:
        if "String" not in types:
            raise _wrong_type(field)
        return value
    if "String" in types:  # "Integer or String": a chat id or an @username
        return int(value) if _INTEGER.fullmatch(value) else value
    if "attach://" in value:
        return _decode_json(field, value, raw)
    _check_json(field, value)
    return json.loads(value)


# Keyboards repeat: a JSON parameter accepted once is accepted again without walking it (re-checking the same few
# keyboards was a tenth of a loaded bench's time). A refusal is raised, so never remembered; a parameter naming an
# attached file is walked every time, since the files it names come with each request.
@lru_cache(maxsize=4096)
def _check_json(field: Field, value: str) -> None:
    _decode_json(field, value, {})


def _decode_json(field: Field, value: str, raw: Mapping[str, str | UploadedFile]) -> object:
    types = set(field.types)
    try:
        decoded = json.loads(value)
    except ValueError:
        if types & PRIMITIVES:
            raise _wrong_type(field) from None
        raise BotApiRefusal(f"Bad Request: can't parse {field.name} JSON object") from None
    if types & PRIMITIVES and not _is_primitive(decoded, field.types):
        raise _wrong_type(field)
    return _Decoder(field.name, raw).value(decoded, field.types, "")


def _wrong_type(field: Field) -> BotApiRefusal:
    # Made only when refusing: every parameter of every request passes through here.
    return BotApiRefusal(f'Bad Request: parameter "{field.name}" must be of type {_display(field.types)}')


def _attachment(uri: str, raw: Mapping[str, str | UploadedFile]) -> UploadedFile:
    name = uri.removeprefix("attach://")
    file = raw.get(name)
    if not isinstance(file, UploadedFile):
        raise BotApiRefusal(f'Bad Request: can\'t find attached file "{name}"')
    return file


def _is_primitive(value: object, types: tuple[str, ...]) -> bool:
    return any(_matches(value, name) for name in types if name in PRIMITIVES)


def _matches(value: object, type_name: str) -> bool:
    if type_name == "Integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "Float":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if type_name == "Boolean":
        return isinstance(value, bool)
    if type_name == "String":
        return isinstance(value, str)
    # Inside JSON a file can only be referred to by an attach:// URI.
    return type_name == "InputFile" and isinstance(value, str) and value.startswith("attach://")


class _Decoder:
    """Checks one JSON-encoded parameter against the declared types, recursively."""

    def __init__(self, parameter: str, raw: Mapping[str, str | UploadedFile]) -> None:
        self.parameter = parameter
        self.raw = raw

    def refuse(self, reason: str) -> BotApiRefusal:
        return BotApiRefusal(f"Bad Request: can't parse {self.parameter}: {reason}")

    def name(self, path: str) -> str:
        """A nested value's name for messages after "can't parse <parameter>:"."""
        return f"{self.parameter}{path}" if path.startswith("[") else path or self.parameter

    def where(self, path: str) -> str:
        """The full name of a nested value, e.g. reply_markup.inline_keyboard[0][1]."""
        if not path:
            return self.parameter
        return f"{self.parameter}{path}" if path.startswith("[") else f"{self.parameter}.{path}"

    def value(self, value: object, types: tuple[str, ...], path: str) -> object:
        for name in types:
            if name in PRIMITIVES and _matches(value, name):
                if name == "InputFile":
                    return _attachment(str(value), self.raw)
                return value
        arrays = [name[:-2] for name in types if name.endswith("[]")]
        if arrays and isinstance(value, list):
            return [self.value(item, (arrays[0],), f"{path}[{i}]") for i, item in enumerate(value)]
        objects = [name for name in types if name not in PRIMITIVES and not name.endswith("[]")]
        if objects and isinstance(value, dict):
            return self.object(value, self.pick(value, objects, path), path)
        if not path:
            raise BotApiRefusal(
                f'Bad Request: parameter "{self.parameter}" must be of type {_display(types)}'
            )
        raise self.refuse(f'Field "{self.name(path)}" must be of type {_display(types)}')

    def pick(self, value: dict[str, object], candidates: list[str], path: str) -> str:
        """Choose the object type of a union (reply_markup) by its required fields."""
        if len(candidates) == 1:
            return candidates[0]
        for name in candidates:
            required = {field.name for field in TYPES[name].values() if field.required}
            if required <= value.keys():
                return name
        raise self.refuse(f"{self.name(path)} must be one of {', '.join(candidates)}")

    def object(self, value: dict[str, object], type_name: str, path: str) -> dict[str, object]:
        if type_name in VARIANTS:
            variants = VARIANTS[type_name]
            if not variants:
                raise BotApiRefusal(f"Bad Request: the stand-in does not model {type_name} objects")
            kind = value.get("type")
            if kind not in variants:
                choices = ", ".join(variants)
                type_path = self.name(_join(path, "type"))
                raise self.refuse(f'Field "{type_path}" must be one of {choices}')
            type_name = variants[str(kind)]
        fields = TYPES[type_name]
        for key in value:
            if key not in fields:
                raise self.refuse(f'Unknown field "{self.name(_join(path, key))}" in {type_name}')
        for field in fields.values():
            if field.required and field.name not in value:
                raise self.refuse(f'Can\'t find field "{self.name(_join(path, field.name))}"')
        decoded = {}
        for key, item in value.items():
            decoded[key] = self.value(item, fields[key].types, _join(path, key))
        check = OBJECT_CHECKS.get(type_name)
        if check is not None:
            check(decoded, self.where(path))
        return decoded


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
