"""Build `data/patterns/actors.jsonl`, the entity-ruler patterns, from the actor lexicon.

Run `python scripts/build_actor_patterns.py` after editing `data/actors/`; a test rebuilds the
patterns and fails when the committed file is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dateline.mentions.actor_patterns import render_patterns

TARGET = Path(__file__).resolve().parents[1] / "src" / "dateline" / "data" / "patterns" / "actors.jsonl"


def main() -> int:
    TARGET.write_text(render_patterns(), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
