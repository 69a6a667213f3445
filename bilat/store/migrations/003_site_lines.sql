-- Short lines seen in each site's documents: a line repeated across a site's pages is furniture.
CREATE TABLE site_lines (
    site    TEXT NOT NULL,
    line    TEXT NOT NULL,
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (site, line, doc_id)
);
