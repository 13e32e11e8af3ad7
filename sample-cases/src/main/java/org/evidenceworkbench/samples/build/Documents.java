package org.evidenceworkbench.samples.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * PDF, DOCX and XLSX files written by PDFBox and POI with every date fixed to {@code created}, so
 * the same content always gives the same bytes (the libraries would otherwise stamp the current
 * time and, for PDF, a time-based document id).
 */
public final class Documents {

    private final Instant created;

    public Documents(Instant created) {
        this.created = created;
    }

    /** A PDF showing {@code lines} (plain ASCII: the standard Helvetica font has no other glyphs), one page a 40 lines. */
    public byte[] pdf(String title, String author, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int start = 0; start < Math.max(1, lines.size()); start += 40) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    cs.setLeading(15);
                    cs.newLineAtOffset(72, 720);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + 40))) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(author);
            info.setCreationDate(calendar());
            info.setModificationDate(calendar());
            // a fixed document id, derived from the content, instead of PDFBox's time-based one
            COSString id = new COSString(md5(title + "\n" + author + "\n" + String.join("\n", lines)));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A Word document whose paragraphs are {@code paragraphs}. */
    public byte[] docx(String title, String author, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            fixProperties(doc.getProperties(), title, author);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return FixedZip.withFixedTimes(out.toByteArray(), created);
        }
    }

    /**
     * A workbook with one sheet: a header row and data rows, every cell a string (so long numbers
     * such as card numbers are kept digit for digit, as a fraudster's list would type them).
     */
    public byte[] xlsx(String title, String author, String sheetName, List<String> header, List<List<String>> rows)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(sheetName);
            writeRow(sheet, 0, header);
            for (int i = 0; i < rows.size(); i++) {
                writeRow(sheet, i + 1, rows.get(i));
            }
            fixProperties(book.getProperties(), title, author);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return FixedZip.withFixedTimes(out.toByteArray(), created);
        }
    }

    private static void writeRow(XSSFSheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        for (int c = 0; c < cells.size(); c++) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }

    private void fixProperties(POIXMLProperties properties, String title, String author) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(title);
        core.setCreator(author);
        core.setCreated(Optional.of(Date.from(created)));
        core.setModified(Optional.of(Date.from(created)));
    }

    private Calendar calendar() {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(created.toEpochMilli());
        return c;
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
