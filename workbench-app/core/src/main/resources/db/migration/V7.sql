-- Schema version 7: an examiner's notes on an item (what they saw, what to do next). Notes are
-- added, never edited or removed: a correction is a new note, and each is in the audit log.
CREATE TABLE item_note (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  item_id     BIGINT NOT NULL REFERENCES item(id),
  note        VARCHAR(4000) NOT NULL,
  written_by  VARCHAR(200) NOT NULL,
  written_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX item_note_item ON item_note(item_id, id);
