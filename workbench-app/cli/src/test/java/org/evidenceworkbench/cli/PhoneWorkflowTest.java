package org.evidenceworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.evidenceworkbench.testing.EvidenceFactory;
import org.evidenceworkbench.testing.PhoneExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seized phone through the CLI: its artefacts are listed by type, a WhatsApp chat reads in
 * order with its attachment, and the phone's contact, the messages with them and a PDF that
 * names the same number meet in one phone entity.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class PhoneWorkflowTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void artefactsConversationsAndEntitiesOfASeizedPhone() throws IOException {
        Path evidence = tmp.resolve("evidence");
        PhoneExtraction.build(evidence.resolve("phone"));
        EvidenceFactory.pdf(evidence, "notes.pdf", "Notes", "DC Example", List.of("Runner's number: 020 7946 0123"));
        Path caseDir = tmp.resolve("case");
        assertThat(CliRunner.run("case", "create", caseDir.toString(), "--name", "T", "--examiner", "E").exitCode())
                .isZero();
        assertThat(CliRunner.run("ingest", caseDir.toString(), evidence.toString()).exitCode()).isZero();

        List<JsonNode> calls = lines(CliRunner.run("artefacts", caseDir.toString(), "--type", "call", "--json").out());
        assertThat(calls).extracting(c -> c.get("sourceFile").asText() + "#" + c.get("sourceRow").asText() + " "
                + c.get("direction").asText()).containsExactly(
                "phone/" + PhoneExtraction.CONTACTS_DB + "#1 incoming",
                "phone/" + PhoneExtraction.CONTACTS_DB + "#2 missed",
                "phone/" + PhoneExtraction.IOS_CALLS_DB + "#1 outgoing",
                "phone/" + PhoneExtraction.IOS_CALLS_DB + "#2 missed");
        String table = CliRunner.run("artefacts", caseDir.toString(), "--type", "web-search").out();
        assertThat(table.lines()).hasSize(2);
        assertThat(table).contains("web-search\tChrome\t-\t-\tharbour cctv cameras\t-\tphone/"
                + PhoneExtraction.CHROME_DB + " keyword_search_terms#1");
        CliRunner.Result wrong = CliRunner.run("artefacts", caseDir.toString(), "--type", "fax");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).contains("There is no artefact type 'fax'");

        String chat = CliRunner.run("conversation", caseDir.toString(), "whatsapp:442079460123@s.whatsapp.net").out();
        // the same person's chat on the old phone (a backup) and on this one, each under its database
        assertThat(chat.lines()).containsExactly(
                "Conversation whatsapp:442079460123@s.whatsapp.net (WhatsApp) in phone/"
                        + PhoneExtraction.LEGACY_WHATSAPP_DB,
                "[2024-03-01T11:10:00Z] +442079460123 → device owner: Old phone, same plan",
                "[2024-03-01T11:11:00Z] device owner → +442079460123: ",
                "    attachment: IMG-20200101-WA0003.jpg (image/jpeg)",
                "Conversation whatsapp:442079460123@s.whatsapp.net (WhatsApp) with +442079460123 in phone/"
                        + PhoneExtraction.WHATSAPP_DB,
                "[2024-03-01T10:10:00Z] +442079460123 → device owner: Did you get it?",
                "[2024-03-01T10:11:00Z] device owner → +442079460123: Got it, sending a picture",
                "[2024-03-01T10:12:00Z] device owner → +442079460123: ",
                "    attachment: Media/WhatsApp Images/Sent/IMG-20240301-WA0001.jpg (image/jpeg)");
        assertThat(lines(CliRunner.run("conversation", caseDir.toString(), "android-sms:1", "--json").out()))
                .extracting(m -> m.get("body").asText())
                .containsExactly("Are we still on for tonight?", "Yes, bring the package to the usual place",
                        "Here it is", "On my way, 10 minutes");
        assertThat(CliRunner.run("conversation", caseDir.toString(), "whatsapp:nobody").exitCode())
                .isEqualTo(ExitCode.FAILURE);

        // SMS, calls and the contact, WhatsApp chat, messages and contact, the old phone's two
        // messages (4 + 2 + 4 + 1 + 2) and the PDF: one entity
        List<JsonNode> entities = lines(CliRunner.run("entities", caseDir.toString(), "--type", "phone", "--json").out());
        assertThat(entities).anySatisfy(e -> {
            assertThat(e.get("value").asText()).isEqualTo("+442079460123");
            assertThat(e.get("items").asLong()).isGreaterThanOrEqualTo(14);
        });
        assertThat(CliRunner.run("show", caseDir.toString(), "notes.pdf").out()).contains("phone: Phone +44 20 7946 0123");
    }

    private static List<JsonNode> lines(String out) {
        return out.lines().map(PhoneWorkflowTest::json).toList();
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
