"""python -m synoptic."""

import sys

from synoptic.cli import main

sys.exit(main())
