-- Schema version 6: artefacts read out of phone databases and reports (messages, calls,
-- contacts, chats, web visits and searches, locations, accounts). Each is an item of its own
-- (category = its kind, flag derived, parent = the database or report); this table holds what
-- lists and conversations need without reading every item's metadata.

CREATE TABLE artefact (
  item_id       BIGINT NOT NULL PRIMARY KEY REFERENCES item(id),
  kind          VARCHAR(20) NOT NULL,
  app           VARCHAR(200) NOT NULL,
  -- the conversation, e.g. whatsapp:447700900123@s.whatsapp.net; null for calls, contacts, visits
  thread        VARCHAR(1000),
  at            TIMESTAMP WITH TIME ZONE,
  party_from    VARCHAR(4000),
  party_to      VARCHAR(32000),
  direction     VARCHAR(40),
  title         VARCHAR(4000),
  body          CHARACTER LARGE OBJECT,
  attachments   VARCHAR(32000),
  -- provenance: the database (or report) path in the evidence, its table and row
  source_file   VARCHAR(1000000) NOT NULL,
  source_table  VARCHAR(200),
  source_row    VARCHAR(200),
  deleted       BOOLEAN NOT NULL
);
CREATE INDEX artefact_thread ON artefact(thread, at);
CREATE INDEX artefact_kind ON artefact(kind, at);
