"""Hyvät käytännöt: an offline knowledge base of good practices from Finnish municipalities."""

__version__ = "0.1.0"
