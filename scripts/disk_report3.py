#!/usr/bin/env python3
"""disk_report3.py -- the PS1.2 disk check, rewritten for Python 3 (runs on GraalPy).

Reports free space of the file systems holding /, the temporary folder and each TREE
(`df -P` and shutil.disk_usage), then the biggest files and
folders under a tree. Without a TREE argument it builds a small sample tree in a temporary folder.

usage: disk_report3.py [--top N] [--json] [--warn PERCENT] [TREE ...]
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, asdict
from pathlib import Path

SAMPLE = {
    "logs/ps12.log": 48_000,
    "logs/ps12.log.1": 120_000,
    "logs/old/ps12.log.2": 64_000,
    "data/status.xml": 2_500,
    "data/cache/blob.bin": 300_000,
    "ps12.ini": 700,
}


@dataclass
class Usage:
    path: str
    total: int
    used: int
    free: int

    @property
    def percent(self) -> float:
        return 100.0 * self.used / self.total if self.total else 0.0


def human(n: float) -> str:
    for unit in ("B", "K", "M", "G", "T"):
        if abs(n) < 1024 or unit == "T":
            return f"{n:.0f}{unit}" if unit == "B" else f"{n:.1f}{unit}"
        n /= 1024
    raise AssertionError("unreachable")


def make_sample(root: Path) -> Path:
    for rel, size in SAMPLE.items():
        f = root / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(b"x" * size)
    return root


def df_mounts(paths: list[str]) -> list[str]:
    """The mount points holding these paths, from `df -P` (the POSIX format every df prints)."""
    result = subprocess.run(["df", "-P", *paths], capture_output=True, text=True, check=False)
    mounts = []
    for line in result.stdout.splitlines()[1:]:
        fields = line.split(None, 5)
        if len(fields) == 6 and fields[5] not in mounts:
            mounts.append(fields[5])
    return mounts or ["/"]


def biggest(tree: Path, top: int) -> tuple[list[tuple[str, int]], list[tuple[str, int]], int, int]:
    files = []
    dirs: dict[str, int] = {}
    for p in tree.rglob("*"):
        if p.is_file() and not p.is_symlink():
            size = p.stat().st_size
            rel = p.relative_to(tree)
            files.append((rel.as_posix(), size))
            for parent in rel.parents:
                key = parent.as_posix() + "/" if parent != Path(".") else "./"
                dirs[key] = dirs.get(key, 0) + size
    files.sort(key=lambda item: (-item[1], item[0]))
    folders = sorted(dirs.items(), key=lambda item: (-item[1], item[0]))
    return files[:top], folders[:top], sum(size for _, size in files), len(files)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="PS1.2 disk report (Python 3)")
    parser.add_argument("trees", nargs="*", metavar="TREE", help="folders to scan (default: a sample tree)")
    parser.add_argument("--top", type=int, default=3, help="how many files and folders to list (%(default)s)")
    parser.add_argument("--warn", type=float, default=95.0, help="warn above this %% used (%(default)s)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    args = parser.parse_args(argv)

    usages = []
    for mount in df_mounts(["/", tempfile.gettempdir(), *args.trees]):
        try:
            total, used, free = shutil.disk_usage(mount)
        except OSError as e:
            print(f"skipping {mount}: {e.strerror}", file=sys.stderr)
            continue
        usages.append(Usage(mount, total, used, free))

    with tempfile.TemporaryDirectory(prefix="disk-report-") as tmp:
        trees = [Path(t) for t in args.trees] or [make_sample(Path(tmp))]
        scans = {}
        for tree in trees:
            if not tree.is_dir():
                parser.error(f"not a folder: {tree}")
            files, folders, total, count = biggest(tree, args.top)
            name = str(tree) if args.trees else "<sample>"
            scans[name] = {"total": total, "count": count, "files": files, "folders": folders}

    warnings = [u for u in usages if u.percent > args.warn]
    if args.json:
        report = {
            "filesystems": [asdict(u) | {"percent": round(u.percent, 1)} for u in usages],
            "trees": scans,
            "warnings": [u.path for u in warnings],
        }
        print(json.dumps(report, indent=2))
    else:
        print(f"{'mount':<20} {'size':>8} {'used':>8} {'free':>8} {'use%':>5}")
        for u in usages:
            print(f"{u.path:<20} {human(u.total):>8} {human(u.used):>8} {human(u.free):>8} {u.percent:>4.0f}%")
        for name, scan in scans.items():
            print(f"\n{name}: {human(scan['total'])} in {scan['count']} files")
            print("  biggest files:   " + ", ".join(f"{p} ({human(s)})" for p, s in scan["files"]))
            print("  biggest folders: " + ", ".join(f"{p} ({human(s)})" for p, s in scan["folders"]))
        for u in warnings:
            print(f"WARNING: {u.path} is {u.percent:.0f}% full", file=sys.stderr)
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
