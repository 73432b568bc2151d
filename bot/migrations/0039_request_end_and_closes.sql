-- A request to a specialist ends with its case: when staff close the case (or the person withdraws it) while the
-- request is asked or accepted, it is noted here, the specialist's chat is told through the outbox (kind
-- 'specialists', `text` the requests' ids) and its buttons go; a press on an old one changes nothing. A request done
-- before the close keeps its state. Reopening the case does not revive it: staff ask again.
ALTER TABLE specialist_requests ADD COLUMN ended_at INTEGER;

-- /stats counts each close in the period it was made, from its audit entry (a reopen clears the case's outcome, not
-- the close's entry): this finds a period's closes without reading the whole audit.
CREATE INDEX audit_closes ON audit (at) WHERE action LIKE 'close:%';
