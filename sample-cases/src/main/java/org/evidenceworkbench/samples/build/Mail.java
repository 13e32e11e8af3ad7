package org.evidenceworkbench.samples.build;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One e-mail message with a plain-text body and any number of attachments, written as MIME text
 * (an .eml file, or a message of an mbox). The boundary comes from the message id, so the same
 * message always gives the same bytes.
 */
public record Mail(String messageId, String from, String to, String subject, ZonedDateTime date, String body,
                   List<Attachment> attachments) {

    private static final DateTimeFormatter MAIL_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final DateTimeFormatter MBOX_DATE =
            DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss yyyy", Locale.ENGLISH);

    public Mail {
        attachments = List.copyOf(attachments);
    }

    /** A file sent with a message. */
    public record Attachment(String name, String contentType, byte[] content) {
    }

    /** The message as MIME text with {@code newline} line ends: CRLF for an .eml, LF inside an mbox. */
    public String mimeText(String newline) {
        StringBuilder m = new StringBuilder();
        header(m, newline, "Message-ID", "<" + messageId + ">");
        header(m, newline, "Date", MAIL_DATE.format(date));
        header(m, newline, "From", from);
        header(m, newline, "To", to);
        header(m, newline, "Subject", subject);
        header(m, newline, "MIME-Version", "1.0");
        if (attachments.isEmpty()) {
            textPartHeaders(m, newline);
            m.append(newline).append(body.replace("\n", newline)).append(newline);
            return m.toString();
        }
        String boundary = "=_sample_" + messageId.replaceAll("[^A-Za-z0-9]", "") + "_";
        header(m, newline, "Content-Type", "multipart/mixed; boundary=\"" + boundary + "\"");
        m.append(newline).append("This is a multi-part message in MIME format.").append(newline);
        m.append("--").append(boundary).append(newline);
        textPartHeaders(m, newline);
        m.append(newline).append(body.replace("\n", newline)).append(newline);
        for (Attachment a : attachments) {
            m.append("--").append(boundary).append(newline);
            header(m, newline, "Content-Type", a.contentType() + "; name=\"" + a.name() + "\"");
            header(m, newline, "Content-Disposition", "attachment; filename=\"" + a.name() + "\"");
            header(m, newline, "Content-Transfer-Encoding", "base64");
            m.append(newline);
            m.append(Base64.getMimeEncoder(76, newline.getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(a.content())).append(newline);
        }
        m.append("--").append(boundary).append("--").append(newline);
        return m.toString();
    }

    /** The bytes of a single-message .eml file (CRLF line ends, as mail servers store them). */
    public byte[] eml() {
        return mimeText("\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The bytes of a Unix mailbox holding {@code mails} in order, each after its {@code From }
     * separator line. Bodies must not have lines starting with "From " (they are not escaped).
     */
    public static byte[] mbox(List<Mail> mails) {
        StringBuilder box = new StringBuilder();
        for (Mail mail : mails) {
            String sender = mail.from().replaceAll(".*<([^>]+)>.*", "$1");
            box.append("From ").append(sender).append(' ').append(MBOX_DATE.format(mail.date())).append('\n');
            box.append(mail.mimeText("\n")).append('\n');
        }
        return box.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void textPartHeaders(StringBuilder m, String newline) {
        header(m, newline, "Content-Type", "text/plain; charset=UTF-8");
        header(m, newline, "Content-Transfer-Encoding", "8bit");
    }

    private static void header(StringBuilder m, String newline, String name, String value) {
        m.append(name).append(": ").append(value).append(newline);
    }
}
