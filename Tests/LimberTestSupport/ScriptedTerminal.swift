import LimberCore
import LimberTUI

/// A terminal in memory that plays a session in simulated time: keys arrive at the instants a
/// test names, and every wait for a key moves the `ManualClock` on instead of sleeping, so a
/// whole session with its countdowns runs in milliseconds.
public final class ScriptedTerminal: Terminal {
    public let clock: ManualClock
    public var size: (width: Int, height: Int)
    public var glyphs: Glyphs = .unicode
    public private(set) var frames: [String] = []
    public private(set) var bells = 0
    public private(set) var suspensions = 0
    /// Whether the session asked for a key after the last one in the script (then it got `q`).
    public private(set) var ranOut = false
    /// How long the process stays stopped when suspended (Ctrl-Z until `fg`).
    public var secondsAway: Double = 60
    private var lastKey: Int64 = 0
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

    /// Keeps each frame that differs from the one before (a paused screen is drawn again and
    /// again, unchanged).
    public func draw(_ buffer: CellBuffer) {
        let text = buffer.text
        if frames.last != text { frames.append(text) }
    }

    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        let now = clock.now().nanoseconds
        let limit = timeoutMilliseconds.map { now + Int64($0) * 1_000_000 } ?? .max
        // A script that ran out an hour ago would leave a question waiting for ever: leave
        // instead, so the test ends and fails on what it expected.
        if script.isEmpty, now > lastKey + 3_600_000_000_000 {
            ranOut = true
            return .character("q")
        }
        guard let next = script.first, Int64(next.second * 1e9) <= limit else {
            // Nothing typed within the wait: the whole wait passes.
            clock.advance(nanoseconds: limit == .max ? 0 : limit - now)
            return nil
        }
        script.removeFirst()
        clock.advance(nanoseconds: max(0, Int64(next.second * 1e9) - now))
        lastKey = clock.now().nanoseconds
        return next.key
    }

    public func ringBell() {
        bells += 1
    }

    public func suspend() {
        suspensions += 1
        clock.advance(seconds: secondsAway)
    }
}
