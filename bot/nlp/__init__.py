"""Language processing: reading a person's words in Russian, Turkmen or English. The matcher (`matcher`) picks a
knowledge-base topic with a calibrated confidence; `analysis` turns text into stems, one `profiles` entry per
language; `textnorm` folds the many spellings people type; `smalltalk` spots greetings; `examples` and `evaluation`
load the matcher's examples and evaluation sets. No Telegram here."""
