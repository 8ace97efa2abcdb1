"""Screen 1: the list of meetings."""
