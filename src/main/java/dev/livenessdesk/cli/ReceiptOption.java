package dev.livenessdesk.cli;

import picocli.CommandLine.Option;

/** Whether erase and purge also write their receipt into the bucket. */
final class ReceiptOption {

    @Option(names = "--receipt-in-bucket",
            description = "Also write the receipt into the bucket under liveness-desk-erasures/.")
    boolean inBucket;
}
