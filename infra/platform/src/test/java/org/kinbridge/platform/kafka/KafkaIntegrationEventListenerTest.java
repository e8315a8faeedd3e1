package org.kinbridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.kinbridge.contracts.CloudEventHeaders;

/** Several features of one service can take the same event type. */
class KafkaIntegrationEventListenerTest {

	private static final String TYPE = "org.kinbridge.test.something-happened.v1";

	@Test
	void everyHandlerOfATypeGetsTheEventAndItIsRecordedOnce() {
		List<String> calls = new ArrayList<>();
		ProcessedEvents processed = mock(ProcessedEvents.class);
		KafkaIntegrationEventListener listener = new KafkaIntegrationEventListener(
				List.of(new Recording("view", calls), new Recording("process", calls)), processed, new ObjectMapper());

		listener.onRecord(record("evt-1", "{\"id\":\"a-1\"}"));

		assertThat(calls).containsExactly("view:a-1", "process:a-1");
		verify(processed, times(1)).record(any());
	}

	private static ConsumerRecord<String, String> record(String id, String body) {
		ConsumerRecord<String, String> record = new ConsumerRecord<>("kinbridge.test.events.v1", 0, 0L, "a-1", body);
		record.headers()
			.add(CloudEventHeaders.CE_ID, id.getBytes(StandardCharsets.UTF_8))
			.add(CloudEventHeaders.CE_TYPE, TYPE.getBytes(StandardCharsets.UTF_8))
			.add(CloudEventHeaders.CE_PROVINCE, "91".getBytes(StandardCharsets.UTF_8));
		return record;
	}

	record Data(String id) {
	}

	private record Recording(String name, List<String> calls) implements IntegrationEventHandler<Data> {

		@Override
		public String type() {
			return TYPE;
		}

		@Override
		public Class<Data> dataType() {
			return Data.class;
		}

		@Override
		public void handle(Data data, IncomingIntegrationEvent event) {
			this.calls.add(this.name + ":" + data.id());
		}

	}

}
