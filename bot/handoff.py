"""The hand-off request as data: a table of steps, and pure functions that move a draft through it and route the
finished request to its organisation. No Telegram here: handlers/handoff.py shows the current step and passes the
answer on.

Adding a step is one entry in STEPS (plus its strings in the catalogs): the draft keeps its answers as JSON, so no
migration is needed, and the handler shows any step from its entry. Back walks the same table the other way
(`previous_step`), so a new step needs nothing for it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from bot.checklist import Level
from bot.countries import ORDER, OTHER
from bot.directory import SERVICES, VELAYATS, Directory
from bot.i18n import N_, NP_
from bot.textpieces import MAX_MESSAGE_UNITS, split_text

Answers = Mapping[str, str]

# What a draft is for: a request being put together step by step; looking for an NGO (keeps the chosen help for a
# shared location); or "put my next text to the knowledge base" while a case is open.
REQUEST, FINDING, QUESTION = "request", "find", "question"
# The last step: the consent screen, which lists exactly what will be shared.
CONFIRM = "confirm"
WITHDRAWN = "withdrawn"
OUTCOMES = (
    "legal",
    "psychological",
    "medical",
    "shelter",
    "reintegration",
    "information",
    "referred",
    "no_answer",
    "declined",
)
MAX_PHONE = 40
MAX_TIME = 100
# The person's message on the card: with the card's other lines it must fit in one Telegram message in any
# staff language, and a card is read at a glance. A longer message is not cut: the rest follows the card.
CARD_MESSAGE_UNITS = 1000
# A piece of what the person writes, relayed under a heading that needs at most this room in any staff language.
RELAY_PIECE_UNITS = MAX_MESSAGE_UNITS - 128
ABROAD = "abroad"
# Which message a request opened with 🆘 carries: the one the 🆘 was pressed under, or one written before it in the
# conversation that told of the trouble (handlers/told.py)
UNDER = "under"
EARLIER = "earlier"
OTHER_NEED = "other"
# Among a draft's answers: the fields known before the request began (an NGO picked from a list, the need chosen,
# the person abroad and where), space-separated. Their steps are skipped going forward and back; a step the person
# answered in the request stays one they were shown, so Back can return to it.
GIVEN = "given"
# The answers filled in from what the person told the bot before (the country they said this hour they are in, or
# let it keep): skipped going on, but asked when the person goes back to them
KNOWN = "known"
# The person's messages the request's message was made of (their ids, space-separated): an edit of one reaches the
# case's staff, as the card shows that message (handlers/edits.py)
MESSAGE_IDS = "message_ids"


@dataclass(frozen=True)
class Option:
    value: str
    label: str = ""  # msgid (context "button"); empty when the step's vocabulary names the label


@dataclass(frozen=True)
class Step:
    """One question of the request: what it asks, its answers, where the answer goes and when it is not asked."""

    key: str
    prompt: str  # msgid; {skip} stands for the Skip button's label
    field: str  # the key of the answer in the draft
    options: tuple[Option, ...] = ()  # buttons; none means a typed answer
    vocabulary: str = "button"  # how option labels are found: "button" (Option.label), "service", "velayat"
    skip: Callable[[Answers], bool] = lambda answers: False
    validate: Callable[[str], str | None] | None = (
        None  # a typed answer, cleaned, or None when it is not valid
    )
    invalid: str = ""  # msgid shown when `validate` refuses
    can_skip: bool = False  # a Skip button (the answer stays empty)
    # Words already kept for this field (danger told at an earlier step, `danger_told`) stay: Skip keeps them and
    # a typed answer follows them.
    keeps_earlier: bool = False
    # msgid: one line on what to press or type, shown above the step again when words typed for an answer name none
    hint: str = ""


# Shown above a step asked as yes or no when typed words answer it with neither
YES_OR_NO_HINT = N_("Press an answer under the question, or type “yes” or “no”.")


# What a typed phone number may hold besides digits: what people write between them ("+993 65 12-34-56",
# "(12) 34-56-78", "8 65 123456"), dashes a phone keyboard may put in, and the "+" that opens it.
PHONE_SEPARATORS = frozenset(" -()‐‑–—")
PHONE_DIGITS = range(7, 16)  # the shortest local number to the longest international one (E.164)


def phone_number(text: str) -> str | None:
    """A typed phone number, its digits in ASCII and its spaces single, or None when it holds anything but
    digits, separators and a leading "+" ("+993 6x 12 34 56", "call me"), or too few or too many digits."""
    # Any script's digits count (an Arabic keyboard in the Emirates), written as staff read them.
    text = " ".join("".join(str(int(c)) if c.isdecimal() else c for c in text).split())
    body = text.removeprefix("+")
    digits = sum(c.isdigit() for c in body)
    plain = all(c.isdigit() or c in PHONE_SEPARATORS for c in body)
    return text if plain and digits in PHONE_DIGITS and len(text) <= MAX_PHONE else None


def _given(answers: Answers, field: str) -> bool:
    return field in answers.get(GIVEN, "").split()


def _known(answers: Answers, field: str) -> bool:
    return bool(answers.get(field)) and field in answers.get(KNOWN, "").split()


def _asked_back(answers: Answers) -> Answers:
    """The answers as going back sees them: a known answer (KNOWN) is one to ask again."""
    return {key: value for key, value in answers.items() if key != KNOWN}


def _calling(answers: Answers) -> bool:
    """The person chose a phone and said it is safe to be called."""
    return answers.get("contact") == "phone" and answers.get("phone_safe") == "y"


STEPS: tuple[Step, ...] = (
    Step(
        "need",
        N_("What help do you need?"),
        "need",
        options=tuple(Option(s) for s in (*SERVICES, OTHER_NEED)),
        vocabulary="service",
        skip=lambda a: _given(a, "need"),
        hint=N_(
            "Press the help you need under the question, or type it in a word or two, for example: lawyer, "
            "doctor, psychologist."
        ),
    ),
    Step(
        "velayat",
        N_("Where are you from, or where is your family? This helps choose the organisation."),
        "velayat",
        options=tuple(Option(v) for v in (*VELAYATS, ABROAD)),
        vocabulary="velayat",
        skip=lambda a: bool(a.get("ngo_id")) or _given(a, "velayat"),
        hint=N_("Press your velayat under the question, or type its name, for example: Mary."),
    ),
    Step(
        "country",
        N_("Which country are you in?"),
        "country",
        # the packs' countries (handlers/handoff.py shows those that have a pack), "another country" last
        options=tuple(Option(code) for code in ORDER),
        vocabulary="country",
        # staff then know which numbers and rules apply; asked once, of a person abroad who has not said where
        skip=lambda a: a.get("velayat") != ABROAD or _given(a, "country") or _known(a, "country"),
        hint=N_("Press the country under the question, or type its name, for example: Russia."),
    ),
    Step(
        "contact",
        N_("How may the organisation contact you?"),
        "contact",
        options=(
            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
            Option("chat", NP_("button", "💬 Only through this chat")),
            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
            Option("phone", NP_("button", "📞 Also by phone")),
        ),
        hint=N_("Press an answer under the question, or type “chat” or “phone”."),
    ),
    Step(
        "phone_safe",
        N_("Is it safe for you to be called? Say yes only if nobody else can answer or check your phone."),
        "phone_safe",
        options=(
            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
            Option("y", NP_("button", "Yes, it is safe")),
            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
            Option("n", NP_("button", "No, only through this chat")),
        ),
        skip=lambda a: a.get("contact") != "phone",
        hint=YES_OR_NO_HINT,
    ),
    Step(
        "phone",
        N_("Type the phone number to call."),
        "phone",
        skip=lambda a: not _calling(a),
        validate=phone_number,
        invalid=N_(
            "This does not look like a phone number. Please type it in digits, for example +993 65 000000 "
            "or 8 65 000000. Spaces, dashes and brackets are fine."
        ),
    ),
    Step(
        "time",
        N_("When is it safe to call you? For example: weekdays after 18:00."),
        "time",
        skip=lambda a: not _calling(a),
        validate=lambda text: text.strip()[:MAX_TIME] or None,
    ),
    Step(
        "name",
        N_("May the organisation see your Telegram name? It helps them know who is writing."),
        "share_name",
        options=(
            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
            Option("y", NP_("button", "Yes, show my name")),
            # TRANSLATORS: a button label; at most 36 characters (a phone cuts a longer one).
            Option("n", NP_("button", "No, keep it hidden")),
        ),
        hint=YES_OR_NO_HINT,
    ),
    Step(
        "message",
        N_(
            "If you want, write a short message for the organisation: what happened and what you need. "
            "Or press {skip}."
        ),
        "message",
        validate=lambda text: text.strip() or None,
        can_skip=True,
        keeps_earlier=True,
    ),
)
STEP_BY_KEY: Mapping[str, Step] = MappingProxyType({step.key: step for step in STEPS})


@dataclass(frozen=True)
class Draft:
    """What a person is in the middle of: a request (its step and answers so far), looking for an NGO, or a
    question while a case is open."""

    user_id: int
    purpose: str = REQUEST
    step: str = STEPS[0].key
    answers: Mapping[str, str] = field(default_factory=dict)
    urgent: bool = False

    @property
    def need(self) -> str | None:
        return self.answers.get("need") or None

    @property
    def velayat(self) -> str | None:
        return self.answers.get("velayat") or None

    @property
    def ngo_id(self) -> str | None:
        return self.answers.get("ngo_id") or None

    @property
    def share_name(self) -> bool:
        return self.answers.get("share_name") == "y"

    @property
    def contact_phone(self) -> str | None:
        return self.answers.get("phone") if _calling(self.answers) else None

    @property
    def contact_time(self) -> str | None:
        return self.answers.get("time") if self.contact_phone else None

    @property
    def message(self) -> str | None:
        return self.answers.get("message") or None

    @property
    def message_ids(self) -> tuple[int, ...]:
        return tuple(int(word) for word in self.answers.get(MESSAGE_IDS, "").split())

    @property
    def country(self) -> str | None:
        """The country picked under "I am abroad" before asking for help remotely, or at the request's step; None
        for "another country" (none of the packs')."""
        country = self.answers.get("country")
        return country if country and country != OTHER else None

    @property
    def waits_for_text(self) -> bool:
        """The current step is answered by typing (a phone number, a time, a message)."""
        step = STEP_BY_KEY.get(self.step)
        return self.purpose == REQUEST and step is not None and not step.options


@dataclass(frozen=True)
class NewCase:
    """A finished request, as it is stored."""

    user_id: int
    language: str
    ngo_id: str | None
    staff_chat_id: int | None
    urgent: bool
    velayat: str | None = None
    need: str | None = None
    checklist_summary: str | None = None
    checklist_for: str | None = None  # whom the checklist was for (bot.checklist_whom.Whom)
    display_name: str | None = None
    contact_phone: str | None = None
    contact_time: str | None = None
    first_message: str | None = None  # the part of the message the card shows
    message_rest: tuple[str, ...] = ()  # the other parts, relayed right after the card
    country: str | None = None  # a pack, or a country without one typed (bot/elsewhere.py): on the card
    home_velayat: str | None = None  # the velayat a person abroad said they are from, shown on the card
    opened_with: str | None = None  # "sos": opened urgent by the 🆘 button, a line of its history
    message_said: str | None = None  # a 🆘 request's message: UNDER or EARLIER, said on the card
    message_ids: tuple[int, ...] = ()  # the person's messages its message was made of (Draft.message_ids)


def message_parts(text: str) -> list[str]:
    """A person's message to staff, whole, in the parts it is posted in: the first on the card, each other one
    relayed after it. Cut at a line, sentence or word boundary."""
    head = split_text(text, CARD_MESSAGE_UNITS)[0]
    parts = [head, *split_text(text[len(head) :], RELAY_PIECE_UNITS)]
    return [part.rstrip() for part in parts if part.strip()]


def new_request(
    user_id: int,
    *,
    ngo_id: str | None = None,
    need: str | None = None,
    velayat: str | None = None,
    country: str | None = None,
    message: str | None = None,
    urgent: bool = False,
    country_known: str | None = None,
) -> Draft:
    """A request from the start, with what is already known (an NGO picked from a list, a need chosen, the person
    abroad and in which country, the question they asked before: its message, which the message step keeps and the
    consent screen shows; `urgent`: those words told of danger; `country_known`: where the person said they are,
    not asked again unless they go back to it)."""
    known = (("ngo_id", ngo_id), ("need", need), ("velayat", velayat), ("country", country))
    answers = {key: value for key, value in known if value}
    if answers:
        answers[GIVEN] = " ".join(answers)
    if country_known and not country:
        answers |= {"country": country_known, KNOWN: "country"}
    if message and message.strip():
        answers["message"] = message.strip()
    draft = Draft(user_id, answers=answers, urgent=urgent)
    return replace(draft, step=next_step(draft.answers, None))


def next_step(answers: Answers, after: str | None) -> str:
    """The first step after `after` (or from the start) that still has something to ask; CONFIRM at the end."""
    keys = [step.key for step in STEPS]
    start = 0 if after is None else keys.index(after) + 1
    for step in STEPS[start:]:
        if not step.skip(answers):
            return step.key
    return CONFIRM


def previous_step(answers: Answers, current: str) -> str | None:
    """The last step before `current` (CONFIRM: the consent screen) that was shown, by the same skip rules as
    `next_step`, except that a known answer (KNOWN) is asked; None at the first step shown, or for a step that is
    not in the table."""
    keys = [step.key for step in STEPS]
    if current != CONFIRM and current not in keys:
        return None
    end = len(STEPS) if current == CONFIRM else keys.index(current)
    for step in reversed(STEPS[:end]):
        if not step.skip(_asked_back(answers)):
            return step.key
    return None


def back(draft: Draft, from_step: str) -> Draft | None:
    """The draft one step back from `from_step`, every answer kept; None when the draft is not at that step (a Back
    on an old message) or it is the first step shown."""
    if draft.purpose != REQUEST or draft.step != from_step:
        return None
    previous = previous_step(draft.answers, from_step)
    return replace(draft, step=previous) if previous is not None else None


def _still_applying(answers: Answers) -> dict[str, str]:
    """The answers without those of steps the person's newer answers now skip: going back to "how may we contact
    you" and choosing the chat drops the phone number and time typed before, and choosing a velayat at home drops
    the country abroad, so neither reaches staff once taken back. Every other answer stays (the message above all:
    the steps after a changed one are asked again, and the message step's Skip keeps it)."""
    # what the person told before (KNOWN) stays, as what they let the bot keep does
    dropped = {
        step.field
        for step in STEPS
        if step.skip(answers) and not _given(answers, step.field) and not _known(answers, step.field)
    }
    return {key: value for key, value in answers.items() if key not in dropped}


def answer(draft: Draft, step_key: str, value: str | None) -> Draft | None:
    """The draft after answering `step_key` with `value` (None: skipped), moved on to its next step; None when
    the draft is not at that step or the answer is not one the step takes."""
    step = STEP_BY_KEY.get(step_key)
    if step is None or draft.purpose != REQUEST or draft.step != step_key:
        return None
    earlier = draft.answers.get(step.field) if step.keeps_earlier else None
    if value is None:
        if not step.can_skip:
            return None
        answers = {k: v for k, v in draft.answers.items() if k != step.field or earlier}
    else:
        if step.options:
            if value not in {option.value for option in step.options}:
                return None
        elif step.validate is not None:
            cleaned = step.validate(value)
            if cleaned is None:
                return None
            value = cleaned
        answers = {**draft.answers, step.field: f"{earlier}\n{value}" if earlier else value}
    answers = _still_applying(answers)
    return replace(draft, answers=answers, step=next_step(answers, step_key))


def with_message_id(draft: Draft, message_id: int) -> Draft:
    """The draft once the person's message `message_id` went into its message (typed at the message step, asked
    before the request, or danger told at another step)."""
    if message_id in draft.message_ids:
        return draft
    ids = " ".join(str(known) for known in (*draft.message_ids, message_id))
    return replace(draft, answers={**draft.answers, MESSAGE_IDS: ids})


def danger_told(draft: Draft, text: str) -> Draft:
    """The draft after the person answered a typed step (a phone number, a time to call) with words of danger: urgent,
    those words kept as its message for the organisation, still at the same step. Nothing they wrote is lost, and
    the story is never stored as a phone number."""
    earlier = draft.answers.get("message")
    message = f"{earlier}\n{text.strip()}" if earlier else text.strip()
    return replace(draft, urgent=True, answers={**draft.answers, "message": message})


def is_urgent(draft: Draft, checklist_level: str | None) -> bool:
    """Urgent for a message that signals danger and for a high checklist result."""
    return draft.urgent or checklist_level == Level.HIGH.value


def checklist_summary(level: str | None, flagged: tuple[str, ...]) -> str | None:
    if level is None:
        return None
    return f"{level}: {', '.join(flagged)}" if flagged else level


def parse_checklist_summary(summary: str) -> tuple[str, tuple[str, ...]]:
    """The level and the flagged question keys of a summary made by `checklist_summary`."""
    level, _, keys = summary.partition(":")
    return level.strip(), tuple(key.strip() for key in keys.split(",") if key.strip())


def route(
    draft: Draft,
    directory: Directory,
    coordinator_chat_id: int,
    *,
    language: str,
    checklist_level: str | None = None,
    checklist_flagged: tuple[str, ...] = (),
    checklist_for: str | None = None,
    display_name: str | None = None,
    country: str | None = None,
) -> NewCase:
    """Where a finished request goes: the NGO the person picked, else the one that serves their velayat and need
    (from abroad: one in their `country`, else one that consults remotely), else the hotline team (the coordinator
    chat); and exactly what the consent screen listed."""
    ngo = directory.get(draft.ngo_id) if draft.ngo_id else None
    parts = message_parts(draft.message) if draft.message else []
    need = draft.need if draft.need in SERVICES else None
    # the one picked for this request ("another country": none of the packs'), else the one kept
    country = draft.country if draft.answers.get("country") else country
    if ngo is None and draft.velayat == ABROAD:
        ngo = directory.route_abroad(country, need)
    elif ngo is None and draft.velayat is not None:
        ngo = directory.route(draft.velayat, need)
    return NewCase(
        user_id=draft.user_id,
        language=language,
        ngo_id=ngo.id if ngo else None,
        staff_chat_id=ngo.staff_chat_id if ngo else (coordinator_chat_id or None),
        urgent=is_urgent(draft, checklist_level),
        velayat=draft.velayat or (ngo.velayat if ngo else None),
        need=draft.need,
        checklist_summary=checklist_summary(checklist_level, checklist_flagged),
        checklist_for=checklist_for if checklist_level is not None else None,
        display_name=display_name if draft.share_name else None,
        contact_phone=draft.contact_phone,
        contact_time=draft.contact_time,
        first_message=parts[0] if parts else None,
        message_rest=tuple(parts[1:]),
        country=country,
        message_ids=draft.message_ids if parts else (),
    )
