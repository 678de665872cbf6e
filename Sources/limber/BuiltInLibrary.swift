import ArgumentParser
import Foundation

/// Finds the built-in Routines folder: beside an installed binary (`PREFIX/share/limber/Routines`)
/// or in the checkout a `swift run` binary was built in.
enum BuiltInLibrary {
    static func locate() throws -> URL {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let binFolder = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
            ?? executable.deletingLastPathComponent()
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
}
