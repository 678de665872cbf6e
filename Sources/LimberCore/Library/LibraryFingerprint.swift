import Foundation

/// What the library's folders hold, as the file system tells it without reading a file: each
/// folder's path and the names in it, and for each YAML file its path, size, modification and
/// change times to the nanosecond, device and inode. An edit, a file added, removed, renamed,
/// replaced or made unreadable changes it, so a cache keyed by it is never trusted for files
/// that changed.
struct LibraryFingerprint: Equatable {
    /// A line for each folder and each file (`FileStamp`), as one text: made and compared as
    /// bytes, since a start makes and compares one for every file of the library.
    var text: [UInt8]
    /// The newest modification or change time among the files, in whole seconds.
    var newestSecond: Int

    init(text: [UInt8], newestSecond: Int) {
        self.text = text
        self.newestSecond = newestSecond
    }

    init(folders: [URL]) {
        var text: [UInt8] = []
        var newest = 0
        for folder in folders {
            let path = folder.path
            text += "folder \(path) ".utf8
            // Each file looked up by name in the open folder: its whole path walked again for
            // each was most of the fingerprint's time in the kernel.
            let listed: Void? = FolderListing.reading(path) { names, descriptor in
                let names = names.sorted()
                for (index, name) in names.enumerated() {
                    if index > 0 { text.append(UInt8(ascii: "/")) }
                    text += name.utf8
                }
                text.append(UInt8(ascii: "\n"))
                let prefix = path.hasSuffix("/") ? path : path + "/"
                for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                    let stamped = FileStamp.append(name, in: descriptor, path: prefix, to: &text)
                    newest = max(newest, stamped ?? .max)
                }
            }
            // A folder that cannot be listed is told apart from an empty one.
            if listed == nil { text += "(unreadable)\n".utf8 }
        }
        self.text = text
        newestSecond = newest
    }

    /// Whether every file is older than the second `now` is in. A file changed within the
    /// file system's clock tick of being fingerprinted could change again with the same times
    /// and size, so a fingerprint taken that soon is not worth keeping.
    func isSettled(at now: Date) -> Bool {
        newestSecond < Int(now.timeIntervalSince1970.rounded(.down))
    }
}

/// One file's status (following symbolic links) as a line: its path, size, modification and
/// change times to the nanosecond, device and inode, in decimal. Written as bytes: fifteen
/// appends to a String per file cost more than the file's status.
enum FileStamp {
    /// The line of the file at `path`; nil when it has no status.
    static func line(path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        var line: [UInt8] = []
        _ = append(status, path: path, name: "", to: &line)
        return String(decoding: line, as: UTF8.self)
    }

    /// Appends the line of the file `name` in the open `folder` (at `path`, which ends in a
    /// slash), and returns its newest time in whole seconds; when it has no status, appends
    /// that and returns nil.
    static func append(_ name: String, in folder: Int32, path: String, to text: inout [UInt8]) -> Int? {
        var status = stat()
        guard fstatat(folder, name, &status, 0) == 0 else {
            text += "file \(path)\(name) (no status)\n".utf8
            return nil
        }
        return append(status, path: path, name: name, to: &text)
    }

    /// Appends the line of `status` for the file at `path` + `name`; returns its newest time in
    /// whole seconds.
    private static func append(_ status: stat, path: String, name: String, to text: inout [UInt8]) -> Int {
        #if canImport(Darwin)
        let (modified, changed) = (status.st_mtimespec, status.st_ctimespec)
        #else
        let (modified, changed) = (status.st_mtim, status.st_ctim)
        #endif
        text += "file ".utf8
        text += path.utf8
        text += name.utf8
        // Decimal digits appended one by one, from the largest power of ten down: no String made
        // for them, nor the digits turned around in place (each cost a thousand instructions).
        func field(_ separator: Unicode.Scalar, _ magnitude: UInt64, negative: Bool = false) {
            text.append(UInt8(ascii: separator))
            if negative { text.append(UInt8(ascii: "-")) }
            var power: UInt64 = 1
            while magnitude / power >= 10 { power *= 10 }
            repeat {
                text.append(UInt8(ascii: "0") + UInt8(magnitude / power % 10))
                power /= 10
            } while power > 0
        }
        func field(_ separator: Unicode.Scalar, _ number: Int) {
            field(separator, UInt64(number.magnitude), negative: number < 0)
        }
        field(" ", Int(status.st_size))
        field(" ", Int(modified.tv_sec))
        field(".", Int(modified.tv_nsec))
        field(" ", Int(changed.tv_sec))
        field(".", Int(changed.tv_nsec))
        field(" ", UInt64(status.st_dev))
        field(":", UInt64(status.st_ino))
        text.append(UInt8(ascii: "\n"))
        return Int(max(modified.tv_sec, changed.tv_sec))
    }
}
