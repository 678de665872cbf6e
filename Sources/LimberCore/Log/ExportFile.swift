import Foundation

/// An export file on disk: written whole or not at all, and read with a plain reason when it
/// cannot be.
public enum ExportFile {
    /// Writes `data` beside `file` and renames it into place, so the file appears complete or
    /// not at all; readable only by its owner, since it holds health data.
    @discardableResult
    public static func write(_ data: Data, to file: URL) throws -> Placement {
        try write(to: file) { write in try write(data) }
    }

    /// Where a write went.
    public enum Placement: Sendable {
        /// A file written beside its name and renamed into place.
        case renamedIntoPlace
        /// Into the device, pipe or socket at the path (`/dev/stdout`, a FIFO): perhaps the
        /// terminal or the pipe standard output goes to.
        case intoDeviceOrPipe
    }

    /// Writes what `body` passes to the function it is given beside `file`, in order, and
    /// renames it into place once `body` returns, as `write(_:to:)` does: for a report written
    /// as it is made, too large to hold whole. When `body` or a write fails, nothing is left
    /// behind and a file already at `file` is kept as it was.
    /// A device, a pipe or a socket at `file` (`--out /dev/stdout`, a named pipe) is written into
    /// as it is: renaming over it would put a plain file in its place (even `/dev/null`, as root).
    @discardableResult
    public static func write(to file: URL, _ body: (_ write: (Data) throws -> Void) throws -> Void) throws -> Placement {
        var status = stat()
        if stat(file.path, &status) == 0, ![S_IFREG, S_IFDIR].contains(status.st_mode & S_IFMT) {
            try writeStraight(to: file, body)
            return .intoDeviceOrPipe
        }
        let folder = file.deletingLastPathComponent()
        let partial = folder.appendingPathComponent(".\(file.lastPathComponent).\(UUID().uuidString).partial")
        guard FileManager.default.createFile(atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = FileHandle(forWritingAtPath: partial.path)
        else {
            throw LogStoreError.cannotWriteFile(path: file.path, reason: "could not create a file in \(folder.path)")
        }
        func failed(_ error: any Error) -> LogStoreError { .cannotWriteFile(path: file.path, reason: reason(error as NSError)) }
        do {
            try body { data in
                do { try handle.write(contentsOf: data) } catch { throw failed(error) }
            }
            do { try handle.close() } catch { throw failed(error) }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: partial)
            throw error
        }
        guard rename(partial.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: partial)
            throw LogStoreError.cannotWriteFile(path: file.path, reason: reason)
        }
        return .renamedIntoPlace
    }

    /// Into the device or pipe at `file` itself, in order.
    private static func writeStraight(to file: URL, _ body: (_ write: (Data) throws -> Void) throws -> Void) throws {
        guard let handle = FileHandle(forWritingAtPath: file.path) else {
            throw LogStoreError.cannotWriteFile(path: file.path, reason: "it cannot be opened for writing")
        }
        defer { try? handle.close() }
        try body { data in
            do { try handle.write(contentsOf: data) } catch { throw LogStoreError.cannotWriteFile(path: file.path, reason: reason(error as NSError)) }
        }
    }

    /// What the system said when a write failed ("No space left on device").
    private static func reason(_ error: NSError) -> String {
        let posix = error.domain == NSPOSIXErrorDomain ? error : error.userInfo[NSUnderlyingErrorKey] as? NSError
        guard let posix, posix.domain == NSPOSIXErrorDomain else { return error.localizedDescription }
        return String(cString: strerror(Int32(posix.code)))
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
