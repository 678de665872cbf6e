import Foundation

/// The process's environment, read once from `environ`. `ProcessInfo.processInfo.environment`
/// sets up `ProcessInfo` first and builds a new dictionary at every call: about 0.2 ms of a
/// `status` that runs every few seconds, and three calls before the player's first frame.
public enum ProcessEnvironment {
    public static let current: [String: String] = read()

    /// `environ` as a dictionary; a name set twice keeps its first value, as `getenv` reads it.
    static func read() -> [String: String] {
        var values: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "="), values[String(text[..<equals])] == nil {
                values[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return values
    }
}
