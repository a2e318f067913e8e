package dev.pyhost.shims.os;

/**
 * {@code crypt(3)}: the C library's password hashing (libcrypt), as {@code crypt_r}.
 *
 * <p>Implemented with the foreign function API on JDK 22+ ({@code LinuxCryptCalls});
 * {@link #get()} is null where that or libcrypt is not available.
 */
public interface CryptCalls {
    static CryptCalls get() {
        return Holder.INSTANCE;
    }

    /**
     * The hash of {@code word} with {@code salt} (bytes carried one char each, ISO-8859-1, as is
     * the result), or null where crypt_r returned NULL ({@link #lastErrno()} then says why).
     */
    String crypt(String word, String salt);

    /** The errno of this thread's last failed {@link #crypt}. */
    int lastErrno();

    final class Holder {
        static final CryptCalls INSTANCE = load();

        private Holder() {
        }

        private static CryptCalls load() {
            return LinuxCalls.load(CryptCalls.class, "LinuxCryptCalls");
        }
    }
}
