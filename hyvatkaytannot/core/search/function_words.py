"""Swedish function words in a query: "i Borgå", "vård och omsorg".

Finnish puts what Swedish says with a preposition into the word's ending ("Porvoossa" =
"i Borgå"), so every query word is required. A Swedish preposition or conjunction on its
own would then have to occur in a Finnish case too: such words are dropped from a query
that has other words. Only words that are not also Finnish words are listed.
"""

from __future__ import annotations

from hyvatkaytannot.core.search.query import AndNode, Node, Word

SWEDISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    """i och på för av till med om från vid hos inom åt mot att som det den de en ett är
    var eller samt genom efter utan under över""".split()  # noqa: SIM905 - reads better
)


def _is_function_word(node: Node) -> bool:
    return (
        isinstance(node, Word)
        and node.field is None
        and not node.prefix
        and node.fuzzy is None
        and node.text.casefold() in SWEDISH_FUNCTION_WORDS
    )


def drop_function_words(node: Node | None) -> Node | None:
    """The query without Swedish function words among its required words (if any remain)."""
    if not isinstance(node, AndNode):
        return node
    kept = [item for item in node.items if not _is_function_word(item)]
    if not kept or len(kept) == len(node.items):
        return node
    return kept[0] if len(kept) == 1 else AndNode(kept)
