-- The anonymous result row of the person's last finished checklist, so the optional gender and age questions
-- asked after it can fill in that row (and only that row).
ALTER TABLE checklist_progress ADD COLUMN last_result_id INTEGER;
