import Foundation

/// Single-key input from a terminal (raw mode, restored on exit), or one key per
/// character from a pipe, so a review session can also be scripted.
final class Terminal {
    private var saved = termios()
    private let raw: Bool

    init() {
        raw = isatty(STDIN_FILENO) != 0
        guard raw else { return }
        tcgetattr(STDIN_FILENO, &saved)
        var t = saved
        t.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &t)
    }

    deinit { restore() }

    func restore() {
        if raw { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }

    /// The next key, or nil at the end of input.
    func key() -> Character? {
        var byte: UInt8 = 0
        while true {
            let n = read(STDIN_FILENO, &byte, 1)
            if n < 0, errno == EINTR { continue }
            guard n == 1 else { return nil }
            if byte == 10 || byte == 13 || byte == 32 { continue }  // ignore Enter and spaces
            return Character(Unicode.Scalar(byte))
        }
    }

    func clear() {
        if isatty(STDOUT_FILENO) != 0 { print("\u{1B}[2J\u{1B}[H", terminator: "") }
    }
}
