-- Articles imported before V90 never got pin_weight (front matter `weight`): their files were unchanged, so the
-- import skipped them. Forgetting the hash of every file-backed article still without one makes the next import read
-- each such file once (an unchanged one adds no revision); after that the hashes are back and starts skip them again.
-- Only drafts and published articles: a file says draft or not, so reading it again would turn one in review,
-- unpublished or archived into a draft.
update article set content_hash = null
where source_path is not null and pin_weight is null and status in ('DRAFT', 'PUBLISHED');
