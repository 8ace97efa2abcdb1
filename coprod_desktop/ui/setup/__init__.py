"""Screen 2: setting a meeting up: its details, people, prompts and picture cards."""
