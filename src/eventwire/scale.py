"""Scale-out: extraction on a Dask cluster, the store still written by one process.

Why this shape: parsing and extraction are CPU-bound and embarrassingly parallel
(``Article → ArticleResult`` is a pure function), while the DuckDB store wants a single
writer that dedups, commits whole batches and consolidates. So the ingesting process
reads sources and writes the store, and ships batches of articles to the cluster's
workers, each of which builds the pipeline once and keeps it. Any Dask cluster works
(``dask scheduler`` + ``dask worker --nthreads 1`` on each machine, Kubernetes, YARN,
SLURM via dask-jobqueue …); ``local`` starts one on this machine.

Workers need eventwire installed (``pip install 'eventwire[scale]'``) and, with ``--kb``,
the user actor files at the same path.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"


class ScaleError(RuntimeError):
    """The cluster cannot be used (Dask missing, scheduler unreachable)."""


@contextmanager
def dask_client(scheduler: str, workers: int) -> Iterator[tuple[Client, int]]:
    """A Dask client on ``scheduler`` (an address, or ``local`` for ``workers`` local
    processes) and how many batches to keep in flight: two per worker thread."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ScaleError("--scheduler needs Dask: pip install 'eventwire[scale]'") from None
    cluster = None
    try:
        if scheduler == LOCAL:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(cluster if cluster is not None else scheduler, timeout="10s")
    except OSError as error:
        if cluster is not None:
            cluster.close()
        raise ScaleError(f"cannot reach the Dask scheduler {scheduler!r}: {error}") from None
    try:
        threads = sum(client.nthreads().values())
        yield client, 2 * max(threads, 1)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
