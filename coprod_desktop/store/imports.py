"""Writing records that already have ids (from an export file), for services/exchange.py."""

from ._base import Repository


class Imports(Repository):
    pass
