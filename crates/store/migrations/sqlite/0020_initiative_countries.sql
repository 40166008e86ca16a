-- The EU countries where a member initiative works (one code a line), for the landscape
-- map of who provides expertise where.
ALTER TABLE initiatives ADD COLUMN countries TEXT NOT NULL DEFAULT '';
