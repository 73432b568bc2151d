"""Found by exploratory tester Y: money paid to a recruiter was answered as unpaid wages, a guaranteed visa as the US
lottery and an E-9 question as the Türkiye and Russia rules (Y#4); a mother was told to "tell your family", and "what
number in dubai" got "not sure" (Y#5); the spoken "полиса" was not the police (Y#6); money demanded under a threat got
"not sure" (Y#7a); the same article came twice word for word (Y#8); "можно звонить вечером" was not the phone (Y#9);
Turkmen follow-ups lost the thread (Y#10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.chat import Chat, said
from tests.test_handoff_back import ask_a_person
from tests.test_handoff_flow import button

SAME = (
    "☝️ The answer to this is the one just above: «{topic}». If it does not answer your question, look at the topics "
    "below, or talk to a person: they can look at your case."
)
ABOUT = (
    "☝️ Your question is about «{topic}», the answer just above. What it means in your case, a person can tell you: "
    "tap «{button}» or call the hotline."
)
OWN_SECRET = (
    "⚠️ Being asked to keep it secret from your family is a warning sign: people who mean well do not ask that. "
    "Before you agree to anything, tell your family or someone you trust who this person is, what they offer and "
    "where they want you to go."
)
THEIR_SECRET = (
    "⚠️ Someone asking them to keep it secret from you, their family, is a warning sign: people who mean well do not "
    "ask that. Talk with them calmly, without blame: who this person is, what they offer and where they want to take "
    "them. Below: how to help someone close, or talk to a person."
)


def title(app: Any, topic: str, language: str) -> str:
    return str(app.bot_data.knowledge[topic].text(language).title)


def numbers_heading(app: Any, language: str, code: str) -> str:
    country = app.bot_data.countries.get(code).title(language)
    return said(app, language, "Emergency numbers: {country}").format(country=country)


def person(app: Any, language: str) -> str:
    return button(app, language, "🙋 Talk to a person")


@pytest.mark.parametrize(
    ("language", "typed", "topic"),
    [
        # paid to a recruiter, waiting or wanting it back: the fee topic, not wages an employer owes
        ("en", "i paid 500 already, how to get my money back", "recruitment-fees"),
        # paid for Korea: its E-9 article, which says a job sold so is a fraud
        (
            "en",
            "my cousin paid 4000 to agency for korea and waiting 8 months nothing",
            "visa-lottery-korea-scams",
        ),
        ("ru", "тёте заплатили 4000, ждём 8 месяцев", "recruitment-fees"),
        ("tk", "dellala 2000 dollar töledik, 8 aý garaşýarys hiç zat ýok", "recruitment-fees"),
        # a promise too good to be true: the signs of a fake offer, not the US lottery
        ("en", "no need german language they say, visa guaranteed", "job-offer-red-flags"),
        ("ru", "визу гарантируют за месяц, немецкий язык не нужен", "job-offer-red-flags"),
        ("tk", "wiza kepillendirilýär, nemes dili gerek däl diýýärler", "job-offer-red-flags"),
        # the Korean E-9 visa named: its own article
        ("en", "is e9 visa for turkmenistan citizens?", "visa-lottery-korea-scams"),
        ("ru", "виза е-9 для граждан туркменистана есть?", "visa-lottery-korea-scams"),
        ("tk", "e-9 wiza türkmenistanyň raýatlaryna berilýärmi", "visa-lottery-korea-scams"),
        # money demanded under a threat: a student's lender, or debt pressure
        (
            "ru",
            "он говорит если не заплачу до пятницы меня отчислят и депортируют 😭",
            "student-loans-scholarships",
        ),
        ("tk", "eger tölemesem polisiýa berjek diýýär", "forced-labour"),
        ("en", "if i dont pay the agent by friday he says they will deport me", "forced-labour"),
    ],
)
async def test_what_was_paid_promised_or_demanded_gets_the_article_that_fits(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, topic: str
) -> None:
    chat = chat_with(language)
    answer = await chat.send(typed)
    assert answer.text.startswith(title(app, topic, language)), answer.text


@pytest.mark.parametrize(
    ("language", "story", "complaint"),
    [
        ("en", "i paid 500 already, how to get my money back", "who do i complain to"),
        ("ru", "тёте заплатили 4000, ждём 8 месяцев", "куда жаловаться?"),
        ("tk", "dellala 2000 dollar töledik, 8 aý garaşýarys hiç zat ýok", "kime şikaýat etmeli"),
    ],
)
async def test_whom_to_complain_to_after_an_article_points_to_it_and_to_a_lawyer(
    app: Any, chat_with: Callable[..., Chat], language: str, story: str, complaint: str
) -> None:
    chat = chat_with(language)
    fees = title(app, "recruitment-fees", language)
    assert (await chat.send(story)).text.startswith(fees)
    reply = await chat.send(complaint)
    assert reply.text.startswith(
        said(app, language, ABOUT).format(topic=fees, button=person(app, language))
    ), reply.text
    labels = chat.labels(reply)
    assert "📄 " + fees in labels and "📄 " + title(app, "legal-help", language) in labels
    assert person(app, language) in labels


@pytest.mark.parametrize(
    ("language", "story", "secret"),
    [
        (
            "en",
            "my daughter is 19 she says she got job in dubai as dancer in restaurant, a woman arrange everything",
            "the woman told her dont tell your mother details",
        ),
        ("ru", "моей дочери предлагают работу танцовщицей в дубае", "ей сказали не говорить маме"),
        ("tk", "gyzyma Dubaýda tansçy bolup işlemegi teklip edýärler", "gyzyma ejeňe aýtma diýipdir"),
    ],
)
async def test_a_secret_asked_of_a_daughter_is_named_to_her_family_without_telling_them_to_tell_the_family(
    app: Any, chat_with: Callable[..., Chat], language: str, story: str, secret: str
) -> None:
    chat = chat_with(language)
    await chat.send(story)
    reply = await chat.send(secret)
    assert reply.text == said(app, language, THEIR_SECRET)
    assert chat.labels(reply)[0] == "📄 " + title(app, "help-someone-else", language)


@pytest.mark.parametrize(
    ("language", "secret"),
    [("en", "he says dont tell my parents yet"), ("tk", "ejeme aytma diydi gaytyp gelensoň aydarsyn diydi")],
)
async def test_a_secret_asked_of_the_writer_still_tells_them_to_tell_their_family(
    app: Any, chat_with: Callable[..., Chat], language: str, secret: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(secret)
    assert reply.text == said(app, language, OWN_SECRET)


@pytest.mark.parametrize(
    ("language", "typed", "code"),
    [
        ("en", "if she already went and cant call me what number in dubai", "ae"),
        ("ru", "какой там номер в дубае", "ae"),
        ("tk", "dubaýda haýsy belgi", "ae"),
    ],
)
async def test_the_number_of_a_place_named_gets_its_numbers(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str, code: str
) -> None:
    chat = chat_with(language)
    reply = await chat.send(typed)
    assert reply.text.startswith(numbers_heading(app, language, code)), reply.text


@pytest.mark.parametrize("typed", ["кипрде полиса белгиси нэче", "kiprde polisa belgisi nace"])
async def test_the_police_as_turkmen_say_it_asks_for_the_numbers_in_either_script(
    app: Any, chat_with: Callable[..., Chat], typed: str
) -> None:
    """The builder in Northern Cyprus had shared his location; "polisa" is how the police is said."""
    chat = chat_with("tk")
    await chat.share_location(35.33, 33.32)
    reply = await chat.send(typed)
    assert reply.text.startswith(numbers_heading(app, "tk", "cy-north")), reply.text


async def test_the_number_of_an_insurance_policy_is_not_the_police() -> None:
    from bot.nlp.number_question import asks_emergency_number

    assert not asks_emergency_number("какой номер полиса омс")
    assert asks_emergency_number("кипрде полиса белгиси нэче")


@pytest.mark.parametrize(
    ("language", "first", "second", "topic"),
    [
        (
            "ru",
            "здравствуйте мы приехали в польшу на сезонную работу на клубнику нам дома показывали договор 5 евро в час "
            "жилье бесплатно а тут дали подписать другой на польском сказали 3 евро и за жилье вычитают 300 в месяц "
            "что делать",
            "я уже подписал его не читая",
            "employment-contract",
        ),
        ("en", "my boss took my passport", "my boss took my passport", "employer-took-passport"),
        ("tk", "hojaýyn pasportymy aldy", "hojaýyn pasportymy aldy", "employer-took-passport"),
    ],
)
async def test_the_same_article_is_not_sent_twice_word_for_word(
    app: Any, chat_with: Callable[..., Chat], language: str, first: str, second: str, topic: str
) -> None:
    chat = chat_with(language)
    name = title(app, topic, language)
    answer = await chat.send(first)
    assert answer.text.startswith(name)
    reply = await chat.send(second)
    assert reply.text.startswith(said(app, language, SAME).format(topic=name)), reply.text
    assert len(reply.text) < len(answer.text)
    labels = chat.labels(reply)
    assert "📄 " + name in labels and person(app, language) in labels
    # pressed, the article is there again in full
    again = await chat.press("📄 " + name)
    assert again.text == answer.text


@pytest.mark.parametrize(
    ("language", "story", "follow_up", "topic"),
    [
        (
            "tk",
            "bergim kop 15 müň manat, bir adam bobregini satsan 20 müň dollar berjek diyyar turkiyede operasiya",
            "bu kanunymy?",
            "organ-sale",
        ),
        (
            "tk",
            "salam, bir dellal aýal meni turkiyede yasayan bir adama durmusa cykarjak bolyar, 2000 dollar tolemeli "
            "diyyar",
            "bu howply my",
            "marriage-abroad",
        ),
        ("ru", "предлагают 20 тысяч долларов за почку, операция в турции", "а это опасно?", "organ-sale"),
        (
            "en",
            "a man offers 20000 dollars for my kidney, surgery in turkey",
            "is that dangerous",
            "organ-sale",
        ),
    ],
)
async def test_is_it_legal_or_dangerous_after_an_article_points_back_to_it(
    app: Any, chat_with: Callable[..., Chat], language: str, story: str, follow_up: str, topic: str
) -> None:
    chat = chat_with(language)
    name = title(app, topic, language)
    assert (await chat.send(story)).text.startswith(name)
    reply = await chat.send(follow_up)
    assert reply.text.startswith(said(app, language, ABOUT).format(topic=name, button=person(app, language)))
    assert "📄 " + name in chat.labels(reply)


@pytest.mark.parametrize(
    ("language", "typed"),
    [
        ("ru", "можно звонить вечером"),
        ("ru", "mozhno zvonit vecherom"),
        ("en", "you can call me in the evening"),
        ("tk", "agşam jaň edip bilersiňiz"),
    ],
)
async def test_a_call_allowed_at_a_time_at_the_contact_step_is_by_phone(
    app: Any, chat_with: Callable[..., Chat], language: str, typed: str
) -> None:
    chat = chat_with(language)
    await ask_a_person(app, chat, language)
    await chat.press(button(app, language, "⚖️ Legal advice", "service"))
    await chat.press(button(app, language, "Mary", "velayat"))
    asked = await chat.send(typed)
    assert asked.text == said(
        app,
        language,
        "Is it safe for you to be called? Say yes only if nobody else can answer or check your phone.",
    )
    draft = await app.bot_data.storage.draft(chat.chat_id)
    assert draft is not None and draft.answers.get("contact") == "phone"
