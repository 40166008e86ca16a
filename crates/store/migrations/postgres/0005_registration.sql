-- A confirmation link carries the password of the registration that sent it: whoever
-- confirms the address gets the password they chose, even when the address was
-- registered more than once before being confirmed.
ALTER TABLE email_links ADD COLUMN password_hash TEXT;
