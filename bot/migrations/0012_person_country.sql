-- The destination a person said they are in (a pack code of locales/countries/), kept only after they agreed to
-- it; NULL otherwise. It goes with the row on /forget.
ALTER TABLE users ADD COLUMN country TEXT;
