"""`python -m coprod_desktop` is the same as the coprod-desktop command."""

import sys

from .cli import main

sys.exit(main())
