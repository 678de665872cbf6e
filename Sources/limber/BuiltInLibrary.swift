import ArgumentParser
import Foundation
import LimberCore

/// Finds the built-in Routines folder: beside an installed binary (`PREFIX/share/limber/Routines`)
/// or in the checkout a `swift run` binary was built in.
enum BuiltInLibrary {
    static func locate() throws -> URL {
        let binFolder = runningBinary().deletingLastPathComponent()
        var candidates = [binFolder.appendingPathComponent("../share/limber/Routines").standardizedFileURL]
        var folder = binFolder
        while folder.path != "/" {
            candidates.append(folder.appendingPathComponent("Routines"))
            folder.deleteLastPathComponent()
        }
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("issues.yaml").path) {
            return candidate
        }
        throw LimberError(
            "Cannot find the built-in routine library (Routines/issues.yaml) near \(binFolder.path); install it as PREFIX/share/limber/Routines beside PREFIX/bin/limber.")
    }

    /// The binary being run, its symbolic links resolved (an installed `limber` is often a link).
    /// Linux names it in /proc/self/exe already resolved: a third of a millisecond less than
    /// Foundation's `Bundle.main` and `resolvingSymlinksInPath`, at every start.
    private static func runningBinary() -> URL {
        if let path = SymbolicLink.target(of: "/proc/self/exe") { return URL(fileURLWithPath: path) }
        return (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
    }
}
