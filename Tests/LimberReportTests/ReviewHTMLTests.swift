import Foundation
import LimberCore
import LimberReport
import LimberTestSupport
import Testing

@Suite("The review as HTML")
struct ReviewHTMLTests {
    let generated = LogTime.date("2026-03-02T09:00:00.000Z")!

    @Test("one self-contained page: no address, script, import or url() reaching outside; a print style; both charts as inline SVG")
    func selfContained() throws {
        let html = try ReviewHTML.render([ReviewFixture.review(), ReviewFixture.review()], generated: generated)
        for outside in ["http://", "https://", "<script", "@import", "url(", "<link", "<img", "<iframe", "src=", "href="] {
            #expect(!html.lowercased().contains(outside), "\(outside)")
        }
        #expect(html.contains("@media print"))
        #expect(html.components(separatedBy: "<svg class=\"chart adherence\"").count == 3)
        #expect(html.components(separatedBy: "<svg class=\"chart pain\"").count == 3)
        #expect(html.contains("Clinic summary"))
        #expect(html.contains("<tr><td>Sam Lee</td><td class=\"number\">38%</td><td class=\"number\">2</td><td>2026-02-09 interrupted</td><td class=\"number\">0</td><td class=\"attention\">adherence below 50%</td></tr>"))
        #expect(html.contains("<b>38%</b>adherence"))
        #expect(html.contains("repeated-self-cracking") || html.contains("Book an assessment."))
    }

    @Test("patient-supplied text is escaped: markup shows as text, control characters as \\u{..}")
    func escaped() throws {
        var log = ReviewFixture.contents
        log.profileChanges[0].name = "<script>alert('x')</script>\u{1B}[2J"
        log.selfReports[0].note = "</td><img src=x onerror=alert(1)>"
        let html = try ReviewHTML.render([ReviewFixture.review(log)], generated: generated)
        #expect(!html.contains("<script") && !html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\\u{1B}[2J"))
        #expect(html.contains("&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("\u{1B}"))
    }

    @Test("headless Chromium draws both charts: bars in the adherence colour, dots and lines in the pain colours")
    func drawnByChromium() throws {
        guard let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first(where: FileManager.default.isExecutableFile) else {
            if geteuid() == 0 {
                Issue.record("chromium is missing; .ci/run installs it (Debian's chromium)")
            } else {
                print("skipped: chromium is not installed and installing it needs root (Debian's chromium)")
            }
            return
        }
        let scratch = try TemporaryFolder("limber-html")
        let folder = scratch.url

        func colours(of html: String) throws -> [String: Int] {
            let page = folder.appendingPathComponent("review-\(UUID().uuidString).html")
            let shot = folder.appendingPathComponent("shot-\(UUID().uuidString).png")
            try html.write(to: page, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: chromium)
            process.arguments = [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(folder.path)/profile",
                "--screenshot=\(shot.path)", "--window-size=1000,1400", page.absoluteString,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return try PNGColours.count(in: shot, colours: ["bars": (29, 78, 216), "before": (194, 65, 12), "after": (21, 128, 61)])
        }

        let drawn = try colours(of: ReviewHTML.render([ReviewFixture.review()], generated: generated))
        #expect(drawn["bars", default: 0] > 500, "\(drawn)")
        #expect(drawn["before", default: 0] > 40, "\(drawn)")
        #expect(drawn["after", default: 0] > 40, "\(drawn)")
        // The same page with nothing to chart has none of those colours: the counts come from the charts.
        let blank = try colours(of: ReviewHTML.render([ReviewFixture.review(LogContents())], generated: generated))
        #expect(blank.values.allSatisfy { $0 == 0 }, "\(blank)")
    }
}
