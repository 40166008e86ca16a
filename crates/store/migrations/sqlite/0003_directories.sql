-- Lists that scale: every list walks an index in its own order, from a cursor.
-- An organisation's name_key is its folded name (domain::text::fold, computed by the
-- hub, filled for existing rows right after this migration); the directory orders and
-- searches by it, so both backends sort and match "Ö", "É" and "ß" alike.
ALTER TABLE organisations ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
DROP INDEX organisations_status_idx;
CREATE INDEX organisations_list_idx ON organisations(status, name_key, id);
CREATE INDEX organisations_country_idx ON organisations(status, country, name_key, id);
CREATE INDEX organisations_country_kind_idx ON organisations(status, country, kind, name_key, id);
CREATE INDEX organisations_kind_idx ON organisations(status, kind, name_key, id);
CREATE INDEX organisation_sectors_sector_idx ON organisation_sectors(sector, organisation_id);
CREATE INDEX users_status_idx ON users(status, created_at, id);
DROP INDEX audit_log_at_idx;
DROP INDEX audit_log_action_idx;
CREATE INDEX audit_log_at_idx ON audit_log(at, id);
CREATE INDEX audit_log_action_idx ON audit_log(action, at, id);
CREATE INDEX audit_log_actor_idx ON audit_log(actor_id, at, id);
