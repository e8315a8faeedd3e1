package org.kinbridge.audit.verification;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import org.kinbridge.audit.events.PublishedEvents;
import org.kinbridge.audit.events.StoredEvent;
import org.kinbridge.audit.ledger.ProvinceLogs;
import org.kinbridge.auditlog.event.DecisionEvent;
import org.kinbridge.auditlog.export.EventExport;
import org.kinbridge.auditlog.merkle.Hash;

/**
 * A province log's decisions as the verifier jar reads them: JSON Lines in log order,
 * each event with its data bytes as published and the leaf hash the log stored.
 */
public class LogExports {

	private final PublishedEvents events;

	private final ProvinceLogs logs;

	public LogExports(PublishedEvents events, ProvinceLogs logs) {
		this.events = events;
		this.logs = logs;
	}

	/**
	 * @param province a province code
	 * @return the export's text
	 */
	public String jsonLines(String province) {
		List<DecisionEvent> decisions = this.events.decisionsOf(province)
			.stream()
			.map(StoredEvent::toDecisionEvent)
			.toList();
		List<Hash> leaves;
		try {
			leaves = this.logs.reopen(province).leafHashes();
		}
		catch (IllegalStateException ex) {
			// A damaged store still exports its events: the verifier then says what
			// differs.
			leaves = List.of();
		}
		StringWriter text = new StringWriter();
		try {
			EventExport.write(EventExport.pair(leaves, decisions), text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

}
