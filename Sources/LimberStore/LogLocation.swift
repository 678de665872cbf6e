import Foundation
import LimberCore

/// The patient's data folder and the log file in it. The folder is made private (0700) and the
/// file (0600) before SQLite ever sees it, and a file that is already there is only checked,
/// never replaced: a damaged log must stay as it was for someone to rescue.
struct LogLocation {
    static let fileName = "limber.sqlite"

    let home: URL
    let path: String

    init(home: URL) {
        self.home = home
        path = home.appendingPathComponent(Self.fileName).path
    }

    /// A log file named by its path (a clinician's review of a copied file), in its folder.
    init(file: URL) {
        home = file.deletingLastPathComponent()
        path = file.path
    }

    /// Makes the folder and an empty log file when they do not exist, and checks that an
    /// existing file can be read and written. Returns true when it created the file.
    func prepare() throws -> Bool {
        try prepareFolder()
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if descriptor >= 0 {
            close(descriptor)
            return true
        }
        switch errno {
        case EEXIST:
            try checkExistingFile()
            return false
        case EACCES, EPERM, EROFS: throw LogStoreError.readOnly(path: home.path)
        case ENOSPC, EDQUOT: throw LogStoreError.diskFull(path: home.path)
        case let code: throw LogStoreError.cannotOpen(path: path, reason: Self.reason(code))
        }
    }

    private func prepareFolder() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: home.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else {
                throw LogStoreError.cannotOpen(path: home.path, reason: "it is a file, not a folder")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(
                at: home, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch let error as CocoaError {
            // Name the folder that refused, not the one that could not be made inside it.
            var parent = home.deletingLastPathComponent()
            while !FileManager.default.fileExists(atPath: parent.path) { parent.deleteLastPathComponent() }
            switch error.code {
            case .fileWriteNoPermission, .fileWriteVolumeReadOnly: throw LogStoreError.readOnly(path: parent.path)
            case .fileWriteOutOfSpace: throw LogStoreError.diskFull(path: parent.path)
            default:
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder)
                throw LogStoreError.cannotOpen(
                    path: home.path, reason: isFolder.boolValue ? error.localizedDescription : "\(parent.path) is a file, not a folder")
            }
        }
    }

    private func checkExistingFile() throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw LogStoreError.cannotOpen(path: path, reason: "it is a folder, not a file")
        }
        let readable = open(path, O_RDONLY | O_CLOEXEC)
        guard readable >= 0 else { throw LogStoreError.cannotOpen(path: path, reason: Self.reason(errno)) }
        close(readable)
        let writable = open(path, O_RDWR | O_CLOEXEC)
        guard writable >= 0 else { throw LogStoreError.readOnly(path: path) }
        close(writable)
        // SQLite keeps its write-ahead log beside the file, so the folder must be writable too.
        guard access(home.path, W_OK) == 0 else { throw LogStoreError.readOnly(path: home.path) }
    }

    /// Removes a log file this run created, with SQLite's side files, after opening it failed:
    /// a failed first run leaves nothing behind.
    func removeCreatedFile() {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code)).lowercased()
    }
}
