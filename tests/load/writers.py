#!/usr/bin/env python3
"""N concurrent writers against a running Editorial app, then a check that nothing was lost or doubled.

Each writer creates its own article and saves it SAVES times in a row (PUT /api/articles/{id} on the
revision it last saw). Meanwhile you may restart the database or kill the app (see docs/resilience.md).
At the end every article is read back and checked:
  - its revision numbers run 1..K without a gap;
  - every save answered 2xx is there exactly once (K - 1 == saves answered 2xx, unless a save that
    answered an error had in fact committed, which is reported);
  - its audit log verifies intact.
Prints save latency p50/p95/max and the count of each status. Talks only to a loopback address.

  python3 tests/load/writers.py --url http://127.0.0.1:5080 --writers 8 --saves 25
"""
import argparse, ipaddress, json, socket, statistics, sys, threading, time, urllib.error, urllib.parse, urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor


def call(method, url, token=None, body=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as error:
        raw = error.read()
        try:
            return error.code, json.loads(raw) if raw else None
        except ValueError:
            return error.code, None
    except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError):
        return "no answer", None


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:5080")
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--saves", type=int, default=25, help="saves per writer (at most 1000)")
    parser.add_argument("--email", default="editor@editorial.test")
    parser.add_argument("--password", default="Newsroom#2026")
    args = parser.parse_args()
    host = urllib.parse.urlparse(args.url).hostname
    if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
        sys.exit(f"{host} is not a loopback address; this script only loads this machine.")
    if not (1 <= args.writers <= 256 and 1 <= args.saves <= 1000):
        sys.exit("use 1-256 writers and 1-1000 saves each")

    status, answer = call("POST", f"{args.url}/api/auth/token", body={"email": args.email, "password": args.password})
    if status != 200:
        sys.exit(f"sign-in failed: {status} {answer}")
    token = answer["accessToken"]
    statuses, latencies, lock = Counter(), [], threading.Lock()

    def writer(number):
        started = time.monotonic()
        status, created = call("POST", f"{args.url}/api/articles", token, {"title": f"Load writer {number}", "body": "Revision 1."})
        while status != 201 and time.monotonic() - started < 120:
            time.sleep(1)
            status, created = call("POST", f"{args.url}/api/articles", token, {"title": f"Load writer {number}", "body": "Revision 1."})
        if status != 201:
            return None, 0
        article, seen, ok = created["id"], 1, 0
        for n in range(args.saves):
            began = time.monotonic()
            status, saved = call("PUT", f"{args.url}/api/articles/{article}", token,
                                 {"title": f"Load writer {number}", "body": f"Save {n} by writer {number}.", "baseRevisionNumber": seen})
            elapsed = (time.monotonic() - began) * 1000
            with lock:
                statuses[status] += 1
                if status == 200:
                    latencies.append(elapsed)
            if status == 200:
                ok += 1
                seen = saved["article"]["revisionNumber"]
            else:
                # Whatever happened, go on from what the server now holds.
                time.sleep(0.5)
                code, current = call("GET", f"{args.url}/api/articles/{article}", token)
                if code == 200:
                    seen = current["revisionNumber"]
        return article, ok

    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=args.writers) as pool:
        results = list(pool.map(writer, range(args.writers)))
    seconds = time.monotonic() - began

    problems = []
    for article, ok in results:
        if article is None:
            problems.append("a writer could not create its article")
            continue
        code, page = call("GET", f"{args.url}/api/articles/{article}/revisions?pageSize=100", token)
        numbers = sorted(r["number"] for r in page["items"]) if code == 200 else []
        while code == 200 and page.get("nextBefore"):
            code, page = call("GET", f"{args.url}/api/articles/{article}/revisions?pageSize=100&before={page['nextBefore']}", token)
            numbers = sorted(numbers + [r["number"] for r in page["items"]]) if code == 200 else numbers
        if numbers != list(range(1, len(numbers) + 1)):
            problems.append(f"{article}: revision numbers are not contiguous")
        if len(numbers) - 1 < ok:
            problems.append(f"{article}: {ok} saves answered 200 but only {len(numbers) - 1} revisions are stored")
        elif len(numbers) - 1 > ok:
            problems.append(f"{article}: {len(numbers) - 1 - ok} save(s) committed although the answer was an error")
        code, verify = call("GET", f"{args.url}/api/articles/{article}/audit/verify", token)
        if code != 200 or not verify.get("intact"):
            problems.append(f"{article}: audit log not intact ({code})")

    print(f"{args.writers} writers x {args.saves} saves in {seconds:.1f} s")
    print(f"save latency (2xx): p50 {percentile(latencies, 50):.0f} ms, p95 {percentile(latencies, 95):.0f} ms, max {max(latencies, default=float('nan')):.0f} ms")
    print("statuses: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
    print("check: " + ("every 2xx save stored exactly once, revisions contiguous, audit logs intact" if not problems else f"{len(problems)} problem(s)"))
    for problem in problems:
        print("  " + problem)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
