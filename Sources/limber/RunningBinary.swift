import Foundation
import LimberCore

/// The binary being run, its symbolic links resolved (an installed `limber` is often a link).
enum RunningBinary {
    /// Linux names it in /proc/self/exe already resolved: a third of a millisecond less than
    /// Foundation's `Bundle.main` and `resolvingSymlinksInPath`, at every start.
    static var path: String {
        if let path = SymbolicLink.target(of: "/proc/self/exe") { return path }
        return (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath().path
    }
}
