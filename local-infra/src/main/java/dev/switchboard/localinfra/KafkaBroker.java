package dev.switchboard.localinfra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker + controller) inside this JVM. Used by
 * the tests and by the local stack; the same binaries as a production broker, no Docker.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final String CLUSTER_ID = "c3dpdGNoYm9hcmQtbG9jYWw";

  private final Path dataDirectory;
  private final boolean deleteOnClose;
  private final int port;
  private final int controllerPort = freePort();
  private KafkaRaftServer server;

  private KafkaBroker(Path dataDirectory, boolean deleteOnClose, int port) {
    this.dataDirectory = dataDirectory;
    this.deleteOnClose = deleteOnClose;
    this.port = port;
  }

  /**
   * Starts a broker.
   *
   * @param port the client port, 0 for a free one
   * @param dataDirectory where the log lives; kept across restarts unless {@code deleteOnClose}
   */
  public static KafkaBroker start(int port, Path dataDirectory, boolean deleteOnClose) {
    KafkaBroker broker =
        new KafkaBroker(dataDirectory, deleteOnClose, port == 0 ? freePort() : port);
    broker.startServer();
    return broker;
  }

  public String bootstrapServers() {
    return "localhost:" + port;
  }

  /**
   * A consumer in a group of its own that starts at the earliest offset, for looking at what was
   * published without taking part in any service's group.
   */
  public KafkaConsumer<String, String> probeConsumer() {
    return new KafkaConsumer<>(
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG,
            "probe-" + UUID.randomUUID(),
            ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
            "earliest"),
        new StringDeserializer(),
        new StringDeserializer());
  }

  private void startServer() {
    Properties props = new Properties();
    props.putAll(
        Map.ofEntries(
            Map.entry("process.roles", "broker,controller"),
            Map.entry("node.id", "1"),
            Map.entry("controller.quorum.voters", "1@localhost:" + controllerPort),
            Map.entry(
                "listeners",
                "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
            Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
            Map.entry("controller.listener.names", "CONTROLLER"),
            Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
            Map.entry("inter.broker.listener.name", "PLAINTEXT"),
            Map.entry("log.dirs", dataDirectory.resolve("log").toString()),
            Map.entry("num.partitions", "3"),
            Map.entry("auto.create.topics.enable", "true"),
            Map.entry("offsets.topic.replication.factor", "1"),
            Map.entry("offsets.topic.num.partitions", "3"),
            Map.entry("transaction.state.log.replication.factor", "1"),
            Map.entry("transaction.state.log.min.isr", "1"),
            Map.entry("share.coordinator.state.topic.replication.factor", "1"),
            Map.entry("share.coordinator.state.topic.min.isr", "1"),
            Map.entry("group.initial.rebalance.delay.ms", "0"),
            Map.entry("log.flush.interval.messages", "1"),
            Map.entry("log.retention.hours", "-1")));
    try {
      Files.createDirectories(dataDirectory);
      Path configFile = dataDirectory.resolve("server.properties");
      try (Writer writer = Files.newBufferedWriter(configFile)) {
        props.store(writer, "switchboard local broker");
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int formatted =
          StorageTool.execute(
              new String[] {
                "format", "-t", CLUSTER_ID, "-c", configFile.toString(), "--ignore-formatted"
              },
              new PrintStream(out, true, StandardCharsets.UTF_8));
      if (formatted != 0) {
        throw new IllegalStateException("kafka storage format failed: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
    server.startup();
  }

  /** Stops the broker (a failure drill stops and starts it again on the same port and data). */
  public void stop() {
    if (server != null) {
      server.shutdown();
      server.awaitShutdown();
      server = null;
    }
  }

  /** Starts a stopped broker again with its data. */
  public void restart() {
    stop();
    startServer();
  }

  @Override
  public void close() {
    stop();
    if (deleteOnClose) {
      deleteRecursively(dataDirectory);
    }
  }

  /** Deletes a folder and everything in it; a missing folder is fine. */
  public static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A port nothing listens on now (for tests that start processes on free ports). */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
