package dev.pyhost.cli.daemon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FramesTest {
    @TempDir
    Path dir;

    @Test
    void framesCrossASocketWholeAndInOrder() throws Exception {
        Path sock = dir.resolve("s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(sock));
            try (SocketChannel client = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                client.connect(UnixDomainSocketAddress.of(sock));
                try (SocketChannel peer = server.accept()) {
                    byte[] big = new byte[300_000];
                    for (int i = 0; i < big.length; i++) {
                        big[i] = (byte) i;
                    }
                    Thread writer = new Thread(() -> {
                        try {
                            Frames.write(client, Frames.ARG, "héllo");
                            Frames.write(client, Frames.STDIN, big, 0, big.length);
                            Frames.write(client, Frames.GO, "");
                            client.shutdownOutput();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    writer.start();
                    Frames.Frame a = Frames.read(peer);
                    assertThat((char) a.type()).isEqualTo('A');
                    assertThat(a.text()).isEqualTo("héllo");
                    Frames.Frame b = Frames.read(peer);
                    assertThat(b.payload()).isEqualTo(big);
                    Frames.Frame g = Frames.read(peer);
                    assertThat((char) g.type()).isEqualTo('G');
                    assertThat(g.payload()).isEmpty();
                    assertThat(Frames.read(peer)).as("a clean end reads as null").isNull();
                    writer.join();
                }
            }
        }
    }

    @Test
    void aTextFrameIsUtf8() {
        assertThat(new Frames.Frame(Frames.ENV, "A=é".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("A=é");
    }
}
