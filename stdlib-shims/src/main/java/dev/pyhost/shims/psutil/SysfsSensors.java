package dev.pyhost.shims.psutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Linux's sensors where psutil finds them: temperatures and fans in {@code /sys/class/hwmon}
 * (thermal zones when hwmon has no temperature), the battery in {@code /sys/class/power_supply}.
 * Files are found the way psutil's globs find them; their text goes to the glue unparsed, so
 * Python's own {@code float()}/{@code int()} decide what a value is, as in psutil. A file that
 * cannot be read counts as missing, as psutil's reads with a fallback treat it.
 */
final class SysfsSensors {
    private final Path sys;

    /** @param sys where {@code /sys} is (another folder in tests) */
    SysfsSensors(Path sys) {
        this.sys = sys;
    }

    /**
     * Per hwmon temperature input: unit name, label, input, max, crit (raw text; "" for a missing
     * label or limit, which psutil reads as '' and None alike). Inputs or unit names that cannot be
     * read are left out, as psutil skips them. Then, only when hwmon has no temperature file at
     * all (coretemp's platform folders count), per thermal zone: type, "", temp, the high trip
     * point's temp, the critical trip point's temp.
     */
    List<String> temperatures() {
        List<String> rows = new ArrayList<>();
        TreeSet<String> bases = new TreeSet<>();
        for (String hwmon : glob("/sys/class/hwmon", "hwmon")) {
            addBases(bases, hwmon, "temp");
            addBases(bases, hwmon + "/device", "temp");
        }
        // coretemp's platform folders: psutil adds their files by whole name, which its reads then
        // miss, so they only stop the thermal-zone fallback below
        boolean coretemp = false;
        for (String platform : glob("/sys/devices/platform", "coretemp.")) {
            for (String hwmon : glob(platform + "/hwmon", "hwmon")) {
                for (String file : glob(hwmon, "temp")) {
                    coretemp |= hasUnderscoreAfter(file, "temp");
                }
            }
        }
        for (String base : bases) {
            String input = read(base + "_input");
            String unit = read(parent(base) + "/name");
            if (input == null || unit == null) {
                continue;
            }
            rows.add(unit);
            rows.add(orEmpty(read(base + "_label")));
            rows.add(input);
            rows.add(orEmpty(read(base + "_max")));
            rows.add(orEmpty(read(base + "_crit")));
        }
        if (!bases.isEmpty() || coretemp) {
            return rows;
        }
        for (String zone : new TreeSet<>(glob("/sys/class/thermal", "thermal_zone"))) {
            String temp = read(zone + "/temp");
            String type = read(zone + "/type");
            if (temp == null || type == null) {
                continue;
            }
            String high = "";
            String critical = "";
            TreeSet<String> tripPoints = new TreeSet<>();
            for (String trip : glob(zone, "trip_point")) {
                String[] parts = trip.substring(trip.lastIndexOf('/') + 1).split("_", -1);
                tripPoints.add(String.join("_", List.of(parts).subList(0, Math.min(3, parts.length))));
            }
            for (String trip : tripPoints) {
                String tripType = orEmpty(read(zone + "/" + trip + "_type")).strip();
                if (tripType.equals("critical")) {
                    critical = orEmpty(read(zone + "/" + trip + "_temp"));
                } else if (tripType.equals("high")) {
                    high = orEmpty(read(zone + "/" + trip + "_temp"));
                }
            }
            rows.add(type);
            rows.add("");
            rows.add(temp);
            rows.add(high);
            rows.add(critical);
        }
        return rows;
    }

    /**
     * Per hwmon fan input: unit name, label ("" when missing), input. Inputs that cannot be read
     * are left out; so are fans whose unit has no readable name (psutil raises there).
     */
    List<String> fans() {
        TreeSet<String> bases = new TreeSet<>();
        List<String> hwmons = glob("/sys/class/hwmon", "hwmon");
        for (String hwmon : hwmons) {
            addBases(bases, hwmon, "fan");
        }
        if (bases.isEmpty()) {
            for (String hwmon : hwmons) {
                addBases(bases, hwmon + "/device", "fan");
            }
        }
        List<String> rows = new ArrayList<>();
        for (String base : bases) {
            String input = read(base + "_input");
            String unit = read(parent(base) + "/name");
            if (input == null || unit == null) {
                continue;
            }
            rows.add(unit);
            rows.add(orEmpty(read(base + "_label")));
            rows.add(input);
        }
        return rows;
    }

    /**
     * The first battery's files, as key/text pairs for the ones that could be read, in psutil's
     * order of preference: energy_now (or charge_now), power_now (or current_now), energy_full (or
     * charge_full), time_to_empty_now, capacity, online (AC0's, or AC's) and status. Null when
     * there is no battery.
     *
     * @throws IOException when power_supply itself cannot be listed (psutil raises then)
     */
    List<String> battery() throws IOException {
        String supply = "/sys/class/power_supply";
        TreeSet<String> batteries = new TreeSet<>();
        List<String> entries = new ArrayList<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(resolve(supply))) {
            for (Path p : found) {
                entries.add(supply + "/" + p.getFileName());
            }
        }
        for (String entry : entries) {
            String name = entry.substring(entry.lastIndexOf('/') + 1);
            if (name.startsWith("BAT") || name.toLowerCase(java.util.Locale.ROOT).contains("battery")) {
                batteries.add(entry);
            }
        }
        if (batteries.isEmpty()) {
            return null;
        }
        String root = batteries.first();
        List<String> pairs = new ArrayList<>();
        first(pairs, "energy_now", root + "/energy_now", root + "/charge_now");
        first(pairs, "power_now", root + "/power_now", root + "/current_now");
        first(pairs, "energy_full", root + "/energy_full", root + "/charge_full");
        first(pairs, "time_to_empty", root + "/time_to_empty_now");
        first(pairs, "capacity", root + "/capacity");
        first(pairs, "online", supply + "/AC0/online", supply + "/AC/online");
        first(pairs, "status", root + "/status");
        return pairs;
    }

    private void first(List<String> pairs, String key, String... paths) {
        for (String path : paths) {
            String text = read(path);
            if (text != null) {
                pairs.add(key);
                pairs.add(text);
                return;
            }
        }
    }

    /** Bases of the {@code PREFIX*_*} files in a folder: the path up to its first underscore. */
    private void addBases(TreeSet<String> bases, String folder, String prefix) {
        for (String file : glob(folder, prefix)) {
            if (hasUnderscoreAfter(file, prefix)) {
                bases.add(file.substring(0, file.indexOf('_')));
            }
        }
    }

    private static boolean hasUnderscoreAfter(String file, String prefix) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.indexOf('_', prefix.length()) >= 0;
    }

    /** Entries of a folder whose names start with the prefix, not hidden (glob's {@code PREFIX*}). */
    private List<String> glob(String folder, String prefix) {
        List<String> out = new ArrayList<>();
        for (String entry : list(folder)) {
            String name = entry.substring(entry.lastIndexOf('/') + 1);
            if (name.startsWith(prefix) && !name.startsWith(".")) {
                out.add(entry);
            }
        }
        return out;
    }

    private List<String> list(String folder) {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(resolve(folder))) {
            for (Path p : entries) {
                out.add(folder + "/" + p.getFileName());
            }
        } catch (IOException | RuntimeException e) {
            // a missing or unreadable folder globs to nothing
        }
        return out;
    }

    private String read(String path) {
        try {
            return new String(ProcFs.readFully(resolve(path).toString()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private Path resolve(String path) {
        return sys.resolve(path.substring("/sys/".length()));
    }

    private static String parent(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
