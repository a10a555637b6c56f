"""The evaluation corpus of `bench/evals/hybrid_retrieval.py`: documentation nobody on
the team wrote, as Debian's documentation packages install it (the Python
tutorial and guides, pages of the PostgreSQL 15 manual, git's manual pages and
user manual). Copied, not committed: 3 MB of HTML.

    apt-get install -y python3-doc postgresql-doc-15 git-doc
    python -m bench.common.manuals_corpus [--out /tmp/threadline-manuals]
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

DOC = Path("/usr/share/doc")
#: package folder -> pages, chosen before any question was run against them: a
#: long tutorial with much code, and two manuals with install sections of their
#: own (so that "how do I install it?" has rivals).
PAGES = {
    "python3.11/html": [
        *(
            f"tutorial/{name}.html"
            for name in (
                "appetite interpreter introduction controlflow datastructures modules "
                "inputoutput errors classes stdlib stdlib2 venv whatnow interactive "
                "floatingpoint appendix"
            ).split()
        ),
        "installing/index.html",
        "using/unix.html",
    ],
    "postgresql-doc-15/html": [
        f"{name}.html"
        for name in (
            "install-short install-requirements install-getsource install-procedure "
            "install-post app-pgdump app-pgrestore pgbench backup-dump errcodes-appendix "
            "auth-pg-hba-conf server-start creating-cluster tutorial-createdb sql-createindex "
            "sql-vacuum runtime-config-connection runtime-config-resource app-initdb "
            "upgrading libpq-envars"
        ).split()
    ],
    "git-doc": [
        f"{name}.html"
        for name in (
            "gittutorial giteveryday git-stash git-bisect git-worktree gitignore user-manual"
        ).split()
    ],
}


def prepare(out: Path) -> list[Path]:
    """Copy the pages into `out` (one folder per package); the paths copied."""
    copied = []
    for folder, pages in PAGES.items():
        for page in pages:
            source = DOC / folder / page
            if not source.is_file():
                sys.exit(
                    f"{source} is missing: apt-get install -y python3-doc postgresql-doc-15 git-doc"
                )
            target = out / folder.split("/")[0] / page.replace("/", "-")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied.append(target)
    return copied


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/threadline-manuals"))
    args = parser.parse_args()
    print(f"{len(prepare(args.out))} pages in {args.out}")


if __name__ == "__main__":
    main()
