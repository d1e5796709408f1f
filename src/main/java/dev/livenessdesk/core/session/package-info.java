/**
 * Face Liveness sessions: the settings and their validator (the service model's constraints), created sessions,
 * results and statuses, the {@code LivenessSessions} port, and how a session is followed ({@code SessionFollower}:
 * polling and backoff, without threads) and judged against the pass mark ({@code Verdict}).
 */
package dev.livenessdesk.core.session;
