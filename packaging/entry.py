"""The frozen program's entry: the same `main` as the `hyvatkaytannot` console script.

`freeze_support()` first: the parallel index build starts worker processes with "spawn",
and in a frozen program each worker is this same executable, which must run the worker
instead of the CLI.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from hyvatkaytannot.cli import main

    main(prog_name="hyvatkaytannot")
