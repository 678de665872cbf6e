import Foundation

/// Why a path typed or found in a folder cannot be read, in words: a symbolic link that loops or
/// leads nowhere is not "no such file", and saying which it is tells the clinician what to fix.
public enum FileProblem {
    public static let noSuchFile = "no such file or folder"

    /// Nil when the path leads to something that exists.
    public static func whyMissing(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) == 0 { return nil }
        if errno == ELOOP {
            return "symbolic link loop: following its links leads back to where they started, never to a file"
        }
        if lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            return "symbolic link to '\(target)', which does not exist"
        }
        return noSuchFile
    }

    /// Why an existing file could not be read.
    static func whyUnreadable(_ path: String) -> String {
        if let missing = whyMissing(path) { return missing }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return "it is a folder, not a file"
        }
        return "cannot read the file; check its permissions"
    }
}
