"""The SQLite store: versions, soft delete, concurrent writers, a writer killed mid-save."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from scenarios import Assumption, OneOff, Scenario
from scenarios.store import Store, StoreMiss, default_path


def scenario(i: int) -> Scenario:
    return Scenario("s", f"v{i}", {"fai": Assumption(growth=float(i), one_offs=(OneOff(9, 1.0),))})


def test_round_trip_and_every_save_is_a_new_version(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    for i in range(3):
        store.save_scenario(scenario(i))
    assert [v.version for v in store.versions()] == [1, 2, 3]
    assert store.load_scenario("s") == scenario(2)
    assert store.load_scenario("s", version=1) == scenario(0)
    assert all(v.saved_at.endswith("+00:00") for v in store.versions())


def test_delete_is_soft_and_can_be_undone(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    store.save_scenario(scenario(1))
    store.delete("s")
    assert store.names() == []
    assert store.names(include_deleted=True) == ["s"]
    with pytest.raises(StoreMiss) as refused:  # refused until restored
        store.load_scenario("s")
    assert refused.value.code == "deleted"
    assert store.load_scenario("s", include_deleted=True) == scenario(1)  # still there
    store.restore("s")
    assert store.load_scenario("s") == scenario(1)
    with pytest.raises(StoreMiss) as refused:
        store.restore("s")
    assert refused.value.code == "not_deleted"
    assert store.names() == ["s"]
    with pytest.raises(KeyError):
        store.delete("missing")


def test_datasets_keep_the_uploaded_bytes(tmp_path):
    store = Store(tmp_path / "db.sqlite3")
    content = "indicator,date,value,basis\n国税,2020-01,5,month\n".encode()
    store.save_dataset("town", content, "upload.csv")
    store.save_dataset("town", content + b"x", "upload2.csv")
    assert store.load_dataset("town", 1) == (content, "upload.csv")
    assert store.load_dataset("town")[1] == "upload2.csv"


def test_default_path_is_outside_the_source_tree(monkeypatch):
    monkeypatch.delenv("TOWN_FORECAST_STORE", raising=False)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    assert not str(default_path()).startswith(root)


WRITER = textwrap.dedent(
    """
    import sys
    from scenarios import Scenario
    from scenarios.store import Store
    store = Store(sys.argv[1])
    for i in range(int(sys.argv[3])):
        store.save_scenario(Scenario(sys.argv[2], str(i)))
        if len(sys.argv) > 4:
            print(i, flush=True)
    """
)


def test_two_processes_saving_200_versions_each_lose_nothing(tmp_path):
    db = tmp_path / "db.sqlite3"
    Store(db)
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(db), name, "200"])
        for name in ("a", "b")
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0]
    store = Store(db)
    for name in ("a", "b"):
        versions = store.versions(name=name)
        assert [v.version for v in versions] == list(range(1, 201))
        assert [store.load_scenario(name, v).description for v in (1, 200)] == ["0", "199"]
    assert store.integrity() == "ok"


def test_a_writer_killed_mid_save_loses_nothing_saved_before(tmp_path):
    db = tmp_path / "db.sqlite3"
    store = Store(db)
    for i in range(5):
        store.save_scenario(Scenario("kept", str(i)))
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db), "busy", "100000", "print"],
        stdout=subprocess.PIPE,
        text=True,
    )
    for _ in range(50):  # let it get well into its saves
        proc.stdout.readline()
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    reopened = Store(db)
    assert reopened.integrity() == "ok"
    assert [reopened.load_scenario("kept", v).description for v in range(1, 6)] == list("01234")
    busy = reopened.versions(name="busy")
    assert len(busy) >= 50
    assert [v.version for v in busy] == list(range(1, len(busy) + 1))  # no torn version
    reopened.save_scenario(Scenario("kept", "after"))
    assert reopened.load_scenario("kept").description == "after"
