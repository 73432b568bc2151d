-- A thread per case: in a staff chat that is a forum supergroup, each case gets a topic of its own. Telegram has
-- no method to list topics, so the bot keeps them here.
-- What the bot has learnt of each staff chat from Telegram (getChat, or the chat in an update): whether it is a
-- forum, and whether the last createForumTopic there was refused for want of the can_manage_topics right.
CREATE TABLE forum_chats (
    chat_id        INTEGER PRIMARY KEY,
    is_forum       INTEGER NOT NULL CHECK (is_forum IN (0, 1)),
    topics_refused INTEGER NOT NULL DEFAULT 0 CHECK (topics_refused IN (0, 1)),
    checked_at     INTEGER NOT NULL
) STRICT;

-- A case's topic in a staff chat (a case may have one in its NGO's chat and one in the coordinator chat).
-- thread_id NULL: Telegram said the topic was not found, and the case's messages go to the general topic.
CREATE TABLE case_topics (
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    chat_id    INTEGER NOT NULL,
    thread_id  INTEGER,                 -- the message_thread_id
    closed     INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    created_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, chat_id)
) STRICT;
CREATE UNIQUE INDEX case_topics_thread ON case_topics (chat_id, thread_id);
