import Foundation
import Synchronization

/// Writes to the log on a thread of its own, one write after another in the order given, so that
/// the countdown, the keys and the signals never wait on the store. A store that is only busy
/// (another program holding the file locked) is tried again until it answers or the writer is
/// told to give up; any other failure stops the writing and is kept for the session to report.
public final class QueuedLogWriter: Sendable {
    public let store: any LogStore
    /// The real passing of time, for how long writes wait: the store's, not the session's.
    private let clock = SystemMonotonicClock()
    private let queue = DispatchQueue(label: "limber.log-writer")
    private let unfinished = DispatchGroup()
    private let state = Mutex(State())

    private struct State {
        /// When each write not yet done was queued, oldest first.
        var queuedAt: [MonotonicInstant] = []
        var failure: (any Error)?
        var givenUp = false
    }

    public init(store: any LogStore) {
        self.store = store
    }

    /// Queues `write`, to run after every write queued before it.
    public func enqueue(_ write: @escaping @Sendable (any LogStore) throws -> Void) {
        let now = clock.now()
        state.withLock { $0.queuedAt.append(now) }
        unfinished.enter()
        queue.async { [self] in
            defer {
                state.withLock { _ = $0.queuedAt.removeFirst() }
                unfinished.leave()
            }
            while !state.withLock({ $0.failure != nil || $0.givenUp }) {
                do {
                    try write(store)
                    return
                } catch LogStoreError.busy {
                    // The store waited out its busy timeout: still locked, so try again.
                    continue
                } catch {
                    state.withLock { $0.failure = error }
                }
            }
        }
    }

    /// The first write that failed; nothing after it is written.
    public var failure: (any Error)? {
        state.withLock { $0.failure }
    }

    /// Writes queued and not yet done.
    public var unwritten: Int {
        state.withLock { $0.queuedAt.count }
    }

    /// Nanoseconds the oldest write not yet done has waited, or 0 when none waits.
    public var oldestWait: Int64 {
        let now = clock.now()
        return state.withLock { $0.queuedAt.first.map { now.nanoseconds(since: $0) } ?? 0 }
    }

    /// Waits up to `milliseconds` for every queued write to be done; true when they are.
    public func finish(waitingUpTo milliseconds: Int) -> Bool {
        unfinished.wait(timeout: .now() + .milliseconds(milliseconds)) == .success
    }

    /// Stops trying: writes not yet done are dropped (one already in the store finishes).
    public func giveUp() {
        state.withLock { $0.givenUp = true }
    }
}
