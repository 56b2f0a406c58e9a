"""Batch processing at archive scale: the extraction pipeline over input partitions on Dask.

Modules: ``plan`` (inputs -> partitions), ``work`` (one partition on a worker), ``sinks``
(database or partitioned JSONL/Parquet, with what is already done), ``runner`` (the Dask
client loop) and ``progress`` (rich progress bar and summary).
"""
