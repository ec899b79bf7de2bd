"""`python -m hyvatkaytannot`: the same entry point as the console script."""

from hyvatkaytannot.cli import main

if __name__ == "__main__":
    main()
