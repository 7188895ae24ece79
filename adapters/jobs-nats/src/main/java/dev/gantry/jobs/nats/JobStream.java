package dev.gantry.jobs.nats;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.KeyValue;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JetStream side: the work-queue stream, the KV bucket, one durable pull consumer per queue (created on first
 * use, explicit acks, the configured ack wait, unlimited deliveries: attempts are counted in the job record).
 */
final class JobStream {
    static final Duration DUPLICATE_WINDOW = Duration.ofMinutes(2);

    private final Connection nats;
    private final Names names;
    private final Duration ackWait;
    private final JetStream js;
    private final JetStreamManagement jsm;
    private final Map<String, ConsumerContext> consumers = new ConcurrentHashMap<>();

    JobStream(Connection nats, Names names, Duration ackWait) throws IOException, JetStreamApiException {
        this.nats = nats;
        this.names = names;
        this.ackWait = ackWait;
        this.js = nats.jetStream();
        this.jsm = nats.jetStreamManagement();
        ensureStream();
    }

    KeyValue bucket() throws IOException, JetStreamApiException {
        if (!nats.keyValueManagement().getBucketNames().contains(names.bucket)) {
            nats.keyValueManagement().create(KeyValueConfiguration.builder().name(names.bucket)
                    .description("Gantry job records").storageType(StorageType.File).maxHistoryPerKey(1).build());
        }
        return nats.keyValue(names.bucket);
    }

    /** Publishes the job's message; {@code Nats-Msg-Id} makes a re-sent publish a no-op in the duplicate window. */
    void publish(JobRecord record) throws IOException, JetStreamApiException {
        Headers headers = new Headers().put("Nats-Msg-Id", record.messageId());
        js.publish(NatsMessage.builder().subject(names.subject(record.queue())).headers(headers)
                .data(record.id().getBytes(StandardCharsets.UTF_8)).build());
    }

    /** Up to {@code max} messages of the queue available now (no waiting for more). */
    List<Message> fetch(String queue, int max) throws IOException, JetStreamApiException, InterruptedException {
        List<Message> out = new ArrayList<>();
        try (FetchConsumer fetch = consumer(queue).fetch(FetchConsumeOptions.builder().maxMessages(max).noWait()
                .build())) {
            for (Message m = fetch.nextMessage(); m != null; m = fetch.nextMessage()) out.add(m);
        } catch (IOException | JetStreamApiException | InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("fetching messages of queue '" + queue + "' failed", e);
        }
        return out;
    }

    static String jobId(Message m) {
        return new String(m.getData(), StandardCharsets.UTF_8);
    }

    private ConsumerContext consumer(String queue) throws IOException, JetStreamApiException {
        ConsumerContext known = consumers.get(queue);
        if (known != null) return known;
        String durable = names.consumer(queue);
        jsm.addOrUpdateConsumer(names.stream, ConsumerConfiguration.builder().durable(durable)
                .filterSubject(names.subject(queue)).ackPolicy(AckPolicy.Explicit).ackWait(ackWait)
                .maxDeliver(-1).maxAckPending(10_000).build());
        ConsumerContext created = nats.getConsumerContext(names.stream, durable);
        consumers.put(queue, created);
        return created;
    }

    private void ensureStream() throws IOException, JetStreamApiException {
        if (jsm.getStreamNames().contains(names.stream)) return;
        jsm.addStream(StreamConfiguration.builder().name(names.stream).subjects(names.subjects())
                .retentionPolicy(RetentionPolicy.WorkQueue).storageType(StorageType.File)
                .duplicateWindow(DUPLICATE_WINDOW).description("Gantry background jobs").build());
    }
}
