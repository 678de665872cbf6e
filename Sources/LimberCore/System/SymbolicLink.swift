import Foundation

/// What a symbolic link names, read with `readlink` (Foundation's symlink resolving walks and
/// percent-encodes every component: a third of a millisecond of a start).
public enum SymbolicLink {
    /// The target `path` links to, as written in the link; nil when `path` is no link.
    public static func target(of path: String) -> String? {
        var target = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(path, &target, Int(PATH_MAX))
        return length > 0 ? String(decoding: target[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self) : nil
    }
}
