import LimberCore
import LimberTUI

/// Keeps what would have been said aloud, with the second on the session's clock it was said at.
public final class RecordingSpeaker: Speaker {
    private let clock: ManualClock
    public private(set) var said: [(second: Double, words: String)] = []

    public init(clock: ManualClock) {
        self.clock = clock
    }

    public func say(_ words: String) {
        said.append((Double(clock.now().nanoseconds) / 1e9, words))
    }
}
