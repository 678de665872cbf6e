import Foundation

/// A private copy of a log (with its write-ahead file, if any) in a temporary folder, for
/// reading a log this user may not write to. The folder goes once the copy is open, or when the
/// copy is released unopened. The two files are copied one after the other, so a log being
/// written at that moment by its owner may be copied between two of its writes.
final class ReadingCopy: Sendable {
    let folder: URL
    var path: String { folder.appendingPathComponent(LogLocation.fileName).path }

    init(of location: LogLocation) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("limber-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        do {
            for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: location.path + suffix) {
                try FileManager.default.copyItem(atPath: location.path + suffix, toPath: path + suffix)
            }
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    deinit {
        remove()
    }
}
