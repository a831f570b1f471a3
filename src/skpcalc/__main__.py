"""``python -m skpcalc``: see :mod:`skpcalc.cli`."""

import sys

from skpcalc.cli import main

sys.exit(main())
