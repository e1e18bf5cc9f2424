"""A TCP proxy between kesu and a PostgreSQL server that cuts one connection at a COMMIT (robust29):
``python pg_cut_proxy.py LISTEN_PORT SERVER_PORT MODE LOG``. Every connection is relayed both
ways; the second transaction that inserts documents (the second chunk numbered, with the prints
of the first: ``kesu_docs.filing``'s one write transaction a chunk) has its connection cut at its
COMMIT (psycopg sends a statement run often by a prepared name only: the text of a chunk's
many-row insert of documents, one statement of its own size, is what is looked for):

- ``after``: COMMIT forwarded, the server's whole reply read (the transaction committed), the
  reply dropped and both sockets closed — a commit whose reply was lost;
- ``before``: the connection closed without forwarding COMMIT (the server rolls it back);
- ``away``: as ``after``, and every connection from then on closed as it opens (the server out
  of reach: the command cannot ask what became of its transaction);
- ``none``: relayed, never cut.

It writes ``listening`` to LOG once it listens and ``cut MODE`` once it has cut. Two more
arguments, TEXT N, cut the N-th transaction whose statements hold TEXT instead (fixb29: a
re-print's update).

- ``failover`` (robust30), with two more arguments GO PORT2: as ``after``, but the reply held
  until the file GO exists (the test has promoted a standby meanwhile), then dropped, and every
  connection from then on relayed to PORT2 (the promoted standby at the server's address)."""

from __future__ import annotations

import os
import select
import socket
import sys
import threading
import time

_CUT = threading.Lock()
_NUMBERED = [0]  # the numbering transactions seen committing
_AWAY = [False]
_AT = [b"INSERT INTO documents", 2]  # the text of the transaction cut, and which one
_FAILOVER: list = [None, 0]  # failover: the file that says go, the standby's port


def _relay(client: socket.socket, port: int, mode: str, log: str) -> None:
    server = socket.create_connection(("127.0.0.1", port))
    seen = b""  # what the client sent in the transaction under way (its statements' text)
    try:
        while True:
            ready, _, _ = select.select([client, server], [], [])
            if client in ready:
                data = client.recv(65536)
                if not data:
                    return
                seen += data
                if b"COMMIT" in data and _AT[0] in seen:
                    with _CUT:
                        _NUMBERED[0] += 1
                        now = _NUMBERED[0] == _AT[1]
                    if now and mode != "none":
                        _cut(client, server, data, mode, log)
                        return
                if b"COMMIT" in data or b"ROLLBACK" in data:
                    seen = b""
                server.sendall(data)
            if server in ready:
                data = server.recv(65536)
                if not data:
                    return
                client.sendall(data)
    except OSError:
        return
    finally:
        client.close()
        server.close()


def _cut(client: socket.socket, server: socket.socket, data: bytes, mode: str, log: str) -> None:
    if mode in ("after", "away", "failover"):
        server.sendall(data)
        reply = b""
        while b"COMMIT\x00" not in reply or not reply.rstrip(b"IET").endswith(b"Z\x00\x00\x00\x05"):
            more = server.recv(65536)
            if not more:
                break
            reply += more
    if mode == "failover":
        with open(log, "a", encoding="ascii") as out:
            out.write("committed\n")
        while not os.path.exists(_FAILOVER[0]):  # the test promotes the standby meanwhile
            time.sleep(0.02)
    with open(log, "a", encoding="ascii") as out:
        out.write(f"cut {mode}\n")
    _AWAY[0] = mode == "away"
    client.shutdown(socket.SHUT_RDWR)


def main() -> None:
    listen, port, mode, log = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
    if len(sys.argv) > 6:
        _AT[:] = [sys.argv[5].encode(), int(sys.argv[6])]
    if len(sys.argv) > 8:
        _FAILOVER[:] = [sys.argv[7], int(sys.argv[8])]
    lsock = socket.socket()
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(("127.0.0.1", listen))
    lsock.listen(64)
    with open(log, "a", encoding="ascii") as out:
        out.write("listening\n")
    while True:
        client, _ = lsock.accept()
        if _AWAY[0]:  # the server out of reach from now on: every connection closed at once
            client.close()
            continue
        if _FAILOVER[0] is not None and os.path.exists(_FAILOVER[0]):  # the standby promoted
            port = _FAILOVER[1]
        threading.Thread(target=_relay, args=(client, port, mode, log), daemon=True).start()


if __name__ == "__main__":
    main()
