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
import argparse, base64, http.cookiejar, ipaddress, re, json, socket, subprocess, sys, time, urllib.error, urllib.parse, urllib.request

PASSWORD = "Newsroom#2026"
ONLY = ""


def call(method, url, token=None, body=None, timeout=60, cookie=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    if cookie:
        request.add_header("Cookie", cookie)
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


def sign_in_cookie(url, email):
    # The sign-in form: read its antiforgery token, post it, keep the cookies (pages are rendered
    # for a signed-in browser; the API's tokens do not open pages).
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"{url}/account/login", timeout=30).read().decode()
    fields = dict(re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page))
    form = {k: v for k, v in fields.items() if k.startswith("__") or k == "_handler"}
    form.update({"Input.Email": email, "Input.Password": PASSWORD})
    opener.open(urllib.request.Request(f"{url}/account/login", data=urllib.parse.urlencode(form).encode(), method="POST"), timeout=30).read()
    cookies = "; ".join(f"{c.name}={c.value}" for c in jar)
    if "editorial.auth" not in cookies:
        sys.exit("browser sign-in failed: " + ", ".join(c.name for c in jar))
    return cookies


def measure(name, url, token, path, repeat, results, cookie=None):
    if not name.startswith(ONLY):
        return
    for _ in range(3):
        call("GET", url + path, token, cookie=cookie)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        status, _ = call("GET", url + path, token, cookie=cookie)
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
    parser.add_argument("--only", default="", help="measure only the reads whose name starts with this (e.g. 'queue')")
    args = parser.parse_args()
    global ONLY
    ONLY = args.only
    host = urllib.parse.urlparse(args.url).hostname
    if not ipaddress.ip_address(socket.gethostbyname(host)).is_loopback:
        sys.exit(f"{host} is not a loopback address; this script only loads this machine.")

    editor = token_for(args.url, "editor@editorial.test")
    checker = token_for(args.url, "factchecker@editorial.test")
    manager = token_for(args.url, "manager@editorial.test")
    cookie = sign_in_cookie(args.url, "editor@editorial.test")
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
    word = sql(args.psql, "SELECT split_part(\"Title\", ' ', 3) FROM articles WHERE \"Slug\" = 'load-777'")
    if word:
        measure(f"list: title contains {word[0][0]!r}", args.url, editor, "/api/articles?pageSize=25&q=" + urllib.parse.quote(word[0][0]), args.repeat, results)
    measure("list: due before 2025-01-01", args.url, editor, "/api/articles?pageSize=25&dueBefore=2025-01-01T00:00:00Z", args.repeat, results)
    # Filtered by due date the list is soonest due first, paged on (DueAt, Slug): a page deep into the matches.
    row = sql(args.psql, """SELECT extract(epoch FROM "DueAt"), "Slug" FROM articles WHERE "DueAt" < '2025-01-01'
                            ORDER BY "DueAt", "Slug" OFFSET 50000 LIMIT 1""")
    if row:
        after = cursor(row[0][0], row[0][1])
        measure("list: due before 2025-01-01, 50,000 rows in", args.url, editor,
                f"/api/articles?pageSize=25&dueBefore=2025-01-01T00:00:00Z&after={after}", args.repeat, results)

    article = history_article(args.url, args.psql, editor)
    measure("history: 1,000 revisions, newest page", args.url, editor, f"/api/articles/{article}/revisions", args.repeat, results)
    measure("history: 1,000 revisions, page before 500", args.url, editor, f"/api/articles/{article}/revisions?before=500", args.repeat, results)
    measure("diff: revision 1 to 1,000", args.url, editor, f"/api/articles/{article}/diff?from=1&to=1000", args.repeat, results)
    busy = sql(args.psql, """SELECT "Id", "Slug" FROM articles WHERE "Stage" = 'SourcingCheck' AND "CurrentRevisionNumber" = 3 LIMIT 1""")[0]
    measure("article: GET (3 revisions)", args.url, editor, f"/api/articles/{busy[0]}", args.repeat, results)
    measure("article: workflow", args.url, editor, f"/api/articles/{busy[0]}/workflow", args.repeat, results)
    measure("article: tracked changes", args.url, editor, f"/api/articles/{busy[0]}/changes", args.repeat, results)
    measure("article page: server render (3 revisions)", args.url, None, f"/articles/{busy[0]}", args.repeat, results, cookie=cookie)

    # Search words by how many articles hold them: the most common made-up word, one of middling
    # frequency, a rare one, two words, a part of a title, and a stage filter.
    common = sql(args.psql, "SELECT word FROM ts_stat('SELECT \"Document\" FROM search_documents TABLESAMPLE SYSTEM (0.5)') ORDER BY ndoc DESC LIMIT 1")[0][0]
    middling = sql(args.psql, "SELECT word FROM ts_stat('SELECT \"Document\" FROM search_documents TABLESAMPLE SYSTEM (0.5)') ORDER BY ndoc DESC OFFSET 2000 LIMIT 1")[0][0]
    rare = sql(args.psql, "SELECT word FROM ts_stat('SELECT \"Document\" FROM search_documents TABLESAMPLE SYSTEM (0.5)') WHERE ndoc = 1 LIMIT 1")[0][0]
    title_part = sql(args.psql, "SELECT left(split_part(\"Title\", ' ', 2), 5) FROM articles WHERE \"Slug\" = 'load-4242'")[0][0]
    for query, stage in ((common, None), (middling, None), (rare, None), (f"{middling} {rare}", None), (title_part, None), (middling, "SourcingCheck")):
        path = "/api/search?q=" + urllib.parse.quote(query) + (f"&stage={stage}" if stage else "")
        status, raw = call("GET", args.url + path, editor)
        found = json.loads(raw)
        label = f"search: {query!r}" + (f" in {stage}" if stage else "") + f" ({found['total']:,}{'+' if found['totalIsCapped'] else ''} matches)"
        measure(label, args.url, editor, path, args.repeat, results)


if __name__ == "__main__":
    main()
