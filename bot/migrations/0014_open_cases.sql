-- The cases staff still handle (claimed is open too): the one definition of "open" the bot's queries read.
-- A view costs nothing to store; SQLite expands it in each query, so the partial index cases_one_open_per_person,
-- whose condition is the same, still serves the lookups by person.
CREATE VIEW open_cases AS SELECT * FROM cases WHERE status IN ('open', 'claimed');
