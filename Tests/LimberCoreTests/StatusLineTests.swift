import Testing
@testable import LimberCore

@Suite("The status line")
struct StatusLineTests {
    func line(_ kind: DayPlan.Kind = .regular, minutes: Int = 12, done: Bool = false, streak: Int = 4) -> StatusLine {
        StatusLine(day: "2026-03-02", kind: kind, minutes: minutes, done: done, streak: streak)
    }

    @Test("the stop comes first, then done, then the day's minutes; no streak while it is 0")
    func precedence() {
        #expect(line(.stop, minutes: 0, done: true).text(ascii: false) == "Limber: no exercise — see 'limber today'")
        #expect(line(done: true).text(ascii: false) == "Limber: done today ✓ · streak 4")
        #expect(line(.rest, minutes: 8, done: true, streak: 0).text(ascii: true) == "Limber: done today [x]")
        #expect(line(.rest, minutes: 8).text(ascii: false) == "Limber: rest day, 8 min · streak 4")
        #expect(line(.gentle, minutes: 7, streak: 0).text(ascii: false) == "Limber: 7 min today (gentle)")
        #expect(line(.comeback, minutes: 9, streak: 0).text(ascii: true) == "Limber: 9 min today")
    }

    @Test("every placeholder, %% and text around them; control characters in the format escaped")
    func placeholders() throws {
        let format = try StatusFormat("%%m=%m s=%s d=%d k=%k [%t] \u{1B}[31m")
        #expect(line(done: true).text(format, ascii: false)
            == "%m=12 s=4 d=✓ k=regular [Limber: done today ✓ · streak 4] \\u{1B}[31m")
        #expect(line().text(try StatusFormat("%d"), ascii: true) == "")
        #expect(line(done: true).text(try StatusFormat("%d"), ascii: true) == "[x]")
        #expect(try StatusFormat("").pieces.isEmpty)
    }

    @Test("an unknown placeholder or a lone % at the end is named", arguments: [
        ("%x", "the unknown placeholder '%x'"), ("ok %", "a lone '%' at its end"), ("%M", "the unknown placeholder '%M'"),
        ("%\u{7}", "the unknown placeholder '%\\u{7}'"),
    ])
    func unknown(format: String, named: String) {
        #expect(throws: StatusFormatError.self) { try StatusFormat(format) }
        do {
            _ = try StatusFormat(format)
        } catch {
            #expect(error.description.hasPrefix("--format has \(named). Placeholders: %m: today's minutes"))
        }
    }
}
