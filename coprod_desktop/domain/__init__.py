"""Plain data and pure rules. Imports nothing but the standard library."""
