import Foundation
import LimberCore

extension LibraryCache {
    /// The cache of this binary, in `$XDG_CACHE_HOME/limber` (else `~/.cache/limber`).
    static func forThisBuild() -> LibraryCache {
        LibraryCache(
            folder: folder(environment: GlobalOptions.environment, home: FileManager.default.homeDirectoryForCurrentUser),
            version: LimberVersion.current, executable: Bundle.main.executableURL)
    }
}
