import Foundation

/// An export file on disk: written whole or not at all, and read with a plain reason when it
/// cannot be.
public enum ExportFile {
    /// Writes `data` beside `file` and renames it into place, so the file appears complete or
    /// not at all; readable only by its owner, since it holds health data.
    public static func write(_ data: Data, to file: URL) throws {
        let folder = file.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw LogStoreError.cannotWriteFile(path: file.path, reason: "could not create a file in \(folder.path)")
        }
        guard rename(partial.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw LogStoreError.cannotWriteFile(path: file.path, reason: reason)
        }
    }

    /// The file's bytes, or why they cannot be read.
    public static func read(_ file: URL) throws -> Data {
        do {
            return try Data(contentsOf: file)
        } catch {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder)
            let reason = !exists ? "there is no such file" : isFolder.boolValue ? "it is a folder, not a file"
                : "it cannot be read; check its permissions"
            throw LogStoreError.cannotReadFile(path: file.path, reason: reason)
        }
    }
}
