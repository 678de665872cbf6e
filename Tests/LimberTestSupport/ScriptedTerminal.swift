import LimberCore
import LimberTUI

/// A terminal in memory that plays a session in simulated time: keys arrive at the instants a
/// test names, and every wait for a key moves the `ManualClock` on instead of sleeping, so a
/// whole session with its countdowns runs in milliseconds.
public final class ScriptedTerminal: Terminal {
    public let clock: ManualClock
    public var size: (width: Int, height: Int)
    public private(set) var frames: [String] = []
    public private(set) var bells = 0
    /// Keys still to come, each at its second on the clock.
    private var script: [(second: Double, key: Key)]

    public init(width: Int = 80, height: Int = 24, clock: ManualClock, keys script: [(Double, Key)]) {
        size = (width, height)
        self.clock = clock
        self.script = script.map { (second: $0.0, key: $0.1) }
    }

    /// Whether some frame showed `text`.
    public func showed(_ text: String) -> Bool {
        frames.contains { $0.contains(text) }
    }

    public func draw(_ buffer: CellBuffer) {
        frames.append(buffer.text)
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        let now = clock.now().nanoseconds
        let limit = timeoutMilliseconds.map { now + Int64($0) * 1_000_000 } ?? .max
        guard let next = script.first, Int64(next.second * 1e9) <= limit else {
            // Nothing typed within the wait: the whole wait passes.
            clock.advance(nanoseconds: limit == .max ? 0 : limit - now)
            return nil
        }
        script.removeFirst()
        clock.advance(nanoseconds: max(0, Int64(next.second * 1e9) - now))
        return next.key
    }

    public func ringBell() {
        bells += 1
    }
}
