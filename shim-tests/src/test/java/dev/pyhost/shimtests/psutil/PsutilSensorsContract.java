package dev.pyhost.shimtests.psutil;

import dev.pyhost.Engine;
import dev.pyhost.shimtests.ShimContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * psutil's sensors on Linux, read from sysfs as the real psutil reads it: hwmon temperatures and
 * fans, thermal zones when hwmon has no temperature, the first battery in power_supply. The
 * machines tests run on have no sensors, so each case builds a /sys tree in a folder; the real
 * psutil (CPython 3) reads it with its file functions pointed there, pyhost through its sysfs
 * root, and both print the same.
 */
abstract class PsutilSensorsContract extends ShimContract {
    @TempDir
    Path sys;

    /** Prints the three sensor functions; {@code READ_FROM} is replaced by how /sys is reached. */
    private static final String SHOW = """
            from __future__ import print_function
            import psutil
            READ_FROM
            def show(name, f):
                try:
                    v = f()
                    print(name, sorted(v.items()) if isinstance(v, dict) else v)
                except Exception as e:
                    print(name, 'raised', type(e).__name__, getattr(e, 'errno', None))
            show('temperatures', psutil.sensors_temperatures)
            show('fahrenheit', lambda: psutil.sensors_temperatures(fahrenheit=True))
            show('fans', psutil.sensors_fans)
            show('battery', psutil.sensors_battery)
            """;

    /** Real psutil's own reads (open, glob, listdir) of /sys/... go to the tree instead. */
    private static final String REAL_PSUTIL_READS = """
            import builtins, glob, os
            ROOT = %s
            def _fix(p):
                return ROOT + p[4:] if isinstance(p, str) and p.startswith('/sys/') else p
            _open, _glob, _listdir = builtins.open, glob.glob, os.listdir
            builtins.open = lambda f, *a, **k: _open(_fix(f), *a, **k)
            glob.glob = lambda pat, *a, **k: ['/sys' + x[len(ROOT):] for x in _glob(_fix(pat), *a, **k)]
            os.listdir = lambda p='.': _listdir(_fix(p))
            """;

    /** Returns what both printed. */
    private String assertSameAsRealPsutil() {
        String root = "'" + sys + "'";
        String expected = RealPsutil.run(SHOW.replace("READ_FROM", REAL_PSUTIL_READS.formatted(root).strip()));
        if (engine() == Engine.JYTHON) { // psutil on Python 2: plain int constants, IOError
            expected = expected.replaceAll("<BatteryTime\\.POWER_TIME_\\w+: (-?\\d+)>", "$1")
                    .replace("FileNotFoundError", "IOError");
        }
        String ours = py(SHOW.replace("READ_FROM", "g = psutil.sensors_battery.__globals__\ng['_SYSFS_PATH'] = " + root)
                + "g['_SYSFS_PATH'] = '/sys'\n");
        assertThat(ours).isEqualTo(expected);
        assertThat(expected).doesNotContain("raised TypeError", "raised ValueError", "raised NameError");
        return ours;
    }

    private void tree(Map<String, String> files) throws IOException {
        for (var f : files.entrySet()) {
            Path p = sys.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue());
        }
    }

    @Test
    void hwmonSensorsAndABatteryWithEnergyFiles() throws IOException {
        tree(Map.ofEntries(
                Map.entry("class/hwmon/hwmon0/name", "coretemp\n"),
                Map.entry("class/hwmon/hwmon0/temp1_input", "45000\n"),
                Map.entry("class/hwmon/hwmon0/temp1_max", "80000\n"),
                Map.entry("class/hwmon/hwmon0/temp1_crit", "100000\n"),
                Map.entry("class/hwmon/hwmon0/temp1_label", "Package id 0\n"),
                Map.entry("class/hwmon/hwmon0/temp2_input", "47000\n"),
                Map.entry("class/hwmon/hwmon0/temp2_crit", "100000\n"),
                Map.entry("class/hwmon/hwmon0/temp2_label", "Core 0\n"),
                Map.entry("class/hwmon/hwmon0/temp3_input", "n/a\n"),
                Map.entry("class/hwmon/hwmon0/temp4_max", "90000\n"),
                Map.entry("class/hwmon/hwmon1/name", "acpitz\n"),
                Map.entry("class/hwmon/hwmon1/temp1_input", "27800\n"),
                Map.entry("class/hwmon/hwmon1/fan1_input", "1200\n"),
                Map.entry("class/hwmon/hwmon1/fan1_label", "CPU Fan\n"),
                Map.entry("class/hwmon/hwmon1/fan2_input", "0\n"),
                Map.entry("class/hwmon/hwmon2/device/name", "nvme\n"),
                Map.entry("class/hwmon/hwmon2/device/temp1_input", "33850\n"),
                Map.entry("class/hwmon/hwmon2/device/temp1_max", ""),
                Map.entry("class/hwmon/hwmon3/temp1_input", "50000\n"),
                Map.entry("class/thermal/thermal_zone0/temp", "99000\n"),
                Map.entry("class/thermal/thermal_zone0/type", "ignored-while-hwmon-has-sensors\n"),
                Map.entry("class/power_supply/BAT0/energy_now", "30000000\n"),
                Map.entry("class/power_supply/BAT0/power_now", "10000000\n"),
                Map.entry("class/power_supply/BAT0/energy_full", "50000000\n"),
                Map.entry("class/power_supply/BAT0/status", "Discharging\n"),
                Map.entry("class/power_supply/AC/online", "0\n")));
        assertThat(assertSameAsRealPsutil()).contains("label='Package id 0', current=45.0, high=80.0, critical=100.0",
                "('nvme', [shwtemp(label='', current=33.85", "sfan(label='CPU Fan', current=1200)", "secsleft=10800");
    }

    @Test
    void thermalZonesWhenHwmonHasNoTemperatureAndABatteryWithCapacityOnly() throws IOException {
        Files.createDirectories(sys.resolve("class/hwmon"));
        tree(Map.ofEntries(
                Map.entry("class/thermal/thermal_zone0/temp", "41000\n"),
                Map.entry("class/thermal/thermal_zone0/type", "x86_pkg_temp\n"),
                Map.entry("class/thermal/thermal_zone0/trip_point_0_type", "critical\n"),
                Map.entry("class/thermal/thermal_zone0/trip_point_0_temp", "100000\n"),
                Map.entry("class/thermal/thermal_zone1/temp", "abc\n"),
                Map.entry("class/thermal/thermal_zone1/type", "broken\n"),
                Map.entry("class/thermal/thermal_zone2/temp", "38500\n"),
                Map.entry("class/thermal/thermal_zone2/type", "acpitz\n"),
                Map.entry("class/power_supply/Mains/online", "1\n"),
                Map.entry("class/power_supply/BAT1/capacity", "57\n"),
                Map.entry("class/power_supply/BAT1/status", "Full\n")));
        assertSameAsRealPsutil();
    }

    @Test
    void chargeFilesAndAMainsAdapterNamedAc0() throws IOException {
        tree(Map.ofEntries(
                Map.entry("class/power_supply/BAT0/charge_now", "2000000\n"),
                Map.entry("class/power_supply/BAT0/current_now", "0\n"),
                Map.entry("class/power_supply/BAT0/charge_full", "4000000\n"),
                Map.entry("class/power_supply/AC0/online", "1\n"),
                Map.entry("class/power_supply/BAT2/capacity", "99\n")));
        assertSameAsRealPsutil();
    }

    @Test
    void noSensorsAtAllAndNoPowerSupplyFolder() {
        assertSameAsRealPsutil(); // power_supply missing: psutil raises FileNotFoundError
    }
}
