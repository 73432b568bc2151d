"""The Bot API methods and types the stand-in knows: fields, their types and required flags.

Written from Bot API 10.1. Each spec is a space-separated list of ``name:Type`` items; ``name*``
marks a required field, ``A|B`` a field that accepts either type and ``X[]`` an array of X.
"""

from dataclasses import dataclass

PRIMITIVES = frozenset({"Integer", "Float", "Boolean", "String", "InputFile"})


@dataclass(frozen=True)
class Field:
    """One parameter of a method or one field of an object."""

    name: str
    types: tuple[str, ...]
    required: bool


def _fields(spec: str) -> dict[str, Field]:
    table: dict[str, Field] = {}
    for item in spec.split():
        name, _, types = item.partition(":")
        required = name.endswith("*")
        name = name.removesuffix("*")
        table[name] = Field(name, tuple(types.split("|")), required)
    return table


# fmt: off
# The tables are laid out by hand: a few fields a line, in Telegram's order.
_MARKUPS = "InlineKeyboardMarkup|ReplyKeyboardMarkup|ReplyKeyboardRemove|ForceReply"
_REPLY_MARKUP = f"reply_markup:{_MARKUPS}"
_TARGET = "chat_id*:Integer|String message_thread_id:Integer direct_messages_topic_id:Integer"
_SEND_HEAD = f"business_connection_id:String {_TARGET}"
_SEND_TAIL = (
    "disable_notification:Boolean protect_content:Boolean allow_paid_broadcast:Boolean"
    " message_effect_id:String suggested_post_parameters:SuggestedPostParameters"
    f" reply_parameters:ReplyParameters {_REPLY_MARKUP}"
)
_CAPTION = "caption:String parse_mode:String caption_entities:MessageEntity[]"
_EDIT_TARGET = (
    "business_connection_id:String chat_id:Integer|String message_id:Integer"
    " inline_message_id:String"
)
_COMMANDS_TARGET = "scope:BotCommandScope language_code:String"

METHODS: dict[str, dict[str, Field]] = {
    name: _fields(spec)
    for name, spec in {
        "getMe": "",
        "getUpdates": "offset:Integer limit:Integer timeout:Integer allowed_updates:String[]",
        "setWebhook": (
            "url*:String certificate:InputFile ip_address:String max_connections:Integer"
            " allowed_updates:String[] drop_pending_updates:Boolean secret_token:String"
        ),
        "deleteWebhook": "drop_pending_updates:Boolean",
        "getWebhookInfo": "",
        "logOut": "",
        "close": "",
        "sendMessage": (
            f"{_SEND_HEAD} text*:String parse_mode:String entities:MessageEntity[]"
            f" link_preview_options:LinkPreviewOptions {_SEND_TAIL}"
        ),
        "editMessageText": (
            f"{_EDIT_TARGET} text:String parse_mode:String entities:MessageEntity[]"
            " link_preview_options:LinkPreviewOptions rich_message:InputRichMessage"
            " reply_markup:InlineKeyboardMarkup"
        ),
        "editMessageReplyMarkup": f"{_EDIT_TARGET} reply_markup:InlineKeyboardMarkup",
        "deleteMessage": "chat_id*:Integer|String message_id*:Integer",
        "deleteMessages": "chat_id*:Integer|String message_ids*:Integer[]",
        "answerCallbackQuery": (
            "callback_query_id*:String text:String show_alert:Boolean url:String cache_time:Integer"
        ),
        "setMyCommands": f"commands*:BotCommand[] {_COMMANDS_TARGET}",
        "getMyCommands": _COMMANDS_TARGET,
        "deleteMyCommands": _COMMANDS_TARGET,
        "setMyDescription": "description:String language_code:String",
        "setMyShortDescription": "short_description:String language_code:String",
        "setChatMenuButton": "chat_id:Integer menu_button:MenuButton",
        "sendPhoto": (
            f"{_SEND_HEAD} photo*:InputFile|String {_CAPTION} show_caption_above_media:Boolean"
            f" has_spoiler:Boolean {_SEND_TAIL}"
        ),
        "sendDocument": (
            f"{_SEND_HEAD} document*:InputFile|String thumbnail:InputFile|String {_CAPTION}"
            f" disable_content_type_detection:Boolean {_SEND_TAIL}"
        ),
        "sendLocation": (
            f"{_SEND_HEAD} latitude*:Float longitude*:Float horizontal_accuracy:Float"
            f" live_period:Integer heading:Integer proximity_alert_radius:Integer {_SEND_TAIL}"
        ),
        "sendChatAction": (
            "business_connection_id:String chat_id*:Integer|String message_thread_id:Integer"
            " action*:String"
        ),
        "leaveChat": "chat_id*:Integer|String",
        "setMessageReaction": (
            "chat_id*:Integer|String message_id*:Integer reaction:ReactionType[] is_big:Boolean"
        ),
        "getChat": "chat_id*:Integer|String",
        "copyMessage": (
            f"{_TARGET} from_chat_id*:Integer|String message_id*:Integer"
            f" video_start_timestamp:Integer {_CAPTION} show_caption_above_media:Boolean"
            f" {_SEND_TAIL}"
        ),
        "forwardMessage": (
            f"{_TARGET} from_chat_id*:Integer|String message_id*:Integer"
            " video_start_timestamp:Integer disable_notification:Boolean protect_content:Boolean"
            " message_effect_id:String suggested_post_parameters:SuggestedPostParameters"
        ),
        "createForumTopic": (
            "chat_id*:Integer|String name*:String icon_color:Integer icon_custom_emoji_id:String"
        ),
        "editForumTopic": (
            "chat_id*:Integer|String message_thread_id*:Integer name:String icon_custom_emoji_id:String"
        ),
        "closeForumTopic": "chat_id*:Integer|String message_thread_id*:Integer",
        "reopenForumTopic": "chat_id*:Integer|String message_thread_id*:Integer",
        "answerInlineQuery": (
            "inline_query_id*:String results*:InlineQueryResult[] cache_time:Integer"
            " is_personal:Boolean next_offset:String button:InlineQueryResultsButton"
        ),
    }.items()
}

_SCOPE_CHAT = "type*:String chat_id*:Integer|String"

TYPES: dict[str, dict[str, Field]] = {
    name: _fields(spec)
    for name, spec in {
        "InlineKeyboardMarkup": "inline_keyboard*:InlineKeyboardButton[][]",
        "InlineKeyboardButton": (
            "text*:String icon_custom_emoji_id:String style:String url:String"
            " callback_data:String web_app:WebAppInfo login_url:LoginUrl"
            " switch_inline_query:String switch_inline_query_current_chat:String"
            " switch_inline_query_chosen_chat:SwitchInlineQueryChosenChat"
            " copy_text:CopyTextButton callback_game:CallbackGame pay:Boolean"
        ),
        "ReplyKeyboardMarkup": (
            "keyboard*:KeyboardButton[][] is_persistent:Boolean resize_keyboard:Boolean"
            " one_time_keyboard:Boolean input_field_placeholder:String selective:Boolean"
        ),
        "KeyboardButton": (
            "text*:String icon_custom_emoji_id:String style:String"
            " request_users:KeyboardButtonRequestUsers request_chat:KeyboardButtonRequestChat"
            " request_managed_bot:KeyboardButtonRequestManagedBot request_contact:Boolean"
            " request_location:Boolean request_poll:KeyboardButtonPollType web_app:WebAppInfo"
        ),
        "ReplyKeyboardRemove": "remove_keyboard*:Boolean selective:Boolean",
        "ForceReply": "force_reply*:Boolean input_field_placeholder:String selective:Boolean",
        "LinkPreviewOptions": (
            "is_disabled:Boolean url:String prefer_small_media:Boolean"
            " prefer_large_media:Boolean show_above_text:Boolean"
        ),
        "ReplyParameters": (
            "message_id*:Integer chat_id:Integer|String allow_sending_without_reply:Boolean"
            " quote:String quote_parse_mode:String quote_entities:MessageEntity[]"
            " quote_position:Integer checklist_task_id:Integer poll_option_id:String"
        ),
        "BotCommand": "command*:String description*:String",
        "BotCommandScopeDefault": "type*:String",
        "BotCommandScopeAllPrivateChats": "type*:String",
        "BotCommandScopeAllGroupChats": "type*:String",
        "BotCommandScopeAllChatAdministrators": "type*:String",
        "BotCommandScopeChat": _SCOPE_CHAT,
        "BotCommandScopeChatAdministrators": _SCOPE_CHAT,
        "BotCommandScopeChatMember": f"{_SCOPE_CHAT} user_id*:Integer",
        "MessageEntity": (
            "type*:String offset*:Integer length*:Integer url:String user:User"
            " language:String custom_emoji_id:String unix_time:Integer date_time_format:String"
        ),
        "MenuButtonCommands": "type*:String",
        "MenuButtonWebApp": "type*:String text*:String web_app*:WebAppInfo",
        "MenuButtonDefault": "type*:String",
        "WebAppInfo": "url*:String",
        "LoginUrl": (
            "url*:String forward_text:String bot_username:String request_write_access:Boolean"
        ),
        "SwitchInlineQueryChosenChat": (
            "query:String allow_user_chats:Boolean allow_bot_chats:Boolean"
            " allow_group_chats:Boolean allow_channel_chats:Boolean"
        ),
        "CopyTextButton": "text*:String",
        "CallbackGame": "",
        "KeyboardButtonRequestUsers": (
            "request_id*:Integer user_is_bot:Boolean user_is_premium:Boolean"
            " max_quantity:Integer request_name:Boolean request_username:Boolean"
            " request_photo:Boolean"
        ),
        "KeyboardButtonRequestChat": (
            "request_id*:Integer chat_is_channel*:Boolean chat_is_forum:Boolean"
            " chat_has_username:Boolean chat_is_created:Boolean"
            " user_administrator_rights:ChatAdministratorRights"
            " bot_administrator_rights:ChatAdministratorRights bot_is_member:Boolean"
            " request_title:Boolean request_username:Boolean request_photo:Boolean"
        ),
        "KeyboardButtonRequestManagedBot": (
            "request_id*:Integer suggested_name:String suggested_username:String"
        ),
        "KeyboardButtonPollType": "type:String",
        "ChatAdministratorRights": (
            "is_anonymous*:Boolean can_manage_chat*:Boolean can_delete_messages*:Boolean"
            " can_manage_video_chats*:Boolean can_restrict_members*:Boolean"
            " can_promote_members*:Boolean can_change_info*:Boolean can_invite_users*:Boolean"
            " can_post_stories*:Boolean can_edit_stories*:Boolean can_delete_stories*:Boolean"
            " can_post_messages:Boolean can_edit_messages:Boolean can_pin_messages:Boolean"
            " can_manage_topics:Boolean can_manage_direct_messages:Boolean"
            " can_manage_tags:Boolean"
        ),
        "SuggestedPostParameters": "price:SuggestedPostPrice send_date:Integer",
        "SuggestedPostPrice": "currency*:String amount*:Integer",
        "InlineQueryResultsButton": "text*:String web_app:WebAppInfo start_parameter:String",
        "ReactionTypeEmoji": "type*:String emoji*:String",
        "ReactionTypeCustomEmoji": "type*:String custom_emoji_id*:String",
        "ReactionTypePaid": "type*:String",
        "InputRichMessage": (
            "html:String markdown:String is_rtl:Boolean skip_entity_detection:Boolean"
        ),
        "User": (
            "id*:Integer is_bot*:Boolean first_name*:String last_name:String username:String"
            " language_code:String is_premium:Boolean added_to_attachment_menu:Boolean"
            " can_join_groups:Boolean can_read_all_group_messages:Boolean"
            " supports_guest_queries:Boolean supports_inline_queries:Boolean"
            " can_connect_to_business:Boolean has_main_web_app:Boolean"
            " has_topics_enabled:Boolean allows_users_to_create_topics:Boolean"
            " can_manage_bots:Boolean supports_join_request_queries:Boolean"
        ),
    }.items()
}

# fmt: on

# Abstract types: the object's "type" field picks the concrete one. An empty mapping means the
# stand-in knows none of the variants (answerInlineQuery is only ever called with no results).
VARIANTS: dict[str, dict[str, str]] = {
    "BotCommandScope": {
        "default": "BotCommandScopeDefault",
        "all_private_chats": "BotCommandScopeAllPrivateChats",
        "all_group_chats": "BotCommandScopeAllGroupChats",
        "all_chat_administrators": "BotCommandScopeAllChatAdministrators",
        "chat": "BotCommandScopeChat",
        "chat_administrators": "BotCommandScopeChatAdministrators",
        "chat_member": "BotCommandScopeChatMember",
    },
    "MenuButton": {
        "commands": "MenuButtonCommands",
        "web_app": "MenuButtonWebApp",
        "default": "MenuButtonDefault",
    },
    "InlineQueryResult": {},
    "ReactionType": {
        "emoji": "ReactionTypeEmoji",
        "custom_emoji": "ReactionTypeCustomEmoji",
        "paid": "ReactionTypePaid",
    },
}
