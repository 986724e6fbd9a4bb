"""Text as users search it."""


def normalize_search_text(text: str) -> str:
    """帐/账 are one character to users (the catalogue writes 账簿; people still type 帐簿), and
    Latin letters in case numbers match either case. The index and every query pass through
    here."""
    return text.strip().replace("帐", "账").casefold()
