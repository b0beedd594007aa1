-- Knowledge base: articles with versions, the search index of live versions, feedback, suggestions
-- and the KCS links from resolved tickets. Production PostgreSQL needs the contrib extensions
-- pg_trgm and unaccent (CloudNativePG and every managed PostgreSQL ship them).
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Accent-folding text search configurations: unaccent runs before each language's stemmer, so
-- "café" and "cafe" index and query alike, and ts_headline still highlights the original words.
create text search configuration kb_english (copy = english);
alter text search configuration kb_english
    alter mapping for hword, hword_part, word with unaccent, english_stem;
create text search configuration kb_german (copy = german);
alter text search configuration kb_german
    alter mapping for hword, hword_part, word with unaccent, german_stem;
create text search configuration kb_french (copy = french);
alter text search configuration kb_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration kb_spanish (copy = spanish);
alter text search configuration kb_spanish
    alter mapping for hword, hword_part, word with unaccent, spanish_stem;
create text search configuration kb_italian (copy = italian);
alter text search configuration kb_italian
    alter mapping for hword, hword_part, word with unaccent, italian_stem;
create text search configuration kb_portuguese (copy = portuguese);
alter text search configuration kb_portuguese
    alter mapping for hword, hword_part, word with unaccent, portuguese_stem;
create text search configuration kb_dutch (copy = dutch);
alter text search configuration kb_dutch
    alter mapping for hword, hword_part, word with unaccent, dutch_stem;
create text search configuration kb_simple (copy = simple);
alter text search configuration kb_simple
    alter mapping for hword, hword_part, word, asciiword, asciihword, hword_asciipart with unaccent, simple;

-- The search configuration of an article language (ISO 639-1); unknown languages fold accents only.
create function kb_regconfig(language text) returns regconfig
    language sql immutable parallel safe as
$$
select case language
           when 'en' then 'kb_english'::regconfig
           when 'de' then 'kb_german'::regconfig
           when 'fr' then 'kb_french'::regconfig
           when 'es' then 'kb_spanish'::regconfig
           when 'it' then 'kb_italian'::regconfig
           when 'pt' then 'kb_portuguese'::regconfig
           when 'nl' then 'kb_dutch'::regconfig
           else 'kb_simple'::regconfig
           end
$$;

create table kb_article (
    id                uuid primary key,
    status            text        not null,
    latest_version    integer     not null,
    published_version integer,
    views             bigint      not null default 0,
    created_by        text        not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null
);
create index kb_article_status on kb_article (status);

create table kb_article_version (
    id           uuid primary key,
    article_id   uuid        not null references kb_article (id),
    version      integer     not null,
    title        text        not null,
    body         text        not null,
    category     text,
    tags         text[]      not null,
    audience     text        not null,
    language     text        not null,
    status       text        not null,
    author       text        not null,
    created_at   timestamptz not null,
    submitted_at timestamptz,
    published_at timestamptz,
    published_by text,
    unique (article_id, version)
);

-- One row per live (published) article: the only thing search and suggestions read.
create table kb_search_doc (
    article_id   uuid primary key references kb_article (id),
    version      integer     not null,
    title        text        not null,
    body         text        not null,
    category     text,
    tags_text    text        not null,
    audience     text        not null,
    language     text        not null,
    published_at timestamptz not null,
    document     tsvector generated always as (
        setweight(to_tsvector(kb_regconfig(language), title), 'A')
            || setweight(to_tsvector(kb_regconfig(language), tags_text || ' ' || coalesce(category, '')), 'B')
            || setweight(to_tsvector(kb_regconfig(language), body), 'C')) stored
);
create index kb_search_doc_document on kb_search_doc using gin (document);
create index kb_search_doc_category on kb_search_doc (category);

-- Languages that have live articles: a query is parsed once per language, with its stemmer.
create table kb_search_language (
    language text primary key
);

-- Vocabulary of the published corpus (accent-folded, unstemmed) to correct misspelt query terms.
create table kb_word (
    word text primary key,
    ndoc integer not null
);
create index kb_word_trgm on kb_word using gin (word gin_trgm_ops);

create table kb_feedback (
    id         uuid primary key,
    article_id uuid        not null references kb_article (id),
    version    integer     not null,
    helpful    boolean     not null,
    ticket_id  uuid,
    comment    text,
    actor      text        not null,
    created_at timestamptz not null
);
create index kb_feedback_article on kb_feedback (article_id);

create table kb_suggestion (
    id                  uuid primary key,
    query_text          text        not null,
    category            text,
    ticket_id           uuid,
    actor               text        not null,
    shown               uuid[]      not null,
    created_at          timestamptz not null,
    accepted_article_id uuid,
    accepted_ticket_id  uuid,
    accepted_at         timestamptz
);
create index kb_suggestion_shown on kb_suggestion using gin (shown);

-- Resolved tickets as seen on switchboard.tickets: the gap report counts them per category.
create table kb_resolved_ticket (
    ticket_id      uuid primary key,
    number         text,
    category       text,
    resolved_at    timestamptz not null,
    reopened_count integer     not null default 0
);
create index kb_resolved_ticket_category on kb_resolved_ticket (category);

-- KCS: which article solved which ticket, and whether that ticket came back.
create table kb_article_link (
    article_id uuid        not null references kb_article (id),
    ticket_id  uuid        not null,
    linked_at  timestamptz not null,
    reopened   boolean     not null default false,
    primary key (article_id, ticket_id)
);
create index kb_article_link_ticket on kb_article_link (ticket_id);

-- Lower-case, accent-free text: how the vocabulary stores words and titles are compared.
create function kb_fold(text) returns text
    language sql immutable parallel safe strict as
$$
select lower(unaccent('unaccent'::regdictionary, $1))
$$;
