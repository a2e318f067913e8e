package dev.pyhost.shims.psutil;

import oshi.SystemInfo;
import oshi.hardware.HardwareAbstractionLayer;
import oshi.hardware.PowerSource;
import oshi.software.os.OSSession;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What OSHI answers: the seam to platforms without {@code /proc} and to hardware
 * {@code /proc} does not describe (sensors, batteries, login sessions). {@link SystemInfo} is
 * costly to create (a third of a second cold), so it is made once, on first need; OSHI memoizes
 * its own hardware reads.
 */
final class OshiSystem {
    private volatile SystemInfo info;

    private SystemInfo info() {
        SystemInfo i = info;
        if (i == null) {
            synchronized (this) {
                if (info == null) {
                    info = new SystemInfo();
                }
                i = info;
            }
        }
        return i;
    }

    private HardwareAbstractionLayer hal() {
        return info().getHardware();
    }

    long logicalCpus() {
        return hal().getProcessor().getLogicalProcessorCount();
    }

    long physicalCpus() {
        return hal().getProcessor().getPhysicalProcessorCount();
    }

    String[] users() {
        List<String> out = new ArrayList<>();
        for (OSSession s : info().getOperatingSystem().getSessions()) {
            String host = s.getHost();
            Collections.addAll(out, s.getUserName(), s.getTerminalDevice(),
                    host == null || host.equals("unknown") ? "" : host,
                    Double.toString(s.getLoginTime() / 1000.0), "-1");
        }
        return out.toArray(new String[0]);
    }

    double cpuTemperature() {
        return hal().getSensors().getCpuTemperature();
    }

    long[] fanSpeeds() {
        return java.util.Arrays.stream(hal().getSensors().getFanSpeeds()).asLongStream().toArray();
    }

    double[] battery() {
        for (PowerSource ps : hal().getPowerSources()) {
            if (ps.getMaxCapacity() <= 0 && ps.getRemainingCapacityPercent() <= 0) {
                continue;
            }
            double left = ps.getTimeRemainingEstimated();
            boolean plugged = ps.isPowerOnLine();
            return new double[] {ps.getRemainingCapacityPercent() * 100.0, left, plugged ? 1 : 0};
        }
        return null;
    }
}
