"""The application layer: the use cases every screen and command shares. Qt-free."""
