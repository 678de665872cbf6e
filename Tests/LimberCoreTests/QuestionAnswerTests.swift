import Testing
@testable import LimberCore

/// An answer is digits alone: nothing that means something else is taken as a number.
struct QuestionAnswerTests {
    @Test(arguments: ["-1", "+5", " 5", "5 ", "٣", "５", "1.0", "0x5", "5\n", "11", "100", "", "-0"])
    func whatIsNotAPainLevelIsRefused(typed: String) {
        #expect(Question.painBefore.accepts(typed) == nil)
    }

    @Test func digitsInRangeAreTaken() {
        #expect(Question.painBefore.accepts("0") == 0)
        #expect(Question.painAfter.accepts("10") == 10)
        #expect(Question.effort.accepts("3") == 3)
        #expect(Question.effort.accepts("4") == nil)
        #expect(Question.effort.accepts("+2") == nil)
    }

    @Test func whatCannotBeAnAnswerIsSaidWhileTyping() {
        #expect(Question.painBefore.refusal(of: "") == nil)
        #expect(Question.painBefore.refusal(of: "10") == nil)
        #expect(Question.painBefore.refusal(of: "-") == "'-' cannot be part of an answer: digits only (Backspace to change it).")
        #expect(Question.painBefore.refusal(of: "1a") == "'a' cannot be part of an answer: digits only (Backspace to change it).")
        #expect(Question.painBefore.refusal(of: "100") == "An answer has at most two digits (Backspace to change it).")
    }
}

@Suite("Questions answered in minutes")
struct MinutesQuestionTests {
    @Test("stiffness takes up to three digits, 1 to 600; the daily minutes 5 to 90")
    func minutes() {
        #expect(Question.stiffnessMinutes.accepts("600") == 600)
        #expect(Question.stiffnessMinutes.accepts("601") == nil)
        #expect(Question.stiffnessMinutes.accepts("0") == nil)
        #expect(Question.stiffnessMinutes.refusal(of: "100") == nil)
        #expect(Question.stiffnessMinutes.refusal(of: "1000") == "An answer has at most 3 digits (Backspace to change it).")
        #expect(Question.dailyMinutes.accepts("4") == nil)
        #expect(Question.dailyMinutes.accepts("90") == 90)
        #expect(Question.effort.refusal(of: "12") == "An answer has at most one digit (Backspace to change it).")
    }
}
