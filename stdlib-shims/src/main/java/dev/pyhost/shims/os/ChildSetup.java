package dev.pyhost.shims.os;

/**
 * What a child gets besides its program, arguments, environment and standard streams, as
 * CPython's {@code subprocess.Popen} sets it up in the child: a new session
 * ({@code start_new_session}), a process group ({@code process_group}), and descriptors kept
 * open ({@code pass_fds}).
 *
 * @param newSession   the child calls {@code setsid()}
 * @param processGroup the child calls {@code setpgid(0, processGroup)}; negative: it does not
 * @param passFrom     this process's descriptors the child keeps...
 * @param passTo       ...at these numbers (the ones Python sees, which are not always the system's),
 *                     open across exec; every other descriptor from 3 on is closed
 */
public record ChildSetup(boolean newSession, int processGroup, int[] passFrom, int[] passTo) {
    /** Nothing besides: same session and group, only descriptors 0-2. */
    public static final ChildSetup PLAIN = new ChildSetup(false, -1, new int[0], new int[0]);

    public ChildSetup {
        if (passFrom.length != passTo.length) {
            throw new IllegalArgumentException("passFrom and passTo differ in length");
        }
    }
}
