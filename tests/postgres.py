"""A real PostgreSQL server for the tests: started on a temporary folder and a free port,
stopped at the end of the run. Each test gets a fresh schema of its own on it.

The pytest processes of one run (xdist's workers) share one server: the first that needs it
starts it, under a lock, and leaves its folder and port in SHARED_DIR; the process that began
the run stops it on exit. Starting one costs about a second of CPU, and a new database about a
fifth of one, against milliseconds for a schema."""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import json
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

BIN = Path(os.environ.get("OIC_POSTGRES_BIN", "/usr/lib/postgresql/15/bin"))
SUPERUSER = "postgres"
PASSWORD_USER = "oic_guarded"  # the one role that must give a password (scram-sha-256)
PASSWORD = "correct-horse-battery-staple"


def unavailable() -> str | None:
    """Why no server can be started here, or None."""
    for tool in ("initdb", "pg_ctl", "postgres"):
        if not (BIN / tool).is_file():
            return f"no PostgreSQL server binaries in {BIN} (install postgresql-15)"
    if os.geteuid() == 0 and not shutil.which("runuser"):
        return "running as root without runuser to start PostgreSQL as its own user"
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One throw-away cluster; the superuser connects without a password over loopback."""

    def __init__(self, root: Path | None = None, port: int | None = None) -> None:
        """A new cluster, or (given both) the running one at ``root`` and ``port``."""
        self.root = root or Path(tempfile.mkdtemp(prefix="oic-pg-"))
        self.data = self.root / "data"
        self.port = port or _free_port()
        self._names = itertools.count(1)
        self._as_owner: list[str] = []
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            self._as_owner = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres", "postgres")

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run([*self._as_owner, str(BIN / tool), *args], check=True,
                       capture_output=True, timeout=120)

    def start(self) -> PostgresServer:
        """Create the cluster and start it."""
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust",
                  "--encoding=UTF8", "--no-sync")
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {SUPERUSER} 127.0.0.1/32 trust\n"
            "host all all 127.0.0.1/32 scram-sha-256\n", encoding="utf-8")
        self.resume()
        self.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{PASSWORD}'")
        return self

    def resume(self) -> None:
        """Start the server process (again), same port, same data."""
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                  "-t", "60", "-o", f"-p {self.port} -k {self.root} "
                  "-c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start")

    def crash(self) -> None:
        """Stop the server process at once, as a lost database server would vanish."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def stop(self) -> None:
        """Stop the server and delete everything it had."""
        try:
            with contextlib.suppress(subprocess.CalledProcessError):  # already stopped
                self.crash()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str | None = None) -> str:
        login = f"{user}:{password}" if password else user
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def fresh_url(self, owner: str = SUPERUSER) -> str:
        """The URL of a new, empty schema owned by ``owner``, first on the connection's
        search path: the store's unqualified tables go there, as apart from every other
        test's as in a database of their own."""
        name = f"oic_test_{os.getpid()}_{next(self._names)}"
        self.execute(f"CREATE SCHEMA {name} AUTHORIZATION {owner}")
        return f"{self.url()}?options=-csearch_path%3D{name}"


SHARED_DIR = "OIC_TEST_POSTGRES_DIR"  # set by the process that begins the run


def shared_server() -> PostgresServer:
    """The run's one server, started by whichever process asks first."""
    folder = Path(os.environ[SHARED_DIR])
    folder.mkdir(mode=0o700, exist_ok=True)
    state = folder / "server.json"
    with (folder / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if state.exists():
            found = json.loads(state.read_text(encoding="utf-8"))
            return PostgresServer(Path(found["root"]), found["port"])
        server = PostgresServer().start()
        state.write_text(json.dumps({"root": str(server.root), "port": server.port}),
                         encoding="utf-8")
        return server


def stop_shared_server(folder: Path) -> None:
    """Stop the run's server, if one was started, and delete its folders."""
    state = folder / "server.json"
    if state.exists():
        found = json.loads(state.read_text(encoding="utf-8"))
        PostgresServer(Path(found["root"]), found["port"]).stop()
    shutil.rmtree(folder, ignore_errors=True)
