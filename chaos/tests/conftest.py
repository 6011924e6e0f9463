"""The chaos tool runs as `python -m chaos.run` from the repository root; its tests import it (and the
bench it builds on) from there too."""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
