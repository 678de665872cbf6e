import Foundation

extension Array where Element: Sendable {
    /// `map(transform)` worked out in parts on every core: one patient's review holds thousands of
    /// sessions, each reviewed and drawn on its own. The same elements in the same order. A short
    /// array, or a call from a thread whose cores are all busy (a clinic's reviews, a patient a
    /// core), costs little more than `map`.
    public func concurrentMap<Mapped: Sendable>(_ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
        let parts = Swift.min(count / Self.leastInAPart, 4 * ProcessInfo.processInfo.activeProcessorCount)
        guard parts > 1 else { return map(transform) }
        let mapped = MappedParts<Mapped>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            mapped.set(part, self[count * part / parts..<count * (part + 1) / parts].map(transform))
        }
        return mapped.joined
    }

    /// Fewer elements than this are not worth a thread.
    private static var leastInAPart: Int { 64 }
}

/// The parts of a `concurrentMap`, filled in from several threads.
private final class MappedParts<Mapped>: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [[Mapped]]

    init(count: Int) { parts = Array(repeating: [], count: count) }

    func set(_ part: Int, _ mapped: [Mapped]) { lock.withLock { parts[part] = mapped } }

    var joined: [Mapped] { lock.withLock { Array(parts.joined()) } }
}
