import Foundation
import Testing
@testable import LimberTUI

struct ProcessEnvironmentTests {
    @Test func theEnvironmentReadFromEnvironIsFoundationsOwn() {
        // Every command finds its folders, clock and terminal through it: a variable lost or
        // cut at an "=" in its value would send the patient's log somewhere else.
        #expect(ProcessEnvironment.current == ProcessInfo.processInfo.environment)
        #expect(ProcessEnvironment.current["PATH"] != nil)
    }
}
