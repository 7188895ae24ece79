-- The response cache's part in each request: 'hit', 'miss', or NULL when the alias is not cached; and what a hit
-- would have cost upstream, in nano-USD (0 otherwise). (V5 is left to the alerts history.)
ALTER TABLE usage ADD COLUMN cache TEXT;
ALTER TABLE usage ADD COLUMN saved_nano_usd INTEGER NOT NULL DEFAULT 0;
