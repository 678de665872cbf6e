import Foundation

/// What the library's folders hold, as the file system tells it without reading a file: each
/// folder's path and the names in it, and for each YAML file its path, size, modification and
/// change times to the nanosecond, device and inode. An edit, a file added, removed, renamed,
/// replaced or made unreadable changes it, so a cache keyed by it is never trusted for files
/// that changed.
struct LibraryFingerprint: Equatable {
    var lines: [String]
    /// The newest modification or change time among the files, in whole seconds.
    var newestSecond: Int

    init(lines: [String], newestSecond: Int) {
        self.lines = lines
        self.newestSecond = newestSecond
    }

    init(folders: [URL]) {
        var lines: [String] = []
        var newest = 0
        for folder in folders {
            let names = FolderListing.names(at: folder.path)?.sorted()
            // A folder that cannot be listed is told apart from an empty one.
            lines.append("folder \(folder.path) \(names?.joined(separator: "/") ?? "(unreadable)")")
            // Joined as text: a URL made for each file cost every start some 20,000 instructions a file.
            let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
            for name in names ?? [] where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let stamp = FileStamp(path: prefix + name)
                lines.append(stamp?.line ?? "file \(folder.path)/\(name) (no status)")
                newest = max(newest, stamp?.newestSecond ?? .max)
            }
        }
        self.lines = lines
        newestSecond = newest
    }

    /// Whether every file is older than the second `now` is in. A file changed within the
    /// file system's clock tick of being fingerprinted could change again with the same times
    /// and size, so a fingerprint taken that soon is not worth keeping.
    func isSettled(at now: Date) -> Bool {
        newestSecond < Int(now.timeIntervalSince1970.rounded(.down))
    }
}

/// One file's status (following symbolic links), as a line of a fingerprint.
struct FileStamp: Equatable {
    var line: String
    var newestSecond: Int

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        #if canImport(Darwin)
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #else
        let (modified, changed) = (status.st_mtim, status.st_ctim)
        #endif
        // Gathered as bytes: fifteen appends to a String per file cost more than the stat.
        var bytes = Array("file ".utf8)
        bytes.reserveCapacity(path.utf8.count + 100)
        bytes += path.utf8
        for (separator, number) in [(" ", String(status.st_size)), (" ", String(modified.tv_sec)), (".", String(modified.tv_nsec)),
                                    (" ", String(changed.tv_sec)), (".", String(changed.tv_nsec)), (" ", String(status.st_dev)),
                                    (":", String(status.st_ino))] {
            bytes += separator.utf8
            bytes += number.utf8
        }
        line = String(decoding: bytes, as: UTF8.self)
        newestSecond = Int(max(modified.tv_sec, changed.tv_sec))
    }
}
