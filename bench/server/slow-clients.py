#!/usr/bin/env python3
"""Holds idle and slow connections open against an HTTP server until it is stopped (SIGTERM/SIGINT).

  slow-clients.py PORT [--idle N] [--slow N] [--interval SECONDS] [--host 127.0.0.1]

--idle connections connect and send nothing; --slow ones send a request's header one byte every
--interval seconds. A connection the server closes (a deadline, a limit) is opened again at once,
so that the numbers hold for the whole run. Prints "ready" on stdout once all are open, and at the
end one line: idle, slow, reopened (how many times a connection had to be opened again).
"""
import argparse
import selectors
import signal
import socket
import sys
import time

REQUEST = b"GET /api/v1/health HTTP/1.1\r\nHost: bench\r\nX-Slow: " + b"s" * 200 + b"\r\n\r\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--idle", type=int, default=200)
    parser.add_argument("--slow", type=int, default=200)
    parser.add_argument("--interval", type=float, default=5.0)
    args = parser.parse_args()

    stop = False

    def on_signal(*_):
        nonlocal stop
        stop = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    selector = selectors.DefaultSelector()
    reopened = 0

    def connect(kind):
        s = socket.create_connection((args.host, args.port), timeout=10)
        s.setblocking(False)
        selector.register(s, selectors.EVENT_READ, {"kind": kind, "sent": 0})
        return s

    conns = [connect("idle") for _ in range(args.idle)] + [connect("slow") for _ in range(args.slow)]
    print("ready", flush=True)
    next_byte = time.monotonic() + args.interval
    while not stop:
        timeout = max(0.0, next_byte - time.monotonic())
        for key, _ in selector.select(timeout=min(timeout, 0.5)):
            s = key.fileobj
            try:
                s.recv(65536)
            except (BlockingIOError, InterruptedError):
                continue
            except OSError:
                pass
            # An answer (such as 408) or the end of the connection: open it again.
            kind = key.data["kind"]
            selector.unregister(s)
            s.close()
            conns.remove(s)
            try:
                conns.append(connect(kind))
                reopened += 1
            except OSError:
                pass
        if time.monotonic() >= next_byte:
            next_byte += args.interval
            for s in list(conns):
                data = selector.get_key(s).data
                if data["kind"] != "slow" or data["sent"] >= len(REQUEST):
                    continue
                try:
                    s.send(REQUEST[data["sent"]:data["sent"] + 1])
                    data["sent"] += 1
                except OSError:
                    pass
    idle = sum(1 for s in conns if selector.get_key(s).data["kind"] == "idle")
    print(f"idle {idle} slow {len(conns) - idle} reopened {reopened}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
