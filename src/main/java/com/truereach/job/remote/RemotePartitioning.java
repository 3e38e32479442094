package com.truereach.job.remote;

import java.time.Duration;

import javax.sql.DataSource;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.config.annotation.EnableBatchIntegration;
import org.springframework.batch.integration.partition.RemotePartitioningManagerStepBuilderFactory;
import org.springframework.batch.integration.partition.RemotePartitioningWorkerStepBuilderFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

import com.truereach.job.LocalPartitions;
import com.truereach.job.PartitionedSteps;

/**
 * Remote partitioning (spring-batch-integration over a JMS broker, ActiveMQ Artemis): with
 * {@code truereach.role=manager} the process runs the job and sends every partition of a
 * per-account step to the queue {@code truereach.remote.queue} as a request naming its step
 * execution; processes started with {@code truereach.role=worker} (the {@code worker} command)
 * take one request at a time and run that partition against the same job repository and history.
 * The manager learns that the partitions ended by polling the job repository.
 * <p>
 * A request is taken in a transacted JMS session that commits only when the partition has
 * ended: when a worker dies mid-partition the broker sees its connection go and hands the
 * request to another worker, which carries the partition on after its last commit (the
 * transaction in hand died with the worker, so nothing of it was kept). A worker runs a partition
 * only while it holds the partition's claim in the database ({@link PartitionClaims}), so a worker
 * that lost the broker but not the database finishes its partition alone.
 */
@Configuration
@ConditionalOnExpression("'${" + PartitionedSteps.ROLE + ":standalone}' != 'standalone'")
@EnableBatchIntegration
public class RemotePartitioning {

	/**
	 * Artemis with the broker settings Spring Boot documents ({@code spring.artemis.*}). A
	 * consumer takes one request at a time (no prefetch), so that a busy worker never holds
	 * requests another worker could run; requests are Spring Batch's own serialised type.
	 */
	@Bean
	ActiveMQConnectionFactory brokerConnectionFactory(
			@Value("${spring.artemis.broker-url:tcp://localhost:61616}") String brokerUrl,
			@Value("${spring.artemis.user:}") String user, @Value("${spring.artemis.password:}") String password) {
		ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(brokerUrl);
		if (!user.isEmpty()) {
			factory.setUser(user);
			factory.setPassword(password);
		}
		factory.setConsumerWindowSize(0);
		factory.setDeserializationAllowList("org.springframework.batch.integration.partition,java.lang");
		return factory;
	}

	/** Partition requests: to the broker on the manager, from it on a worker. */
	@Bean
	DirectChannel partitionRequests() {
		return new DirectChannel();
	}

	@Bean
	RemoteDatabaseCheck remoteDatabaseCheck(@Value("${spring.datasource.url:}") String url,
			@Value("${" + PartitionedSteps.ROLE + "}") String role) {
		return new RemoteDatabaseCheck(url, role);
	}

	/** The manager: runs the job and sends the partitions out. */
	@Configuration
	@ConditionalOnProperty(name = PartitionedSteps.ROLE, havingValue = "manager")
	static class Manager {

		@Bean
		IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests,
				ActiveMQConnectionFactory brokerConnectionFactory,
				@Value("${truereach.remote.queue:truereach.partitions}") String queue) {
			return IntegrationFlow.from(partitionRequests)
				.handle(Jms.outboundAdapter(brokerConnectionFactory).destination(queue))
				.get();
		}

		@Bean
		PartitionedSteps remotePartitions(RemotePartitioningManagerStepBuilderFactory managerSteps,
				JobRepository jobRepository, DirectChannel partitionRequests, DataSource dataSource,
				@Value("${truereach.remote.poll-interval:2s}") Duration pollInterval,
				@Value("${truereach.remote.timeout:2h}") Duration timeout) {
			return new PartitionedSteps() {

				@Override
				public Step manager(String name, Partitioner partitioner, Step worker, int gridSize) {
					return managerSteps.get(name)
						.partitioner(worker.getName(), partitioner)
						.gridSize(gridSize)
						.outputChannel(partitionRequests)
						.pollInterval(pollInterval.toMillis())
						.timeout(timeout.isZero() ? -1 : timeout.toMillis())
						.listener(new UnfinishedPartitions(jobRepository, worker.getName(), timeout))
						.listener(new StoppedPartitions(jobRepository, dataSource, worker.getName(), pollInterval))
						.build();
				}

				@Override
				public StepBuilder worker(String name) {
					return new StepBuilder(name, jobRepository);
				}
			};
		}
	}

	/** A worker: runs the partitions it is sent, one at a time per consumer. */
	@Configuration
	@ConditionalOnProperty(name = PartitionedSteps.ROLE, havingValue = "worker")
	static class Worker {

		@Bean
		DefaultMessageListenerContainer partitionRequestListener(ActiveMQConnectionFactory brokerConnectionFactory,
				@Value("${truereach.remote.queue:truereach.partitions}") String queue,
				@Value("${truereach.worker.partitions:1}") int concurrent,
				@Value("${spring.artemis.broker-url:tcp://localhost:61616}") String brokerUrl) {
			DefaultMessageListenerContainer container = new PartitionRequestListener(brokerUrl);
			container.setConnectionFactory(brokerConnectionFactory);
			container.setDestinationName(queue);
			// the request is acknowledged with the commit after the partition ended: a dead worker's goes back to the queue
			container.setSessionTransacted(true);
			container.setConcurrentConsumers(concurrent);
			return container;
		}

		@Bean
		IntegrationFlow partitionRequestsFromBroker(DefaultMessageListenerContainer partitionRequestListener,
				DirectChannel partitionRequests, DataSource dataSource,
				@Value("${truereach.remote.poll-interval:2s}") Duration pollInterval) {
			return IntegrationFlow.from(Jms.messageDrivenChannelAdapter(partitionRequestListener))
				.intercept(new PartitionClaims(dataSource, partitionRequestListener::isRunning, pollInterval))
				.channel(partitionRequests)
				.get();
		}

		@Bean
		WorkerSteps workerSteps(ListableBeanFactory beans) {
			return new WorkerSteps(beans);
		}

		@Bean
		PartitionedSteps remotePartitions(RemotePartitioningWorkerStepBuilderFactory workerSteps,
				JobRepository jobRepository, DirectChannel partitionRequests, WorkerSteps locator) {
			// a worker never launches the job: its steps that deal out partitions are the local ones
			LocalPartitions local = new LocalPartitions(jobRepository);
			return new PartitionedSteps() {

				@Override
				public Step manager(String name, Partitioner partitioner, Step worker, int gridSize) {
					return local.manager(name, partitioner, worker, gridSize);
				}

				/**
				 * Each partition step built here subscribes a request handler to the one channel, which
				 * hands each request to one of them in turn: any of them runs any step, by its name.
				 */
				@Override
				public StepBuilder worker(String name) {
					return workerSteps.get(name).inputChannel(partitionRequests).stepLocator(locator);
				}
			};
		}
	}
}
