"""Hold a seeded bench suite up for profiling: create, seed and start it as `make bench` does, write
the bench key, URL and scenario data files to a folder, then wait. SIGHUP restarts the processes
(to load edited code) on the same seeded data; SIGTERM or Ctrl-C tears everything down.

    .venv/bin/python -m bench.hold --clients 100000 --out /tmp/bench-hold
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import time
from pathlib import Path

import requests

from bench.run import bench_key, data_files
from bench.seed import seed
from bench.suite import BenchSuite


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--heavy", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench-hold"))
    args = parser.parse_args(argv)
    restart = {"asked": False}
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    signal.signal(signal.SIGHUP, lambda *_: restart.update(asked=True))
    suite = BenchSuite(workers=args.workers, threads=args.threads)
    try:
        suite.create()
        seeded = seed(suite.databases, clients=args.clients, heavy=args.heavy)
        suite.start()
        admin = requests.Session()
        admin.headers["Authorization"] = f"Bearer {suite.admin_key}"
        args.out.mkdir(parents=True, exist_ok=True)
        files = data_files(args.out, seeded, random.Random(7))
        info = {
            "url": suite.base_url,
            "key": bench_key(suite.base_url, admin),
            "admin_key": suite.admin_key,
            "databases": suite.databases,
            "pids": {n: p.pid for n, p in suite.processes.items()},
            **files,
        }
        (args.out / "suite.json").write_text(json.dumps(info, indent=1))
        print(f"ready: {args.out / 'suite.json'}", flush=True)
        while True:
            time.sleep(0.5)
            if restart["asked"]:
                restart["asked"] = False
                for name in list(suite.processes):
                    suite._stop_process(name)
                suite.start()
                info["pids"] = {n: p.pid for n, p in suite.processes.items()}
                (args.out / "suite.json").write_text(json.dumps(info, indent=1))
                print("restarted", flush=True)
    except KeyboardInterrupt:
        return 0
    finally:
        suite.stop()


if __name__ == "__main__":
    sys.exit(main())
