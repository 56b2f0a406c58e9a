"""Gazetteer: a process forked from the one that opened the index opens its own connection."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from willay.geo.build import PlaceRow, write_index
from willay.geo.index import Gazetteer


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork is used on Linux only")
def test_a_forked_process_looks_up_through_its_own_connection(tmp_path: Path) -> None:
    path = tmp_path / "g.sqlite"
    write_index([PlaceRow("Norvale", "XA", "admin1", "Norvale", None, None, None, 1, 0, "t")],
                path, {})
    gaz = Gazetteer(path)
    parent = gaz._con
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: a lookup must open a new connection and answer
        os.close(read)
        ok = gaz._con is not parent and bool(gaz.lookup("Norvale"))
        os.write(write, b"1" if ok else b"0")
        os._exit(0)
    os.close(write)
    answer = os.read(read, 1)
    os.waitpid(pid, 0)
    assert answer == b"1"
    assert gaz._con is parent  # the parent keeps its own
