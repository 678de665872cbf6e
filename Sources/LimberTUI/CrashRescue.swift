import Foundation

/// If Limber crashes while ncurses owns the terminal, the patient's shell must not be left
/// without echo or line editing. Before ncurses starts, the terminal's settings are saved; a
/// crash signal puts them back (tcsetattr is async-signal-safe), leaves the alternate screen,
/// shows the cursor, and then lets the signal go on to the handler it had before (the Swift
/// runtime's backtrace, or the default: end with a core dump). Finished steps are in the log
/// already; the next start marks the session interrupted.
enum CrashRescue {
    static let signals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

    /// Written to the terminal on a crash: xterm's sequences (which every terminal Limber draws
    /// on understands) to leave the alternate screen, reset attributes and show the cursor.
    private static let reset = Array("\u{1b}[?1049l\u{1b}[0m\u{1b}[?25h\r\n".utf8)

    nonisolated(unsafe) private static var saved = termios()
    /// The handlers before ours, by signal number, to pass each crash on to.
    nonisolated(unsafe) private static let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 64)

    static func install() {
        tcgetattr(STDIN_FILENO, &saved)
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { CrashRescue.rescue($0) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// Once the terminal is given back normally, a crash needs nothing from us.
    static func uninstall() {
        for signal in signals {
            sigaction(signal, previous + Int(signal), nil)
        }
    }

    private static func rescue(_ signal: Int32) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        _ = reset.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
        sigaction(signal, previous + Int(signal), nil)
        // Blocked until this handler returns, then handled as before (a fault that is not
        // re-raised would happen again anyway when the instruction runs once more).
        raise(signal)
    }
}
