package org.kinbridge.testkit;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;

/**
 * Two instances of a service racing on one aggregate over the same event store: each
 * loads it, each handles its command on the same version, then the first commits and the
 * second commits after it. It shows what a second replica of the service would meet,
 * which threads sharing one repository never do because Axon locks the aggregate inside a
 * process.
 *
 * @param <A> the aggregate type
 */
public final class ReplicaRace<A> {

	/** What {@link #run} reports for a side whose unit of work committed. */
	public static final String COMMITTED = "committed";

	private static final long WAIT_SECONDS = 30;

	private final Class<A> aggregateType;

	private final EventStore eventStore;

	private final Configuration axon;

	private ReplicaRace(Class<A> aggregateType, EventStore eventStore, Configuration axon) {
		this.aggregateType = aggregateType;
		this.eventStore = eventStore;
		this.axon = axon;
	}

	/**
	 * @param aggregateType the aggregate both replicas load
	 * @param eventStore the event store both write to
	 * @param axon the running service's Axon configuration, for its handler definitions
	 * @return a race between two fresh repositories of that aggregate
	 */
	public static <A> ReplicaRace<A> of(Class<A> aggregateType, EventStore eventStore, Configuration axon) {
		return new ReplicaRace<>(aggregateType, eventStore, axon);
	}

	/**
	 * @param aggregateId the aggregate both load
	 * @param first the first replica's command, committed first
	 * @param second the second replica's command, committed once the first has
	 * @return {@link #COMMITTED} or the exception, for each side
	 */
	public Outcome run(String aggregateId, Object first, Object second) throws Exception {
		CyclicBarrier bothHandled = new CyclicBarrier(2);
		CountDownLatch firstDone = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Object> a = pool.submit(side(replica(), aggregateId, first, bothHandled, null, firstDone));
			Future<Object> b = pool.submit(side(replica(), aggregateId, second, bothHandled, firstDone, null));
			return new Outcome(a.get(WAIT_SECONDS, TimeUnit.SECONDS), b.get(WAIT_SECONDS, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private EventSourcingRepository<A> replica() {
		return EventSourcingRepository.builder(this.aggregateType)
			.eventStore(this.eventStore)
			.parameterResolverFactory(this.axon.parameterResolverFactory())
			.handlerDefinition(this.axon.handlerDefinition(this.aggregateType))
			.build();
	}

	private static <A> Callable<Object> side(EventSourcingRepository<A> replica, String aggregateId, Object payload,
			CyclicBarrier bothHandled, CountDownLatch waitFor, CountDownLatch signal) {
		return () -> {
			CommandMessage<Object> command = GenericCommandMessage.asCommandMessage(payload);
			DefaultUnitOfWork<CommandMessage<Object>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
			try {
				Aggregate<A> aggregate = replica.load(aggregateId);
				aggregate.handle(command);
				bothHandled.await(WAIT_SECONDS, TimeUnit.SECONDS);
				if (waitFor != null) {
					waitFor.await(WAIT_SECONDS, TimeUnit.SECONDS);
				}
				unitOfWork.commit();
				return COMMITTED;
			}
			catch (Exception ex) {
				if (unitOfWork.isActive()) {
					unitOfWork.rollback(ex);
				}
				return ex;
			}
			finally {
				if (signal != null) {
					signal.countDown();
				}
			}
		};
	}

	/**
	 * @param first {@link #COMMITTED} or what the first replica's commit threw
	 * @param second {@link #COMMITTED} or what the second replica's commit threw
	 */
	public record Outcome(Object first, Object second) {
	}

}
