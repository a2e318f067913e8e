package dev.pyhost.shims.os;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A spool gives back exactly the bytes appended, in memory and once spooled to a file. */
class SpoolTest {

    @Test
    void bytesInMemoryAreTheAppendedOnesWhateverTheSizesAndOffsetsOfTheAppends() {
        Random random = new Random(7);
        for (int total : new int[] {0, 1, 65535, 65536, 65537, 300_000, 20_000_000}) {
            Spool spool = new Spool(Long.MAX_VALUE);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            byte[] buffer = new byte[262144];
            int left = total;
            while (left > 0) {
                int n = Math.min(left, 1 + random.nextInt(buffer.length));
                int off = random.nextInt(buffer.length - n + 1);
                random.nextBytes(buffer);
                spool.append(buffer, off, n);   // the caller reuses its buffer at once
                expected.write(buffer, off, n);
                left -= n;
            }
            assertThat(spool.length()).isEqualTo(total);
            byte[] joined = spool.bytes();
            assertThat(joined).isEqualTo(expected.toByteArray());
            // joined once: the chunks gave way to the joined array, which a second call gives again
            assertThat(spool.bytes()).isSameAs(joined);
            assertThat(spool.length()).isEqualTo(total);
            assertThat(spool.latin1().length()).isEqualTo(total);
            assertThat(spool.path()).isNull();
        }
    }

    @Test
    void pastItsLimitTheBytesGoToAFileWhole() throws Exception {
        Spool spool = new Spool(100_000);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        byte[] buffer = new byte[30_000];
        for (int i = 0; i < 10; i++) {
            java.util.Arrays.fill(buffer, (byte) i);
            spool.append(buffer, buffer.length - i);
            expected.write(buffer, 0, buffer.length - i);
        }
        assertThat(spool.bytes()).isNull();
        Path file = Path.of(spool.path());
        assertThat(Files.readAllBytes(file)).isEqualTo(expected.toByteArray());
        spool.delete();
        assertThat(file).doesNotExist();
    }
}
