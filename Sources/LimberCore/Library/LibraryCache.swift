import Foundation

/// A compiled copy of the checked library in the user's cache folder, so that a start decodes
/// one file (`LibraryArchive`) instead of parsing and checking every YAML file. It is only a
/// shortcut: a copy is used when this very build wrote it from files whose fingerprint is
/// unchanged, and anything else about it (missing, unreadable, damaged, stale, writable by
/// others, a folder that cannot be made) means the files are read as usual. Only a library
/// without problems is kept, so a cached start never hides a problem `routines check` reports.
public struct LibraryCache: Sendable {
    /// Where the library came from, for tests and the benchmark.
    public enum Source: Sendable, Equatable {
        case cache, files
    }

    public var folder: URL
    /// The build that writes and trusts a copy: Limber's version and the executable's size,
    /// times and inode, so that a rebuilt binary (whose checker may differ) never trusts a
    /// copy an older one made.
    var build: String
    /// The wall-clock time of the file system, to tell whether files are settled (a seam for
    /// tests; never the patient's `LIMBER_NOW`).
    var now: @Sendable () -> Date

    public init(folder: URL, version: String, executable: URL?, now: @escaping @Sendable () -> Date = { Date() }) {
        self.folder = folder
        build = version + " " + (executable.flatMap { FileStamp.line(path: $0.path) } ?? "")
        self.now = now
    }

    /// The cache folder: `$XDG_CACHE_HOME/limber`, else `~/.cache/limber`.
    public static func folder(environment: [String: String], home: URL) -> URL {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return URL(fileURLWithPath: cache).appendingPathComponent("limber")
        }
        return home.appendingPathComponent(".cache/limber")
    }

    /// The library of `LibraryLoader.load(builtIn:clinic:)`, from the cache when it is valid.
    public func library(builtIn: URL, clinic: URL? = nil) -> (library: RoutineLibrary, source: Source) {
        // Taken before the files are read: a file changed while loading then makes the copy stale.
        let fingerprint = LibraryFingerprint(folders: [builtIn] + (clinic.map { [$0] } ?? []))
        let file = self.file(builtIn: builtIn, clinic: clinic)
        if let copy = read(file), copy.build == build, copy.fingerprint == fingerprint {
            return (copy.library, .cache)
        }
        let library = LibraryLoader.load(builtIn: builtIn, clinic: clinic)
        if library.diagnostics.isEmpty, fingerprint.isSettled(at: now()) {
            write(CachedLibrary(build: build, fingerprint: fingerprint, library: library), to: file)
        }
        return (library, .files)
    }

    /// One file for each pair of folders, so that starts with and without a clinic's folder do
    /// not overwrite each other's copy.
    func file(builtIn: URL, clinic: URL?) -> URL {
        let key = builtIn.standardizedFileURL.path + "\0" + (clinic?.standardizedFileURL.path ?? "")
        // Stable across runs, unlike Hasher.
        let hash = ArchiveReader.checksum(Array(key.utf8)[...])
        return folder.appendingPathComponent("library-\(String(hash, radix: 16)).cache")
    }

    private func read(_ file: URL) -> CachedLibrary? {
        // Not blocking: a pipe in the copy's place must not hold up a start.
        let descriptor = open(file.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        // A plain file of a sane size, that only this user could have written: anyone else who
        // could write it could hand the patient routines no check has seen.
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid(),
            status.st_mode & 0o022 == 0, status.st_size < Self.largestCopy,
            let data = try? handle.readToEnd()
        else { return nil }
        return try? CachedLibrary(file: data)
    }

    /// Far above the copy of a clinic's 1,000 routines (about 2 MB).
    static let largestCopy = 64 << 20

    private func write(_ copy: CachedLibrary, to file: URL) {
        let data = copy.file
        guard (try? FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])) != nil
        else { return }
        // Written aside (only this user may write it, whatever the umask) and renamed, so that
        // a reader never sees half a copy.
        let aside = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid())")
        let descriptor = open(aside.path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let written = (try? handle.write(contentsOf: data)) != nil && fchmod(descriptor, 0o600) == 0
        try? handle.close()
        if !written || rename(aside.path, file.path) != 0 {
            unlink(aside.path)
        }
    }
}

/// What the cache file holds: the library, with what it was made by and from.
struct CachedLibrary {
    var build: String
    var fingerprint: LibraryFingerprint
    var library: RoutineLibrary

    var file: Data {
        var writer = ArchiveWriter()
        writer.string(build)
        writer.byteString(fingerprint.text)
        writer.int(fingerprint.newestSecond)
        library.write(to: &writer)
        return writer.file
    }

    init(build: String, fingerprint: LibraryFingerprint, library: RoutineLibrary) {
        self.build = build
        self.fingerprint = fingerprint
        self.library = library
    }

    init(file: Data) throws {
        var reader = try ArchiveReader(file: file)
        build = try reader.string()
        fingerprint = LibraryFingerprint(text: try reader.byteString(), newestSecond: try reader.int())
        library = try RoutineLibrary(from: &reader)
        guard reader.isAtEnd else { throw ArchiveReader.Damaged() }
    }
}
