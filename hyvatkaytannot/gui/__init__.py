"""The desktop client: a thin PySide6 layer over `hyvatkaytannot.core.KnowledgeBase`.

Everything slow runs through `gui/worker.py`; widgets never reach into the core's files,
and the core never sees a widget. Sub-packages (curate/, present/, map/) plug in through
`gui/extensions.py` and the main window's extension API (see mainwindow.py).
"""
