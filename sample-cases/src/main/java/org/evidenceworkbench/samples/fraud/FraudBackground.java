package org.evidenceworkbench.samples.fraud;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.evidenceworkbench.samples.build.Documents;
import org.evidenceworkbench.samples.build.EvidenceFiles;
import org.evidenceworkbench.samples.build.Mail;

/**
 * The everyday office material of the full-size case, among which the trainee has to find the few
 * items of the answer key: an archive of ordinary mail, meeting notes and minutes. None of it holds
 * an identifier the key expects, so it only counts against precision if tagged.
 */
final class FraudBackground {

    private static final int ARCHIVED_MAILS = 200;
    private static final int NOTES = 60;
    private static final int MINUTES = 20;
    private static final String[] COLLEAGUES = {"Office <office@example.org>", "Tom Ashdown <tom.ashdown@example.org>",
            "Priya Lang <priya.lang@example.org>", "Facilities <facilities@example.org>"};
    private static final String[] TOPICS = {"Rota for next week", "Printer on floor two", "Leaving drinks",
            "Quarterly figures meeting", "Parking permits", "Holiday requests", "Team photo", "Fire alarm test"};

    private final Random random;
    private final EvidenceFiles files;
    private final Documents docs;

    FraudBackground(Random random, EvidenceFiles files, Documents docs) {
        this.random = random;
        this.files = files;
        this.docs = docs;
    }

    void write() throws IOException {
        List<Mail> archive = new ArrayList<>();
        for (int i = 0; i < ARCHIVED_MAILS; i++) {
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String from = COLLEAGUES[random.nextInt(COLLEAGUES.length)];
            ZonedDateTime date = ZonedDateTime.of(2024, 1 + i % 12, 1 + i % 28, 8 + random.nextInt(9),
                    random.nextInt(60), 0, 0, ZoneId.of("Europe/London"));
            archive.add(new Mail(String.format(Locale.ROOT, "archive-%04d@example.org", i), from, FraudScenario.DANA,
                    topic, date, "Hi all,\nA note about: " + topic.toLowerCase(Locale.ROOT) + ".\nThanks", List.of()));
        }
        files.write("mail/archive-2024.mbox", Mail.mbox(archive));
        for (int i = 0; i < NOTES; i++) {
            files.writeText(String.format(Locale.ROOT, "notes/meeting-%03d.txt", i + 1),
                    "Meeting notes\n" + TOPICS[random.nextInt(TOPICS.length)] + ": agreed, actions to follow.\n");
        }
        for (int i = 0; i < MINUTES; i++) {
            files.write(String.format(Locale.ROOT, "documents/minutes-%02d.docx", i + 1),
                    docs.docx("Minutes " + (i + 1), "Office", List.of("Minutes of the team meeting",
                            "Present: Tom, Priya, Dana", TOPICS[random.nextInt(TOPICS.length)] + " discussed.")));
        }
    }
}
