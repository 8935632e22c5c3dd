#!/usr/bin/env python3
"""Open-loop web callback load: GET /webcallback at a fixed rate for a fixed time.

Each request dials a unique target number (base + i) so that the first party's sipp log can be
matched to it; prints one line per request: number, send time (epoch s), HTTP status, seconds.
"""
import http.client
import queue
import sys
import threading
import time
import urllib.parse

host, port, user, password, rate, seconds, base, out = sys.argv[1:9]
port, rate, seconds, base = int(port), float(rate), float(seconds), int(base)
total = int(rate * seconds)
jobs = queue.Queue()
results = []
lock = threading.Lock()


def worker():
    conn = http.client.HTTPConnection(host, port, timeout=10)
    while True:
        item = jobs.get()
        if item is None:
            return
        number, due = item
        delay = due - time.time()
        if delay > 0:
            time.sleep(delay)
        query = urllib.parse.urlencode({"u": user, "p": password, "to": str(number),
                                        "callback": "98765"})
        sent = time.time()
        try:
            conn.request("GET", "/webcallback?" + query)
            resp = conn.getresponse()
            resp.read()
            status = resp.status
        except Exception:
            status = 0
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=10)
        with lock:
            results.append((number, sent, status, time.time() - sent))


threads = [threading.Thread(target=worker, daemon=True) for _ in range(16)]
for t in threads:
    t.start()
start = time.time() + 0.5
for i in range(total):
    jobs.put((base + i, start + i / rate))
for _ in threads:
    jobs.put(None)
for t in threads:
    t.join()
with open(out, "w") as f:
    for r in sorted(results):
        f.write("%d %.6f %d %.6f\n" % r)
ok = sum(1 for r in results if r[2] == 200)
print("requests=%d ok=%d failed=%d offered_rate=%.1f/s" % (total, ok, total - ok, rate))
