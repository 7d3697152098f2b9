-- Processing report (báo cáo tình hình giải quyết hồ sơ) in SQL, row for row the same as tthc's
-- summarizeProcessing(records, { period, asOf, by }) with the default options: reference
-- 'resultReady', granularity 'day', classifyAgainst 'original', interAgencyCopies 'skip',
-- on-time rate with 2 decimals half-up and NULL when nothing was resolved.
--
-- Inputs (DuckDB shown; docs/guides/report.md notes Spark and BigQuery):
--   report_dossiers  one row per dossier with the columns of tthc's ReportRecord (camelCase, as the
--                    CSV header of `tthc report`): code, procedureCode, sector, receivingAgency,
--                    competentAgency, channel, receivedAt, dueDate, originalDueDate, status,
--                    resultReadyAt, returnedAt, closedAt, originDossierCode. Instants are ISO text
--                    with an offset (or TIMESTAMPTZ), dates 'YYYY-MM-DD'; empty = NULL.
--   report_params    one row: period_from DATE, period_to DATE (inclusive), as_of TIMESTAMPTZ (NULL
--                    = end of period), group_by VARCHAR ('none', 'agency', 'competentAgency',
--                    'sector', 'procedure', 'channel').
--
--   CREATE TABLE report_dossiers AS SELECT * FROM read_csv('dossiers.csv', header = true, all_varchar = true);
--   CREATE TABLE report_params AS SELECT DATE '2026-10-01' AS period_from, DATE '2026-10-31' AS period_to,
--     CAST(NULL AS TIMESTAMPTZ) AS as_of, 'agency' AS group_by;
--
-- Rules (RULES.md REP-2 to REP-10): the report instant T = min(as_of, end of the period), Vietnam
-- time. Left out: refusals at intake and dossiers never received, liên thông copies (counted at the
-- origin), dossiers received after T, dossiers finished before the period. Carried over = received
-- before the period; new = received in it, by channel. Finished by T: withdrawn, refused after
-- acceptance and stopped are counted apart (closed at closedAt, else the result instant, else the
-- receipt); the rest are resolved, early / on time / late by the Vietnam date of resultReadyAt
-- (else returnedAt) against the first appointment. Not finished by T: pending, overdue when T's date
-- is after the appointment.
CREATE OR REPLACE VIEW processing_report AS
WITH p AS (
  SELECT
    group_by,
    timezone('Asia/Ho_Chi_Minh', CAST(period_from AS TIMESTAMP)) AS period_start,
    least(
      coalesce(as_of, timezone('Asia/Ho_Chi_Minh', CAST(period_to + 1 AS TIMESTAMP)) - INTERVAL 1 MILLISECOND),
      timezone('Asia/Ho_Chi_Minh', CAST(period_to + 1 AS TIMESTAMP)) - INTERVAL 1 MILLISECOND
    ) AS eval_at
  FROM report_params
),
d AS (
  SELECT
    CASE p.group_by
      WHEN 'agency' THEN r.receivingAgency
      WHEN 'competentAgency' THEN coalesce(r.competentAgency, r.receivingAgency)
      WHEN 'sector' THEN coalesce(r.sector, '')
      WHEN 'procedure' THEN r.procedureCode
      WHEN 'channel' THEN r.channel
      ELSE ''
    END AS group_key,
    r.channel,
    r.status IN ('withdrawn', 'refusedAfterAcceptance', 'stopped') AS apart,
    r.status,
    CAST(r.receivedAt AS TIMESTAMPTZ) AS received_at,
    CAST(coalesce(r.originalDueDate, r.dueDate) AS DATE) AS due_date,
    CASE
      WHEN r.status IN ('withdrawn', 'refusedAfterAcceptance', 'stopped') THEN coalesce(
        CAST(r.closedAt AS TIMESTAMPTZ), CAST(r.resultReadyAt AS TIMESTAMPTZ),
        CAST(r.returnedAt AS TIMESTAMPTZ), CAST(r.receivedAt AS TIMESTAMPTZ))
      ELSE coalesce(CAST(r.resultReadyAt AS TIMESTAMPTZ), CAST(r.returnedAt AS TIMESTAMPTZ))
    END AS end_at,
    CAST(r.returnedAt AS TIMESTAMPTZ) AS returned_at,
    p.period_start,
    p.eval_at
  FROM report_dossiers AS r, p
  WHERE r.receivedAt IS NOT NULL
    AND r.status NOT IN ('draft', 'submitted', 'rejectedAtIntake')
    AND r.originDossierCode IS NULL
),
e AS (
  SELECT
    *,
    end_at IS NOT NULL AND end_at <= eval_at AS finished,
    CAST(timezone('Asia/Ho_Chi_Minh', end_at) AS DATE) AS end_date,
    CAST(timezone('Asia/Ho_Chi_Minh', eval_at) AS DATE) AS eval_date
  FROM d
  WHERE received_at <= eval_at AND (end_at IS NULL OR end_at >= period_start)
),
c AS (
  SELECT
    group_key,
    count(*) AS received,
    count(*) FILTER (WHERE received_at < period_start) AS carriedOver,
    count(*) FILTER (WHERE received_at >= period_start) AS newTotal,
    count(*) FILTER (WHERE received_at >= period_start AND channel = 'online') AS newOnline,
    count(*) FILTER (WHERE received_at >= period_start AND channel = 'direct') AS newDirect,
    count(*) FILTER (WHERE received_at >= period_start AND channel = 'postal') AS newPostal,
    count(*) FILTER (WHERE finished AND NOT apart) AS resolved,
    count(*) FILTER (WHERE finished AND NOT apart AND end_date < due_date) AS resolvedEarly,
    count(*) FILTER (WHERE finished AND NOT apart AND end_date = due_date) AS resolvedOnTime,
    count(*) FILTER (WHERE finished AND NOT apart AND end_date > due_date) AS resolvedLate,
    count(*) FILTER (WHERE NOT finished) AS pending,
    count(*) FILTER (WHERE NOT finished AND eval_date <= due_date) AS pendingWithinTime,
    count(*) FILTER (WHERE NOT finished AND eval_date > due_date) AS pendingOverdue,
    count(*) FILTER (WHERE finished AND status = 'withdrawn') AS withdrawn,
    count(*) FILTER (WHERE finished AND status = 'refusedAfterAcceptance') AS refused,
    count(*) FILTER (WHERE finished AND status = 'stopped') AS stopped,
    count(*) FILTER (WHERE finished AND NOT apart AND (returned_at IS NULL OR returned_at > eval_at)) AS notCollected
  FROM e
  GROUP BY group_key
)
SELECT
  group_key AS "key",
  received, carriedOver, newTotal, newOnline, newDirect, newPostal,
  resolved, resolvedEarly, resolvedOnTime, resolvedLate,
  pending, pendingWithinTime, pendingOverdue,
  withdrawn, refused, stopped, notCollected,
  -- (early + on time) ÷ resolved × 100, 2 decimals half-up, exactly in integers (REP-7, REP-8, D-10).
  CASE WHEN resolved = 0 THEN NULL
    ELSE CAST((20000 * (resolvedEarly + resolvedOnTime) + resolved) // (2 * resolved) AS DOUBLE) / 100
  END AS onTimeRate
FROM c
ORDER BY group_key;
