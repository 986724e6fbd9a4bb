"""Text as users search it."""


def normalize_search_text(text: str) -> str:
    """帐/账 are one character to users (the catalogue writes 账簿; people still type 帐簿), and
    Latin letters in case numbers match either case. The index and every query pass through
    here."""
    return text.strip().replace("帐", "账").casefold()


# A letter nobody types, standing between the words of the indexed text so that a phrase
# cannot run from the end of one word (a name) into the next (a charge).
WORD_BREAK = "\u01c1"


def spaced_characters(text: str) -> str:
    """Every character its own token for the unigram full-text index: a query of one or two
    characters (most Chinese names) becomes a phrase of single-character tokens, which matches
    exactly where those characters stand side by side."""
    return f" {WORD_BREAK} ".join(" ".join(word) for word in text.split())
