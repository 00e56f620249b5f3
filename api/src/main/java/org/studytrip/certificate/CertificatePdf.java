package org.studytrip.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.studytrip.common.pdf.PdfDocuments;
import org.studytrip.trip.Trip;

/**
 * A certificate as a page to print and hand over: Chinese first and English below, the holder's name in both
 * scripts, and a QR code (ZXing) that leads to the public verification page.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final int QR_PIXELS = 330;
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

    private final Template template;
    private final PdfDocuments pdf;

    CertificatePdf(@Location("certificate.html") Template template, PdfDocuments pdf) {
        this.template = template;
        this.pdf = pdf;
    }

    /** What the template shows. */
    record Page(String titleZh, String titleEn, String statusNote, String holderNative, String holderLatin,
            String statementZh, String statementEn, String issuerZh, String issuerEn, String issuedOn, String serial,
            String serialLabel, String verifyLabel, String verificationUrl, String qrCode) {
    }

    byte[] render(Certificate certificate, String verificationUrl) {
        Trip trip = certificate.participant.trip;
        String hours = CertificateView.hours(certificate.minutesAttended);
        String titleZh = trip.title.zh() == null ? trip.title.en() : trip.title.zh();
        String dates = span(trip.startDate, trip.endDate, DateTimeFormatter.ISO_LOCAL_DATE, " – ");
        String datesZh = span(trip.startDate, trip.endDate, CHINESE_DATE, "至");
        String statusNote = switch (certificate.status) {
            case VALID -> null;
            case REVOKED -> "已撤销 · Revoked";
            case REPLACED -> "已被替换 · Replaced";
        };
        Page page = new Page("结业证书", "Certificate of Participation", statusNote, certificate.holderNameNative,
                certificate.holderNameLatin,
                (datesZh.isEmpty() ? "" : "于" + datesZh) + "参加" + titleZh + "，出席课程共" + hours + "小时。",
                "took part in " + trip.title.en() + (dates.isEmpty() ? "" : ", " + dates) + ", attending " + hours
                        + " hours of its programme.",
                trip.organiser.name.zh() == null ? trip.organiser.name.en() : trip.organiser.name.zh(),
                trip.organiser.name.en(),
                CHINESE_DATE.format(certificate.issuedAt.atZone(trip.zone())) + " · "
                        + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK)
                        .format(certificate.issuedAt.atZone(trip.zone())),
                Serials.shown(certificate.serial), "证书编号 Serial", "验证 Verify", verificationUrl, qrCode(verificationUrl));
        return pdf.render(template.data("certificate", page).render());
    }

    /** A trip's dates, either of which may not be set yet. */
    private static String span(LocalDate start, LocalDate end, DateTimeFormatter format, String to) {
        if (start == null || end == null || start.equals(end)) {
            return start != null ? format.format(start) : end != null ? format.format(end) : "";
        }
        return format.format(start) + to + format.format(end);
    }

    /** The QR code as a PNG data URI, a quiet zone of two modules around it. */
    private static String qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, QR_PIXELS, QR_PIXELS,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException failure) {
            throw new UncheckedIOException(new IOException("Could not draw the QR code", failure));
        }
    }
}
