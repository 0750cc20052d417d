"""Shared plumbing of Leadbench's loopback fake CRM servers (python3 standard library only).

A fake listens on 127.0.0.1 only, on the port given with --port (0: a free one), and prints
"PORT <n>" on stdout once it listens. Tests steer it through POST /__control/<verb> with a JSON
body; the verbs every fake has:

  faults  merge switches into the fault table (see Faults below)
  stats   request counters
  reset   forget every record and counter (faults too)

Faults (all optional):
  rate          {"max": n, "interval_ms": m}   rolling-window budget of ordinary requests (429 past it)
  retry_after   true: 429 answers carry Retry-After (seconds)
  fail          [{"path": "substring", "status": 503, "count": n}]   answer the next n matching requests so
  drop          [{"path": "substring", "count": n}]   send the headers and half the body, then hang up
  slow_ms       n: wait before every answer (lets a test kill a client mid-sync)
"""

import argparse
import collections
import json
import socket
import sys
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Clock:
    """Modification times in ms, strictly increasing so that order is total."""

    def __init__(self):
        self.last = 0
        self.lock = threading.Lock()

    def now(self):
        with self.lock:
            t = max(int(time.time() * 1000), self.last + 1)
            self.last = t
            return t


def iso(ms):
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(ms / 1000.0)) + ".%03dZ" % (ms % 1000)


class RollingWindow:
    def __init__(self):
        self.times = collections.deque()

    def admit(self, limit, window_ms, now_ms):
        """(allowed, remaining) for a request arriving now."""
        while self.times and self.times[0] <= now_ms - window_ms:
            self.times.popleft()
        if len(self.times) >= limit:
            return False, 0
        self.times.append(now_ms)
        return True, limit - len(self.times)

    def reset_in_ms(self, window_ms, now_ms):
        if not self.times:
            return 0
        return max(0, self.times[0] + window_ms - now_ms)


class FakeState:
    """What every fake keeps besides its records."""

    def __init__(self):
        self.lock = threading.RLock()
        self.clock = Clock()
        self.faults = {}
        self.stats = collections.Counter()
        self.windows = collections.defaultdict(RollingWindow)

    def take_fault(self, kind, path):
        """Consumes one count of the first matching fault of this kind; returns it or None."""
        for f in self.faults.get(kind, []):
            if f.get("count", 0) > 0 and f.get("path", "") in path:
                f["count"] -= 1
                return f
        return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "LeadbenchFake/1"
    fake = None  # the Fake instance (set by serve)

    def log_message(self, fmt, *args):  # quiet
        pass

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        return raw

    def reply(self, status, body=None, headers=None, raw=None):
        data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
        self.send_response(status)
        if data or status not in (204,):
            self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, str(v))
        self.end_headers()
        if data:
            self.wfile.write(data)

    def drop(self, status, body):
        """Headers and half the body, then the connection goes away (a dropped connection mid-page)."""
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json;charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[: len(data) // 2])
        self.wfile.flush()
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.close_connection = True

    def _handle(self, method):
        fake = self.fake
        raw = self._body()
        path = self.path
        if path.startswith("/__control/"):
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                body = {}
            verb = path[len("/__control/"):].split("?")[0]
            with fake.state.lock:
                result = fake.control(verb, body)
            if result is None:
                self.reply(404, {"message": "no control verb " + verb})
            else:
                self.reply(200, result)
            return
        state = fake.state
        slow = state.faults.get("slow_ms", 0)
        if slow:
            time.sleep(slow / 1000.0)
        with state.lock:
            state.stats["requests"] += 1
            state.stats[method + " " + path.split("?")[0]] += 1
            fail = state.take_fault("fail", path)
            drop = state.take_fault("drop", path)
        if fail:
            state.stats["failed"] += 1
            self.reply(fail.get("status", 503), fake.server_error(fail.get("status", 503)))
            return
        if "application/x-www-form-urlencoded" in (self.headers.get("Content-Type") or ""):
            body = raw.decode("utf-8", "replace")
        else:
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                self.reply(400, fake.error_body(400, "Invalid JSON in the request body"))
                return
        status, payload, headers = fake.handle(method, path, body, self.headers)
        if drop:
            state.stats["dropped"] += 1
            self.drop(status, payload)
            return
        self.reply(status, payload, headers)

    def do_GET(self):
        self._handle("GET")

    def do_POST(self):
        self._handle("POST")

    def do_PATCH(self):
        self._handle("PATCH")

    def do_DELETE(self):
        self._handle("DELETE")

    def do_PUT(self):
        self._handle("PUT")


class Fake:
    """Base of a fake API: subclasses implement handle(), control_verb(), error_body()."""

    def __init__(self):
        self.state = FakeState()

    def correlation(self):
        return str(uuid.uuid4())

    def server_error(self, status):
        return self.error_body(status, "Internal error")

    def error_body(self, status, message):
        return {"message": message}

    def control(self, verb, body):
        if verb == "faults":
            for k, v in body.items():
                self.state.faults[k] = v
            return {"faults": self.state.faults}
        if verb == "stats":
            return dict(self.state.stats)
        if verb == "reset":
            self.state.faults = {}
            self.state.stats.clear()
            self.state.windows.clear()
            self.reset()
            return {}
        return self.control_verb(verb, body)

    def reset(self):
        pass

    def control_verb(self, verb, body):
        return None

    def handle(self, method, path, body, headers):
        raise NotImplementedError


def serve(fake, argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--faults", default="", help="initial fault table as JSON")
    args, _ = parser.parse_known_args(argv)
    if args.faults:
        fake.state.faults.update(json.loads(args.faults))

    class H(Handler):
        pass

    H.fake = fake
    server = ThreadingHTTPServer(("127.0.0.1", args.port), H)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever(poll_interval=0.1)
    except KeyboardInterrupt:
        pass
    return 0
