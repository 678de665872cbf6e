import Foundation

/// Work shared out over every core.
public enum Concurrently {
    /// `transform` of each index in `indices`, in their order, worked out several at a time.
    /// Throws the first error in that order, once all are done.
    public static func map<Value, Failure: Error>(
        _ indices: Range<Int>, _ transform: @Sendable (Int) throws(Failure) -> Value
    ) throws(Failure) -> [Value] {
        let slots = Slots<Result<Value, Failure>>(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { offset in
            slots.fill(offset, with: Result { () throws(Failure) in try transform(indices.lowerBound + offset) })
        }
        return try slots.values.map { result throws(Failure) in try result.get() }
    }

    /// One slot for each result, each filled by one thread alone, read once all are done:
    /// no lock is needed.
    private final class Slots<Value>: @unchecked Sendable {
        private let buffer: UnsafeMutableBufferPointer<Value?>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil)
        }

        deinit {
            buffer.deinitialize()
            buffer.deallocate()
        }

        func fill(_ index: Int, with value: Value) { buffer[index] = value }

        var values: [Value] { buffer.map { $0! } }
    }
}

extension Array where Element: Sendable {
    /// `map(transform)` worked out in parts on every core: one patient's review holds thousands of
    /// sessions, each reviewed and drawn on its own. The same elements in the same order. A short
    /// array, or a call from a thread whose cores are all busy (a clinic's reviews, a patient a
    /// core), costs little more than `map`.
    public func concurrentMap<Mapped: Sendable>(_ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
        let parts = Swift.min(count / Self.leastInAPart, 4 * ProcessInfo.processInfo.activeProcessorCount)
        guard parts > 1 else { return map(transform) }
        let mapped: [[Mapped]] = Concurrently.map(0..<parts) { (part: Int) -> [Mapped] in
            let first = count * part / parts, end = count * (part + 1) / parts
            return self[first..<end].map(transform)
        }
        return mapped.flatMap { $0 }
    }

    /// Fewer elements than this are not worth a thread.
    private static var leastInAPart: Int { 64 }
}
