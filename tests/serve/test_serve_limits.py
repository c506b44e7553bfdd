#!/usr/bin/env python3
"""`civic serve` under a careless or hostile client: it stays up and keeps answering.

- Event streams that pages close are let go (the server's open descriptors come back down).
- With a low descriptor limit, more connections than descriptors do not stop it.
- Request headers of 128 KB and 1 MB are refused quickly, and other requests are answered meanwhile.
- A large media file is streamed, not read whole into memory.
- Only the loopback names are answered (DNS rebinding).
- An edit saved while the first build runs is shown.

Every wait is for an event (a line, a byte, a count) with a deadline, never a fixed sleep.
Usage: test_serve_limits.py CIVIC_BINARY SITE_DIR
"""
import os
import resource
import shutil
import socket
import subprocess
import sys
import tempfile
import time

results = {"passed": 0, "failed": 0}
DESCRIPTOR_LIMIT = 128


def check(condition, what):
    results["passed" if condition else "failed"] += 1
    print(f"  {'ok' if condition else 'FAILED'}: {what}")


def request(port, path="/", host=None, extra=b"", timeout=10):
    """Status code and body of one GET, over a plain socket; None on a closed connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        host = host or f"127.0.0.1:{port}"
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n".encode() + extra + b"\r\n")
        data = b""
        try:
            while chunk := conn.recv(65536):
                data += chunk
        except (ConnectionResetError, socket.timeout):
            pass
    if not data.startswith(b"HTTP/1.1 "):
        return None, b""
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split(b" ")[1]), body


def open_descriptors(pid):
    return len(os.listdir(f"/proc/{pid}/fd"))


def peak_memory_kib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def wait_until(condition, deadline_seconds):
    deadline = time.monotonic() + deadline_seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def low_limit():
    resource.setrlimit(resource.RLIMIT_NOFILE, (DESCRIPTOR_LIMIT, DESCRIPTOR_LIMIT))


def main():
    binary, site = sys.argv[1:3]
    work = tempfile.mkdtemp(prefix="civic-serve-limits-")
    copy = os.path.join(work, "site")
    shutil.copytree(os.path.join(site, "content"), os.path.join(copy, "content"))
    big = os.path.join(copy, "content/media/big.pdf")
    with open(big, "wb") as f:
        f.write(os.urandom(1 << 20) * 96)  # 96 MiB
    about = os.path.join(copy, "content/pages/about.md")
    original = open(about, encoding="utf-8").read()
    server = subprocess.Popen([binary, "serve", "--site", copy, "--port", "0", "--as-of", "2026-11-01"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, preexec_fn=low_limit)
    try:
        # Saved right after start-up, most likely while the first build runs.
        with open(about, "w", encoding="utf-8") as f:
            f.write(original.replace("## How we work", "## How we work\n\nSaved during the first build."))
        line = server.stdout.readline()
        port = int(line.split("127.0.0.1:")[1].split("/")[0])
        check(wait_until(lambda: b"Saved during the first build." in request(port, "/about/")[1], 10),
              "an edit saved during the first build is shown")

        # Event streams: open one, read its first comment, close it; many times.
        baseline = open_descriptors(server.pid)
        for _ in range(300):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
                conn.sendall(f"GET /_civic/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
                received = b""
                while b": connected" not in received:
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    received += chunk
        check(wait_until(lambda: open_descriptors(server.pid) <= baseline + 8, 10),
              f"300 closed event streams are let go ({open_descriptors(server.pid)} descriptors open, {baseline} before)")
        check(request(port, "/about/")[0] == 200, "pages are still served after 300 event streams")

        # More connections held open than the process has descriptors.
        held = []
        for _ in range(DESCRIPTOR_LIMIT + 40):
            try:
                held.append(socket.create_connection(("127.0.0.1", port), timeout=2))
            except OSError:
                break
        for conn in held:
            try:
                conn.sendall(f"GET /about/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n".encode())
            except OSError:
                pass
        check(server.poll() is None, f"{len(held)} connections held open with a limit of {DESCRIPTOR_LIMIT} descriptors: still running")
        for conn in held:
            conn.close()
        check(wait_until(lambda: request(port, "/about/", timeout=3)[0] == 200 if server.poll() is None else False, 15),
              "once they close, pages are served again")

        # Oversized request headers.
        for size in (128 * 1024, 1024 * 1024):
            start = time.monotonic()
            try:
                status, _ = request(port, "/about/", extra=b"X-Padding: " + b"a" * size + b"\r\n", timeout=10)
            except OSError:
                status = None
            elapsed = time.monotonic() - start
            check(status in (None, 400, 431) and elapsed < 3,
                  f"a {size // 1024} KB header is refused in {elapsed:.2f} s (status {status})")
            check(request(port, "/about/")[0] == 200, f"pages are served after a {size // 1024} KB header")

        # A large file is streamed.
        before = peak_memory_kib(server.pid)
        status, body = request(port, "/media/big.pdf", timeout=60)
        grown = (peak_memory_kib(server.pid) - before) // 1024
        check(status == 200 and len(body) == 96 << 20, f"a 96 MiB file is served whole ({len(body)} bytes)")
        check(grown < 48, f"serving it raised the peak memory by {grown} MiB (streamed, not read whole)")

        # Host names.
        check(request(port, "/about/", host=f"localhost:{port}")[0] == 200, "localhost is answered")
        status, body = request(port, "/about/", host=f"attacker.example:{port}")
        check(status == 421 and b"How we work" not in body, f"another name that points at 127.0.0.1 is refused ({status})")
        check(server.poll() is None, "the server is still running")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
            check(True, "the server stops on SIGTERM")
        except subprocess.TimeoutExpired:
            server.kill()
            check(False, "the server stops on SIGTERM")
        shutil.rmtree(work, ignore_errors=True)
    print(f"serve limits: {results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
