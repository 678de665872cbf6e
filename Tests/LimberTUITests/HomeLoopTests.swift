import Foundation
import Testing
import LimberCore
import LimberTestSupport
@testable import LimberTUI

/// The home screen's keys and the first run's set-up, played in process through a scripted
/// terminal: what each key hands the shell, with the answers it asked for.
struct HomeLoopTests {
    /// `keys` typed a second apart.
    func terminal(_ keys: [Key]) -> ScriptedTerminal {
        ScriptedTerminal(clock: ManualClock(), keys: keys.enumerated().map { (Double($0.offset + 1), $0.element) })
    }

    func next(_ keys: [Key], view: HomeView = HomeScreenTests.view) -> (HomeLoop.Action, ScriptedTerminal) {
        let terminal = terminal(keys)
        return (HomeLoop(terminal: terminal, signals: .none).next(view), terminal)
    }

    @Test("each key hands the shell what to do, with the answers it asked for")
    func keys() {
        #expect(next([.enter]).0 == .start)
        #expect(next([.character("p"), .character("3"), .enter]).0 == .log(.pain(3)))
        #expect(next([.character("s"), .character("4"), .character("5"), .enter]).0 == .log(.stiffness(minutes: 45)))
        #expect(next([.character("a"), .down, .enter, .character("3"), .character("0"), .enter]).0
            == .log(.activity(.swim, minutes: 30)))
        #expect(next([.character("c")]).0 == .log(.crack))
        #expect(next([.character("f")]).0 == .log(.flare))
        #expect(next([.character("h")]).0 == .history)
        #expect(next([.character("q")]).0 == .quit)
    }

    @Test("a question passed over or left logs nothing and comes back home; the help lists every key")
    func passingOver() {
        let (action, terminal) = next([.character("p"), .enter, .character("a"), .character("q"), .character("?"), .enter,
                                       .character("q")])
        #expect(action == .quit)
        #expect(terminal.showed("How much pain do you have right now?"))
        #expect(terminal.showed("What did you do?"))
        #expect(terminal.showed("f       log a flare-up: gentle sessions for a few days"))
        // A pain of 11 is refused and asked again.
        let (again, retried) = next([.character("p"), .character("1"), .character("1"), .enter, .character("2"), .enter])
        #expect(again == .log(.pain(2)))
        #expect(retried.showed("That is not one of the answers."))
    }

    @Test("on a day stopped by a red flag, Enter starts nothing and says why")
    func stopDay() {
        var view = HomeScreenTests.view
        view.stopAdvice = "You reported a warning sign."
        let (action, terminal) = next([.enter, .character("q")], view: view)
        #expect(action == .quit)
        #expect(terminal.showed("No session until a professional has seen you"))
    }

    @Test("a stop signal leaves the home screen")
    func signal() {
        let terminal = terminal([])
        #expect(HomeLoop(terminal: terminal, signals: SessionSignals(stop: { 15 }, takeSuspendRequest: { false })).next(HomeScreenTests.view)
            == .quit)
    }

    @Test("Ctrl-Z gives the terminal back and the home screen is drawn again after fg")
    func suspend() {
        let terminal = terminal([.character("q")])
        let requests = SuspendRequests(count: 1)
        let action = HomeLoop(terminal: terminal, signals: SessionSignals(stop: { 0 }, takeSuspendRequest: requests.take))
            .next(HomeScreenTests.view)
        #expect(action == .quit)
        #expect(terminal.suspensions == 1)
        #expect(terminal.showed("Streak: 2 days"))
    }

    /// A number of Ctrl-Z presses, each taken once.
    final class SuspendRequests: @unchecked Sendable {
        private var count: Int
        init(count: Int) { self.count = count }
        lazy var take: @Sendable () -> Bool = { [unowned self] in
            guard self.count > 0 else { return false }
            self.count -= 1
            return true
        }
    }

    static let library = RoutineLibrary(
        routines: [], issues: [DescribedEntry(id: "left-right-imbalance", name: "Left-right imbalance", description: "One side tighter."),
                               DescribedEntry(id: "prolonged-sitting", name: "Long periods of sitting", description: "Hours in a chair.")],
        conditions: [DescribedEntry(id: "pregnancy", name: "Pregnancy", description: "Expecting a baby.")], safety: SafetyCatalog())

    @Test("the set-up's answers make the profile edit; passed-over answers leave the defaults")
    func setUp() {
        let keys: [Key] = [
            .down, .character(" "), .enter,  // issues: the second
            .enter,  // conditions: none
            .character(" "), .down, .down, .character(" "), .enter,  // equipment: the first and third
            .character("2"), .character("0"), .enter,  // 20 minutes
            .down, .down, .down, .down, .down, .down, .character(" "), .enter,  // rest on Sunday
        ]
        let edit = FirstRunSetup.ask(library: Self.library, on: terminal(keys), signals: .none)
        var expected = ProfileEdit()
        expected.flag = ["prolonged-sitting"]
        expected.addEquipment = [Equipment.allCases[0].rawValue, Equipment.allCases[2].rawValue]
        expected.minutes = 20
        expected.addRestDays = ["sun"]
        #expect(edit == expected)

        let passed = FirstRunSetup.ask(library: Self.library, on: terminal([.enter, .enter, .enter, .enter, .enter]), signals: .none)
        #expect(passed == ProfileEdit())
        #expect(FirstRunSetup.ask(library: Self.library, on: terminal([.enter, .character("q")]), signals: .none) == nil)
    }
}
