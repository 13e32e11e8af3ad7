-- Items whose heavy detectors (such as faces) have not run yet: the ingest makes every item
-- searchable first and runs those detectors in its analysis pass afterwards. A row is written with
-- its item and removed, in one transaction with the findings, once the item has been analysed,
-- so an interrupted analysis resumes where it stopped.
CREATE TABLE analysis_pending (
    item_id BIGINT PRIMARY KEY REFERENCES item(id),
    file    VARCHAR(8192) NOT NULL
);
