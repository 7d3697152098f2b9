-- Due dates (ngày hẹn trả kết quả) for limits in working days, in SQL, the same as tthc's
-- computeDueDate({ receivedAt, duration: { value: N, unit: "workingDays" } }).dueDate with default
-- options: the receipt day is not counted; the due date is the N-th working day after it.
--
-- Inputs (create them first; DuckDB shown, see docs/guides/report.md for Spark and BigQuery):
--   calendar        the day table of `tthc calendar --from 2025-12-01 --to 2027-12-31 --csv`:
--                   date, working, kind, label_vi, label_en, rank. `rank` counts working days from
--                   --from (inclusive); a rest day keeps the rank of the working day before it.
--                   It must cover every receipt date and every due date.
--   dossier_limits  code, receivedAt (ISO date-time with offset), limitWorkingDays (INTEGER).
--
--   CREATE TABLE calendar AS SELECT * FROM read_csv('calendar.csv', header = true,
--     columns = {'date': 'DATE', 'working': 'BOOLEAN', 'kind': 'VARCHAR', 'label_vi': 'VARCHAR',
--                'label_en': 'VARCHAR', 'rank': 'INTEGER'});
--
-- Rule: due = the working day whose rank = rank(receipt date, Vietnam time) + N. The receipt date
-- is the date in Asia/Ho_Chi_Minh (UTC+7), whatever the session time zone. Same-day cut-offs,
-- pauses and the other computeDueDate options are not modelled here.
CREATE OR REPLACE VIEW due_dates AS
WITH receipt AS (
  SELECT
    code,
    CAST(timezone('Asia/Ho_Chi_Minh', CAST(receivedAt AS TIMESTAMPTZ)) AS DATE) AS receipt_date,
    limitWorkingDays AS limit_working_days
  FROM dossier_limits
)
SELECT r.code, r.receipt_date, due.date AS due_date
FROM receipt AS r
JOIN calendar AS c ON c.date = r.receipt_date
JOIN calendar AS due ON due.working AND due.rank = c.rank + r.limit_working_days;
