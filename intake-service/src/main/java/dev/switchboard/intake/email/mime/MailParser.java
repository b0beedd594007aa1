package dev.switchboard.intake.email.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.util.ByteArrayBuffer;
import org.eclipse.angus.mail.util.UUDecoderStream;

/**
 * Parses raw RFC 5322 / MIME mail with Apache James mime4j into a {@link ParsedMail}. Never throws
 * on malformed input: whatever cannot be decoded is kept as close to the original as possible and
 * noted; the raw message is the caller's to keep.
 */
public final class MailParser {

  private static final Set<String> UUENCODE = Set.of("x-uuencode", "uuencode", "x-uue");
  private static final Map<String, String> EXTENSIONS =
      Map.ofEntries(
          Map.entry("image/jpeg", ".jpg"),
          Map.entry("image/jpg", ".jpg"),
          Map.entry("image/png", ".png"),
          Map.entry("image/gif", ".gif"),
          Map.entry("text/html", ".html"),
          Map.entry("text/plain", ".txt"),
          Map.entry("text/calendar", ".ics"),
          Map.entry("text/rfc822-headers", ".txt"),
          Map.entry("message/delivery-status", ".txt"),
          Map.entry("message/feedback-report", ".txt"),
          Map.entry("message/disposition-notification", ".txt"),
          Map.entry("message/rfc822", ".eml"),
          Map.entry("application/pdf", ".pdf"),
          Map.entry("video/quicktime", ".mov"),
          Map.entry("video/mp4", ".mp4"),
          Map.entry("audio/mpeg", ".mp3"));

  private final MailLimits limits;

  public MailParser(MailLimits limits) {
    this.limits = limits;
  }

  public ParsedMail parse(byte[] raw) {
    MimeTree.Part root;
    try {
      root = MimeTree.parse(raw, limits.maxAttachmentBytes());
    } catch (IOException | RuntimeException unreadable) {
      root = new MimeTree.Part();
    }
    return new Extraction(root, MailCharsets.mentionedIn(raw)).result();
  }

  /** The state of one parse: body candidates found so far, attachments kept, notes. */
  private final class Extraction {
    private final MimeTree.Part root;
    private final List<java.nio.charset.Charset> headerCharsets;
    private final List<MailAttachment> attachments = new ArrayList<>();
    private final List<String> partTypes = new ArrayList<>();
    private final List<MailHeaders> enclosed = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();
    private String text;
    private String html;
    private boolean bodyDone;
    private int alternativeDepth;
    private long keptBytes;

    Extraction(MimeTree.Part root, List<java.nio.charset.Charset> headerCharsets) {
      this.root = root;
      this.headerCharsets = headerCharsets;
    }

    ParsedMail result() {
      MailHeaders headers = headers(root.fields);
      visit(root);
      // some spam carries several From fields; the first one with a usable address counts
      String fromHeader =
          headers.fields().stream()
              .filter(field -> field.name().equalsIgnoreCase("From"))
              .map(MailHeaders.Field::value)
              .filter(value -> addressList(value).stream().anyMatch(MailAddress::deliverable))
              .findFirst()
              .orElse(headers.first("From").orElse(""));
      List<MailAddress> from = addresses(root.fields, "From");
      from.sort(java.util.Comparator.comparing(address -> !address.deliverable()));
      String textBody =
          text != null && !text.isBlank() ? text : html != null ? HtmlText.toText(html) : "";
      String reportType = Optional.ofNullable(root.param("report-type")).orElse("");
      return new ParsedMail(
          headers,
          from.stream().findFirst(),
          fromHeader,
          addresses(root.fields, "To"),
          addresses(root.fields, "Cc"),
          addresses(root.fields, "Reply-To"),
          headers.first("Subject").orElse(""),
          date(root.fields),
          headers.first("Message-ID").flatMap(id -> firstId(id)).orElse(""),
          headers.first("In-Reply-To").flatMap(id -> firstId(id)).orElse(""),
          headers.first("References").map(HeaderText::messageIds).orElse(List.of()),
          textBody,
          html == null ? null : HtmlText.sanitize(html),
          attachments,
          root.mimeType(),
          reportType.toLowerCase(Locale.ROOT),
          partTypes,
          enclosed,
          notes);
    }

    private void visit(MimeTree.Part part) {
      partTypes.add(part.mimeType());
      if (part.multipart()) {
        boolean alternative = part.mimeType().equals("multipart/alternative");
        alternativeDepth += alternative ? 1 : 0;
        part.children.forEach(this::visit);
        alternativeDepth -= alternative ? 1 : 0;
        if (alternative && alternativeDepth == 0 && (text != null || html != null)) {
          bodyDone = true;
        }
        return;
      }
      if (!bodyDone && isInlineText(part)) {
        boolean plain = part.mimeType().equals("text/plain") || part.mimeType().equals("text");
        if (plain && text == null) {
          text = decodeText(part);
          bodyDone = alternativeDepth == 0;
          return;
        }
        if (!plain && html == null) {
          html = decodeText(part);
          bodyDone = alternativeDepth == 0;
          return;
        }
      }
      keepAttachment(part);
    }

    private boolean isInlineText(MimeTree.Part part) {
      String type = part.mimeType();
      boolean textual =
          type.equals("text/plain") || type.equals("text/html") || type.equals("text");
      String disposition =
          part.descriptor == null ? null : part.descriptor.getContentDispositionType();
      return textual
          && part.body != null
          && !"attachment".equalsIgnoreCase(disposition)
          && declaredFilename(part) == null;
    }

    private String decodeText(MimeTree.Part part) {
      String charset = part.param("charset");
      if (charset != null
          && MailCharsets.resolve(charset).isEmpty()
          && !MailCharsets.isAscii(bodyBytes(part))) {
        notes.add("unknown charset " + charset + ": text decoded as UTF-8 or windows-1252");
      }
      return MailCharsets.decode(bodyBytes(part), charset);
    }

    private byte[] bodyBytes(MimeTree.Part part) {
      if (part.body == null || !UUENCODE.contains(part.transferEncoding())) {
        return part.body == null ? new byte[0] : part.body;
      }
      // legacy senders omit the "begin" line, so it is not required
      try (InputStream decoded =
          new UUDecoderStream(new ByteArrayInputStream(part.body), true, true)) {
        return decoded.readAllBytes();
      } catch (IOException | RuntimeException notUuencoded) {
        return part.body;
      }
    }

    private void keepAttachment(MimeTree.Part part) {
      String type = part.mimeType();
      if (type.equals("message/rfc822") || type.equals("text/rfc822-headers")) {
        if (part.body != null) {
          enclosed.add(headers(MimeTree.headerOf(part.body)));
        }
      }
      if (part.body == null && part.size <= limits.maxAttachmentBytes()) {
        return; // a multipart without parts, nothing to keep
      }
      String filename = filename(part);
      if (part.body == null) {
        notes.add(
            "attachment %s (%d bytes) dropped: larger than the %d-byte limit"
                .formatted(filename, part.size, limits.maxAttachmentBytes()));
        return;
      }
      byte[] content = bodyBytes(part);
      if (keptBytes + content.length > limits.maxTotalAttachmentBytes()) {
        notes.add(
            "attachment %s (%d bytes) dropped: attachments over the %d-byte total limit"
                .formatted(filename, content.length, limits.maxTotalAttachmentBytes()));
        return;
      }
      keptBytes += content.length;
      String contentId =
          part.descriptor == null || part.descriptor.getContentId() == null
              ? null
              : part.descriptor.getContentId().trim().replaceAll("^<|>$", "");
      boolean inline =
          part.descriptor != null
                  && "inline".equalsIgnoreCase(part.descriptor.getContentDispositionType())
              || contentId != null && type.startsWith("image/");
      String md5 = content == part.body ? part.md5 : MimeTree.md5Hex(content);
      attachments.add(
          new MailAttachment(filename, type, content.length, md5, contentId, inline, content));
    }

    /**
     * The declared name, else a name from what the part is: an enclosed message by its subject, a
     * part referenced by a file-like Content-ID by that id, a described part by its description,
     * else by type ({@code image.jpg}, {@code document.html}); repeats get a number.
     */
    private String filename(MimeTree.Part part) {
      String declared = declaredFilename(part);
      String type = part.mimeType();
      String extension = EXTENSIONS.getOrDefault(type, "");
      List<String> candidates = new ArrayList<>();
      candidates.add(declared == null ? "" : declared.strip());
      if (type.equals("message/rfc822") && part.body != null) {
        String subject = headers(MimeTree.headerOf(part.body)).first("Subject").orElse("").strip();
        candidates.add(subject.isEmpty() ? "" : subject.replaceAll("[/\\\\]", "_") + extension);
      }
      String contentId = part.descriptor == null ? null : part.descriptor.getContentId();
      if (contentId != null) {
        String local = contentId.trim().replaceAll("^<|>$", "").replaceAll("@.*$", "");
        candidates.add(local.contains(".") ? local : "");
      }
      String description = part.descriptor == null ? null : part.descriptor.getContentDescription();
      if (description != null && !description.isBlank()) {
        candidates.add(HeaderText.decodeWords(description).strip() + extension);
      }
      for (String candidate : candidates) {
        if (!candidate.isEmpty() && usedNames.add(candidate)) {
          return candidate;
        }
      }
      String major = type.contains("/") ? type.substring(0, type.indexOf('/')) : type;
      String base =
          Set.of("image", "video", "audio").contains(major)
              ? major
              : switch (type) {
                case "text/html" -> "document";
                case "message/rfc822" -> "message";
                default -> "file";
              };
      return uniqueName(base + extension);
    }

    private String uniqueName(String name) {
      String candidate = name;
      int dot = name.lastIndexOf('.');
      String stem = dot > 0 ? name.substring(0, dot) : name;
      String extension = dot > 0 ? name.substring(dot) : "";
      for (int n = 1; !usedNames.add(candidate); n++) {
        candidate = stem + n + extension;
      }
      return candidate;
    }

    private MailHeaders headers(List<Field> fields) {
      List<MailHeaders.Field> decoded = new ArrayList<>(fields.size());
      for (Field field : fields) {
        decoded.add(
            new MailHeaders.Field(
                field.getName(),
                HeaderText.decodeWords(HeaderText.unfolded(field, headerCharsets))));
      }
      return new MailHeaders(decoded);
    }

    private List<MailAddress> addresses(List<Field> fields, String name) {
      List<MailAddress> result = new ArrayList<>();
      for (Field field : fields) {
        if (field.getName().equalsIgnoreCase(name)) {
          result.addAll(addressList(HeaderText.unfolded(field, headerCharsets)));
        }
      }
      return result;
    }

    private Optional<Instant> date(List<Field> fields) {
      for (Field field : fields) {
        if (field.getName().equalsIgnoreCase("Date")) {
          try {
            ParsedField parsed = LenientFieldParser.getParser().parse(field, DecodeMonitor.SILENT);
            if (parsed instanceof DateTimeField dateField && dateField.getDate() != null) {
              return Optional.of(dateField.getDate().toInstant());
            }
          } catch (RuntimeException unparsable) {
            return Optional.empty();
          }
        }
      }
      return Optional.empty();
    }
  }

  /** Mailboxes of an address header; a group contributes its members. */
  public static List<MailAddress> addressList(String value) {
    List<MailAddress> result = new ArrayList<>();
    // mime4j parses bytes; non-ASCII text (raw 8-bit headers) goes in as UTF-8 and comes back
    // as one char per byte, which is turned back into text below
    byte[] bytes = HeaderText.mapEncodedWordCharsets(value).getBytes(StandardCharsets.UTF_8);
    try {
      AddressList list =
          LenientAddressParser.DEFAULT.parseAddressList(
              new ByteArrayBuffer(bytes, false), new ParserCursor(0, bytes.length));
      for (Mailbox mailbox : list.flatten()) {
        result.add(mailbox(mailbox));
      }
    } catch (RuntimeException unparsable) {
      return result;
    }
    return result;
  }

  private static MailAddress mailbox(Mailbox mailbox) {
    String name = mailbox.getName() == null ? "" : bytesAsUtf8(mailbox.getName());
    return new MailAddress(bytesAsUtf8(mailbox.getAddress()), HeaderText.decodeWords(name));
  }

  /** Text that mime4j read one byte per char: back to UTF-8 when it is valid UTF-8. */
  private static String bytesAsUtf8(String text) {
    if (text == null
        || text.chars().allMatch(c -> c < 0x80)
        || text.chars().anyMatch(c -> c > 0xff)) {
      return text;
    }
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return MailCharsets.isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : text;
  }

  private static Optional<String> firstId(String value) {
    return HeaderText.messageIds(value).stream().findFirst();
  }

  private static String declaredFilename(MimeTree.Part part) {
    if (part.descriptor == null) {
      return null;
    }
    String name = part.descriptor.getContentDispositionFilename();
    if (name == null || name.isBlank()) {
      name = part.param("name");
    }
    return name == null ? null : HeaderText.decodeWords(name);
  }
}
