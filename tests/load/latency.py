#!/usr/bin/env python3
"""Latency of the reads that must scale (issue 13), against a running Editorial app on a seeded database.

Seed a scratch PostgreSQL database with tests/load/seed.sql, start the app on it (Development, so the
demo users exist), then:

  python3 tests/load/latency.py --url http://127.0.0.1:5091 --psql "host=127.0.0.1 port=55432 user=postgres dbname=load_1m"

Each read is repeated --repeat times (one client, after a warm-up) and reported as p50/p95/max in
milliseconds, measured at the client over loopback HTTP (the app's own time plus a few tenths of a
millisecond). psql is used only to pick targets: cursors at several depths of the list, a busy
article. An article with 1,000 revisions is made through the API the first time (it is found again
by its title afterwards). Talks only to a loopback address.
"""
from decimal import Decimal
import argparse, base64, ipaddress, json, socket, subprocess, sys, time, urllib.error, urllib.parse, urllib.request

PASSWORD = "Newsroom#2026"


def call(method, url, token=None, body=None, timeout=60):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, raw
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def sql(dsn, query):
    out = subprocess.run(["psql", dsn, "-At", "-F", "\t", "-c", query], check=True, capture_output=True, text=True).stdout
    return [line.split("\t") for line in out.splitlines() if line]


def cursor(epoch, slug):
    # ArticlePageCursor.ToToken: base64url of "ticks|slug", ticks counted from 0001-01-01.
    ticks = 621355968000000000 + int(Decimal(epoch) * 10_000_000)
    return base64.urlsafe_b64encode(f"{ticks}|{slug}".encode()).decode().rstrip("=")


def token_for(url, email):
    status, raw = call("POST", f"{url}/api/auth/token", body={"email": email, "password": PASSWORD})
    if status != 200:
        sys.exit(f"sign-in as {email} failed: {status} {raw[:200]!r}")
    return json.loads(raw)["accessToken"]


def measure(name, url, token, path, repeat, results):
    for _ in range(3):
        call("GET", url + path, token)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        status, _ = call("GET", url + path, token)
        times.append((time.perf_counter() - started) * 1000)
        if status != 200:
            sys.exit(f"{name}: GET {path} answered {status}")
    results.append((name, percentile(times, 50), percentile(times, 95), max(times)))
    print(f"{name:<48} p50 {results[-1][1]:7.2f}  p95 {results[-1][2]:7.2f}  max {results[-1][3]:7.2f}", flush=True)


def history_article(url, dsn, editor):
    title = "Latency: a thousand revisions"
    found = sql(dsn, f"SELECT \"Id\" FROM articles WHERE \"Title\" = '{title}' AND \"CurrentRevisionNumber\" >= 1000 LIMIT 1")
    if found:
        return found[0][0]
    print("making an article with 1,000 revisions through the API ...", flush=True)
    status, raw = call("POST", f"{url}/api/articles", editor, {"title": title, "body": "Revision 1 of the history article."})
    article = json.loads(raw)["id"]
    base = 1
    for n in range(2, 1001):
        # One paragraph changes per save, a different one each time.
        body = "\n\n".join(f"Paragraph {p} as of revision {n}." if p == n % 7 else f"Paragraph {p}." for p in range(7))
        status, raw = call("PUT", f"{url}/api/articles/{article}", editor, {"title": title, "body": body, "baseRevisionNumber": base})
        if status != 200:
            sys.exit(f"save {n} answered {status}: {raw[:200]!r}")
        base = json.loads(raw)["article"]["revisionNumber"]
    return article


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:5091")
    parser.add_argument("--psql", required=True, help="libpq connection string of the seeded database")
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    host = urllib.parse.urlparse(args.url).hostname
    if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
        sys.exit(f"{host} is not a loopback address; this script only loads this machine.")

    editor = token_for(args.url, "editor@editorial.test")
    checker = token_for(args.url, "factchecker@editorial.test")
    manager = token_for(args.url, "manager@editorial.test")
    total = int(sql(args.psql, "SELECT count(*) FROM articles")[0][0])
    print(f"{total:,} articles; {args.repeat} requests each; milliseconds", flush=True)
    results = []

    measure("queue: fact-checker", args.url, checker, "/api/me/queue", args.repeat, results)
    measure("queue: manager", args.url, manager, "/api/me/queue", args.repeat, results)
    measure("queue: editor", args.url, editor, "/api/me/queue", args.repeat, results)

    measure("list: first page", args.url, editor, "/api/articles?pageSize=25", args.repeat, results)
    for depth in (1_000, 100_000, total * 9 // 10):
        row = sql(args.psql, f"""SELECT extract(epoch FROM "UpdatedAt"), "Slug" FROM articles
                                 ORDER BY "UpdatedAt" DESC, "Slug" DESC OFFSET {depth} LIMIT 1""")
        if row:
            after = cursor(row[0][0], row[0][1])
            measure(f"list: page at depth {depth:,}", args.url, editor, f"/api/articles?pageSize=25&after={after}", args.repeat, results)
    measure("list: stage Sourcing check", args.url, editor, "/api/articles?pageSize=25&stage=SourcingCheck", args.repeat, results)
    measure("list: assigned to a fact-checker", args.url, editor, "/api/articles?pageSize=25&assignee=load-factchecker-7", args.repeat, results)
    measure("list: author 'Editor 17'", args.url, editor, "/api/articles?pageSize=25&author=Editor%2017", args.repeat, results)

    article = history_article(args.url, args.psql, editor)
    measure("history: 1,000 revisions, newest page", args.url, editor, f"/api/articles/{article}/revisions", args.repeat, results)
    measure("history: 1,000 revisions, page before 500", args.url, editor, f"/api/articles/{article}/revisions?before=500", args.repeat, results)
    measure("diff: revision 1 to 1,000", args.url, editor, f"/api/articles/{article}/diff?from=1&to=1000", args.repeat, results)
    busy = sql(args.psql, """SELECT "Id", "Slug" FROM articles WHERE "Stage" = 'SourcingCheck' AND "CurrentRevisionNumber" = 3 LIMIT 1""")[0]
    measure("article: GET (3 revisions)", args.url, editor, f"/api/articles/{busy[0]}", args.repeat, results)
    measure("article: workflow", args.url, editor, f"/api/articles/{busy[0]}/workflow", args.repeat, results)
    measure("article: tracked changes", args.url, editor, f"/api/articles/{busy[0]}/changes", args.repeat, results)


if __name__ == "__main__":
    main()
