package dev.livenessdesk.aws;

import dev.livenessdesk.aws.sso.Sleeper;
import dev.livenessdesk.core.activity.ActivityWindow;
import dev.livenessdesk.core.activity.AthenaTable;
import dev.livenessdesk.core.activity.ReadEnd;
import dev.livenessdesk.core.activity.ReadProgress;
import dev.livenessdesk.core.activity.TrailEventSink;
import dev.livenessdesk.core.activity.TrailEvents;
import dev.livenessdesk.core.activity.TrailQuery;
import dev.livenessdesk.core.connection.ConnectionSettings;
import dev.livenessdesk.core.failure.ErrorKind;
import dev.livenessdesk.core.failure.ServiceError;
import dev.livenessdesk.core.failure.ServiceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.athena.model.Column;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.Row;

/**
 * The Face Liveness events of one region read through Athena from the trail's table: one query over the window's
 * partitions ({@link TrailQuery}), started, followed until it ends or its deadline passes (then stopped, so it costs
 * nothing more), and its answer read page by page, each row put back into its CloudTrail record and read by the
 * same {@link CloudTrailRecords} as LookupEvents' records. The desk never downloads the trail itself.
 *
 * <p>Nothing is kept between reads: a query answers a whole window at once, and Athena keeps its answers in the
 * output location for as long as the organisation's rules say.
 */
public final class AthenaActivity implements TrailEvents {

    /** How long a query may run before the desk stops it: a day of a busy trail takes a minute or two. */
    static final Duration QUERY_DEADLINE = Duration.ofMinutes(10);
    static final Duration FIRST_POLL = Duration.ofMillis(200);
    static final Duration LONGEST_POLL = Duration.ofSeconds(2);
    /** GetQueryResults answers at most 1000 rows a page. */
    static final int RESULTS_PAGE = 1000;
    /** The catalog CloudTrail's tables live in (Glue's, as Athena names it). */
    static final String CATALOG = "AwsDataCatalog";

    private static final Logger LOG = LoggerFactory.getLogger(AthenaActivity.class);

    private final AthenaCalls calls;
    private final ConnectionSettings connection;
    private final AthenaTable table;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Duration deadline;

    public AthenaActivity(AwsClients clients, ConnectionSettings connection, AthenaTable table, Clock clock) {
        this(clients, connection, table, clock, Sleeper.REAL, QUERY_DEADLINE);
    }

    AthenaActivity(AwsClients clients, ConnectionSettings connection, AthenaTable table, Clock clock,
                   Sleeper sleeper, Duration deadline) {
        this.calls = new AthenaCalls(clients, connection);
        this.connection = Objects.requireNonNull(connection, "connection");
        this.table = Objects.requireNonNull(table, "table");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
    }

    @Override
    public String source() {
        return AwsErrorWords.get("athena.source", table.qualifiedName(), connection.region());
    }

    @Override
    public boolean pacedByCloudTrail() {
        return false;
    }

    @Override
    public ReadEnd read(ActivityWindow window, TrailEventSink sink, ReadProgress progress) {
        Reading reading = new Reading(sink, progress);
        Optional<String> running = Optional.empty();
        try {
            String sql = TrailQuery.sql(table, window, connection.region(), partitionKeys());
            String queryId = start(sql);
            running = Optional.of(queryId);
            awaitSuccess(queryId, reading);
            running = Optional.empty();
            readAnswer(queryId, reading);
            return ReadEnd.complete(reading.pages, 0);
        } catch (ServiceException failed) {
            if (!reading.queryEnded) {
                running.ifPresent(this::stop);
            }
            return ReadEnd.stopped(reading.pages, 0, failed.error());
        }
    }

    /** The table's partition keys, so the query reads only the window's days. */
    private List<String> partitionKeys() throws ServiceException {
        var metadata = calls.call(AthenaCalls.GET_TABLE, (client, reporting) -> client.getTableMetadata(r -> r
                .catalogName(CATALOG).databaseName(table.database()).tableName(table.table())
                .overrideConfiguration(reporting))).tableMetadata();
        if (metadata == null) {
            throw new ServiceException(answerNotUnderstood(AthenaCalls.GET_TABLE));
        }
        return metadata.partitionKeys().stream().map(Column::name).filter(Objects::nonNull).toList();
    }

    private String start(String sql) throws ServiceException {
        String id = calls.call(AthenaCalls.START, (client, reporting) -> client.startQueryExecution(r -> r
                .queryString(sql)
                .queryExecutionContext(c -> c.catalog(CATALOG).database(table.database()))
                .resultConfiguration(c -> c.outputLocation(table.outputLocation()))
                .overrideConfiguration(reporting))).queryExecutionId();
        if (id == null || id.isBlank()) {
            throw new ServiceException(answerNotUnderstood(AthenaCalls.START));
        }
        return id;
    }

    /** Follows the query until it succeeds; a failed, cancelled or overdue query is an error in words. */
    private void awaitSuccess(String queryId, Reading reading) throws ServiceException {
        Instant giveUpAt = clock.instant().plus(deadline);
        Duration wait = FIRST_POLL;
        while (true) {
            QueryExecutionStatus status = calls.call(AthenaCalls.STATUS, (client, reporting) -> client
                    .getQueryExecution(r -> r.queryExecutionId(queryId).overrideConfiguration(reporting)))
                    .queryExecution().status();
            QueryExecutionState state = status == null ? null : status.state();
            if (state == QueryExecutionState.SUCCEEDED) {
                return;
            }
            if (state == QueryExecutionState.FAILED) {
                reading.queryEnded = true;
                throw new ServiceException(AthenaFailures.failed(status, table, queryId));
            }
            if (state == QueryExecutionState.CANCELLED) {
                reading.queryEnded = true;
                throw new ServiceException(AthenaFailures.cancelledElsewhere(status, table, queryId));
            }
            reading.tell(true);
            Instant now = clock.instant();
            if (!now.isBefore(giveUpAt)) {
                throw new ServiceException(AthenaFailures.overdue(table, queryId, deadline));
            }
            try {
                Duration left = Duration.between(now, giveUpAt);
                sleeper.sleep(wait.compareTo(left) < 0 ? wait : left);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                throw new ServiceException(AwsErrorTranslator.cancelled());
            }
            wait = wait.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : wait.multipliedBy(2);
        }
    }

    private void readAnswer(String queryId, Reading reading) throws ServiceException {
        Optional<String> token = Optional.empty();
        AthenaRows rows = null;
        boolean first = true;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ServiceException(AwsErrorTranslator.cancelled());
            }
            Optional<String> asked = token;
            GetQueryResultsResponse page = calls.call(AthenaCalls.RESULTS, (client, reporting) -> client
                    .getQueryResults(r -> r.queryExecutionId(queryId).maxResults(RESULTS_PAGE)
                            .nextToken(asked.orElse(null)).overrideConfiguration(reporting)));
            reading.pages++;
            if (page.resultSet() == null) {
                throw new ServiceException(answerNotUnderstood(AthenaCalls.RESULTS));
            }
            if (rows == null) {
                List<String> columns = page.resultSet().resultSetMetadata() == null ? List.of()
                        : page.resultSet().resultSetMetadata().columnInfo().stream().map(ColumnInfo::name).toList();
                rows = new AthenaRows(columns);
                if (!rows.missing().isEmpty()) {
                    throw new ServiceException(ServiceError.of(ErrorKind.SERVICE_ERROR,
                            AwsErrorWords.get("athena.answer.columns", table.qualifiedName(),
                                    String.join(", ", rows.missing())),
                            AwsErrorWords.get("athena.answer.columns.next")));
                }
            }
            for (Row row : page.resultSet().rows()) {
                List<String> values = row.data().stream().map(Datum::varCharValue).toList();
                if (first && rows.isHeader(values)) {
                    first = false;
                    continue;
                }
                first = false;
                reading.hand(rows.record(values), rows.eventId(values));
            }
            reading.tell(false);
            Optional<String> next = Optional.ofNullable(page.nextToken()).filter(t -> !t.isEmpty());
            if (next.isPresent() && next.equals(token)) {
                throw new ServiceException(ServiceError.of(ErrorKind.SERVICE_ERROR,
                        AwsErrorWords.get("trail.token.repeated", AwsErrorTranslator.endpointOf(AthenaCalls.RESULTS,
                                connection)), AwsErrorWords.get("trail.token.repeated.next")));
            }
            if (next.isEmpty()) {
                return;
            }
            token = next;
        }
    }

    /** Stops a query the desk no longer waits for, so it costs nothing more; within its own bound, even if cancelled. */
    private void stop(String queryId) {
        boolean interrupted = Thread.interrupted();
        try {
            calls.call(AthenaCalls.STOP, (client, reporting) -> client.stopQueryExecution(r -> r
                    .queryExecutionId(queryId).overrideConfiguration(reporting)));
        } catch (ServiceException notStopped) {
            LOG.warn("Athena query {} could not be stopped: {}", queryId, notStopped.error().message());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private ServiceError answerNotUnderstood(String action) {
        return ServiceError.of(ErrorKind.SERVICE_ERROR, AwsErrorWords.get("athena.answer.empty",
                AwsErrorTranslator.endpointOf(action, connection), action), AwsErrorWords.get("athena.answer.next"));
    }

    /** One read's counts, and its hand-over of records to the sink. */
    private final class Reading {
        final TrailEventSink sink;
        final ReadProgress progress;
        int pages;
        long events;
        /** Athena ended the query itself (failed or cancelled): there is nothing to stop. */
        boolean queryEnded;

        Reading(TrailEventSink sink, ReadProgress progress) {
            this.sink = sink;
            this.progress = progress;
        }

        void hand(String record, String eventId) {
            events++;
            CloudTrailRecords.Reading read = CloudTrailRecords.read(record, eventId, Optional.empty());
            read.event().ifPresent(sink::accept);
            read.unreadable().ifPresent(sink::unreadable);
        }

        void tell(boolean queryRunning) {
            progress.update(events, pages, 0, queryRunning);
        }
    }
}
