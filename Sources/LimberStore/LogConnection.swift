import GRDB
import Synchronization

/// The log's GRDB connection, opened when it is first used. A start that has looked at the file
/// already (`LogInspection`) leaves the opening to the session's first write, on the log
/// writer's thread, while the first question is drawn: GRDB's set-up (its functions and
/// collations, the schema read again) was a sixth of the instructions to the first frame
/// (docs/performance.md). Until then the bare connection the file was looked at through stays
/// open for the one read a start makes before it writes.
final class LogConnection: Sendable {
    private let state: Mutex<State>

    private enum State {
        case waiting(open: @Sendable () throws -> any DatabaseWriter, look: BareConnection)
        case open(any DatabaseWriter)
    }

    /// A connection open already.
    init(_ writer: any DatabaseWriter) {
        state = Mutex(.open(writer))
    }

    /// A connection `open` makes when first used; `look` meanwhile.
    init(opening open: @escaping @Sendable () throws -> any DatabaseWriter, look: BareConnection) {
        state = Mutex(.waiting(open: open, look: look))
    }

    /// The GRDB connection, opened now when it is not yet (a failure leaves it to be tried again).
    var writer: any DatabaseWriter {
        get throws {
            try state.withLock { state in
                switch state {
                case .open(let writer):
                    return writer
                case .waiting(let open, _):
                    let writer = try open()
                    // The bare connection closes as it is let go.
                    state = .open(writer)
                    return writer
                }
            }
        }
    }

    /// `read` over the bare connection while the GRDB one is not open; nil once it is.
    func beforeOpening<Value: Sendable>(_ read: (BareConnection) throws -> Value) throws -> Value? {
        try state.withLock { state in
            guard case .waiting(_, let look) = state else { return nil }
            return try read(look)
        }
    }
}
