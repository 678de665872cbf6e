import Foundation
import Testing
@testable import LimberCore

@Suite("profile set as an edit")
struct ProfileEditTests {
    let monday = Date(timeIntervalSince1970: 1_772_442_000)

    @Test("an edit changes only what it names; an issue flagged again keeps its first day")
    func changesOnlyWhatItNames() {
        var first = ProfileEdit()
        first.flag = ["chronic-stress"]
        first.addRestDays = ["sun", "sat"]
        first.weakerSide = .right
        let before = first.applied(to: nil, day: "2026-03-02", at: monday)
        #expect(before.restDays == [.sat, .sun])
        var second = ProfileEdit()
        second.flag = ["chronic-stress", "prolonged-sitting"]
        second.addEquipment = ["mat"]
        second.clearWeakerSide = true
        let after = second.applied(to: before, day: "2026-03-09", at: monday + 7 * 86_400)
        #expect(after.flaggedIssues == [
            FlaggedIssue(issue: "chronic-stress", since: "2026-03-02"), FlaggedIssue(issue: "prolonged-sitting", since: "2026-03-09"),
        ])
        #expect(after.weakerSide == nil && after.equipment == ["mat"] && after.restDays == [.sat, .sun])
        #expect(after.id != before.id && after.day == "2026-03-09")
        var third = ProfileEdit()
        third.unflag = ["chronic-stress"]
        third.removeRestDays = ["sat"]
        let last = third.applied(to: after, day: "2026-03-10", at: monday + 8 * 86_400)
        #expect(last.issueIDs == ["prolonged-sitting"] && last.restDays == [.sun])
    }

    @Test("the voice setting is changed only when named, and kept with the change's day")
    func voice() {
        #expect(ProfileEdit().applied(to: nil, day: "2026-03-02", at: monday).speaks == false)
        var on = ProfileEdit()
        on.voice = true
        let spoken = on.applied(to: nil, day: "2026-03-02", at: monday)
        var other = ProfileEdit()
        other.minutes = 20
        let kept = other.applied(to: spoken, day: "2026-03-04", at: monday + 2 * 86_400)
        var off = ProfileEdit()
        off.voice = false
        #expect(!off.changesNothing)
        let silent = off.applied(to: kept, day: "2026-03-09", at: monday + 7 * 86_400)
        let history = ProfileHistory([silent, spoken, kept])
        #expect(history.on("2026-03-05")?.speaks == true && history.on("2026-03-05")?.minutes == 20)
        #expect(history.current?.voice == false && history.current?.minutes == 20)
    }

    @Test("an unknown name is named with the valid ones; nothing else is a problem")
    func unknownNames() {
        var edit = ProfileEdit()
        edit.removeConditions = ["flu"]
        #expect(edit.problem(in: ShippedLibraryTests.library)?.hasPrefix("Unknown condition 'flu'. Choose from: pregnancy, ") == true)
        edit.removeConditions = ["pregnancy"]
        edit.minutes = 90
        #expect(edit.problem(in: ShippedLibraryTests.library) == nil)
        #expect(!edit.changesNothing && ProfileEdit().changesNothing)
    }
}
