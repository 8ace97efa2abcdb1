"""Files in and out: printing and saving summaries, sound files, pictures and boards brought in."""
