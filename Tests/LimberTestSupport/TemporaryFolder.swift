import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when the
/// last reference goes: a test keeps one in its suite value, which is released when the test
/// ends, so no patient-shaped data piles up in /tmp run after run.
public final class TemporaryFolder: Sendable {
    public let url: URL

    /// Made at once, named `prefix-UUID`.
    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
