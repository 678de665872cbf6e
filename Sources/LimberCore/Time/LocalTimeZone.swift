import Foundation

extension TimeZone {
    /// The system's time zone, as `TimeZone.current` finds it, for a process whose environment is
    /// `environment`: TZ when it is set (left to Foundation, which reads every form TZ takes),
    /// else the zone `/etc/localtime` links to (`localtimeLink` reads the link), else
    /// `TimeZone.current`. Foundation's own search built the whole environment twice to look
    /// for TZ: three quarters of a million instructions of every start (docs/performance.md).
    public static func local(
        environment: [String: String], localtimeLink: () -> String? = { SymbolicLink.target(of: "/etc/localtime") }
    ) -> TimeZone {
        guard environment["TZ"] == nil, let target = localtimeLink(), let marker = target.range(of: "/zoneinfo/"),
            let zone = TimeZone(identifier: String(target[marker.upperBound...]))
        else { return .current }
        return zone
    }
}
