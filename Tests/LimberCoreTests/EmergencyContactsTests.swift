import Foundation
import Testing
@testable import LimberCore

/// Safety advice names the numbers of the patient's country: the clinic's file first, then the
/// locale, else no number at all.
struct EmergencyContactsTests {
    static let emergency = "Go to {emergency-department} or call {emergency} now."
    static let urgent = "Contact {urgent-care} today."

    static func advice(locale: String?, clinic: Clinic = Clinic()) -> (String, String) {
        let contacts = EmergencyContacts(clinic: clinic, environment: locale.map { ["LANG": $0] } ?? [:])
        return (contacts.fill(emergency), contacts.fill(urgent))
    }

    @Test(arguments: [
        ("en_AU.UTF-8", "Go to the emergency department or call 000 now.", "Contact healthdirect on 1800 022 222 today."),
        ("en_GB.UTF-8", "Go to A&E or call 999 now.", "Contact NHS 111 today."),
        ("en_NZ.UTF-8", "Go to the emergency department or call 111 now.", "Contact Healthline on 0800 611 116 today."),
        ("en_IE.UTF-8", "Go to the emergency department or call 112 or 999 now.",
         "Contact your GP's out-of-hours service today."),
        ("en_US.UTF-8", "Go to the emergency room or call 911 now.", "Contact an urgent care clinic today."),
        ("fr_CA.UTF-8", "Go to the emergency department or call 911 now.", "Contact your provincial health line on 811 today."),
        ("de_DE.UTF-8", "Go to the nearest emergency department or call 112 now.",
         "Contact the local out-of-hours doctor service today."),
        ("pt_PT", "Go to the nearest emergency department or call 112 now.",
         "Contact the local out-of-hours doctor service today."),
        ("ja_JP.UTF-8", "Go to the nearest emergency department or call your local emergency number now.",
         "Contact the local out-of-hours service today."),
        ("C.UTF-8", "Go to the nearest emergency department or call your local emergency number now.",
         "Contact the local out-of-hours service today."),
    ])
    func eachCountryHasItsOwnNumbers(locale: String, emergency: String, urgent: String) {
        #expect(Self.advice(locale: locale) == (emergency, urgent))
    }

    @Test("every placeholder is filled wherever and however often it stands; other braces and text stay as written")
    func placeholdersAmongOtherText() {
        let contacts = EmergencyContacts(clinic: Clinic(), environment: ["LANG": "en_GB.UTF-8"])
        #expect(contacts.fill("{emergency}{emergency} {urgent-care}, {emergency-department}.")
            == "999999 NHS 111, A&E.")
        #expect(contacts.fill("Rückenschmerz {x} {emergency {} { emergency} {emergency}—{Emergency}}")
            == "Rückenschmerz {x} {emergency {} { emergency} 999—{Emergency}}")
        #expect(contacts.fill("{") == "{" && contacts.fill("no braces") == "no braces" && contacts.fill("ends {emergency}") == "ends 999")
    }

    @Test func noLocaleAtAllGivesNoNumber() {
        #expect(Self.advice(locale: nil).0 == "Go to the nearest emergency department or call your local emergency number now.")
    }

    @Test func theFirstLocaleVariableWithATerritoryDecides() {
        #expect(EmergencyContacts.localeCountry(["LC_ALL": "en_NZ.UTF-8", "LC_MESSAGES": "en_GB", "LANG": "en_US"]) == "NZ")
        #expect(EmergencyContacts.localeCountry(["LC_MESSAGES": "en_GB", "LANG": "en_US"]) == "GB")
        #expect(EmergencyContacts.localeCountry(["LC_ALL": "C.UTF-8", "LANG": "en_AU.UTF-8"]) == "AU",
                "a locale with no territory says nothing about where the patient is")
        #expect(EmergencyContacts.localeCountry(["LANG": "sr_RS.UTF-8@latin"]) == "RS")
        #expect(EmergencyContacts.localeCountry(["LANG": "POSIX"]) == nil)
    }

    @Test func aClinicsCountryAndNumbersWinOverTheLocale() {
        #expect(Self.advice(locale: "en_GB.UTF-8", clinic: Clinic(name: "Perth Back Clinic", country: "AU")).0
                == "Go to the emergency department or call 000 now.")
        let own = Clinic(name: "Island clinic", emergency: "555 0100", urgentCare: "the island nurse on 555 0199")
        #expect(Self.advice(locale: "en_NZ.UTF-8", clinic: own)
                == ("Go to the emergency department or call 555 0100 now.", "Contact the island nurse on 555 0199 today."))
        #expect(Self.advice(locale: nil, clinic: Clinic(name: "x", country: "UK")).0 == "Go to A&E or call 999 now.")
    }

    @Test func theShippedAdviceNamesTheLocalesNumbersAndNoOther() throws {
        let library = ShippedLibraryTests.library
        #expect(library.clinic == Clinic(name: "your clinic"), "the built-in clinic names no country")
        let australia = library.localized(for: ["LANG": "en_AU.UTF-8"]).safety
        let saddle = try #require(australia.redFlags.first { $0.id == "saddle-numbness" })
        #expect(saddle.advice == "Stop exercising. Go to the emergency department or call 000 now. This needs checking straight away.")
        let fever = try #require(australia.redFlags.first { $0.id == "fever" })
        #expect(fever.advice == "Stop exercising for now and get advice today. See your doctor urgently, or contact healthdirect on 1800 022 222.")
        let text = (australia.symptoms.flatMap { [$0.question, $0.advice] }
            + australia.discouraged.flatMap { $0.reasons + [$0.afterward, $0.description].compactMap { $0 } })
            .joined(separator: " ")
        #expect(!text.contains("999") && !text.contains(" 111") && !text.contains("A&E") && !text.contains("{"))
    }

    @Test func safetyTextThatWritesANumberOrAnUnknownPlaceholderIsRefusedWhereItIs() throws {
        let fixture = try LibraryFixture()
        let safety = LibraryFixture.safety
            .replacingOccurrences(of: "advice: Stop and go to A&E now.", with: "advice: Stop and call 999 now.")
            .replacingOccurrences(of: "advice: Book an assessment.", with: "advice: Call {gp-line} to book.")
        #expect(try fixture.check("safety.yaml", safety) == [
            "safety.yaml:11:13: error: 'advice' writes the number '999'; safety text names no number itself: write one of {emergency}, {urgent-care}, {emergency-department}, which the patient's clinic or country fills in",
            "safety.yaml:15:13: error: unknown placeholder '{gp-line}' in 'advice'; expected one of: {emergency}, {urgent-care}, {emergency-department}",
        ])
        let spaced = LibraryFixture.safety.replacingOccurrences(
            of: "reasons: [The clinic", with: "reasons: [Ring 1800 022 222 if unsure. The clinic")
        #expect(try fixture.check("safety.yaml", spaced).first?.contains("writes the number '1800 022 222'") == true)
        let doses = LibraryFixture.safety.replacingOccurrences(
            of: "Any numbness around the saddle area?", with: "Stiff for 30 minutes, aged over 50, or pain 6 out of 10?")
        #expect(try fixture.check("safety.yaml", doses) == [], "doses and ages are not phone numbers")
    }

    @Test func clinicYAMLIsCheckedWithLineAndColumn() throws {
        let fixture = try LibraryFixture()
        #expect(try fixture.check("clinic.yaml", "name: Perth Back Clinic\ncountry: Australia\nphone: \"000\"\n") == [
            "clinic.yaml:2:10: error: 'country' must be a two-letter country code in capitals, such as AU or GB, found 'Australia'",
            "clinic.yaml:3:1: error: unknown key 'phone' in clinic.yaml; expected one of: name, country, emergency, urgent-care",
        ])
        #expect(try fixture.check("clinic.yaml", "country: AU\n") == ["clinic.yaml:1:1: error: missing required key 'name' in clinic.yaml"])
    }

    @Test func aClinicFoldersClinicYAMLReplacesTheBuiltInOne() throws {
        let builtIn = try LibraryFixture(["clinic.yaml": "name: your clinic\n"])
        let clinic = try LibraryFixture([
            "clinic.yaml": "name: Perth Back Clinic\ncountry: AU\nurgent-care: the clinic on 08 5550 0100\n",
        ])
        let library = LibraryLoader.load(builtIn: builtIn.folder, clinic: clinic.folder)
        #expect(library.diagnostics == [])
        #expect(library.clinic == Clinic(name: "Perth Back Clinic", country: "AU", urgentCare: "the clinic on 08 5550 0100"))
        #expect(LibraryLoader.load(builtIn: builtIn.folder).clinic == Clinic(name: "your clinic"))
    }
}
