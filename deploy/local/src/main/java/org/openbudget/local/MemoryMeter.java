package org.openbudget.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Samples the resident memory of the whole local platform every second: this JVM, every descendant process, and the
 * PostgreSQL server (which daemonises away from our process tree, so it is found through its postmaster.pid).
 */
final class MemoryMeter implements AutoCloseable {

    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "memory-meter");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong peakKib = new AtomicLong();
    private final Supplier<Optional<Path>> postmasterPidFile;

    MemoryMeter(Supplier<Optional<Path>> postmasterPidFile) {
        this.postmasterPidFile = postmasterPidFile;
        sampler.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
    }

    long peakMib() {
        return peakKib.get() / 1024;
    }

    long currentMib() {
        return totalKib() / 1024;
    }

    private void sample() {
        long total = totalKib();
        peakKib.accumulateAndGet(total, Math::max);
    }

    private long totalKib() {
        Set<Long> pids = new HashSet<>();
        ProcessHandle self = ProcessHandle.current();
        pids.add(self.pid());
        self.descendants().forEach(p -> pids.add(p.pid()));
        postmasterPidFile.get().flatMap(MemoryMeter::readPid).flatMap(ProcessHandle::of).ifPresent(postmaster -> {
            pids.add(postmaster.pid());
            postmaster.descendants().forEach(p -> pids.add(p.pid()));
        });
        return pids.stream().mapToLong(MemoryMeter::rssKib).sum();
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            String first = Files.readAllLines(pidFile).get(0).trim();
            return Optional.of(Long.parseLong(first));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long rssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended between listing and reading
        }
        return 0;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
