-- Plain-language target of a category: the school grade its articles should read at (reading_grade in
-- categories.yaml); a draft above it gets a warning in the editor, never a refusal.
alter table category add column reading_grade integer;
