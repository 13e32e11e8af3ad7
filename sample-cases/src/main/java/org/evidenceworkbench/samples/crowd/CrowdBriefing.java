package org.evidenceworkbench.samples.crowd;

import org.evidenceworkbench.core.training.AnswerKey;

/** The trainer's briefing of the crowdsourced incident: the story for the trainee, then the debrief. */
final class CrowdBriefing {

    private CrowdBriefing() {
    }

    static String markdown(AnswerKey key, int submissions) {
        StringBuilder md = new StringBuilder();
        md.append("# Training case: crowdsourced incident (").append(key.size()).append(", seed ").append(key.seed())
                .append(")\n\n");
        md.append("The incident, the festival, the submitters and the pictures are invented. The pictures are drawn\n"
                + "shapes standing in for photographs; phone makes and models are only labels in the EXIF. The\n"
                + "coordinates are a real city's, the place name is not.\n\n");
        md.append("## For the trainee\n\n");
        md.append("On Saturday 14 June 2025 at about 14:10 (BST) part of a stage collapsed during a street festival\n"
                + "on ").append(CrowdIncidentScenario.PLACE).append(" (").append(CrowdIncidentScenario.LATITUDE)
                .append(", ").append(CrowdIncidentScenario.LONGITUDE).append(").\nA public appeal for pictures and"
                + " videos brought in ").append(submissions).append(" submissions, delivered as a submission\n"
                + "pack: `evidence/submissions.csv` says who sent what, and where and when they say it was taken.\n\n");
        md.append("1. Create a case and ingest `evidence/` (the ingest reads the pack's manifest itself).\n");
        md.append("2. Find the submissions whose claimed place or time their own metadata contradicts, and tag them\n"
                + "   `relevant` and `claim-mismatch`.\n");
        md.append("3. Find the copies: the same picture sent again, or resized by a messaging app. Tag each copy\n"
                + "   (the later submission of the picture, not the first) `relevant` and `duplicate`.\n");
        md.append("4. Find the pictures that were edited after the camera took them, and tag them `relevant` and\n"
                + "   `manipulated`; confirm the findings you rely on.\n");
        md.append("5. Leave the honest submissions and the clips alone: they are the witnesses.\n\n");
        md.append("Useful: `workbench incidents CASE`, `workbench duplicates CASE`, `workbench triage CASE`,\n"
                + "`workbench search CASE 'type:picture'`, `workbench show CASE PATH`.\n\n");
        md.append("## For the trainer (debrief; do not hand out)\n\n");
        md.append("Score the trainee with `workbench train score CASE --key answer-key.json`. The items a good\n"
                + "triage surfaces:\n\n");
        md.append("| Priority | Item | Why | Expected findings | Tags |\n|---|---|---|---|---|\n");
        for (AnswerKey.Item item : key.items()) {
            md.append("| ").append(item.priority().label()).append(" | `").append(item.path()).append("` | ")
                    .append(item.why()).append(" | ")
                    .append(String.join(", ", item.findings().stream().map(AnswerKey.ExpectedFinding::type).toList()))
                    .append(" | ").append(String.join(", ", item.tags())).append(" |\n");
        }
        md.append("\nPoints to raise:\n\n"
                + "- A claim mismatch is a question, not an accusation: people guess times, give the place they live,\n"
                + "  or send an older picture in good faith. It still means the picture cannot place anything at\n"
                + "  the incident without more.\n"
                + "- Copies are not corroboration: two submitters sending one picture is one witness. The exact\n"
                + "  copies have the same SHA-256; the resized ones group as near-duplicates (PDQ, within 31 bits)\n"
                + "  and have lost their EXIF on the way through a messaging app, so only the original can be placed.\n"
                + "- The two manipulated pictures show the range: one carries an editor's name, a later save time and\n"
                + "  standard JPEG tables (obvious once looked at); the other kept the camera's EXIF, and only its\n"
                + "  stale EXIF thumbnail shows the picture before the edit. Ask for the originals from the devices.\n"
                + "- No indicator is proof of manipulation; each says what innocent causes look the same.\n");
        return md.toString();
    }
}
