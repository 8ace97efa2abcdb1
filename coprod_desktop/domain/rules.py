"""Rules of the app that are not about one record's fields: how much, and of what kind.

They live here, below everything, so the store that enforces them, the services that read files
and the screens that guide people all use the same numbers.
"""

# The most picture cards one contribution can carry: a room screen shows them in one row, and a
# printed summary beside the words.
MAX_CARDS = 12

# The kinds of picture stored for cards and people's photos: what every picture is cleaned into
# (services/images.py), and what the screen (Qt) and the printed summary (reportlab) can both draw.
MEDIA_TYPES = ("image/png", "image/jpeg")
