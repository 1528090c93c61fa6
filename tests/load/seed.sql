-- Fills a scratch PostgreSQL database with :articles realistic articles, for the scale figures of
-- docs/benchmarks.md (issue 13). Never run it on a newsroom's database. On a database the app has
-- migrated (start the app on it once, or let tests/load/latency.sh do it):
--   psql -h 127.0.0.1 -p PORT -U postgres -d SCRATCH -v articles=1000000 -f tests/load/seed.sql
-- then start the app on it once more: startup builds the work queues' rows (WorkQueueRows).
--
-- What it makes, in set-based SQL (1,000,000 articles take minutes on two cores):
--   * 180 people who cannot sign in (no password): 120 editors, 40 fact-checkers, 20 managers;
--   * articles spread over 2.5 years: 20% Draft, 30% Sourcing check, 50% Approved; 30% with a due
--     date, 60% of those past the draft stage assigned a fact-checker, 40% a manager;
--   * 1 to 3 revisions each (the body grows by a paragraph per revision); bodies of five to seven paragraphs of 40 words
--     from a pool of 50,000, titles of eight words, drawn from 40,000 made-up words with a Zipf-like
--     frequency (a few words are everywhere, most are rare, as in news copy);
--   * sign-offs: half of the articles in Sourcing check carry the fact-checker's, every approved
--     article both (on its current text);
--   * a comment on 30% of the articles and a claim on half of those past the draft stage;
--   * an audit chain per article (created, revised, submitted, signed off, approved), linked entry to
--     entry. Its hashes are not HMACs under the app's key (the seeder has none), so "verify" reports
--     these chains as altered: they are there for their size, not their seals.
\set ON_ERROR_STOP on
\timing on
SELECT setseed(0.13);

-- People ------------------------------------------------------------------------------------------
CREATE TEMP TABLE people AS
SELECT kind, n, 'load-' || kind || '-' || n AS id
FROM (VALUES ('editor', 120), ('factchecker', 40), ('manager', 20)) AS k(kind, total), generate_series(1, total) AS n;

INSERT INTO "AspNetUsers" ("Id", "DisplayName", "CreatedAt", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
                           "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled",
                           "LockoutEnabled", "AccessFailedCount", "MustChangePassword")
SELECT id, initcap(kind) || ' ' || n, timestamptz '2024-01-01', id || '@load.test', upper(id || '@load.test'), id || '@load.test',
       upper(id || '@load.test'), true, md5(id), md5(id || 'c'), false, false, true, 0, false
FROM people;

INSERT INTO "AspNetUserRoles" ("UserId", "RoleId")
SELECT p.id, r."Id" FROM people p
JOIN "AspNetRoles" r ON r."Name" = CASE p.kind WHEN 'editor' THEN 'Editor' WHEN 'factchecker' THEN 'FactChecker' ELSE 'Manager' END;

-- Words and paragraphs ----------------------------------------------------------------------------
-- Made-up words of two to four syllables; word k is drawn about as often as 1/k (log-uniform rank).
CREATE TEMP TABLE syllables AS SELECT row_number() OVER () AS i, s FROM unnest(string_to_array(
  'ka lo mi ne ru sa ti vo pe da ri mo lu ne ga fi so te ba ku ar en il on ur est and ter ment port vil dor han', ' ')) AS s;
CREATE TEMP TABLE words AS
SELECT w AS rank, (SELECT string_agg(s, '' ORDER BY k) FROM generate_series(1, 2 + w % 3) AS k
                   JOIN syllables ON syllables.i = 1 + ((w * 7919 + k * 104729) % 33)) AS word
FROM generate_series(1, 40000) AS w;
CREATE UNIQUE INDEX ON words (rank);
ANALYZE words;

CREATE TEMP TABLE paragraphs AS
SELECT drawn.p AS id, initcap(string_agg(words.word, ' ' ORDER BY drawn.k)) || '.' AS text
FROM (SELECT p, k, least(40000, greatest(1, floor(exp(random() * ln(40000)))::int)) AS rank
      FROM generate_series(1, 50000) AS p, generate_series(1, 40) AS k) AS drawn
JOIN words ON words.rank = drawn.rank
GROUP BY drawn.p;
CREATE UNIQUE INDEX ON paragraphs (id);
ANALYZE paragraphs;

-- Articles ----------------------------------------------------------------------------------------
CREATE TEMP TABLE seeded AS
SELECT n,
       gen_random_uuid() AS id,
       CASE WHEN n % 10 < 2 THEN 'Draft' WHEN n % 10 < 5 THEN 'SourcingCheck' ELSE 'Approved' END AS stage,
       1 + n % 3 AS revisions,
       'load-editor-' || (1 + n % 120) AS editor,
       timestamptz '2024-06-01' + n * interval '80 seconds' AS created,
       -- The last revision is at created + (revisions - 1) hours; then submitted, signed off, approved.
       timestamptz '2024-06-01' + n * interval '80 seconds' + (n % 3) * interval '1 hour' + interval '30 minutes' AS submitted,
       CASE WHEN n % 10 >= 2 AND n % 5 < 3 THEN 'load-factchecker-' || (1 + n % 40) END AS fact_checker,
       CASE WHEN n % 10 >= 2 AND n % 5 < 2 THEN 'load-manager-' || (1 + n % 20) END AS manager,
       CASE WHEN n % 10 IN (1, 3, 6) THEN timestamptz '2024-06-01' + n * interval '80 seconds' + interval '2 days' END AS due,
       titles.title || ' ' || n AS title
FROM generate_series(1, :articles) AS n
-- 9,973 titles of eight words (numbered per article, so each title is its own).
JOIN (SELECT t, initcap(string_agg(words.word, ' ' ORDER BY k)) AS title
      FROM generate_series(0, 9972) AS t CROSS JOIN generate_series(1, 8) AS k
      JOIN words ON words.rank = 1 + (t * 31 + k * 7717) % 40000
      GROUP BY t) AS titles ON titles.t = n % 9973;
CREATE UNIQUE INDEX ON seeded (n);
ANALYZE seeded;

-- Revision r of article n: paragraphs picked by (n, r); each revision adds one to the one before.
CREATE TEMP TABLE seeded_revisions AS
SELECT bodies.*, gen_random_uuid() AS id
FROM (SELECT s.n, s.id AS article_id, r AS number, s.editor, s.created + (r - 1) * interval '1 hour' AS created, s.title,
             string_agg(p.text, E'\n\n' ORDER BY k) AS body
      FROM seeded s
      CROSS JOIN LATERAL generate_series(1, s.revisions) AS r
      CROSS JOIN LATERAL generate_series(1, 4 + r) AS k
      JOIN paragraphs p ON p.id = 1 + (s.n * 13 + k * 2999) % 50000
      GROUP BY s.n, s.id, r, s.editor, s.created, s.title) AS bodies;
CREATE INDEX ON seeded_revisions (article_id, number);
ANALYZE seeded_revisions;

INSERT INTO articles ("Id", "Slug", "Title", "Byline", "Stage", "CreatedById", "CreatedAt", "UpdatedAt", "CurrentRevisionId",
                      "CurrentRevisionNumber", "CurrentContentHash", "EnteredStageAt", "AssignedFactCheckerId", "AssignedManagerId",
                      "DueAt", "BaselineId", "BaselineNumber")
SELECT s.id, 'load-' || s.n, s.title, 'Editor ' || (1 + s.n % 120), s.stage, s.editor, s.created,
       CASE s.stage WHEN 'Draft' THEN r.created ELSE s.submitted + interval '1 hour' END, r.id, s.revisions, encode(sha256(convert_to(r.title || E'\n' || r.body, 'UTF8')), 'hex'),
       CASE s.stage WHEN 'Draft' THEN s.created WHEN 'SourcingCheck' THEN s.submitted ELSE s.submitted + interval '40 minutes' END,
       s.fact_checker, s.manager, s.due, NULL, 0
FROM seeded s JOIN seeded_revisions r ON r.article_id = s.id AND r.number = s.revisions;

INSERT INTO revisions ("Id", "ArticleId", "Number", "ParentId", "AuthorId", "CreatedAt", "Kind", "Title", "Body", "BodyLength",
                       "ContentHash", "Summary")
SELECT r.id, r.article_id, r.number, p.id, r.editor, r.created, 'Edit', r.title, r.body,
       length(r.body), encode(sha256(convert_to(r.title || E'\n' || r.body, 'UTF8')), 'hex'), ''
FROM seeded_revisions r LEFT JOIN seeded_revisions p ON p.article_id = r.article_id AND p.number = r.number - 1;

-- Sign-offs: the fact-checker's on half of those in Sourcing check, both on every approved article.
INSERT INTO sign_offs ("Id", "ArticleId", "Transition", "Role", "UserId", "RevisionId", "RevisionNumber", "ContentHash", "Decision",
                       "Comment", "CreatedAt")
SELECT gen_random_uuid(), a."Id", 'approve', role, CASE role WHEN 'FactChecker' THEN 'load-factchecker-' || (1 + s.n % 40)
                                                             ELSE 'load-manager-' || (1 + s.n % 20) END,
       a."CurrentRevisionId", a."CurrentRevisionNumber", a."CurrentContentHash", 'Approve', '',
       s.submitted + CASE role WHEN 'FactChecker' THEN interval '30 minutes' ELSE interval '40 minutes' END
FROM seeded s JOIN articles a ON a."Id" = s.id
CROSS JOIN (VALUES ('FactChecker'), ('Manager')) AS roles(role)
WHERE (s.stage = 'Approved') OR (s.stage = 'SourcingCheck' AND role = 'FactChecker' AND s.n % 2 = 0);

-- Comments and claims on the first words of the current text.
INSERT INTO annotations ("Id", "ArticleId", "AuthorId", "Text", "CreatedAt", "Status", "Version", "Exact", "Prefix", "Suffix", "Start", "End",
                         "AnchorRevisionNumber", "AnchorStatus", "OriginalExact", "OriginalPrefix", "OriginalSuffix", "OriginalStart",
                         "OriginalEnd", "OriginalRevisionNumber")
SELECT gen_random_uuid(), s.id, 'load-editor-' || (1 + (s.n + 7) % 120), 'Is this the right figure?', s.created + interval '10 minutes',
       'Open', 1, left(r.body, 24), '', substr(r.body, 25, 32), 0, 24, s.revisions, 'Exact', left(r.body, 24), '', substr(r.body, 25, 32),
       0, 24, s.revisions
FROM seeded s JOIN seeded_revisions r ON r.article_id = s.id AND r.number = s.revisions
WHERE s.n % 10 IN (0, 4, 7);

INSERT INTO claims ("Id", "CreatedById", "CreatedAt", "Claimant", "Status", "Verdict", "Notes", "AssigneeId", "CheckedWording",
                    "CheckedRevisionNumber", "DismissedReason", "ArticleId", "Version", "Exact", "Prefix", "Suffix", "Start", "End",
                    "AnchorRevisionNumber", "AnchorStatus", "OriginalExact", "OriginalPrefix", "OriginalSuffix", "OriginalStart",
                    "OriginalEnd", "OriginalRevisionNumber")
SELECT gen_random_uuid(), 'load-factchecker-' || (1 + s.n % 40), s.submitted + interval '10 minutes', 'The police',
       CASE s.stage WHEN 'Approved' THEN 'Verified' ELSE 'Unchecked' END, '', '', s.fact_checker, '', NULL, '', s.id, 1,
       substr(r.body, 30, 40), substr(r.body, 1, 29), substr(r.body, 70, 32), 29, 69, s.revisions, 'Exact',
       substr(r.body, 30, 40), substr(r.body, 1, 29), substr(r.body, 70, 32), 29, 69, s.revisions
FROM seeded s JOIN seeded_revisions r ON r.article_id = s.id AND r.number = s.revisions
WHERE s.stage <> 'Draft' AND s.n % 2 = 1;

-- Audit chains: created, each later revision, submitted, each sign-off, approved.
CREATE TEMP TABLE seeded_events AS
SELECT s.id AS article_id, r.created AS at, r.editor AS actor, 'ArticleCreated' AS kind,
       json_build_object('title', s.title, 'stage', 'Draft', 'imported', false, 'actorId', r.editor, 'at', r.created)::text AS payload, 0 AS ord
FROM seeded s JOIN seeded_revisions r ON r.article_id = s.id AND r.number = 1
UNION ALL
SELECT s.id, r.created, r.editor, 'TextRevised',
       json_build_object('revisionNumber', r.number, 'contentHash', encode(sha256(convert_to(r.title || E'\n' || r.body, 'UTF8')), 'hex'),
                         'summary', '', 'actorId', r.editor, 'at', r.created)::text, r.number * 10
FROM seeded s JOIN seeded_revisions r ON r.article_id = s.id
UNION ALL
SELECT s.id, s.submitted, s.editor, 'StageChanged',
       json_build_object('transition', 'submit', 'from', 'Draft', 'to', 'SourcingCheck', 'reason', '', 'bySignOffs', false,
                         'actorId', s.editor, 'at', s.submitted)::text, 100
FROM seeded s WHERE s.stage <> 'Draft'
UNION ALL
SELECT o."ArticleId", o."CreatedAt", o."UserId", 'SignOffGiven',
       json_build_object('signOffId', o."Id", 'transition', o."Transition", 'role', o."Role", 'decision', o."Decision",
                         'revisionNumber', o."RevisionNumber", 'contentHash', o."ContentHash", 'comment', '', 'actorId', o."UserId",
                         'at', o."CreatedAt")::text,
       CASE o."Role" WHEN 'FactChecker' THEN 110 ELSE 120 END
FROM sign_offs o JOIN seeded s ON s.id = o."ArticleId"
UNION ALL
SELECT s.id, s.submitted + interval '40 minutes', NULL, 'StageChanged',
       json_build_object('transition', 'approve', 'from', 'SourcingCheck', 'to', 'Approved', 'reason', '', 'bySignOffs', true,
                         'actorId', NULL, 'at', s.submitted + interval '40 minutes')::text, 130
FROM seeded s WHERE s.stage = 'Approved';

CREATE TEMP TABLE numbered_events AS
SELECT *, row_number() OVER (PARTITION BY article_id ORDER BY ord) AS sequence,
       encode(sha256(convert_to(article_id::text || ':' || ord || ':' || payload, 'UTF8')), 'hex') AS hash
FROM seeded_events;

INSERT INTO audit_events ("Id", "ArticleId", "Sequence", "ActorId", "At", "Kind", "Payload", "PreviousHash", "Hash", "KeyId")
SELECT gen_random_uuid(), e.article_id, e.sequence, e.actor, e.at, e.kind, e.payload,
       coalesce(lag(e.hash) OVER (PARTITION BY e.article_id ORDER BY e.sequence), ''), e.hash, 'load-seed'
FROM numbered_events e;

-- The work queues are built by the app at its next start, from these rows.
DELETE FROM derived_state WHERE "Name" = 'work-queues';
ANALYZE;
SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM revisions) AS revisions,
       (SELECT count(*) FROM sign_offs) AS sign_offs, (SELECT count(*) FROM annotations) AS comments,
       (SELECT count(*) FROM claims) AS claims, (SELECT count(*) FROM audit_events) AS audit_entries,
       pg_size_pretty(pg_database_size(current_database())) AS size;
