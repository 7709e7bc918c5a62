-- A summary taken from the first paragraph of an article or page kept each link's address and each picture's file
-- beside its words (`See "the NHS page" (https://www.nhs.uk)`, `"A bench" (/media/bench.jpg)`), which the renderer no
-- longer does. Forgetting the hash of the files whose summary has that mark makes the next import read each of them
-- once (an unchanged article adds no revision) and take its summary as text. Only drafts and published articles, as in
-- V103: a file says draft or not, so reading it again would turn one in review, unpublished or archived into a draft.
update article set content_hash = null
where source_path is not null and summary like '%" (%' and status in ('DRAFT', 'PUBLISHED');
update page set content_hash = null where source_path is not null and summary like '%" (%';
