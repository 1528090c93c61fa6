#!/usr/bin/env python3
"""How fast webhooks leave a running Editorial app, and that none is lost, doubled or out of order.

Starts a receiver on this machine (127.0.0.1, an ephemeral port), registers it as an endpoint for
article.created and article.submitted (signing in as the administrator), then WRITERS writers each
create ARTICLES articles and submit each one. Every delivery is checked against the Standard Webhooks
signature; at the end:
  - every event the writers caused arrived, once (by webhook-id), and per article "created" before
    "submitted";
  - latency from the event (the payload's timestamp, written in the change's transaction) to its
    arrival: p50 / p95 / max;
  - throughput: deliveries per second from the first write to the last arrival.
The endpoint is switched off afterwards. Talks only to a loopback address. The app must allow the
receiver's host: start it with Webhooks__AllowedPrivateHosts__0=127.0.0.1.

  python3 tests/load/webhooks.py --url http://127.0.0.1:5080 --writers 8 --articles 25
  python3 tests/load/webhooks.py --url http://127.0.0.1:5080 --also http://127.0.0.1:5081 --writers 16 --articles 50
"""
import argparse, base64, hashlib, hmac, ipaddress, json, socket, sys, threading, time, urllib.parse
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from writers import call, percentile

EVENTS = ["article.created", "article.submitted"]


class Receiver(BaseHTTPRequestHandler):
    # Keeps connections open between deliveries, as a web server in front of a CMS does.
    protocol_version = "HTTP/1.1"
    received = []  # (arrived at, headers, body)
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        arrived = time.time()
        with Receiver.lock:
            Receiver.received.append((arrived, dict(self.headers), body))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def verified(secret, headers, body):
    key = base64.b64decode(secret.removeprefix("whsec_"))
    signed = f"{headers['webhook-id']}.{headers['webhook-timestamp']}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    return any(hmac.compare_digest(expected, s.split(",", 1)[1]) for s in headers["webhook-signature"].split(" "))


def event_time(payload):
    # .NET writes up to 7 fractional digits; Python reads 6.
    stamp = payload["timestamp"].rstrip("Z")
    whole, _, fraction = stamp.partition(".")
    return datetime.fromisoformat(f"{whole}.{(fraction + '000000')[:6]}+00:00").timestamp()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:5080")
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--articles", type=int, default=25, help="articles per writer (at most 500)")
    parser.add_argument("--also", action="append", default=[], metavar="URL",
                        help="another instance of the same app (same database); writers take turns between the instances")
    parser.add_argument("--wait", type=float, default=120, help="seconds to wait for the last delivery")
    args = parser.parse_args()
    instances = [args.url, *args.also]
    for url in instances:
        host = urllib.parse.urlparse(url).hostname
        if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
            sys.exit(f"{host} is not a loopback address; this script only loads this machine.")
    if not (1 <= args.writers <= 64 and 1 <= args.articles <= 500):
        sys.exit("use 1-64 writers and 1-500 articles each")

    # A backlog for every sender at once (the default 5 refuses connections under load).
    ThreadingHTTPServer.request_queue_size = 128
    server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    receiver = f"http://127.0.0.1:{server.server_address[1]}/hook"

    def token(email):
        status, answer = call("POST", f"{args.url}/api/auth/token", body={"email": email, "password": "Newsroom#2026"})
        if status != 200:
            sys.exit(f"sign-in as {email} failed: {status} {answer}")
        return answer["accessToken"]

    admin, editor = token("admin@editorial.test"), token("editor@editorial.test")
    status, created = call("POST", f"{args.url}/api/admin/webhooks", admin,
                           {"name": "Load test receiver", "url": receiver, "format": "Standard", "events": EVENTS})
    if status != 201:
        sys.exit(f"registering the receiver failed: {status} {created} (is Webhooks__AllowedPrivateHosts__0=127.0.0.1 set?)")
    endpoint, secret = created["endpoint"]["id"], created["secret"]

    articles, refused = [], Counter()
    articles_lock = threading.Lock()

    def write(writer):
        url = instances[writer % len(instances)]
        for n in range(args.articles):
            status, article = call("POST", f"{url}/api/articles", editor,
                                   {"title": f"Webhook load {writer}-{n}", "body": f"Words of article {writer}-{n}."})
            if status != 201:
                refused[f"create {status}"] += 1
                continue
            submitted, _ = call("POST", f"{url}/api/articles/{article['id']}/workflow/submit", editor, {"reason": ""})
            if submitted != 200:
                refused[f"submit {submitted}"] += 1
            with articles_lock:
                articles.append((article["id"], submitted == 200))

    started = time.time()
    with ThreadPoolExecutor(args.writers) as pool:
        list(pool.map(write, range(args.writers)))
    written = time.time()
    expected = sum(2 if submitted else 1 for _, submitted in articles)
    deadline = time.time() + args.wait
    while time.time() < deadline:
        with Receiver.lock:
            ids = {h.get("webhook-id") for _, h, _ in Receiver.received}
        if len(ids) >= expected:
            break
        time.sleep(0.2)
    call("PUT", f"{args.url}/api/admin/webhooks/{endpoint}", admin,
         {"name": "Load test receiver", "url": receiver, "format": "Standard", "events": EVENTS, "active": False})
    server.shutdown()

    mine = {a for a, _ in articles}
    per_article, latencies, bad_signatures, arrivals = defaultdict(list), [], 0, Counter()
    for arrived, headers, body in sorted(Receiver.received):
        headers = {k.lower(): v for k, v in headers.items()}
        payload = json.loads(body)
        article = payload["data"]["article"]["id"]
        if article not in mine:
            continue
        arrivals[headers["webhook-id"]] += 1
        if arrivals[headers["webhook-id"]] > 1:
            continue
        bad_signatures += 0 if verified(secret, headers, body) else 1
        per_article[article].append(payload["type"])
        latencies.append(arrived - event_time(payload))

    delivered = sum(len(v) for v in per_article.values())
    doubled = sum(1 for c in arrivals.values() if c > 1)
    out_of_order = sum(1 for types in per_article.values() if types != EVENTS[:len(types)])
    last = max((a for a, _, _ in Receiver.received), default=written)
    print(f"{len(articles)} articles by {args.writers} writers in {written - started:.1f} s; refused: {dict(refused) or 'none'}")
    print(f"deliveries: {delivered} of {expected} expected; received twice: {doubled}; out of order: {out_of_order}; "
          f"bad signatures: {bad_signatures}")
    if latencies:
        print(f"commit -> receiver latency: p50 {percentile(latencies, 50) * 1000:.0f} ms, p95 {percentile(latencies, 95) * 1000:.0f} ms, "
              f"max {max(latencies) * 1000:.0f} ms")
    print(f"throughput: {delivered / max(last - started, 1e-6):.1f} deliveries/s (first write to last arrival, {last - started:.1f} s)")
    sys.exit(0 if delivered == expected and doubled == 0 and out_of_order == 0 and bad_signatures == 0 else 1)


if __name__ == "__main__":
    main()
