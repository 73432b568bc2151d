"""What names a language, or how well one speaks it: "по-турецки", "на русском", "хорошо", "свободно", "turkish", "türkçe",
"iňlis dilinde", "gowy"; Telegram-free. Said with "I can't speak" or "I can't write" ("не могу говорить
по-турецки", "türkçe gürläp bilemok", "i cant speak english well"), it tells what the person can say, not that they
cannot talk now (bot/nlp/watched.py) or are asking for help (the crisis detector's pattern for "не могу говорить",
bot/nlp/crisis_families.py). One definition for both, matched on lower-case text with Turkmen folded
(bot.nlp.textnorm.fold: "türkçe" is read as "turkce")."""

from __future__ import annotations

LANGUAGE_NAMED = (
    r"\bпо[\s-]?\w+(?:ски|цки)\b|\bна\s+\w+(?:ском|цком)\b|\bхорошо\b|\bнормально\b|\bсвободно\b"
    r"|\b(?:turkish|english|russian|turkmen|arabic|polish|kazakh|language|well|properly|fluent|fluently)\b"
    r"|\b(?:turk|rus|inlis|turkmen|arap|gazak|polyak)(?:ce|ca|c[ae]\w*)\b|\b\w+\s+dil(?:inde|de|i)\b|\bgowy\b"
)
