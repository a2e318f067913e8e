package dev.pyhost.shims.coop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The greenlets of one group share one carrier thread (the build opens java.lang, as the launcher does). */
class CoopCoreGroupTest {

    @Test
    void threadsOfOneGroupRunOnOneCarrierOneAtATime() throws InterruptedException {
        CoopCore core = new CoopCore(false);
        Object group = core.group();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(4);
        StringBuffer carriers = new StringBuffer();
        for (int i = 0; i < 4; i++) {
            core.start(() -> {
                carriers.append(Thread.currentThread()).append('\n');
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30);
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();   // busy: a second carrier would run another meanwhile
                }
                running.decrementAndGet();
                done.countDown();
            }, group);
        }
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(1);
        assertThat(carriers.toString().lines()).hasSize(4)
                .allSatisfy(t -> assertThat(t).contains("greenlet").endsWith("@pyhost-greenlets"));
    }
}
