import Foundation

/// The names in a folder, read with `readdir`: Foundation's listing cost every start a third of
/// a millisecond for the library's few dozen files (docs/performance.md).
public enum FolderListing {
    /// `body` given the names in the folder at `path`, in no order, without "." and ".." (a name
    /// that is not UTF-8 with its bad bytes replaced), and the folder, open, to look its files
    /// up by name (`fstatat`) without walking the whole path again for each; nil when it cannot
    /// be listed.
    public static func reading<Value>(_ path: String, _ body: (_ names: [String], _ folder: Int32) -> Value) -> Value? {
        guard let folder = opendir(path) else { return nil }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(cString: bytes.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return body(names, dirfd(folder))
    }
}
