"""More of the crisis detector's danger patterns, written as word families rather than phrases: a stem with its
inflections, either word order, and the words around it that people leave out. Same shape and reading as PATTERNS
in crisis_patterns.py (kind → language → regexes on that language's reading; "!" = the pattern carries its own
negation); bot/nlp/crisis.py matches both. Kept apart so that each table stays short enough to read."""

from __future__ import annotations

from bot.nlp.crisis_patterns import CrisisKind

FAMILIES: dict[CrisisKind, dict[str, tuple[str, ...]]] = {
    CrisisKind.SELF_HARM: {
        "en": (
            r"\bcan'?t (?:do|handle|take) (?:this|it) any ?more\b|\b(?:no|any|a) way out\b(?! of\b)",
            r"\bwant (?:it|this|everything) (?:all )?to (?:end|stop)\b",
        ),
        "ru": (
            r"\b(?:всем|им|семье|родным|маме|миру) (?:\w+ )?(?:будет |станет )?лучше без меня"
            r"|\bбез меня (?:\w+ )?(?:будет |станет )?лучше",
            r"\bлучше бы (?:я )?(?:умерл[аи]|умер|сдохл[аи]|сдох)\b",
        ),
        "tk": (r"\býok bolsam (?:\w+ ){0,2}(?:has )?gowy",),
    },
    CrisisKind.SEXUAL: {
        "en": (r"\b(?:dance|strip|drink) (?:for|with) (?:the )?(?:men|clients|customers|guests)\b",),
        "ru": (r"\bприста[её]т\b|\bпристают\b",),
        "tk": (r"\bbedeni\w* sat",),
    },
    CrisisKind.CONFINEMENT: {
        "ru": (
            r"\bзакры(?:ли|л|ла|вают|вает) (?:\w+ ){0,3}(?:снаружи|на ключ|на замок)",
            r"\b(?:забрали|увезли|украли|отняли) (?:у (?:меня|нас) )?(?:ребенка|ребёнка|дочь|дочку|сына|детей)\b"
            r"|\b(?:ее|её|его|их|меня|нас) (?:\w+ )?(?:забрали|увезли) и не (?:отдают|возвращают|отпускают)",
        ),
        "tk": (r"!\b(?:gaçyp|çykyp) (?:bolanok|bolmaýar|bolmady)",),
    },
    CrisisKind.HELP: {
        "ru": (r"\b(?:позвоните|звоните|вызовите|зовите) (?:\w+ )?(?:в )?полици",),
    },
}
