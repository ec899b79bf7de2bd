"""The core of Hyvät käytännöt: no Qt here, ever.

Open everything through the facade: `KnowledgeBase.open(data_dir=...)`. The GUI, the CLI and
the tests all do the same.
"""

from hyvatkaytannot.core.kb import KnowledgeBase

__all__ = ["KnowledgeBase"]
