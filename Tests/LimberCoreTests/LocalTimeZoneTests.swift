import Foundation
import LimberCore
import Testing

/// The patient's time zone, in which their days begin and end, found as Foundation finds it.
@Suite("The system's time zone")
struct LocalTimeZoneTests {
    @Test("without TZ, the zone /etc/localtime links to")
    func fromTheLocaltimeLink() {
        #expect(TimeZone.local(environment: [:], localtimeLink: { "/usr/share/zoneinfo/Australia/Perth" }).identifier == "Australia/Perth")
        #expect(TimeZone.local(environment: ["LANG": "C"], localtimeLink: { "../usr/share/zoneinfo/Etc/UTC" }).identifier == "Etc/UTC")
    }

    @Test("TZ, a localtime that is no link, or a link to no known zone are left to Foundation", arguments: [
        (["TZ": "Europe/Paris"], "/usr/share/zoneinfo/Australia/Perth"),
        ([:], nil),
        ([:], "/usr/share/zoneinfo/Nowhere/Atlantis"),
        ([:], "/etc/localtime.copy"),
    ] as [([String: String], String?)])
    func leftToFoundation(environment: [String: String], link: String?) {
        #expect(TimeZone.local(environment: environment, localtimeLink: { link }) == TimeZone.current)
    }

    @Test("this process's zone is the one Foundation finds")
    func thisProcess() {
        #expect(TimeZone.local(environment: ProcessInfo.processInfo.environment).identifier == TimeZone.current.identifier)
    }
}
