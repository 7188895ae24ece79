-- Smart model selection: its verdict ('cheap; p_easy=0.930', 'strong; reason=tools'; NULL when the alias has no
-- select:) and what the strong model would have cost for the tokens of a request sent to the cheap one, less what
-- they cost, in nano-USD. (V7 is left to the semantic cache.)
ALTER TABLE usage ADD COLUMN selection TEXT;
ALTER TABLE usage ADD COLUMN routing_saved_nano_usd INTEGER NOT NULL DEFAULT 0;
