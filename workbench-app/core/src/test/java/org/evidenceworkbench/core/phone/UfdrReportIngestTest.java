package org.evidenceworkbench.core.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evidenceworkbench.core.CaseTestSupport.item;
import static org.evidenceworkbench.core.CaseTestSupport.itemsByPath;
import static org.evidenceworkbench.core.CaseTestSupport.newCase;
import static org.evidenceworkbench.core.CaseTestSupport.options;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.evidenceworkbench.core.casefolder.Case;
import org.evidenceworkbench.core.ingest.IngestService;
import org.evidenceworkbench.core.ingest.SourceResult;
import org.evidenceworkbench.core.item.CaseQueries;
import org.evidenceworkbench.core.item.ItemDetail;
import org.evidenceworkbench.core.item.ItemSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A made-up Cellebrite reader report (a .ufdr zip: report.xml in the report namespace, and the
 * files it decoded) imports completely: every decoded message, call, contact, chat, location and
 * account is an artefact under report.xml with the report's own references kept, and the files
 * are items.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class UfdrReportIngestTest {

    private static final String REPORT = """
            <?xml version="1.0" encoding="utf-8"?>
            <project id="9f2c" name="Exhibit JD/1 handset" reportVersion="7.60" xmlns="http://pa.cellebrite.com/report/2.0">
              <sourceExtractions>
                <extractionInfo id="0" name="Logical (Android Backup)" isCustomName="False" type="Logical" deviceName="SM-G991B"/>
              </sourceExtractions>
              <taggedFiles>
                <file fs="Data" fsid="fs-1" path="/data/media/0/DCIM/Camera/IMG_0042.jpg" size="1" id="file-42" extractionId="0" deleted="Intact">
                  <metadata section="File"><item name="Local Path"><![CDATA[files\\Image\\IMG_0042.jpg]]></item></metadata>
                </file>
              </taggedFiles>
              <decodedData>
                <modelType type="SMS">
                  <model type="SMS" id="sms-1" deleted_state="Intact" decoding_confidence="High" isrelated="False" source_index="0" extractionId="0">
                    <field name="TimeStamp" type="TimeStamp"><value type="TimeStamp"><![CDATA[2024-03-01T10:00:00.000+00:00]]></value></field>
                    <field name="Body" type="String"><value type="String"><![CDATA[Bring the package & the keys]]></value></field>
                    <field name="Folder" type="String"><value type="String"><![CDATA[Inbox]]></value></field>
                    <multiModelField name="Parties" type="Party">
                      <model type="Party" id="p-1" deleted_state="Intact" decoding_confidence="High" isrelated="False" extractionId="0">
                        <field name="Identifier" type="String"><value type="String"><![CDATA[+442079460123]]></value></field>
                        <field name="Role" type="PartyRole"><value type="String"><![CDATA[From]]></value></field>
                        <field name="Name" type="String"><value type="String"><![CDATA[Alex Runner]]></value></field>
                      </model>
                    </multiModelField>
                    <jumptargets><targetid>file-db-1</targetid></jumptargets>
                  </model>
                  <model type="SMS" id="sms-2" deleted_state="Deleted" decoding_confidence="High" isrelated="False" extractionId="0">
                    <field name="TimeStamp" type="TimeStamp"><value type="TimeStamp"><![CDATA[2024-03-01T10:05:00.000+00:00]]></value></field>
                    <field name="Body" type="String"><value type="String"><![CDATA[Wipe your phone]]></value></field>
                    <field name="Folder" type="String"><value type="String"><![CDATA[Sent]]></value></field>
                    <multiModelField name="Parties" type="Party">
                      <model type="Party" id="p-2"><field name="Identifier" type="String"><value type="String"><![CDATA[+442079460123]]></value></field>
                        <field name="Role" type="PartyRole"><value type="String"><![CDATA[To]]></value></field></model>
                    </multiModelField>
                  </model>
                </modelType>
                <modelType type="Call">
                  <model type="Call" id="call-1" deleted_state="Intact" decoding_confidence="High" extractionId="0">
                    <field name="Source" type="String"><value type="String"><![CDATA[Phone]]></value></field>
                    <field name="Type" type="String"><value type="String"><![CDATA[Outgoing]]></value></field>
                    <field name="TimeStamp" type="TimeStamp"><value type="TimeStamp"><![CDATA[2024-03-01T10:10:00.000+00:00]]></value></field>
                    <field name="Duration" type="TimeSpan"><value type="TimeSpan"><![CDATA[00:01:35]]></value></field>
                    <multiModelField name="Parties" type="Party">
                      <model type="Party" id="p-3"><field name="Identifier" type="String"><value type="String"><![CDATA[+442079460456]]></value></field>
                        <field name="Role" type="PartyRole"><value type="String"><![CDATA[To]]></value></field></model>
                    </multiModelField>
                  </model>
                </modelType>
                <modelType type="Contact">
                  <model type="Contact" id="contact-1" deleted_state="Intact" decoding_confidence="High" extractionId="0">
                    <field name="Source" type="String"><value type="String"><![CDATA[WhatsApp]]></value></field>
                    <field name="Name" type="String"><value type="String"><![CDATA[Jo Courier]]></value></field>
                    <multiModelField name="Entries" type="ContactEntry">
                      <model type="PhoneNumber" id="e-1"><field name="Value" type="String"><value type="String"><![CDATA[+442079460456]]></value></field></model>
                      <model type="EmailAddress" id="e-2"><field name="Value" type="String"><value type="String"><![CDATA[courier@example.org]]></value></field></model>
                    </multiModelField>
                  </model>
                </modelType>
                <modelType type="Chat">
                  <model type="Chat" id="chat-1" deleted_state="Intact" decoding_confidence="High" extractionId="0">
                    <field name="Source" type="String"><value type="String"><![CDATA[WhatsApp]]></value></field>
                    <field name="Name" type="String"><value type="String"><![CDATA[Harbour crew]]></value></field>
                    <multiModelField name="Participants" type="Party">
                      <model type="Party" id="p-4"><field name="Identifier" type="String"><value type="String"><![CDATA[442079460789@s.whatsapp.net]]></value></field></model>
                    </multiModelField>
                    <multiModelField name="Messages" type="InstantMessage">
                      <model type="InstantMessage" id="im-2" deleted_state="Intact" decoding_confidence="High" extractionId="0">
                        <field name="Source" type="String"><value type="String"><![CDATA[WhatsApp]]></value></field>
                        <field name="TimeStamp" type="TimeStamp"><value type="TimeStamp"><![CDATA[2024-03-01T10:21:00.000+00:00]]></value></field>
                        <field name="Body" type="String"><value type="String"><![CDATA[Here is the route]]></value></field>
                        <modelField name="From" type="Party"><model type="Party" id="p-6">
                          <field name="Identifier" type="String"><value type="String"><![CDATA[me@s.whatsapp.net]]></value></field>
                          <field name="IsPhoneOwner" type="Boolean"><value type="Boolean"><![CDATA[True]]></value></field></model></modelField>
                        <multiModelField name="Attachments" type="Attachment">
                          <model type="Attachment" id="a-1"><field name="Filename" type="String"><value type="String"><![CDATA[IMG_0042.jpg]]></value></field>
                            <field name="ContentType" type="String"><value type="String"><![CDATA[image/jpeg]]></value></field></model>
                        </multiModelField>
                        <jumptargets><targetid>file-42</targetid></jumptargets>
                      </model>
                      <model type="InstantMessage" id="im-1" deleted_state="Intact" decoding_confidence="High" extractionId="0">
                        <field name="Source" type="String"><value type="String"><![CDATA[WhatsApp]]></value></field>
                        <field name="TimeStamp" type="TimeStamp"><value type="TimeStamp"><![CDATA[2024-03-01T10:20:00.000+00:00]]></value></field>
                        <field name="Body" type="String"><value type="String"><![CDATA[Which way tonight?]]></value></field>
                        <modelField name="From" type="Party"><model type="Party" id="p-5">
                          <field name="Identifier" type="String"><value type="String"><![CDATA[442079460789@s.whatsapp.net]]></value></field>
                          <field name="Name" type="String"><value type="String"><![CDATA[Harbour Mick]]></value></field></model></modelField>
                      </model>
                    </multiModelField>
                  </model>
                </modelType>
                <modelType type="Location">
                  <model type="Location" id="loc-1" deleted_state="Intact" decoding_confidence="High" extractionId="0">
                    <field name="TimeStamp" type="TimeStamp"><value type="TimeStamp"><![CDATA[2024-03-01T11:00:00.000+00:00]]></value></field>
                    <field name="Name" type="String"><value type="String"><![CDATA[Dover harbour]]></value></field>
                    <field name="Category" type="String"><value type="String"><![CDATA[Cell Towers]]></value></field>
                    <modelField name="Position" type="Coordinate"><model type="Coordinate" id="c-1">
                      <field name="Latitude" type="Double"><value type="Double"><![CDATA[51.1205]]></value></field>
                      <field name="Longitude" type="Double"><value type="Double"><![CDATA[1.3260]]></value></field></model></modelField>
                  </model>
                </modelType>
                <modelType type="UserAccount">
                  <model type="UserAccount" id="acc-1" deleted_state="Intact" decoding_confidence="High" extractionId="0">
                    <field name="Source" type="String"><value type="String"><![CDATA[Google]]></value></field>
                    <field name="Name" type="String"><value type="String"><![CDATA[Sam Dealer]]></value></field>
                    <field name="Username" type="String"><value type="String"><![CDATA[sam.dealer@example.net]]></value></field>
                  </model>
                </modelType>
                <modelType type="Cookie">
                  <model type="Cookie" id="cookie-1"><field name="Name" type="String"><value type="String"><![CDATA[sid]]></value></field></model>
                </modelType>
              </decodedData>
            </project>
            """;

    @TempDir
    Path tmp;

    @Test
    void aReaderReportImportsEveryDecodedRecordAndItsFiles() throws IOException {
        Path ufdr = tmp.resolve("JD-1.ufdr");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(ufdr)) {
            put(zip, "report.xml", REPORT.strip().getBytes(StandardCharsets.UTF_8));
            put(zip, "files/Image/IMG_0042.jpg", jpeg());
        }
        try (Case c = newCase(tmp.resolve("case"))) {
            List<SourceResult> results = new IngestService(c, options()).ingest(List.of(ufdr));
            assertThat(results).extracting(SourceResult::status).containsExactly(SourceResult.Status.COMPLETE);

            List<String> lines = new ArrayList<>();
            new ArtefactQueries(c).forEach(null, a -> lines.add(a.sourceFile() + "|" + a.kind() + "|" + a.app() + "|"
                    + a.sourceRow() + "|" + a.from() + "|" + a.to() + "|" + a.direction() + "|" + a.at() + "|"
                    + a.title() + "|" + a.body() + "|" + a.attachments() + "|" + a.thread() + "|" + a.deleted()));
            String r = "JD-1.ufdr!/report.xml";
            assertThat(lines).containsExactlyInAnyOrder(
                    r + "|message|UFDR|sms-1|+442079460123 (Alex Runner)|device owner|incoming|2024-03-01T10:00:00Z|null"
                            + "|Bring the package & the keys|[]|ufdr-sms:+442079460123 (Alex Runner)|false",
                    r + "|message|UFDR|sms-2|device owner|+442079460123|outgoing|2024-03-01T10:05:00Z|null"
                            + "|Wipe your phone|[]|ufdr-sms:+442079460123|true",
                    r + "|call|UFDR Phone|call-1|device owner|+442079460456|outgoing|2024-03-01T10:10:00Z|null|null|[]|null|false",
                    r + "|contact|UFDR WhatsApp|contact-1|null|null|null|null|Jo Courier|null|[]|null|false",
                    r + "|message|UFDR WhatsApp|im-1|442079460789@s.whatsapp.net (Harbour Mick)|device owner|null"
                            + "|2024-03-01T10:20:00Z|null|Which way tonight?|[]|ufdr:chat-1|false",
                    r + "|message|UFDR WhatsApp|im-2|device owner|device owner|null|2024-03-01T10:21:00Z|null"
                            + "|Here is the route|[IMG_0042.jpg (image/jpeg)]|ufdr:chat-1|false",
                    r + "|chat|UFDR WhatsApp|chat-1|null|442079460789@s.whatsapp.net|null|null|Harbour crew|null|[]|ufdr:chat-1|false",
                    r + "|location|UFDR|loc-1|null|null|null|2024-03-01T11:00:00Z|Dover harbour|null|[]|null|false",
                    r + "|account|UFDR Google|acc-1|null|null|null|null|Sam Dealer|null|[]|null|false");

            Map<String, ItemSummary> byPath = itemsByPath(c);
            assertThat(item(byPath, "JD-1.ufdr!/files/Image/IMG_0042.jpg").category()).isEqualTo("picture");
            CaseQueries q = new CaseQueries(c);
            ItemDetail place = q.show(r + "!/location-Location-loc-1.txt");
            assertThat(place.gpsLatitude()).isEqualTo(51.1205);
            assertThat(place.gpsLongitude()).isEqualTo(1.326);
            ItemDetail routed = q.show(r + "!/message-InstantMessage-im-2.txt");
            assertThat(routed.metadata().get("Provenance")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("File", r).containsEntry("Model id", "im-2").containsEntry("Model type", "InstantMessage")
                    .containsEntry("Extraction", "Logical (Android Backup)").containsEntry("Deleted state", "Intact")
                    .containsEntry("Decoding confidence", "High")
                    .containsEntry("Source files", List.of("/data/media/0/DCIM/Camera/IMG_0042.jpg"))
                    .containsEntry("Files in report", List.of("files/Image/IMG_0042.jpg"));
            // the record's picture is an item of its own, beside report.xml
            assertThat(byPath).containsKey("JD-1.ufdr!/files/Image/IMG_0042.jpg");
            assertThat(q.show(r + "!/message-SMS-sms-2.txt").item().flags()).contains("derived", "deleted");
            ItemDetail report = q.show(r);
            assertThat(report.metadata().get("Phone")).asInstanceOf(InstanceOfAssertFactories.MAP)
                    .containsEntry("Artefacts", 9)
                    .containsEntry("Warnings", List.of("report model types not read: {Cookie=1}"));
        }
    }

    @Test
    void aTruncatedReportKeepsWhatWasReadAndSaysTheRestIsMissing() throws IOException {
        String whole = REPORT.strip();
        String cut = whole.substring(0, whole.indexOf("<modelType type=\"Contact\">") + 60);
        Path ufdr = tmp.resolve("cut.ufdr");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(ufdr)) {
            put(zip, "report.xml", cut.getBytes(StandardCharsets.UTF_8));
        }
        try (Case c = newCase(tmp.resolve("case"))) {
            List<SourceResult> results = new IngestService(c, options()).ingest(List.of(ufdr));
            assertThat(results).extracting(SourceResult::status).containsExactly(SourceResult.Status.COMPLETE);
            List<String> read = new ArrayList<>();
            new ArtefactQueries(c).forEach(null, a -> read.add(a.kind() + " " + a.sourceRow()));
            assertThat(read).containsExactly("message sms-1", "message sms-2", "call call-1");
            ItemDetail report = new CaseQueries(c).show("cut.ufdr!/report.xml");
            assertThat(report.item().outcome()).as("the extractor finds the XML damaged too").isEqualTo("corrupt");
            assertThat(report.metadata().get("Phone").toString())
                    .contains("the report could not be read to its end", "artefacts after the damage are missing");
        }
    }

    private static void put(ZipArchiveOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(bytes);
        zip.closeArchiveEntry();
    }

    private static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, (x * 4) << 16 | (y * 5) << 8 | 90);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
