"""What the screens stand on: theme, settings, language, background tasks, speech engines,
keyboard habits, the bridge from the change stream to Qt, and workarounds for Qt faults."""
