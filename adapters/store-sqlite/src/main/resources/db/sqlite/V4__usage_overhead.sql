-- The gateway's own time per request (total minus time waiting on providers), in microseconds; -1 = unknown
-- (rows written before this column existed).
ALTER TABLE usage ADD COLUMN overhead_us INTEGER NOT NULL DEFAULT -1;
