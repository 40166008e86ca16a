-- Organisations join the search: each approved one is queued for the index once (later
-- writes queue themselves), so every process's index takes them in with its next catch-up.
INSERT INTO search_outbox (item_kind, item_id, created_at)
    SELECT 'organisation', id, updated_at FROM organisations WHERE status = 'approved' ORDER BY id;
