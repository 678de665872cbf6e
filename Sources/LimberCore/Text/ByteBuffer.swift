import Foundation

/// Bytes written one after another into room made ahead: a write checks once that there is
/// room and stores straight into it. Appending to a `[UInt8]` checks at every call that the
/// array is unshared and has room, and copies a run of bytes through generic code: most of the
/// cost of writing a review's JSON (a key and its indentation took about 400 instructions).
struct ByteBuffer {
    /// The first `count` bytes are written; the rest is room.
    private var storage: [UInt8] = []
    private(set) var count = 0

    var isEmpty: Bool { count == 0 }

    /// Writes at most `maximum` bytes at the end: `write` is given where, and returns how many
    /// it wrote. Inlined, so that `write` is too, a few stores in place of two calls.
    @inline(__always)
    mutating func write(atMost maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if storage.count - count < maximum { reserve(max(count + maximum, 2 * storage.count, 256)) }
        let start = count
        count += storage.withUnsafeMutableBufferPointer { write($0.baseAddress! + start) }
    }

    mutating func append(_ byte: UInt8) {
        write(atMost: 1) { end in
            end.pointee = byte
            return 1
        }
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        write(atMost: bytes.count) { end in
            end.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// A text's UTF-8 bytes.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// `count` spaces.
    mutating func appendSpaces(_ count: Int) {
        write(atMost: count + 7) { end in
            Self.spaces(count, at: end)
            return count
        }
    }

    /// `count` spaces from `start`, eight at a time (memset is a call, for a few spaces an
    /// indentation): up to seven more are written after them, in room the caller made.
    @inline(__always)
    static func spaces(_ count: Int, at start: UnsafeMutablePointer<UInt8>) {
        let raw = UnsafeMutableRawPointer(start)
        for offset in stride(from: 0, to: count, by: 8) {
            raw.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
        }
    }

    mutating func append(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// `bytes` in double quotes, then `suffix`, in one write: a JSON string with nothing to
    /// escape, or a key.
    mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, then suffix: StaticString = "") {
        let length = bytes.count + 2 + suffix.utf8CodeUnitCount
        write(atMost: length) { end in
            end.pointee = UInt8(ascii: "\"")
            if let start = bytes.baseAddress { (end + 1).update(from: start, count: bytes.count) }
            end[bytes.count + 1] = UInt8(ascii: "\"")
            (end + bytes.count + 2).update(from: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
            return length
        }
    }

    /// Room for `capacity` bytes in all, made now.
    mutating func reserve(_ capacity: Int) {
        guard capacity > storage.count else { return }
        let written = count
        storage = [UInt8](unsafeUninitializedCapacity: capacity) { room, initialized in
            storage.withUnsafeBufferPointer { old in
                if written > 0 { room.baseAddress!.update(from: old.baseAddress!, count: written) }
            }
            (room.baseAddress! + written).initialize(repeating: 0, count: capacity - written)
            initialized = capacity
        }
    }

    /// The bytes written (the room left dropped, not copied), leaving this empty.
    mutating func take() -> [UInt8] {
        // Moved out first, so that dropping the room is done in place.
        var bytes: [UInt8] = []
        swap(&bytes, &storage)
        bytes.removeSubrange(count...)
        count = 0
        return bytes
    }
}
