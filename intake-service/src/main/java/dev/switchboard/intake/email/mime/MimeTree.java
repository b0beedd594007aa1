package dev.switchboard.intake.email.mime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.message.DefaultBodyDescriptorBuilder;
import org.apache.james.mime4j.message.MaximalBodyDescriptor;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * The entity tree of one message as mime4j's stream parser reports it. Enclosed messages ({@code
 * message/rfc822}) are not descended into, so their exact bytes are kept as one part; bodies are
 * transfer-decoded by mime4j, and bodies over the size limit are measured but not kept.
 */
final class MimeTree {

  /** One entity: its header fields, content description and either children or a body. */
  static final class Part {
    final List<Field> fields = new ArrayList<>();
    final List<Part> children = new ArrayList<>();
    MaximalBodyDescriptor descriptor;
    byte[] body;
    long size;
    String md5 = "";

    String mimeType() {
      return descriptor == null
          ? "text/plain"
          : descriptor.getMimeType().toLowerCase(Locale.ROOT).trim();
    }

    boolean multipart() {
      return mimeType().startsWith("multipart/") && !children.isEmpty();
    }

    String param(String name) {
      if (descriptor == null) {
        return null;
      }
      Map<String, String> params = descriptor.getContentTypeParameters();
      return params == null ? null : params.get(name);
    }

    String transferEncoding() {
      return descriptor == null || descriptor.getTransferEncoding() == null
          ? ""
          : descriptor.getTransferEncoding().toLowerCase(Locale.ROOT);
    }
  }

  private static final MimeConfig CONFIG =
      new MimeConfig.Builder()
          .setMaxLineLen(-1)
          .setMaxHeaderLen(-1)
          .setMaxHeaderCount(-1)
          .setMaxContentLen(-1)
          .setStrictParsing(false)
          .build();

  private MimeTree() {}

  /** Parses the message; bodies larger than {@code maxBodyBytes} keep only size and MD5. */
  static Part parse(byte[] raw, long maxBodyBytes) throws IOException {
    TreeBuilder builder = new TreeBuilder(maxBodyBytes);
    parse(raw, builder);
    return builder.root == null ? new Part() : builder.root;
  }

  /** Only the top-level header fields of a message (or of a bare header block). */
  static List<Field> headerOf(byte[] raw) {
    HeaderCollector collector = new HeaderCollector();
    try {
      MimeStreamParser parser = newParser();
      collector.parser = parser;
      parser.setContentHandler(collector);
      parser.parse(new ByteArrayInputStream(raw));
    } catch (IOException | MimeException | RuntimeException unparsable) {
      // whatever was collected before the failure is still useful
    }
    return collector.fields;
  }

  private static void parse(byte[] raw, TreeBuilder builder) throws IOException {
    MimeStreamParser parser = newParser();
    parser.setContentHandler(builder);
    try {
      parser.parse(new ByteArrayInputStream(raw));
    } catch (MimeException malformed) {
      // mime4j is lenient; a failure here leaves the parts read so far, which are kept
    }
  }

  private static MimeStreamParser newParser() {
    MimeStreamParser parser =
        new MimeStreamParser(
            CONFIG,
            DecodeMonitor.SILENT,
            new DefaultBodyDescriptorBuilder(
                null, LenientFieldParser.getParser(), DecodeMonitor.SILENT));
    parser.setContentDecoding(true);
    parser.setNoRecurse();
    return parser;
  }

  private static final class HeaderCollector extends AbstractContentHandler {
    final List<Field> fields = new ArrayList<>();
    MimeStreamParser parser;
    private boolean done;

    @Override
    public void field(Field field) {
      if (!done) {
        fields.add(field);
      }
    }

    @Override
    public void endHeader() {
      done = true;
      parser.stop();
    }
  }

  private static final class TreeBuilder extends AbstractContentHandler {
    private final long maxBodyBytes;
    private final Deque<Part> open = new ArrayDeque<>();
    Part root;

    TreeBuilder(long maxBodyBytes) {
      this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void startMessage() {
      if (root == null) {
        root = new Part();
        open.push(root);
      }
    }

    @Override
    public void startBodyPart() {
      Part part = new Part();
      if (open.isEmpty()) {
        return;
      }
      open.peek().children.add(part);
      open.push(part);
    }

    @Override
    public void endBodyPart() {
      if (open.size() > 1) {
        open.pop();
      }
    }

    @Override
    public void field(Field field) {
      if (!open.isEmpty()) {
        open.peek().fields.add(field);
      }
    }

    @Override
    public void startMultipart(BodyDescriptor descriptor) {
      if (!open.isEmpty()) {
        open.peek().descriptor = (MaximalBodyDescriptor) descriptor;
      }
    }

    @Override
    public void body(BodyDescriptor descriptor, InputStream stream) throws IOException {
      if (open.isEmpty()) {
        return;
      }
      Part part = open.peek();
      part.descriptor = (MaximalBodyDescriptor) descriptor;
      readBody(part, stream, possibleMessageText(part) ? Long.MAX_VALUE : maxBodyBytes);
    }

    /** Unnamed text parts may be the message text, which no attachment limit applies to. */
    private static boolean possibleMessageText(Part part) {
      String type = part.mimeType();
      return (type.equals("text/plain") || type.equals("text/html"))
          && part.descriptor.getContentDispositionFilename() == null
          && part.param("name") == null;
    }

    private void readBody(Part part, InputStream stream, long maxBodyBytes) throws IOException {
      MessageDigest md5 = md5();
      ByteArrayOutputStream kept = new ByteArrayOutputStream();
      long size = 0;
      byte[] buffer = new byte[8192];
      try (InputStream in = new DigestInputStream(stream, md5)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          size += n;
          if (size <= maxBodyBytes) {
            kept.write(buffer, 0, n);
          }
        }
      }
      part.size = size;
      if (size <= maxBodyBytes) {
        part.body = kept.toByteArray();
      }
      part.md5 = HexFormat.of().formatHex(md5.digest());
    }
  }

  static String md5Hex(byte[] bytes) {
    return HexFormat.of().formatHex(md5().digest(bytes));
  }

  private static MessageDigest md5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException("every JVM has MD5", impossible);
    }
  }
}
