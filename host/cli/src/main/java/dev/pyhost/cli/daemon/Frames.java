package dev.pyhost.cli.daemon;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The daemon's wire format, both ways: one type byte, a 4-byte big-endian length, the payload.
 * The C client ({@code client/pyhost-client.c}) describes every type; the constants here are
 * the same letters.
 */
final class Frames {
    // client -> daemon
    static final byte ARG = 'A';
    static final byte ENV = 'E';
    static final byte CWD = 'D';
    static final byte TTY = 'T';
    static final byte PIDS = 'P';
    static final byte GO = 'G';
    static final byte STDIN = 'I';
    static final byte SIGNAL = 'S';
    /** The client's stdout or stderr ("1" or "2") is a pipe nobody reads any more (EPIPE). */
    static final byte CLOSED_PIPE = 'B';
    /** A control request instead of a run: "status" or "stop". */
    static final byte CONTROL = 'C';
    // daemon -> client
    static final byte STDOUT = 'O';
    static final byte STDERR = 'R';
    static final byte WANT_STDIN = 'r';
    static final byte EXIT = 'X';
    static final byte IN_PROCESS = 'F';
    /** The answer to a control request (text). */
    static final byte REPLY = 'Y';

    /** Payloads above this are refused (a client sending nonsense). */
    static final int MAX_PAYLOAD = 64 << 20;

    record Frame(byte type, byte[] payload) {
        String text() {
            return new String(payload, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private Frames() {
    }

    /** Reads one frame; null at a clean end of the stream before a frame starts. */
    static Frame read(SocketChannel ch) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(5);
        if (!fill(ch, head, true)) {
            return null;
        }
        head.flip();
        byte type = head.get();
        int len = head.getInt();
        if (len < 0 || len > MAX_PAYLOAD) {
            throw new IOException("bad frame length " + len);
        }
        ByteBuffer body = ByteBuffer.allocate(len);
        fill(ch, body, false);
        return new Frame(type, body.array());
    }

    private static boolean fill(SocketChannel ch, ByteBuffer buf, boolean endAllowed) throws IOException {
        while (buf.hasRemaining()) {
            if (ch.read(buf) < 0) {
                if (endAllowed && buf.position() == 0) {
                    return false;
                }
                throw new EOFException("the client hung up");
            }
        }
        return true;
    }

    /** Writes one frame; callers writing from several threads synchronize on the channel. */
    static void write(SocketChannel ch, byte type, byte[] data, int off, int len) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(5).put(type).putInt(len).flip();
        ByteBuffer body = ByteBuffer.wrap(data, off, len);
        ByteBuffer[] both = {head, body};
        while (head.hasRemaining() || body.hasRemaining()) {
            ch.write(both);
        }
    }

    static void write(SocketChannel ch, byte type, String text) throws IOException {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        write(ch, type, b, 0, b.length);
    }
}
