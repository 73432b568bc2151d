"""The two objects every layer of the stand-in shares: a refusal and an uploaded file."""

from dataclasses import dataclass


class BotApiRefusal(Exception):
    """A request the real Bot API would refuse."""

    def __init__(
        self, description: str, error_code: int = 400, parameters: dict[str, object] | None = None
    ) -> None:
        super().__init__(description)
        self.description = description
        self.error_code = error_code
        self.parameters = parameters  # ResponseParameters, e.g. {"migrate_to_chat_id": ...}


@dataclass(frozen=True)
class UploadedFile:
    """A file sent as a multipart/form-data part."""

    filename: str
    content: bytes
