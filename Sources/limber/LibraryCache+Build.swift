import Foundation
import LimberCore
import LimberTUI

extension LibraryCache {
    /// The cache of this binary, in `$XDG_CACHE_HOME/limber` (else `~/.cache/limber`).
    static func forThisBuild() -> LibraryCache {
        LibraryCache(
            folder: folder(environment: ProcessEnvironment.current, home: FileManager.default.homeDirectoryForCurrentUser),
            version: LimberVersion.current, executable: URL(fileURLWithPath: RunningBinary.path))
    }
}
