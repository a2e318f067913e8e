"""Time from starting a command on a fresh pseudo-terminal until its first prompt ('>>> ') shows,
and until the first statement typed there (`6*7`, sent as soon as the prompt shows) has echoed
its result: a prompt that shows while the interpreter is still starting makes the first figure
small, not the second.

    python3 first_prompt.py COMMAND [ARGS...]

Prints the two figures in milliseconds. The command then gets Ctrl-D and is waited for (not timed); one that
shows no prompt within 300 s is killed and the run fails. The harness is CPython 3 for every
side, so its own cost is the same for each.
"""
import os
import pty
import re
import fcntl
import select
import signal
import struct
import sys
import termios
import time


def main(argv):
    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        # a terminal of 80x24, as a window would have (a pty starts at 0x0, which the line
        # editor would take for a width of nothing)
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 24, 80, 0, 0))
        try:
            os.execvp(argv[0], argv)
        finally:
            os._exit(127)
    seen = b''
    deadline = start + float(os.environ.get('PROMPT_TIMEOUT', '300'))
    elapsed = None
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break  # the command ended without a prompt
            if not chunk:
                break
            seen = (seen + chunk)[-4096:]
            if b'>>> ' in seen:
                elapsed = time.monotonic() - start
                break
        answered = None
        prompted_again = False
        if elapsed is not None:
            os.write(fd, b'6*7\r')
            seen = b''
            while time.monotonic() < deadline:
                if not select.select([fd], [], [], 0.5)[0]:
                    continue
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                seen = (seen + chunk)[-4096:]
                plain = re.sub(rb'\x1b(\[[0-9;?]*[A-Za-z]|[=>])', b'', seen).replace(b'\r', b'')
                if answered is None and b'\n42\n' in plain:
                    answered = time.monotonic() - start
                    seen = plain[plain.index(b'\n42\n') + 4:]
                if answered is not None and b'>>> ' in seen:
                    # Ctrl-D goes to that next prompt, as a person's would: typed before it shows,
                    # while the terminal is not raw yet, the tty driver turns it into a bare EOF
                    prompted_again = True
                    break
        if elapsed is None or answered is None or not prompted_again:
            sys.stderr.write('no prompt or no answer; last output: %r\n' % seen[-300:])
            sys.stderr.flush()
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return 1
        os.write(fd, b'\x04')
        end = time.monotonic() + 60
        while time.monotonic() < end:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if select.select([fd], [], [], 0.2)[0]:
                try:
                    os.read(fd, 65536)
                except OSError:
                    pass
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)
    print('%d %d' % (round(elapsed * 1000), round(answered * 1000)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
