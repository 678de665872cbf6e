import Foundation

/// The process's environment, read once from `environ`. `ProcessInfo.processInfo.environment`
/// sets up `ProcessInfo` first and builds a new dictionary at every call: about 0.2 ms of a
/// `status` that runs every few seconds, and three calls before the player's first frame.
public enum ProcessEnvironment {
    public static let current: [String: String] = read()

    /// `environ` as a dictionary; a name set twice keeps its first value, as `getenv` reads it.
    /// Split at the first "=" byte, not by Characters (ten thousand instructions a variable).
    static func read() -> [String: String] {
        var values: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            if let equals = strchr(pointer, Int32(UInt8(ascii: "="))) {
                let name = String(decoding: UnsafeRawBufferPointer(start: pointer, count: equals - pointer), as: UTF8.self)
                if values[name] == nil { values[name] = String(cString: equals + 1) }
            }
            entry += 1
        }
        return values
    }
}
