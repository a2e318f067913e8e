package dev.pyhost.shims.os;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

import static dev.pyhost.shims.os.Ffm.ERRNO_OPT;
import static dev.pyhost.shims.os.Ffm.STATE;
import static dev.pyhost.shims.os.Ffm.cString;
import static dev.pyhost.shims.os.Ffm.errno;
import static java.lang.foreign.ValueLayout.ADDRESS;

/** {@link CryptCalls} on Linux: libcrypt's {@code crypt_r}, each call with a zeroed crypt_data of its own. */
final class LinuxCryptCalls implements CryptCalls {
    /** Above both struct crypt_data sizes in use (libxcrypt: 32 KiB; glibc's own: 128 KiB). */
    private static final long CRYPT_DATA = 256 * 1024;
    private final MethodHandle cryptR;
    private final ThreadLocal<int[]> lastErrno = ThreadLocal.withInitial(() -> new int[1]);

    LinuxCryptCalls() {
        SymbolLookup lib = SymbolLookup.libraryLookup("libcrypt.so.1", Arena.global());
        MemorySegment symbol = lib.find("crypt_r").orElseThrow(() -> new UnsupportedOperationException("no crypt_r"));
        cryptR = Linker.nativeLinker().downcallHandle(symbol,
                FunctionDescriptor.of(ADDRESS, ADDRESS, ADDRESS, ADDRESS), ERRNO_OPT);
    }

    @Override
    public String crypt(String word, String salt) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = arena.allocate(STATE);
            MemorySegment data = arena.allocate(CRYPT_DATA); // zeroed
            MemorySegment r = (MemorySegment) cryptR.invokeExact(state, cString(arena, word), cString(arena, salt), data);
            if (r.equals(MemorySegment.NULL)) {
                lastErrno.get()[0] = errno(state);
                return null;
            }
            return r.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.ISO_8859_1);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @Override
    public int lastErrno() {
        return lastErrno.get()[0];
    }
}
