/*
 * pyhost-client: the warm-start path of the pyhost launcher. Hands one run to the resident
 * pyhost daemon over its Unix domain socket and behaves as the run's process: argv, environment,
 * working directory and terminal flags go to the daemon; stdout/stderr data come back; stdin is
 * read only when the script asks for it; Ctrl-C is forwarded (KeyboardInterrupt in the script);
 * SIGHUP, SIGUSR1, SIGUSR2, SIGALRM and SIGTERM are forwarded too (this process is the run's: a
 * script's os.getpid() is this pid, so its handlers answer what is sent here, and what ends it
 * unhandled ends this process by the same signal); the run's exit status becomes this process's.
 *
 * When the daemon is missing, refuses the run, or dies before anything of the run was seen, the
 * client replaces itself with the launcher's in-process path: `LAUNCHER --no-daemon ARGS...`.
 *
 * usage: pyhost-client SOCKET LAUNCHER [ARGS...]
 *        pyhost-client SOCKET --control status|stop   (prints the daemon's answer; 1 when none)
 *
 * Wire format (both ways): frames of one type byte, a 4-byte big-endian length, the payload.
 *   client -> daemon: 'A' argument, 'E' environment entry (NAME=VALUE), 'D' working directory,
 *                     'T' "isatty0 isatty1 isatty2 columns lines" (0 0: no terminal size), 'P' "pid ppid", 'G' request complete,
 *                     'I' stdin data (empty: end of input), 'S' signal number (text),
 *                     'B' this process's stdout or stderr is a closed pipe ("1" or "2"): the
 *                     script's next writes to it fail with EPIPE, as a CPython process's would
 *   daemon -> client: 'O' stdout data, 'R' stderr data, 'r' stdin wanted (text: max bytes),
 *                     'X' exit status (text; negative: die of that signal), 'F' run it in-process
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

extern char **environ;

static int sock = -1;
static int sigpipe_fds[2] = {-1, -1};
static char **fallback_argv;
static int seen_anything; /* output written or stdin consumed: no silent fallback any more */
static int closed_pipe[3]; /* stdout/stderr found to be a pipe with no reader (EPIPE) */

static void fallback(void) {
    if (sock >= 0) close(sock);
    execv(fallback_argv[0], fallback_argv);
    fprintf(stderr, "pyhost: cannot run %s: %s\n", fallback_argv[0], strerror(errno));
    _exit(1);
}

static int write_all(int fd, const void *buf, size_t len) {
    const char *p = buf;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static int read_all(int fd, void *buf, size_t len) {
    char *p = buf;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        if (n == 0) return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Request frames are gathered into one buffer and sent with one write. */
static char *req;
static size_t req_len, req_cap;

static void put(char type, const void *data, size_t len) {
    if (req_len + len + 5 > req_cap) {
        req_cap = (req_len + len + 5) * 2;
        req = realloc(req, req_cap);
        if (!req) { perror("pyhost"); exit(1); }
    }
    req[req_len] = type;
    uint32_t n = htonl((uint32_t)len);
    memcpy(req + req_len + 1, &n, 4);
    if (len) memcpy(req + req_len + 5, data, len);
    req_len += len + 5;
}

static int send_frame(char type, const void *data, size_t len) {
    char head[5];
    head[0] = type;
    uint32_t n = htonl((uint32_t)len);
    memcpy(head + 1, &n, 4);
    if (write_all(sock, head, 5) < 0) return -1;
    return len ? write_all(sock, data, len) : 0;
}

/* the signals forwarded to the run: Ctrl-C and those whose default action ends a process */
static const int forwarded[] = {SIGINT, SIGHUP, SIGUSR1, SIGUSR2, SIGALRM, SIGTERM};

static void on_signal(int sig) {
    char c = (char)sig;
    int saved = errno;
    if (write(sigpipe_fds[1], &c, 1) < 0) { /* the loop is behind; one pending signal is enough */ }
    errno = saved;
}

/* ends this process by signal sig (the run ended so), with its default action */
static void die_of(int sig) {
    signal(sig, SIG_DFL);
    raise(sig);
    _exit(128 + sig);
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: pyhost-client SOCKET LAUNCHER [ARGS...]\n");
        return 2;
    }
    const char *path = argv[1];
    int control = strcmp(argv[2], "--control") == 0;
    fallback_argv = calloc((size_t)argc + 1, sizeof(char *));
    fallback_argv[0] = argv[2];
    fallback_argv[1] = "--no-daemon";
    for (int i = 3; i < argc; i++) fallback_argv[i - 1] = argv[i];

    struct sockaddr_un addr;
    memset(&addr, 0, sizeof addr);
    addr.sun_family = AF_UNIX;
    if (strlen(path) >= sizeof addr.sun_path) fallback();
    strcpy(addr.sun_path, path);
    sock = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (sock < 0 || connect(sock, (struct sockaddr *)&addr, sizeof addr) < 0) {
        if (control) return 1;
        fallback();
    }
    if (control) { /* one request, one answer: 'C' what -> 'Y' text */
        const char *what = argc > 3 ? argv[3] : "status";
        char head[5];
        uint32_t len;
        if (send_frame('C', what, strlen(what)) < 0 || read_all(sock, head, 5) < 0) return 1;
        memcpy(&len, head + 1, 4);
        len = ntohl(len);
        char *text = malloc((size_t)len + 1);
        if (!text || read_all(sock, text, len) < 0) return 1;
        text[len] = 0;
        printf("%s\n", text);
        return 0;
    }

    for (int i = 3; i < argc; i++) put('A', argv[i], strlen(argv[i]));
    for (char **e = environ; *e; e++) put('E', *e, strlen(*e));
    char *cwd = getcwd(NULL, 0);
    if (!cwd) fallback(); /* a deleted working directory: the in-process path reports it */
    put('D', cwd, strlen(cwd));
    free(cwd);
    char tty[64];
    struct winsize ws = {0};
    int have_size = 0;
    for (int fd = 1; fd >= 0 && !have_size; fd = fd == 1 ? 0 : fd == 0 ? 2 : -1)
        have_size = ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0;
    snprintf(tty, sizeof tty, "%d %d %d %d %d", isatty(0), isatty(1), isatty(2),
             have_size ? ws.ws_col : 0, have_size ? ws.ws_row : 0);
    put('T', tty, strlen(tty));
    char ids[48];
    snprintf(ids, sizeof ids, "%ld %ld", (long)getpid(), (long)getppid());
    put('P', ids, strlen(ids));
    put('G', NULL, 0);
    signal(SIGPIPE, SIG_IGN);
    if (write_all(sock, req, req_len) < 0) fallback();
    free(req);

    if (pipe2(sigpipe_fds, O_CLOEXEC | O_NONBLOCK) == 0) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        struct sigaction old;
        /* one ignored by our parent (SIGINT for a background job, SIGHUP under nohup) stays
           ignored, as CPython leaves it */
        for (size_t i = 0; i < sizeof forwarded / sizeof forwarded[0]; i++)
            if (sigaction(forwarded[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN) sigaction(forwarded[i], &sa, NULL);
    }

    size_t want = 0; /* stdin bytes the daemon asked for */
    int stdin_eof = 0;
    static char buf[65536];
    for (;;) {
        struct pollfd fds[3];
        int nfds = 0;
        fds[nfds].fd = sock; fds[nfds].events = POLLIN; nfds++;
        fds[nfds].fd = sigpipe_fds[0]; fds[nfds].events = POLLIN; nfds++;
        int stdin_at = -1;
        if (want > 0) { stdin_at = nfds; fds[nfds].fd = 0; fds[nfds].events = POLLIN; nfds++; }
        if (poll(fds, (nfds_t)nfds, -1) < 0) {
            if (errno == EINTR) continue;
            perror("pyhost: poll");
            return 1;
        }
        if (fds[1].revents & POLLIN) {
            char sig[8];
            ssize_t got;
            while ((got = read(sigpipe_fds[0], sig, sizeof sig)) > 0) {
                for (ssize_t i = 0; i < got; i++) {
                    char num[8];
                    int k = snprintf(num, sizeof num, "%d", (int)(unsigned char)sig[i]);
                    if (send_frame('S', num, (size_t)k) < 0) break;
                }
            }
        }
        if (stdin_at >= 0 && (fds[stdin_at].revents & (POLLIN | POLLHUP | POLLERR))) {
            size_t cap = want < sizeof buf ? want : sizeof buf;
            ssize_t n = read(0, buf, cap);
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) n = 0; /* an unreadable stdin ends the input, as EOF */
            seen_anything = 1;
            want = 0;
            if (n == 0) stdin_eof = 1;
            if (send_frame('I', buf, (size_t)n) < 0) goto daemon_gone;
        }
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            char head[5];
            if (read_all(sock, head, 5) < 0) goto daemon_gone;
            uint32_t len;
            memcpy(&len, head + 1, 4);
            len = ntohl(len);
            char *data = len <= sizeof buf ? buf : malloc(len);
            if (!data || (len && read_all(sock, data, len) < 0)) goto daemon_gone;
            switch (head[0]) {
            case 'O':
            case 'R': {
                int fd = head[0] == 'O' ? 1 : 2;
                seen_anything = 1;
                /* a closed pipe is told once; the script's later writes to it fail in the daemon */
                if (!closed_pipe[fd] && write_all(fd, data, len) < 0 && errno == EPIPE) {
                    char which = (char)('0' + fd);
                    closed_pipe[fd] = 1;
                    if (send_frame('B', &which, 1) < 0) goto daemon_gone;
                }
                break;
            }
            case 'r': {
                char num[24];
                size_t k = len < sizeof num - 1 ? len : sizeof num - 1;
                memcpy(num, data, k);
                num[k] = 0;
                want = (size_t)strtoul(num, NULL, 10);
                if (want == 0) want = 1;
                if (stdin_eof) { /* EOF again, as a file gives it */
                    want = 0;
                    if (send_frame('I', NULL, 0) < 0) goto daemon_gone;
                }
                break;
            }
            case 'X': {
                char num[24];
                size_t k = len < sizeof num - 1 ? len : sizeof num - 1;
                memcpy(num, data, k);
                num[k] = 0;
                int status = atoi(num);
                if (status < 0 && status > -65) die_of(-status); /* the run died of that signal */
                return status & 0xff;
            }
            case 'F':
                if (!seen_anything) fallback();
                fprintf(stderr, "pyhost: the daemon declined the run\n");
                return 1;
            default:
                break; /* a frame this client does not know: ignored */
            }
            if (data != buf) free(data);
        }
    }
daemon_gone:
    if (!seen_anything) fallback(); /* nothing of the run was seen: run it here instead */
    fprintf(stderr, "pyhost: the daemon ended during the run\n");
    return 1;
}
