-- Companies supported by the European Innovation Council (a filter buyers ask for), and an
-- index for the directory's "newest first" order.
ALTER TABLE organisations ADD COLUMN eic_supported BIGINT NOT NULL DEFAULT 0;
CREATE INDEX organisations_created_idx ON organisations(status, created_at, id);
