"""Screen 3: the room, where contributions are made, shown, read aloud and credited."""
