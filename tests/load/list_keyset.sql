-- The article list's keyset at depth, old form against new, on PostgreSQL (issue 13, goal 2).
-- Run on a scratch database the app has migrated (never a newsroom's):
--   psql -h 127.0.0.1 -p PORT -U postgres -d SCRATCH -v rows=1000000 -f tests/load/list_keyset.sql
-- It adds :rows bare article rows (enough for the list query; no revisions or logs), then times the
-- page after the row at several depths: the OR form the list used, and the row-value form it uses now.
\set ON_ERROR_STOP on
\timing off
INSERT INTO articles ("Id", "Slug", "Title", "Byline", "Stage", "CreatedAt", "UpdatedAt", "CurrentRevisionId",
                      "CurrentRevisionNumber", "CurrentContentHash")
SELECT gen_random_uuid(), 'load-' || n, 'Load article ' || n, 'Erin Editor', 'Draft',
       timestamptz '2026-01-01' + n * interval '7 seconds', timestamptz '2026-01-01' + (n / 3) * interval '11 seconds',
       gen_random_uuid(), 1, repeat('0', 64)
FROM generate_series(1, :rows) AS n;
ANALYZE articles;

CREATE TEMP TABLE depths AS
SELECT d AS depth, "UpdatedAt" AS at, "Slug" AS slug
FROM (SELECT "UpdatedAt", "Slug", row_number() OVER (ORDER BY "UpdatedAt" DESC, "Slug" DESC) AS r FROM articles) ranked
JOIN (VALUES (1000), (20000), (90000), (500000), (900000)) AS v(d) ON ranked.r = v.d;

\echo 'depth | old form (OR) ms | new form (row value) ms'
DO $$
DECLARE
  d record; started timestamptz; old_ms numeric; new_ms numeric; i int;
BEGIN
  FOR d IN SELECT * FROM depths ORDER BY depth LOOP
    old_ms := 0; new_ms := 0;
    FOR i IN 1..20 LOOP
      started := clock_timestamp();
      PERFORM "Id" FROM articles WHERE "UpdatedAt" < d.at OR ("UpdatedAt" = d.at AND "Slug" < d.slug)
        ORDER BY "UpdatedAt" DESC, "Slug" DESC LIMIT 26;
      old_ms := old_ms + extract(epoch FROM clock_timestamp() - started) * 1000;
      started := clock_timestamp();
      PERFORM "Id" FROM articles WHERE ("UpdatedAt", "Slug") < (d.at, d.slug)
        ORDER BY "UpdatedAt" DESC, "Slug" DESC LIMIT 26;
      new_ms := new_ms + extract(epoch FROM clock_timestamp() - started) * 1000;
    END LOOP;
    RAISE NOTICE '% | % | %', d.depth, round(old_ms / 20, 3), round(new_ms / 20, 3);
  END LOOP;
END $$;

\echo 'The new form at the deepest depth:'
SELECT at AS deep_at, slug AS deep_slug FROM depths WHERE depth = 900000 \gset
EXPLAIN (ANALYZE, COSTS OFF) SELECT "Id" FROM articles WHERE ("UpdatedAt", "Slug") < (:'deep_at', :'deep_slug')
  ORDER BY "UpdatedAt" DESC, "Slug" DESC LIMIT 26;
