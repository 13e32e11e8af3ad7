package org.evidenceworkbench.core.extract.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The ingest finds a parser process's ready signal past what a JVM may print before the worker's
 * code runs, reads nothing after it, and gives up on a process that prints without end.
 */
class WireReadyTest {

    @Test
    void theReadySignalIsFoundPastStartUpLinesAndPartSignals() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("[0.385s][info][jfr,startup] Started recording 1.\n".getBytes(StandardCharsets.UTF_8));
        byte[] ready = readySignal();
        bytes.write(ready, 0, 3); // the signal's start, then the signal itself
        Wire.writeReady(new DataOutputStream(bytes));
        bytes.write(42);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));

        Wire.awaitReady(in);

        assertThat(in.read()).as("the first byte after the signal").isEqualTo(42);
    }

    @Test
    void aProcessThatPrintsWithoutEndIsGivenUpOn() {
        byte[] noise = "[gc] Using Serial\n".repeat(70_000).getBytes(StandardCharsets.UTF_8);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(noise));

        assertThatThrownBy(() -> Wire.awaitReady(in)).isInstanceOf(IOException.class)
                .hasMessageContaining("more than its replies");
    }

    private static byte[] readySignal() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Wire.writeReady(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }
}
