package dev.livenessdesk.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.livenessdesk.core.review.QualityFlag;
import dev.livenessdesk.core.review.Review;
import dev.livenessdesk.core.review.ReviewLabel;
import dev.livenessdesk.core.review.ReviewRound;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reviews inside a session record: an array {@code reviews} of objects (label, flags, note, reviewer, at,
 * round), appended to and never rewritten. Reading checks each review as a stranger's text: a review that fails is
 * left out and counted, and stays in the record untouched.
 */
final class ReviewJson {

    static final String FIELD = "reviews";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewJson() {
    }

    static ObjectNode write(Review review) {
        ObjectNode node = JSON.createObjectNode();
        node.put("label", review.label().wireName());
        ArrayNode flags = node.putArray("flags");
        review.flags().forEach(f -> flags.add(f.wireName()));
        review.note().ifPresent(n -> node.put("note", n));
        node.put("reviewer", review.reviewer());
        node.put("at", review.at().toString());
        node.put("round", review.round().wireName());
        return node;
    }

    /** The review one element holds, checked; empty when it is not one this version can trust. */
    static Optional<Review> read(String sessionId, JsonNode node) {
        if (node == null || !node.isObject()) {
            return Optional.empty();
        }
        Optional<ReviewLabel> label = ReviewLabel.fromWire(text(node, "label"));
        Optional<ReviewRound> round = ReviewRound.fromWire(text(node, "round"));
        if (label.isEmpty() || round.isEmpty()) {
            return Optional.empty();
        }
        Set<QualityFlag> flags = EnumSet.noneOf(QualityFlag.class);
        node.path("flags").forEach(f -> QualityFlag.fromWire(f.isTextual() ? f.textValue() : null)
                .ifPresent(flags::add));
        try {
            return Optional.of(new Review(sessionId, label.get(), flags, Optional.ofNullable(text(node, "note")),
                    text(node, "reviewer"), Instant.parse(String.valueOf(text(node, "at"))), round.get()));
        } catch (IllegalArgumentException | DateTimeParseException | NullPointerException hostile) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    /**
     * The record with these reviews added after those it holds; reviews already there (the same session, reviewer,
     * time and round) are not added twice, and every element already there stays as it was, even one this version
     * cannot read.
     */
    static ObjectNode appended(ObjectNode record, String sessionId, List<Review> reviews) {
        ArrayNode list = record.has(FIELD) && record.get(FIELD).isArray() ? (ArrayNode) record.get(FIELD)
                : record.putArray(FIELD);
        Set<Review.Identity> there = new HashSet<>();
        list.forEach(element -> read(sessionId, element).ifPresent(r -> there.add(r.identity())));
        for (Review review : reviews) {
            if (there.add(review.identity())) {
                list.add(write(review));
            }
        }
        return record;
    }

    /**
     * A campaign record about to be written, carrying the reviews the stored one holds now (they may be newer than
     * the ones it was read with): the stored list wins whole, so no teammate's review is dropped.
     */
    static ObjectNode carried(ObjectNode next, Optional<ObjectNode> current) {
        current.map(c -> c.get(FIELD)).filter(JsonNode::isArray).ifPresent(reviews -> next.set(FIELD, reviews));
        return next;
    }
}
