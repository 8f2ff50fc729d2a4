"""The Dask engine (`--engine dask [--scheduler tcp://host:8786]`): ingestion and grouping on a cluster.

Reading, cleaning, language identification, near-duplicate detection and grouping run as Dask tasks;
the result is exactly what the local engine gives (`read_corpus` then `assign_events`):

1. The client walks the corpus (discovery.scan) and cuts the file list into contiguous partitions of
   about equal size, so corpus order is partition order, then order within a partition.
2. Each partition's files are read and their drafts fingerprinted on a worker, where they stay.
3. The client fetches normal-form keys and word counts only (12 bytes a paragraph) and runs
   dedupe.resolve.  Its candidate search is a Dask dataframe of (band key, row) records made on the
   workers and shuffled by band key, so paragraphs pasted into files of different partitions meet; the
   client then fetches the texts of the candidate rows alone for the exact Jaccard check.
4. Each worker finishes its drafts with the repeats found (dates, language, roles) and assigns the
   units to events, with one matcher per partition.

The workers need briefgen (the client's version) installed, and the corpus at the client's path or at
an fsspec URL (each worker then fetches its own files).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np

from briefgen.archives import RecordFields
from briefgen.catalog import Catalog
from briefgen.corpus import Draft, DocumentRead, ambiguous_date_warnings, finish_draft, read_found
from briefgen.dedupe import BANDS, Fingerprint, band_group_pairs, fingerprint, resolve
from briefgen.discovery import Found, Listing
from briefgen.errors import InputError
from briefgen.grouping import Assignment, _matcher, assign_unit
from briefgen.model import Corpus, Rejected, Unit
from briefgen.remote import fetch_or_reject, is_url, list_corpus

if TYPE_CHECKING:  # build.py calls this module: no import cycle
    from briefgen.build import Settings

INSTALL_HINT = "--engine dask needs Dask: pip install 'briefgen[dask]'"
PARTITIONS_PER_WORKER_THREAD = 4  # small enough to balance uneven files, large enough to amortise a task
CONNECT_TIMEOUT = "20s"
DISTRIBUTION = "briefgen"  # the package every worker must have, in the client's version


@dataclass
class ReadPartition:
    """One partition's files as a worker read them: drafts in corpus order and their fingerprints."""

    drafts: list[Draft] = field(default_factory=list)
    prints: list[Fingerprint] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class FinishedPartition:
    """One partition's units, the drafts rejected once repeats were removed, and the units' events."""

    units: list[Unit]
    rejected: list[Rejected]
    assignments: list[Assignment]


def require_dask() -> ModuleType:
    """The `distributed` module, or an InputError saying how to install it."""
    try:
        import dask.dataframe  # noqa: F401  (the band-key shuffle)
        import distributed
    except ImportError:
        raise InputError(INSTALL_HINT) from None
    return distributed


def read_and_group(settings: Settings, catalog: Catalog, partitions: int | None = None
                   ) -> tuple[Corpus, list[Assignment]]:
    """What `read_corpus` and `assign_events` give for `settings`, computed on a Dask cluster
    (`settings.scheduler`, else a LocalCluster of `settings.jobs` worker processes).

    `partitions` overrides how many pieces the file list is cut into (default: four per worker thread)."""
    distributed = require_dask()
    listing = _listing(settings)
    with _client(distributed, settings) as client:
        _check_workers(client)
        count = partitions or PARTITIONS_PER_WORKER_THREAD * max(1, sum(client.nthreads().values()))
        reads = [client.submit(read_partition, files, settings.max_file_bytes, settings.record_fields, pure=False)
                 for files in split_files(listing.files, count)]
        dedupe = ClusterDedupe(client, reads)
        repeats = resolve(dedupe.prints(), dedupe.text_of, dedupe.near_pairs)
        catalog_on_workers = client.scatter(catalog, broadcast=True)
        finished = client.gather([
            client.submit(finish_partition, read, repeats[start:end], settings.today, catalog_on_workers, pure=False)
            for read, (start, end) in zip(reads, dedupe.draft_ranges)])
        read_parts: list[ReadPartition] = client.gather([client.submit(_without_drafts, read) for read in reads])
    units = [unit for part in finished for unit in part.units]
    rejected = [*listing.rejected, *(r for part in read_parts for r in part.rejected),
                *(r for part in finished for r in part.rejected)]
    warnings = tuple(warning for part in read_parts for warning in part.warnings)
    corpus = Corpus(tuple(units), tuple(sorted(rejected, key=lambda r: r.source)), sum(map(len, repeats)),
                    warnings + ambiguous_date_warnings(units), tuple(listing.notices))
    return corpus, [assignment for part in finished for assignment in part.assignments]


def _listing(settings: Settings) -> Listing:
    """The corpus's files as the local engine lists them; a URL's files are fetched by the workers."""
    exclude = (settings.events_path, settings.out_dir, settings.cache_dir)  # never our own files
    # absolute paths: a worker's current folder is not the client's (unit names stay relative to the corpus)
    corpus = settings.corpus_dir if is_url(settings.corpus_dir) else settings.corpus_dir.absolute()
    return list_corpus(corpus, exclude, settings.follow_external_symlinks, settings.cache_dir)


@contextlib.contextmanager
def _client(distributed: ModuleType, settings: Settings) -> Iterator:
    """A client of the given scheduler, or of a LocalCluster started (and stopped) for this run."""
    if settings.scheduler:
        from distributed.comm.addressing import get_address_host_port

        try:
            get_address_host_port(settings.scheduler)  # checked first: a Client refusing it hangs at exit
        except ValueError as error:
            raise InputError(f"--scheduler {settings.scheduler} is not a Dask scheduler address: {error}") from None
        try:
            client = distributed.Client(settings.scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except OSError as error:  # refused, or no answer in time (TimeoutError is an OSError)
            raise InputError(f"cannot reach the Dask scheduler at {settings.scheduler}: {error}") from None
        with client:
            yield client
        return
    with distributed.LocalCluster(n_workers=max(1, settings.jobs), threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster, set_as_default=False) as client:
        yield client


def _check_workers(client) -> None:
    """Every worker must run the client's briefgen: another version could read or group differently.

    Asked through importlib.metadata, so that a worker without briefgen answers too."""
    versions = client.run(metadata.version, DISTRIBUTION, on_error="return")
    if not versions:
        raise InputError("the Dask cluster has no workers")
    mine = installed_version()
    for address, version in versions.items():
        if isinstance(version, Exception):
            raise InputError(f"Dask worker {address} cannot find briefgen ({type(version).__name__}): "
                             f"install briefgen {mine} on every worker")
        if version != mine:
            raise InputError(f"Dask worker {address} runs briefgen {version}, this client {mine}: "
                             f"install the same version on every worker")


def installed_version() -> str:
    return metadata.version(DISTRIBUTION)


def split_files(files: Sequence[Found], count: int) -> list[list[Found]]:
    """Contiguous runs of files of about equal total size (corpus order kept), at most `count` of them."""
    sizes = np.array([_size(found) for found in files], dtype=np.float64)
    if not len(sizes):
        return []
    count = max(1, min(count, len(files)))
    cumulative = np.cumsum(sizes)
    cuts = np.searchsorted(cumulative, cumulative[-1] * np.arange(1, count) / count, side="left") + 1
    bounds = [0, *sorted(set(int(cut) for cut in cuts if 0 < cut < len(files))), len(files)]
    return [list(files[start:end]) for start, end in zip(bounds, bounds[1:])]


def _size(found: Found) -> int:
    if found.url:  # not copied here yet: the size the listing gave
        return max(1, found.size or 1)
    try:
        return max(1, found.path.stat().st_size)
    except OSError:
        return 1  # read_found will reject it with the reason


def read_partition(files: Sequence[Found], max_file_bytes: int, record_fields: RecordFields) -> ReadPartition:
    """On a worker: read files in order (as read_corpus does) and fingerprint every draft."""
    part = ReadPartition()
    with tempfile.TemporaryDirectory(prefix="briefgen-") as copies:
        for found in files:
            for read in _read_file(found, Path(copies), max_file_bytes, record_fields):
                part.drafts.extend(read.drafts)
                part.prints.extend(fingerprint([p.text for p in draft.paragraphs]) for draft in read.drafts)
                part.rejected.extend([read.rejected] if read.rejected else [])
                part.warnings.extend(read.warnings)
    return part


def _read_file(found: Found, copies: Path, max_file_bytes: int, record_fields: RecordFields) -> Iterator[DocumentRead]:
    """A listed file's documents; a file of a corpus URL is fetched by the worker into `copies` first
    (the client's cache is not the worker's) and removed once read."""
    if not found.url:
        yield from read_found(found, max_file_bytes, record_fields)
        return
    local = replace(found, path=copies / found.path.name)  # its own name: a rejection may quote it
    failure = fetch_or_reject(local)
    if failure:
        yield DocumentRead(found.source, rejected=failure)
        return
    try:
        yield from read_found(local, max_file_bytes, record_fields)
    finally:
        local.path.unlink(missing_ok=True)


def _shape(part: ReadPartition) -> list[Fingerprint]:
    """What resolve needs on the client: keys and word counts; band keys stay on the worker."""
    return [Fingerprint(p.keys, p.words, np.zeros((len(p.keys), 0), np.uint64)) for p in part.prints]


def _without_drafts(part: ReadPartition) -> ReadPartition:
    return ReadPartition(rejected=part.rejected, warnings=part.warnings)


def finish_partition(part: ReadPartition, repeats: Sequence[set[int]], today: dt.date,
                     catalog: Catalog) -> FinishedPartition:
    """On a worker: the partition's units once repeats are known, and the event each unit belongs to."""
    units: list[Unit] = []
    rejected: list[Rejected] = []
    for draft, repeated in zip(part.drafts, repeats):
        finished = finish_draft(draft, repeated, today)
        (units if isinstance(finished, Unit) else rejected).append(finished)
    matcher = _matcher(catalog)
    return FinishedPartition(units, rejected, [assign_unit(unit, catalog, matcher) for unit in units])


class ClusterDedupe:
    """dedupe.resolve's two callbacks, answered from the fingerprints held by the workers.

    Rows number every paragraph of the corpus in order: partition by partition, draft by draft."""

    def __init__(self, client, reads: list):
        self.client = client
        self.reads = reads
        self._shapes: list[list[Fingerprint]] = client.gather([client.submit(_shape, read) for read in reads])
        drafts = np.cumsum([0] + [len(shape) for shape in self._shapes])
        self.draft_ranges = list(zip(drafts[:-1].tolist(), drafts[1:].tolist()))
        paragraphs = [len(p.keys) for shape in self._shapes for p in shape]
        self.draft_first_row = np.concatenate([[0], np.cumsum(paragraphs)]).astype(np.int64)
        self.partition_first_row = self.draft_first_row[drafts]
        self._texts: dict[int, str] = {}

    def prints(self) -> list[Fingerprint]:
        return [p for shape in self._shapes for p in shape]

    def text_of(self, document: int, position: int) -> str:
        return self._texts[int(self.draft_first_row[document]) + position]

    def near_pairs(self, rows: np.ndarray, _bands: np.ndarray) -> list[tuple[int, int]]:
        """Candidate pairs as dedupe.candidate_pairs finds them, by a shuffle of band keys across the
        cluster; the texts of the rows in them are fetched for text_of."""
        import dask
        import dask.dataframe as dd
        import pandas as pd

        if not len(rows):
            return []
        records = [dask.delayed(band_records)(read, int(first), rows[start:end])
                   for read, first, start, end in self._row_slices(rows)]
        meta = pd.DataFrame({"band": pd.Series(dtype=np.uint64), "row": pd.Series(dtype=np.int64)})
        bands = dd.from_delayed(records, meta=meta, verify_meta=False)
        pairs = bands.shuffle(on="band", shuffle_method="tasks").map_partitions(
            pairs_sharing_a_band, meta=pd.DataFrame({"earlier": pd.Series(dtype=np.int64),
                                                     "later": pd.Series(dtype=np.int64)}))
        found = self.client.compute(pairs).result()
        result = sorted(set(zip(found["earlier"].tolist(), found["later"].tolist())))
        self._fetch_texts(np.unique(np.array(result, dtype=np.int64).reshape(-1)))
        return result

    def _row_slices(self, rows: np.ndarray) -> Iterator[tuple[object, int, int, int]]:
        """Per partition: its read, its first row, and the slice of `rows` (sorted) that falls in it."""
        bounds = np.searchsorted(rows, self.partition_first_row)
        for number, read in enumerate(self.reads):
            yield read, self.partition_first_row[number], bounds[number], bounds[number + 1]

    def _fetch_texts(self, wanted: np.ndarray) -> None:
        tasks = [self.client.submit(paragraph_texts, read, int(first), wanted[start:end])
                 for read, first, start, end in self._row_slices(wanted)]
        for texts in self.client.gather(tasks):
            self._texts.update(texts)


def band_records(part: ReadPartition, first_row: int, rows: np.ndarray):
    """On a worker: a (band, row) record per band key of each of `rows` (global numbers, in this partition)."""
    import pandas as pd

    if not len(rows):
        return pd.DataFrame({"band": np.zeros(0, np.uint64), "row": np.zeros(0, np.int64)})
    bands = np.concatenate([p.bands for p in part.prints])[rows - first_row]
    return pd.DataFrame({"band": bands.reshape(-1), "row": np.repeat(rows.astype(np.int64), BANDS)})


def pairs_sharing_a_band(records):
    """On a worker, after the shuffle (every record of a band key is in one partition): the pairs
    band_group_pairs makes within each band key shared by two rows or more."""
    import pandas as pd

    band, row = records["band"].to_numpy(), records["row"].to_numpy()
    order = np.lexsort((row, band))
    band, row = band[order], row[order]
    starts = np.flatnonzero(np.r_[True, band[1:] != band[:-1]]) if len(band) else np.zeros(0, np.int64)
    ends = np.r_[starts[1:], len(band)]
    pairs = [pair for start, end in zip(starts, ends) if end - start > 1
             for pair in band_group_pairs(row[start:end].tolist())]
    return pd.DataFrame(pairs or np.zeros((0, 2), np.int64), columns=["earlier", "later"]).astype(np.int64)


def paragraph_texts(part: ReadPartition, first_row: int, rows: np.ndarray) -> dict[int, str]:
    """On a worker: the texts of `rows` (global numbers) of this partition."""
    texts = [p.text for draft in part.drafts for p in draft.paragraphs]
    return {int(row): texts[int(row) - first_row] for row in rows}
