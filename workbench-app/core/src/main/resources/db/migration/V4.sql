-- Schema version 4: machine-readable finding attributes, and near-duplicate picture groups.

-- A finding's attributes as a JSON object of strings (e.g. a picture's eight dihedral PDQ hashes).
ALTER TABLE finding ADD COLUMN attributes VARCHAR(8000);

-- Pictures whose perceptual hashes lie within the grouping distance of one another, worked out
-- again from the findings after every ingest or detector run. One row per member; the
-- representative is the member every distance is measured from.
CREATE TABLE near_duplicate (
  item_id            BIGINT NOT NULL PRIMARY KEY REFERENCES item(id),
  group_id           BIGINT NOT NULL,
  representative_id  BIGINT NOT NULL,
  distance           INT NOT NULL,
  transform          VARCHAR(20) NOT NULL
);
CREATE INDEX near_duplicate_group ON near_duplicate(group_id);
