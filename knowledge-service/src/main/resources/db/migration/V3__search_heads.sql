-- Search at scale ranks a bounded set of candidates (docs/knowledge.md "Search at scale").
--
-- kb_search_head: the title (A) and the tags and category (B) of each live article in a small
-- vector of its own, weighted as in kb_search_doc.document, with the accent-folded title that the
-- title similarity compares. It is narrow (no body), so ranking the title matches of a common word
-- reads a few MB, not the whole search index. A trigger keeps it equal to kb_search_doc, whoever
-- writes that (the search index, the demo base, the benchmark).
create function kb_search_head(language text, title text, tags_text text, category text)
    returns tsvector language sql immutable parallel safe as
$$
select setweight(to_tsvector(kb_regconfig(language), title), 'A')
           || setweight(to_tsvector(kb_regconfig(language), tags_text || ' ' || coalesce(category, '')), 'B')
$$;

create table kb_search_head (
    article_id   uuid primary key references kb_search_doc (article_id) on delete cascade,
    language     text     not null,
    audience     text     not null,
    category     text,
    folded_title text     not null,
    head         tsvector not null
);
create index kb_search_head_head on kb_search_head using gin (head);

create function kb_search_head_sync() returns trigger language plpgsql as
$$
begin
    insert into kb_search_head (article_id, language, audience, category, folded_title, head)
    values (new.article_id, new.language, new.audience, new.category, kb_fold(new.title),
            kb_search_head(new.language, new.title, new.tags_text, new.category))
    on conflict (article_id) do update
        set language = excluded.language, audience = excluded.audience,
            category = excluded.category, folded_title = excluded.folded_title, head = excluded.head;
    return null;
end
$$;
create trigger kb_search_head_sync after insert or update on kb_search_doc
    for each row execute function kb_search_head_sync();

-- The document vector stays in the row (compressed if need be) instead of moving to the TOAST
-- table, so testing an article for a match is not one more index lookup and read each. Rewriting
-- every live row once stores the documents so and fills kb_search_head through the trigger.
alter table kb_search_doc alter column document set storage main;
update kb_search_doc set title = title;
