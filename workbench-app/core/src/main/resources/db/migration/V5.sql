-- Schema version 5: bundles received at a hub, and where each imported item came from.

-- One row per bundle imported into this case. The bundle's source row (kind BUNDLE) holds its
-- items; the tag manifest hash tells the same bundle from a different one with the same id.
CREATE TABLE bundle (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  source_id            BIGINT NOT NULL REFERENCES source(id),
  bundle_id            VARCHAR(36) NOT NULL,
  source_organization  VARCHAR(1000),
  contact_name         VARCHAR(1000),
  case_reference       VARCHAR(1000),
  case_group_id        VARCHAR(200),
  bagging_date         VARCHAR(40),
  export_profile       VARCHAR(40),
  handling_marking     VARCHAR(1000),
  workbench_version    VARCHAR(200),
  tagmanifest_sha256   CHAR(64) NOT NULL,
  item_count           BIGINT NOT NULL,
  imported_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by          VARCHAR(200) NOT NULL,
  forced               BOOLEAN NOT NULL,
  CONSTRAINT bundle_id_unique UNIQUE (bundle_id)
);

-- Where an imported item came from: the sender's exhibit, its item id, path, source and hashes
-- as the sender recorded them, and the copy of its bytes in the case folder (if one came).
CREATE TABLE item_origin (
  item_id            BIGINT NOT NULL PRIMARY KEY REFERENCES item(id),
  bundle_row         BIGINT NOT NULL REFERENCES bundle(id),
  exhibit            VARCHAR(4000),
  original_item_id   VARCHAR(100),
  original_path      VARCHAR(1000000),
  original_source    VARCHAR(32000),
  original_md5       CHAR(32),
  original_sha1      CHAR(40),
  original_sha256    CHAR(64),
  payload            VARCHAR(1000)
);
CREATE INDEX item_origin_bundle ON item_origin(bundle_row);

-- Where a finding was, in the sender's words, when it came in a bundle without location columns.
ALTER TABLE finding ADD COLUMN imported_where VARCHAR(1000);
