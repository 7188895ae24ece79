package dev.gantry.extract.tika;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Test documents built in code with the libraries Tika itself reads them with (POI, PDFBox). */
final class Fixtures {
    private Fixtures() {
    }

    /** Word: a title and author, two headings, a paragraph and a 2x2 table. */
    static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defineHeadingStyles(doc.createStyles());
            doc.getProperties().getCoreProperties().setTitle("Quarterly report");
            doc.getProperties().getCoreProperties().setCreator("Ada Lovelace");
            styled(doc, "Heading1", "Results");
            doc.createParagraph().createRun().setText("Revenue grew   by 12% this quarter.");
            styled(doc, "Heading2", "By region");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Region");
            table.getRow(0).getCell(1).setText("Growth");
            table.getRow(1).getCell(0).setText("EU");
            table.getRow(1).getCell(1).setText("8%");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Word maps heading paragraphs through named styles; a new document has none, so they are declared. */
    private static void defineHeadingStyles(XWPFStyles styles) {
        for (int level = 1; level <= 2; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(style));
        }
    }

    private static void styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    /** Excel: one sheet with a header row and two rows. */
    static byte[] xlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Prices");
            String[][] rows = {{"Item", "Price"}, {"Bolt", "0.25"}, {"Nut", "0.10"}};
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PDF: two pages of two paragraphs each, with a title and an author; encrypted with a user password if asked. */
    static byte[] pdf(boolean encrypted) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation().setTitle("Pump manual");
            doc.getDocumentInformation().setAuthor("Grace Hopper");
            for (int page = 1; page <= 2; page++) addPage(doc, page);
            if (encrypted) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addPage(PDDocument doc, int number) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
            text.beginText();
            text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            text.newLineAtOffset(72, 700);
            text.showText("Page " + number + " starts the check list.");
            text.newLineAtOffset(0, -14);
            text.showText("The line wraps onto this one.");
            text.newLineAtOffset(0, -40);
            text.showText("A second paragraph after a gap.");
            text.endText();
        }
    }

    /** A minimal EPUB 2: container, package document, one XHTML chapter. */
    static byte[] epub() {
        String container = """
                <?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\
                <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>\
                </rootfiles></container>""";
        String opf = """
                <?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">\
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Sea Stories</dc:title>\
                <dc:identifier id="id">urn:x</dc:identifier><dc:language>en</dc:language></metadata>\
                <manifest><item id="c1" href="c1.xhtml" media-type="application/xhtml+xml"/></manifest>\
                <spine><itemref idref="c1"/></spine></package>""";
        String chapter = """
                <?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>One</title></head>\
                <body><h1>Chapter One</h1><p>It was a dark night.</p></body></html>""";
        return zip(new String[][]{{"mimetype", "application/epub+zip"}, {"META-INF/container.xml", container},
                {"OEBPS/content.opf", opf}, {"OEBPS/c1.xhtml", chapter}});
    }

    /** A zip of text files; the first entry is stored uncompressed (EPUB wants its mimetype so). */
    static byte[] zip(String[][] entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i++) {
                byte[] data = entries[i][1].getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(entries[i][0]);
                if (i == 0) stored(entry, data);
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stored(ZipEntry entry, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        entry.setCrc(crc.getValue());
    }

    static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
