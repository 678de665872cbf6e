import Foundation

/// Work shared out over every core.
enum Concurrently {
    /// `transform` of each index in `indices`, in their order, worked out several at a time.
    /// Throws the first error in that order, once all are done.
    static func map<Value>(_ indices: Range<Int>, _ transform: @Sendable (Int) throws -> Value) throws -> [Value] {
        let slots = Slots<Result<Value, any Error>>(count: indices.count)
        DispatchQueue.concurrentPerform(iterations: indices.count) { offset in
            slots.fill(offset, with: Result { try transform(indices.lowerBound + offset) })
        }
        return try slots.values.map { try $0.get() }
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
