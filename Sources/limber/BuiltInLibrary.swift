import ArgumentParser
import Foundation
import LimberCore

/// Finds the built-in Routines folder: beside an installed binary (`PREFIX/share/limber/Routines`)
/// or in the checkout a `swift run` binary was built in.
enum BuiltInLibrary {
    static func locate() throws -> URL {
        // Looked for as paths, a URL made only for the folder found: a URL for each candidate
        // cost every start half a million instructions.
        let binary = RunningBinary.path
        let binFolder = parent(of: binary)
        var candidates = [child("share/limber/Routines", of: parent(of: binFolder))]
        var folder = binFolder
        while folder != "/" {
            candidates.append(child("Routines", of: folder))
            folder = parent(of: folder)
        }
        for candidate in candidates where access(child("issues.yaml", of: candidate), F_OK) == 0 {
            return URL(fileURLWithPath: candidate, isDirectory: true)
        }
        throw LimberError(
            "Cannot find the built-in routine library (Routines/issues.yaml) near \(binFolder); install it as PREFIX/share/limber/Routines beside PREFIX/bin/limber.")
    }

    /// `name` in the folder at `path`.
    private static func child(_ name: String, of path: String) -> String {
        path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// The folder `path` (absolute, resolved) is in: "/" for a name at the root.
    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }
}
