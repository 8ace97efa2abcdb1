"""Screens about people across meetings: who is known on this laptop, their consent and involvement."""
