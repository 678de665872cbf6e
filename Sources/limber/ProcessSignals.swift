import Foundation
import LimberTUI
import Synchronization

/// The signals a session answers, each only setting a flag that the session's loops poll, so
/// that they can log what happened and restore the terminal first. Installed before ncurses
/// starts, so ncurses leaves these signals to us.
///
/// - SIGINT, SIGTERM, SIGHUP and SIGQUIT stop: the session ends as interrupted, exit 128 + N.
///   (SIGQUIT would otherwise start the Swift runtime's crash reporter over the screen.)
/// - SIGTSTP (Ctrl-Z) suspends: the session pauses, the terminal is given back, and the process
///   stops until `fg`.
enum ProcessSignals {
    private static let stopReceived = Atomic<Int32>(0)
    private static let suspendRequested = Atomic<Bool>(false)

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            signal(signalNumber) { number in ProcessSignals.stopReceived.store(number, ordering: .relaxed) }
        }
        signal(SIGTSTP) { _ in ProcessSignals.suspendRequested.store(true, ordering: .relaxed) }
        // A blocked signal survives exec: a session started by a program that blocks them
        // (a test runner's thread, some launchers) would otherwise never hear Ctrl-C.
        var handled = sigset_t()
        sigemptyset(&handled)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP] { sigaddset(&handled, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &handled, nil)
    }

    static let session = SessionSignals(
        stop: { stopReceived.load(ordering: .relaxed) },
        takeSuspendRequest: { suspendRequested.exchange(false, ordering: .relaxed) })
}
