import Foundation
import Synchronization

/// SIGINT, SIGTERM and SIGHUP only set a flag that the session loop polls, so the loop can end
/// the session as interrupted, log it and restore the terminal before exiting. Installed before
/// ncurses starts, so ncurses leaves these signals to us.
enum StopSignal {
    private static let received = Atomic<Int32>(0)

    static func install() {
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { number in StopSignal.received.store(number, ordering: .relaxed) }
        }
    }

    /// The signal that asked us to stop, or 0.
    static var number: Int32 { received.load(ordering: .relaxed) }
}
