"""gunicorn settings for the gateway: several gthread workers, metrics summed across them, logs masked.

`gunicorn -c python:gateway.gunicorn_conf -b 127.0.0.1:8080 'gateway.app:create_app_from_env()'`
(command-line flags such as `--workers` override these).
"""

import os
import shutil
import tempfile

from gunicorn import util as gunicorn_util

from clientcard_kit import logs
from gateway.errors import write_server_problem

gunicorn_util.write_error = write_server_problem  # errors gunicorn answers itself are problem+json too

worker_class = "gthread"
workers = int(os.environ.get("GATEWAY_WORKERS", "2"))
threads = int(os.environ.get("GATEWAY_THREADS", "8"))
# gunicorn closes an idle keep-alive connection after 2 s by default, racing any client (or load
# balancer, whose idle timeout is usually 60 s) that reuses it just then: the request is lost with
# "Remote end closed connection without response". The server must be the side that waits longest.
keepalive = 75

# Prometheus counts per process; the workers write to one directory that /metrics sums up. It is
# made fresh for each master, so a restart never adds a dead run's counts.
if "PROMETHEUS_MULTIPROC_DIR" not in os.environ:
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="clientcard-gateway-metrics-")


def on_starting(server):
    directory = os.environ["PROMETHEUS_MULTIPROC_DIR"]
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory, exist_ok=True)


def child_exit(server, worker):
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)


logconfig_dict = logs.logging_config(os.environ.get("LOG_LEVEL", "INFO").upper(), loggers=("gunicorn.error", "gunicorn.access"))
logconfig_dict["loggers"]["gunicorn.access"]["level"] = "INFO"  # one line per request whatever LOG_LEVEL says
# Method, path and query (masked by the filter), status, size, duration; the request id is in the line's prefix.
access_log_format = '%(h)s "%(r)s" status=%(s)s size=%(b)s duration=%(M)sms'
