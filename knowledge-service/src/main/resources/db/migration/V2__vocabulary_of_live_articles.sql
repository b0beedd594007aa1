-- The typo-tolerance vocabulary used to keep the words of retired articles and to count an article
-- again on each re-publish. From now on the index maintains it exactly; this rebuilds it once from
-- the live articles (the same text and word filter as SearchIndex/Vocabulary).
delete from kb_word;
insert into kb_word (word, ndoc)
select w.lexeme, count(*)
from kb_search_doc d
cross join lateral unnest(to_tsvector('kb_simple', d.title || ' ' || d.tags_text || ' ' || d.body)) w
where w.lexeme ~ '^[[:alpha:]]{3,40}$'
group by w.lexeme;
