package dev.livenessdesk.core.erasure;

/** Well-formed session ids numbered for tests. */
final class ErasureTestIds {

    private ErasureTestIds() {
    }

    static String id(int n) {
        return String.format("%08x-0000-4000-8000-%012x", n, n);
    }
}
